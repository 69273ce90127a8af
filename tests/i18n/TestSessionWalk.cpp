// A whole session in one language through meisai-cli — link, sync, each
// sandbox fault, revoke, stop all — and what the vault keeps read back after
// a switch to the other language. Every line Meisai writes in Japanese mode
// must be Japanese (issuer quotes, URLs, e-mail addresses and ids aside), and
// in English mode carry no Japanese of Meisai's own.

#include "CliRunner.h"
#include "CliSandbox.h"
#include "LanguageCheck.h"
#include "SandboxProcess.h"
#include "TempProfile.h"

#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kKaede = QStringLiteral("kaede-card");
const QString kHoshizora = QStringLiteral("hoshizora-card");

// meisai-cli's own words stay in Latin letters: its commands and options.
const QStringList kCliWords = {QStringLiteral("link"),  QStringLiteral("sync"),    QStringLiteral("alerts"),
                               QStringLiteral("revoke"), QStringLiteral("reconnect"), QStringLiteral("all"),
                               QStringLiteral("ack"),   QStringLiteral("resolve")};

// The faults of the sandbox a session meets, with their argument.
const QList<std::pair<QString, QString>> kFaults = {
    {QStringLiteral("500"), {}},
    {QStringLiteral("maintenance"), QStringLiteral("600")},
    {QStringLiteral("429"), QStringLiteral("30")},
    {QStringLiteral("malformed-json"), {}},
    {QStringLiteral("truncated-body"), {}},
    {QStringLiteral("oversized-body"), {}},
    {QStringLiteral("expire-tokens"), {}},
    {QStringLiteral("pan-leak"), {}},
    {QStringLiteral("api-version"), QStringLiteral("2.0.0")},
};

bool hasJapanese(const QString& text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{30FF}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    return text.contains(cjk);
}

// English text, with what the issuer said (quoted, or after "The issuer said:") taken out.
bool hasJapaneseOfMeisai(const QString& text)
{
    QString t = text;
    static const QRegularExpression quoted(QStringLiteral("「[^」]*」|\"[^\"]*\"|“[^”]*”"));
    static const QRegularExpression issuerWords(
        QStringLiteral("(The issuer(?:'s notice| said| says):|Notice:).*$"));
    t.remove(quoted);
    t.remove(issuerWords);
    return hasJapanese(t);
}

// Lines a person reads; diagnostics of a logging category ("meisai-cli: meisai.sync: …") aside.
QStringList readLines(const CliResult& r)
{
    static const QRegularExpression log(QStringLiteral("^meisai-cli: meisai\\.[a-z]+: "));
    QStringList out;
    const QString all = r.errText() + QLatin1Char('\n') + r.outText();
    for (const QString& line : all.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!log.match(line).hasMatch() && !line.trimmed().isEmpty())
            out << line;
    }
    return out;
}

} // namespace

class TestSessionWalk final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;

    // A runner in one language: the locale chooses it (link, run by
    // linkWithBrowser), and --language for every other command.
    static CliRunner runner(const TempProfile& profile, const QString& language)
    {
        CliRunner cli(profile.dir());
        for (const char* name : {"LANGUAGE", "LC_MESSAGES", "LANG"})
            cli.unsetEnv(QString::fromLatin1(name));
        cli.setEnv(QStringLiteral("LC_ALL"), language == u"ja" ? QStringLiteral("ja_JP.UTF-8") : QStringLiteral("C.UTF-8"));
        return cli;
    }

    static CliResult run(const CliRunner& cli, const QString& language, const QStringList& args)
    {
        return cli.run(QStringList{QStringLiteral("--language"), language} + args);
    }

    // Fails the test on a line in the wrong language; returns the lines read.
    static int check(const CliResult& r, const QString& language, const QString& what)
    {
        int lines = 0;
        for (const QString& line : readLines(r)) {
            ++lines;
            if (language == u"ja") {
                const QStringList english = englishWords(line, Quotes::Skipped, kCliWords);
                if (!english.isEmpty())
                    QTest::qFail(qPrintable(what + QStringLiteral(": English in \"") + line + QStringLiteral("\": ")
                                            + english.join(QLatin1Char(' '))),
                                 __FILE__, __LINE__);
            } else if (hasJapaneseOfMeisai(line)) {
                QTest::qFail(qPrintable(what + QStringLiteral(": Japanese in \"") + line + QLatin1Char('"')), __FILE__,
                             __LINE__);
            }
        }
        return lines;
    }

    // Meisai's own texts of the stored records, as the JSON listings give them.
    static QStringList storedTexts(const CliRunner& cli, const QString& language)
    {
        QStringList texts;
        for (const QJsonValue& v : run(cli, language, {QStringLiteral("connections"), QStringLiteral("--format"),
                                                       QStringLiteral("json")})
                                       .json()) {
            texts << v[QStringLiteral("label")].toString() << v[QStringLiteral("lastError")].toString();
        }
        for (const QJsonValue& v : run(cli, language, {QStringLiteral("alerts"), QStringLiteral("--all"),
                                                       QStringLiteral("--format"), QStringLiteral("json")})
                                       .json()) {
            texts << v[QStringLiteral("title")].toString() << v[QStringLiteral("whatToDo")].toString();
            // A security notice's body is the issuer's own text.
            if (v[QStringLiteral("kind")].toString() != u"security_notice")
                texts << v[QStringLiteral("whatHappened")].toString();
        }
        texts.removeAll(QString());
        return texts;
    }

    static void checkStored(const QStringList& texts, const QString& language, const char* what)
    {
        QVERIFY2(!texts.isEmpty(), what);
        for (const QString& t : texts) {
            if (language == u"ja")
                QVERIFY2(looksJapanese(t, kCliWords), qPrintable(QLatin1String(what) + QStringLiteral(": ") + t));
            else
                QVERIFY2(!hasJapaneseOfMeisai(t), qPrintable(QLatin1String(what) + QStringLiteral(": ") + t));
        }
    }

    // Link, sync, every fault, revoke one, stop all: each output in language.
    void walk(const TempProfile& profile, const QString& language)
    {
        CliRunner cli = runner(profile, language);
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, cli, &why), qPrintable(why));
        LinkResult link = linkWithBrowser(*m_sandbox, cli, kKaede);
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        QVERIFY(check(link.cli, language, QStringLiteral("link")) > 0);
        const CliResult first = run(cli, language, {QStringLiteral("sync")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(check(first, language, QStringLiteral("sync")) > 0);
        for (const auto& [mode, arg] : kFaults) {
            QVERIFY2(m_sandbox->setFault(kKaede, mode, arg), qPrintable(m_sandbox->lastAdminError()));
            const CliResult r = run(cli, language, {QStringLiteral("sync"), QStringLiteral("--retry-wait-cap-ms"),
                                                    QStringLiteral("5")});
            QVERIFY(m_sandbox->clearFault(kKaede));
            QVERIFY2(!r.crashed && !r.timedOut, qPrintable(mode));
            QVERIFY2(check(r, language, QStringLiteral("sync under ") + mode) > 0, qPrintable(mode));
            if (QTest::currentTestFailed())
                return;
        }
        for (const QStringList& listing :
             {QStringList{QStringLiteral("connections")}, QStringList{QStringLiteral("alerts"), QStringLiteral("--all")},
              QStringList{QStringLiteral("statements")}, QStringList{QStringLiteral("issuers")}})
            check(run(cli, language, listing), language, listing.join(QLatin1Char(' ')));
        checkStored(storedTexts(cli, language), language, "after the faults");

        // Revoke the one connection, link a second issuer, then stop all.
        const CliResult revoked = run(cli, language, {QStringLiteral("revoke"), kKaede});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(check(revoked, language, QStringLiteral("revoke")) > 0);
        LinkResult second = linkWithBrowser(*m_sandbox, cli, kHoshizora);
        QVERIFY2(second.ok(), qPrintable(second.why + QString::fromUtf8(second.cli.describe())));
        const CliResult all = run(cli, language, {QStringLiteral("revoke"), QStringLiteral("--all")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(check(all, language, QStringLiteral("revoke --all")) > 0);
        check(run(cli, language, {QStringLiteral("connections")}), language, QStringLiteral("connections at the end"));
        checkStored(storedTexts(cli, language), language, "at the end");
    }

    // A profile that met a failing sync (last problem, alerts) in language `from`.
    void failedSyncs(const TempProfile& profile, const QString& from)
    {
        CliRunner cli = runner(profile, from);
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, cli, &why), qPrintable(why));
        LinkResult link = linkWithBrowser(*m_sandbox, cli, kKaede);
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        QVERIFY(m_sandbox->setFault(kKaede, QStringLiteral("500")));
        for (int i = 0; i < 3; ++i) // three failures raise sync_failing
            QCOMPARE(run(cli, from, {QStringLiteral("sync"), QStringLiteral("--retry-wait-cap-ms"), QStringLiteral("5")})
                         .exitCode,
                     3);
        QVERIFY(m_sandbox->clearFault(kKaede));
        QVERIFY(m_sandbox->setFault(kKaede, QStringLiteral("maintenance"), QStringLiteral("600")));
        QCOMPARE(run(cli, from, {QStringLiteral("sync"), QStringLiteral("--retry-wait-cap-ms"), QStringLiteral("5")})
                     .exitCode,
                 3);
        QVERIFY(m_sandbox->clearFault(kKaede));
        checkStored(storedTexts(cli, from), from, "in the language they were made in");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"),
                                                                 QStringLiteral("20")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    }

    void wholeSessionInJapanese()
    {
        TempProfile profile;
        walk(profile, QStringLiteral("ja"));
    }

    void wholeSessionInEnglish()
    {
        TempProfile profile;
        walk(profile, QStringLiteral("en"));
    }

    void storedTextsFollowALanguageSwitch_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("made in English, read in Japanese") << QStringLiteral("en") << QStringLiteral("ja");
        QTest::newRow("made in Japanese, read in English") << QStringLiteral("ja") << QStringLiteral("en");
    }
    void storedTextsFollowALanguageSwitch()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        TempProfile profile;
        failedSyncs(profile, from);
        if (QTest::currentTestFailed())
            return;
        const QStringList texts = storedTexts(runner(profile, to), to);
        QVERIFY(texts.size() >= 5); // a name, a problem, and two alerts' texts
        checkStored(texts, to, "after the switch");
    }

    // A vault written before texts were kept as Texts: the connection named
    // after its issuer in English is shown with the Japanese name.
    void olderConnectionNamesFollowTheLanguage()
    {
        TempProfile profile;
        CliRunner cli = runner(profile, QStringLiteral("en"));
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, cli, &why), qPrintable(why));
        LinkResult link = linkWithBrowser(*m_sandbox, cli, kKaede);
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        const QJsonArray before = run(cli, QStringLiteral("en"), {QStringLiteral("connections"), QStringLiteral("--format"),
                                                                  QStringLiteral("json")})
                                      .json();
        QCOMPARE(before.size(), 1);
        const QString english = before.first()[QStringLiteral("label")].toString();
        QVERIFY2(!english.isEmpty() && !hasJapanese(english), qPrintable(english));
        {
            auto vault = Vault::open(profile.dir());
            QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
            QVERIFY((*vault)->database().exec("UPDATE connections SET label_text = NULL;").ok());
        }
        const QJsonArray after = run(cli, QStringLiteral("ja"), {QStringLiteral("connections"), QStringLiteral("--format"),
                                                                 QStringLiteral("json")})
                                     .json();
        QCOMPARE(after.size(), 1);
        const QString japanese = after.first()[QStringLiteral("label")].toString();
        QVERIFY2(looksJapanese(japanese), qPrintable(japanese));
        // And back: the name is now kept in both languages.
        const QJsonArray again = run(cli, QStringLiteral("en"), {QStringLiteral("connections"), QStringLiteral("--format"),
                                                                 QStringLiteral("json")})
                                     .json();
        QCOMPARE(again.first()[QStringLiteral("label")].toString(), english);
    }

    // Alerts of a vault written before texts were kept as Texts: those whose
    // words follow from the vault are written again and follow the language.
    void olderAlertsFollowTheLanguage()
    {
        TempProfile profile;
        failedSyncs(profile, QStringLiteral("en"));
        if (QTest::currentTestFailed())
            return;
        {
            auto vault = Vault::open(profile.dir());
            QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
            QVERIFY((*vault)->database()
                        .exec("UPDATE alerts SET title_text = NULL, what_happened_text = NULL, what_to_do_text = NULL, "
                              "contact_text = NULL;")
                        .ok());
        }
        const CliRunner cli = runner(profile, QStringLiteral("ja"));
        bool seen = false;
        for (const QJsonValue& v : run(cli, QStringLiteral("ja"), {QStringLiteral("alerts"), QStringLiteral("--format"),
                                                                   QStringLiteral("json")})
                                       .json()) {
            if (v[QStringLiteral("kind")].toString() != u"sync_failing")
                continue;
            seen = true;
            for (const char* field : {"title", "whatHappened", "whatToDo"}) {
                const QString text = v[QString::fromLatin1(field)].toString();
                QVERIFY2(looksJapanese(text, kCliWords), qPrintable(text));
            }
        }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TestSessionWalk)
#include "TestSessionWalk.moc"
