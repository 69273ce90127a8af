#pragma once

// Encrypted backups of a vault (G10). A backup is one file: a small header
// (format, Argon2id parameters) followed by a SQLCipher copy of the vault
// encrypted with a key derived from a backup passphrase, so it can be
// restored on another machine without the original keychain.

#include "Vault.h"

#include <QCoreApplication>

namespace meisai {

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Backup)

public:
    static Status create(Vault& vault, const QString& path, const SecretBytes& passphrase);

    // Restores into targetDir, which must not hold a profile yet. The restored
    // vault gets a fresh key: from the keychain, or from options.passphrase.
    static Result<std::unique_ptr<Vault>> restore(const QString& path, const SecretBytes& passphrase,
                                                  const QString& targetDir, UnlockOptions options = {});
};

} // namespace meisai
