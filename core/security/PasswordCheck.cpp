#include "PasswordCheck.h"

#include "issuer/IssuerDirectory.h"

#include <zxcvbn.h>

#include <QByteArray>
#include <QDir>
#include <QRegularExpression>
#include <QSysInfo>

#include <cmath>
#include <string>
#include <vector>

namespace meisai {

PasswordAssessment PasswordCheck::assess(const SecretBytes& passphrase, const QStringList& userWords)
{
    PasswordAssessment result;
    // zxcvbn wants a NUL-terminated string; keep the copy in a SecretBytes.
    SecretBytes text(passphrase.size() + 1);
    std::copy(passphrase.data(), passphrase.data() + passphrase.size(), text.data());
    const int length = int(QString::fromUtf8(passphrase.view().toByteArray()).size());

    std::vector<QByteArray> words;
    for (const QString& w : userWords) {
        if (!w.trimmed().isEmpty())
            words.push_back(w.trimmed().toUtf8());
    }
    std::vector<const char*> dict;
    for (const QByteArray& w : words)
        dict.push_back(w.constData());
    dict.push_back(nullptr);

    ZxcMatch_t* info = nullptr;
    result.entropyBits = ZxcvbnMatch(reinterpret_cast<const char*>(text.data()), dict.data(), &info);
    bool userWordFound = false;
    bool dictionaryOnly = info != nullptr;
    for (ZxcMatch_t* m = info; m; m = m->Next) {
        const int type = int(m->Type) & ~int(MULTIPLE_MATCH);
        if (type == USER_MATCH || type == USER_LEET_MATCH)
            userWordFound = true;
        if (type == BRUTE_MATCH)
            dictionaryOnly = false;
    }
    ZxcvbnFreeInfo(info);

    // zxcvbn's score from the guesses (2^entropy): <1e3, <1e6, <1e8, <1e10, more.
    const double guessesLog10 = result.entropyBits * std::log10(2.0);
    result.score = guessesLog10 < 3 ? 0 : guessesLog10 < 6 ? 1 : guessesLog10 < 8 ? 2 : guessesLog10 < 10 ? 3 : 4;

    if (passphrase.isEmpty()) {
        result.reason = tr("The passphrase is empty.");
    } else if (length < kMinLength) {
        result.reason = tr("The passphrase is too short: use at least %1 characters.").arg(kMinLength);
    } else if (userWordFound && result.entropyBits < kMinEntropyBits) {
        result.reason = tr("The passphrase is built on a name you use elsewhere (your name, the profile or an "
                           "issuer), which is easy to guess.");
    } else if (result.entropyBits < kMinEntropyBits) {
        result.reason = dictionaryOnly
            ? tr("The passphrase is made of common words, names, dates or keyboard patterns and would be guessed "
                 "quickly.")
            : tr("The passphrase would be guessed too quickly.");
    }
    result.acceptable = result.reason.isEmpty();
    if (!result.acceptable) {
        result.suggestion = tr("Use four or more unrelated words, or a long random password from a password "
                               "manager. Do not reuse the password of your card issuer or of any other service.");
    }
    return result;
}

Status PasswordCheck::check(const SecretBytes& passphrase, const QStringList& userWords)
{
    const PasswordAssessment a = assess(passphrase, userWords);
    if (a.acceptable)
        return {};
    //: %1 is why the passphrase is refused, %2 what to do instead (Japanese joins sentences without a space)
    return makeError(ErrorCode::InvalidArgument, tr("%1 %2").arg(a.reason, a.suggestion));
}

QStringList PasswordCheck::knownWords(const QString& profileDir)
{
    QStringList words{QStringLiteral("meisai")};
    const auto add = [&words](const QString& text) {
        const QString t = text.trimmed();
        if (t.size() < 3)
            return;
        words << t;
        // "hoshizora-card", "Taro Yamada": the parts are guessed as well as the whole.
        static const QRegularExpression separators(QStringLiteral("[\\s._@/\\-]+"));
        const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
        if (parts.size() > 1) {
            for (const QString& part : parts) {
                if (part.size() >= 3)
                    words << part;
            }
        }
    };
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        add(qEnvironmentVariable(variable));
    add(QDir::home().dirName());
    add(QSysInfo::machineHostName());
    if (!profileDir.isEmpty())
        add(QDir(profileDir).dirName());
    if (auto bundled = IssuerDirectory::bundled()) {
        for (const IssuerProfile& p : std::as_const(*bundled)) {
            add(p.id);
            add(p.displayName.ja);
            add(p.displayName.en);
        }
    }
    words.removeDuplicates();
    return words;
}

Status PasswordCheck::checkNewVaultPassphrase(const SecretBytes& passphrase, const QString& profileDir,
                                              const QStringList& extraWords)
{
    return check(passphrase, knownWords(profileDir) + extraWords);
}

} // namespace meisai
