#pragma once

// G16: the vault passphrase (passphrase mode) must not be guessable and must
// differ from the issuers' passwords. Strength is estimated with zxcvbn;
// words the user gave elsewhere (profile name, user name, issuer names) count
// as known to an attacker.

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace meisai {

struct PasswordAssessment
{
    double entropyBits = 0;
    int score = 0;        // 0 (very weak) … 4 (strong), zxcvbn's scale
    bool acceptable = false;
    QString reason;       // why it was rejected, for people; empty when acceptable
    QString suggestion;   // what would help
};

class PasswordCheck
{
    Q_DECLARE_TR_FUNCTIONS(meisai::PasswordCheck)

public:
    static constexpr int kMinLength = 10;
    static constexpr double kMinEntropyBits = 50.0; // zxcvbn score 3 and up

    // userWords: words an attacker may know (e.g. the user's name, issuer names).
    static PasswordAssessment assess(const SecretBytes& passphrase, const QStringList& userWords = {});
    // InvalidArgument with the reason when the passphrase is too weak.
    static Status check(const SecretBytes& passphrase, const QStringList& userWords = {});

    // Words an attacker of this machine may know: the login and full name,
    // the host name, the profile folder, "Meisai", and the ids and names of
    // the issuers Meisai ships (whole and split into words).
    static QStringList knownWords(const QString& profileDir = {});

    // For a passphrase vault about to be created: call before Vault::open()
    // creates one (the CLI's --passphrase/MEISAI_PASSPHRASE on a new profile,
    // the desktop app's "Create a passphrase" dialog). check() against
    // knownWords(profileDir) plus extraWords. An existing vault's passphrase
    // is not judged again (it only has to open the vault).
    static Status checkNewVaultPassphrase(const SecretBytes& passphrase, const QString& profileDir,
                                          const QStringList& extraWords = {});
};

} // namespace meisai
