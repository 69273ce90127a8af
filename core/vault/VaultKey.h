#pragma once

// Where the vault key comes from: a random 256-bit key in the OS keychain
// (QtKeychain; service "Meisai", one entry per profile), or a key derived
// from a passphrase with Argon2id. There is no insecure fallback.

#include "Profile.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QCoreApplication>

namespace meisai {

class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Keychain)

public:
    static constexpr const char* service = "Meisai";
    static QString entryName(const QString& profileId);

    // Blocking calls with a timeout; they spin a local event loop.
    static Result<SecretBytes> read(const QString& profileId, int timeoutMs = 10000);
    static Status write(const QString& profileId, const SecretBytes& key, int timeoutMs = 10000);
    static Status remove(const QString& profileId, int timeoutMs = 10000);
};

class PassphraseKdf
{
    Q_DECLARE_TR_FUNCTIONS(meisai::PassphraseKdf)

public:
    static KdfParams freshParams();
    static Result<SecretBytes> derive(const SecretBytes& passphrase, const KdfParams& params);
};

} // namespace meisai
