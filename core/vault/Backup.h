#pragma once

// Encrypted backups of a vault (G10). A backup is one file: a small header
// (format, Argon2id parameters) followed by a SQLCipher copy of the vault
// encrypted with a key derived from a backup passphrase, so it can be
// restored on another machine without the original keychain.
//
// Tokens stay out unless asked for (a stolen backup must not be a stolen
// grant): without them, the copy holds no token and no queued revocation,
// its connections are marked to be linked again (their history kept), and
// the copy is vacuumed so no deleted token is left in a free page.

#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>

namespace meisai {

struct BackupOptions
{
    bool withTokens = false;
};

// What verify() found in a backup.
struct BackupInfo
{
    QDateTime created;
    int schema = 0;
    bool withTokens = false;
    qint64 connections = 0;
    qint64 transactions = 0;
    qint64 statements = 0;
    qint64 auditRows = 0;
};

class Backup
{
    MEISAI_DECLARE_TR_FUNCTIONS(meisai::Backup)

public:
    static Status create(Vault& vault, const QString& path, const SecretBytes& passphrase,
                         BackupOptions options = {});

    // Decrypts the backup into a private temporary copy and checks it (the
    // passphrase, every page's authentication, the database's integrity);
    // nothing is written anywhere else.
    static Result<BackupInfo> verify(const QString& path, const SecretBytes& passphrase);

    // Restores into targetDir, which must not hold a profile yet. The restored
    // vault gets a fresh key: from the keychain, or from options.passphrase.
    static Result<std::unique_ptr<Vault>> restore(const QString& path, const SecretBytes& passphrase,
                                                  const QString& targetDir, UnlockOptions options = {});
};

} // namespace meisai
