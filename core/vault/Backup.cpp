#include "Backup.h"
#include "common/FileProblem.h"

#include "VaultKey.h"
#include "common/Log.h"
#include "common/Mac.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

namespace meisai {

namespace {

constexpr char kMagic[] = "MEISAI-BACKUP-1\n"; // 16 bytes
constexpr qsizetype kMagicSize = 16;
constexpr quint32 kMaxHeader = 64 * 1024;
// The header's "check": an HMAC of this under the backup key, so that a wrong
// passphrase is told apart from a damaged file (SQLCipher says the same for both).
constexpr char kKeyCheck[] = "meisai-backup-key-check";

QByteArray keyPragma(const char* prefix, const SecretBytes& key)
{
    QByteArray raw = key.toByteArray();
    QByteArray hex = raw.toHex();
    QByteArray sql = QByteArray(prefix) + "\"x'" + hex + "'\";";
    SecretBytes::wipe(raw);
    SecretBytes::wipe(hex);
    return sql;
}

Status execRaw(sqlite3* db, const QByteArray& sql, const QString& what)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString detail = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    return makeError(ErrorCode::Database, Backup::tr("%1 failed (%2).").arg(what, detail));
}

} // namespace

Status Backup::create(Vault& vault, const QString& path, const SecretBytes& passphrase, BackupOptions options)
{
    if (passphrase.size() < 8)
        return makeError(ErrorCode::InvalidArgument, tr("Choose a backup passphrase of at least 8 characters."));
    const KdfParams kdf = PassphraseKdf::freshParams();
    auto key = PassphraseKdf::derive(passphrase, kdf);
    if (!key)
        return key.error();

    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorCode::Io, tr("No temporary folder for the backup: %1").arg(work.errorString()));
    const QString copyPath = work.filePath(QStringLiteral("copy.db"));
    {
        QFile touch(copyPath);
        if (!touch.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorCode::Io, tr("The backup could not be prepared: %1").arg(FileProblem::of(touch)));
    }
    sqlite3* db = vault.database().handle();
    QByteArray attach = "ATTACH DATABASE '" + copyPath.toUtf8().replace('\'', "''") + "' AS meisai_backup KEY ";
    attach = keyPragma(attach.constData(), *key);
    Status status = execRaw(db, attach, tr("Preparing the backup"));
    SecretBytes::wipe(attach);
    if (!status.ok())
        return status;
    // sqlcipher_export copies the schema and rows but not user_version.
    auto version = vault.database().userVersion();
    if (!version)
        return version.error();
    status = execRaw(db,
                     "PRAGMA meisai_backup.cipher_page_size = 4096; SELECT sqlcipher_export('meisai_backup'); "
                     "PRAGMA meisai_backup.user_version = " + QByteArray::number(*version) + ';',
                     tr("Copying the vault"));
    const Status detached = execRaw(db, "DETACH DATABASE meisai_backup;", tr("Finishing the backup"));
    if (!status.ok())
        return status;
    if (!detached.ok())
        return detached;
    {
        // The restored vault gets a key of its own: the copy's audit chain
        // leaves unkeyed and is sealed with that key when it is first opened.
        auto copyDb = Database::open(copyPath, *key, false);
        if (!copyDb)
            return copyDb.error();
        MEISAI_TRY(vault.audit().exportUnkeyed(**copyDb));
        if (!options.withTokens) {
            // No token leaves in the backup, not even in a free page.
            Database& copy = **copyDb;
            MEISAI_TRY(copy.exec("PRAGMA secure_delete = ON; DELETE FROM tokens; DELETE FROM pending_revocations;"));
            auto mark = copy.prepare("UPDATE connections SET status=?, last_error=?, last_error_text=? WHERE status=?");
            if (!mark)
                return mark.error();
            const Text why = trText("Restored from a backup without its access: link it again to sync. Its "
                                    "history is kept.");
            mark->bind(1, toString(ConnectionStatus::NeedsReconnect)).bind(2, why.toString()).bind(3, why.toStorage());
            mark->bind(4, toString(ConnectionStatus::Active));
            MEISAI_TRY(mark->run());
            MEISAI_TRY(copy.exec("VACUUM;"));
        }
        MEISAI_TRY((*copyDb)->exec("PRAGMA journal_mode = DELETE;"));
    }

    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The backup could not be read back: %1").arg(FileProblem::of(copy)));
    const QByteArray header = QJsonDocument(QJsonObject{
                                                {u"format"_qs, 1},
                                                {u"schema"_qs, Vault::schemaVersion()},
                                                {u"created"_qs, vault.clock().now().toString(Qt::ISODate)},
                                                {u"tokens"_qs, options.withTokens},
                                                {u"check"_qs, QString::fromLatin1(Mac::hmacSha256(*key, kKeyCheck).toBase64())},
                                                {u"kdf"_qs,
                                                 QJsonObject{{u"algorithm"_qs, u"argon2id"_qs},
                                                             {u"salt"_qs, QString::fromLatin1(kdf.salt.toBase64())},
                                                             {u"memory_kib"_qs, qint64(kdf.memoryKiB)},
                                                             {u"iterations"_qs, qint64(kdf.iterations)},
                                                             {u"parallelism"_qs, qint64(kdf.parallelism)}}},
                                            })
                                  .toJson(QJsonDocument::Compact);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(path, FileProblem::of(out)));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const quint32 len = qToBigEndian(quint32(header.size()));
    out.write(kMagic, kMagicSize);
    out.write(reinterpret_cast<const char*>(&len), sizeof len);
    out.write(header);
    while (!copy.atEnd())
        out.write(copy.read(1 << 20));
    if (!out.commit())
        return makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(path, FileProblem::of(out)));
    qCInfo(lcVault) << "backup written" << (options.withTokens ? "with tokens" : "without tokens");
    AuditEntry entry;
    entry.operation = QStringLiteral("backup");
    entry.result = QStringLiteral("ok");
    entry.detail = options.withTokens ? QStringLiteral("with tokens") : QStringLiteral("without tokens");
    if (auto logged = vault.audit().append(entry); !logged)
        qCWarning(lcVault).noquote() << "backup not logged:" << logged.error().message;
    return {};
}

namespace {

// A backup decrypted into a private temporary copy and checked.
struct Staged
{
    QJsonObject header;
    SecretBytes key;
    QString path;
};

Result<Staged> stageBackup(const QString& path, const SecretBytes& passphrase, const QTemporaryDir& work)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Backup::tr("%1 could not be read: %2").arg(path, FileProblem::of(in)));
    const auto notABackup = [&] {
        return makeError(ErrorCode::Corrupt, Backup::tr("%1 is not a Meisai backup, or it is damaged.").arg(path));
    };
    if (in.read(kMagicSize) != QByteArrayView(kMagic, kMagicSize))
        return notABackup();
    quint32 len = 0;
    if (in.read(reinterpret_cast<char*>(&len), sizeof len) != sizeof len)
        return notABackup();
    len = qFromBigEndian(len);
    if (len == 0 || len > kMaxHeader)
        return notABackup();
    QJsonParseError parseError;
    const QJsonObject header = QJsonDocument::fromJson(in.read(len), &parseError).object();
    const QJsonObject kdfJson = header.value(u"kdf").toObject();
    KdfParams kdf;
    kdf.salt = QByteArray::fromBase64(kdfJson.value(u"salt").toString().toLatin1());
    kdf.memoryKiB = quint32(kdfJson.value(u"memory_kib").toInteger());
    kdf.iterations = quint32(kdfJson.value(u"iterations").toInteger());
    kdf.parallelism = quint32(kdfJson.value(u"parallelism").toInteger());
    if (parseError.error != QJsonParseError::NoError || header.value(u"format").toInt() != 1
        || kdfJson.value(u"algorithm").toString() != u"argon2id" || kdf.salt.size() < 16 || kdf.memoryKiB < 65536
        || kdf.memoryKiB > 4 * 1024 * 1024 || kdf.iterations < 3 || kdf.iterations > 100 || kdf.parallelism < 1
        || kdf.parallelism > 16)
        return notABackup();
    if (header.value(u"schema").toInt() > Vault::schemaVersion())
        return makeError(ErrorCode::Database,
                         Backup::tr("This backup was made by a newer version of Meisai. Update Meisai to restore it."));

    auto backupKey = PassphraseKdf::derive(passphrase, kdf);
    if (!backupKey)
        return backupKey.error();
    const QByteArray check = QByteArray::fromBase64(header.value(u"check").toString().toLatin1());
    const bool checked = !check.isEmpty(); // backups before the check value say nothing
    if (checked && !Mac::equal(check, Mac::hmacSha256(*backupKey, kKeyCheck)))
        return makeError(ErrorCode::WrongPassphrase, Backup::tr("The backup passphrase is not correct."));

    const QString staged = work.filePath(QStringLiteral("restore.db"));
    {
        QFile out(staged);
        if (!out.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorCode::Io, Backup::tr("The backup could not be unpacked: %1").arg(FileProblem::of(out)));
        while (!in.atEnd())
            out.write(in.read(1 << 20));
    }
    {
        auto probe = Database::open(staged, *backupKey, false);
        if (!probe) {
            if (probe.error().code == ErrorCode::KeyMismatch && !checked)
                return makeError(ErrorCode::WrongPassphrase,
                                 Backup::tr("The backup passphrase is not correct, or the backup is damaged."));
            return notABackup();
        }
        auto integrity = (*probe)->integrityCheck();
        if (!integrity || *integrity != u"ok")
            return notABackup();
        MEISAI_TRY((*probe)->exec("PRAGMA journal_mode = DELETE;"));
    }
    return Staged{header, std::move(*backupKey), staged};
}

} // namespace

Result<BackupInfo> Backup::verify(const QString& path, const SecretBytes& passphrase)
{
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorCode::Io, tr("No temporary folder for the backup: %1").arg(work.errorString()));
    auto staged = stageBackup(path, passphrase, work);
    if (!staged)
        return staged.error();
    auto db = Database::open(staged->path, staged->key, false);
    if (!db)
        return db.error();
    BackupInfo info;
    info.created = QDateTime::fromString(staged->header.value(u"created").toString(), Qt::ISODate);
    info.schema = staged->header.value(u"schema").toInt();
    info.withTokens = staged->header.value(u"tokens").toBool(true); // older backups held them
    const auto count = [&](const char* table) -> Result<qint64> {
        const QByteArray sql = QByteArray("SELECT COUNT(*) FROM ") + table;
        auto stmt = (*db)->prepare(sql);
        if (!stmt)
            return stmt.error();
        auto row = stmt->step();
        if (!row)
            return row.error();
        return stmt->int64(0);
    };
    for (auto [table, field] : {std::pair{"connections", &info.connections}, std::pair{"transactions", &info.transactions},
                                std::pair{"statements", &info.statements}, std::pair{"audit_log", &info.auditRows}}) {
        auto n = count(table);
        if (!n)
            return n.error();
        *field = *n;
    }
    return info;
}

Result<std::unique_ptr<Vault>> Backup::restore(const QString& path, const SecretBytes& passphrase,
                                               const QString& targetDir, UnlockOptions options)
{
    auto target = Profile::load(targetDir);
    if (!target)
        return target.error();
    if (target->exists() || QFile::exists(target->databasePath()))
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 already holds a Meisai profile; restore into an empty folder.").arg(targetDir));

    // The passphrase and the pages are checked on a private copy before anything is created in targetDir.
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorCode::Io, tr("No temporary folder for the backup: %1").arg(work.errorString()));
    auto stagedBackup = stageBackup(path, passphrase, work);
    if (!stagedBackup)
        return stagedBackup.error();
    const QString staged = stagedBackup->path;
    const SecretBytes& backupKey = stagedBackup->key;

    // Create the new profile with its own key, then re-encrypt the copy with it.
    SecretBytes newKey;
    if (options.passphrase) {
        MEISAI_TRY(target->create(KeyMode::Passphrase));
        auto derived = PassphraseKdf::derive(*options.passphrase, target->kdf());
        if (!derived)
            return derived.error();
        newKey = std::move(*derived);
    } else {
        newKey = SecretBytes::random(32);
        MEISAI_TRY(target->create(KeyMode::Keychain));
        if (auto written = Keychain::write(target->id(), newKey); !written.ok()) {
            QFile::remove(target->metaPath());
            return written.error();
        }
    }
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(QFile::encodeName(staged).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        QByteArray keySql = keyPragma("PRAGMA key = ", backupKey);
        QByteArray rekeySql = keyPragma("PRAGMA rekey = ", newKey);
        Status st = execRaw(db, keySql + " PRAGMA cipher_page_size = 4096;", tr("Opening the backup"));
        if (st.ok())
            st = execRaw(db, rekeySql, tr("Re-encrypting the restored vault"));
        SecretBytes::wipe(keySql);
        SecretBytes::wipe(rekeySql);
        sqlite3_close(db);
        if (!st.ok())
            return st.error();
    }
    {
        QFile from(staged);
        QFile to(target->databasePath());
        if (!from.open(QIODevice::ReadOnly)
            || !to.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorCode::Io, tr("The restored vault could not be written to %1.").arg(targetDir));
        while (!from.atEnd())
            if (to.write(from.read(1 << 20)) < 0)
                return makeError(ErrorCode::Io, tr("The restored vault could not be written: %1").arg(FileProblem::of(to)));
        if (!to.flush())
            return makeError(ErrorCode::Io, tr("The restored vault could not be written: %1").arg(FileProblem::of(to)));
    }
    return Vault::open(targetDir, std::move(options));
}

} // namespace meisai
