#include "Profile.h"
#include "common/FileProblem.h"

#include "VaultKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <sys/stat.h>

namespace meisai {

QString Profile::resolveDir(const QString& explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString env = qEnvironmentVariable("MEISAI_PROFILE_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/meisai/profiles/default");
}

QString Profile::databasePath() const
{
    return m_dir + QStringLiteral("/vault.db");
}

QString Profile::metaPath() const
{
    return m_dir + QStringLiteral("/profile.json");
}

namespace {

// QSaveFile writes a temporary file, syncs it to the disk and renames it over
// the old one: a crash leaves the old file or the new one, never half of it.
Status writeMeta(const QString& path, const QJsonObject& o)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Profile::tr("%1 could not be written: %2").arg(path, FileProblem::of(file)));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson());
    if (!file.commit())
        return makeError(ErrorCode::Io, Profile::tr("%1 could not be written: %2").arg(path, FileProblem::of(file)));
    return {};
}

} // namespace

Result<Profile> Profile::load(const QString& dir)
{
    Profile p;
    p.m_dir = QDir(dir).absolutePath();
    QFile meta(p.metaPath());
    if (!meta.exists()) {
        if (QFile::exists(p.databasePath()))
            return makeError(ErrorCode::Corrupt,
                             Profile::tr("The profile in %1 has a vault but no profile.json; it cannot be opened safely.")
                                 .arg(p.m_dir));
        return p;
    }
    if (!meta.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Profile::tr("%1 could not be read: %2").arg(meta.fileName(), FileProblem::of(meta)));
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(meta.read(64 * 1024), &parseError).object();
    const QString id = o.value(u"id").toString();
    const QString mode = o.value(u"key").toString();
    if (parseError.error != QJsonParseError::NoError || id.isEmpty() || (mode != u"keychain" && mode != u"passphrase"))
        return makeError(ErrorCode::Corrupt, Profile::tr("%1 is damaged.").arg(meta.fileName()));
    p.m_id = id;
    p.m_exists = true;
    p.m_meta = o;
    p.m_keyMode = mode == u"passphrase" ? KeyMode::Passphrase : KeyMode::Keychain;
    if (p.m_keyMode == KeyMode::Passphrase) {
        const QJsonObject kdf = o.value(u"kdf").toObject();
        p.m_kdf.salt = QByteArray::fromBase64(kdf.value(u"salt").toString().toLatin1());
        p.m_kdf.memoryKiB = quint32(kdf.value(u"memory_kib").toInteger());
        p.m_kdf.iterations = quint32(kdf.value(u"iterations").toInteger());
        p.m_kdf.parallelism = quint32(kdf.value(u"parallelism").toInteger());
        if (kdf.value(u"algorithm").toString() != u"argon2id" || p.m_kdf.salt.size() < 16
            || p.m_kdf.memoryKiB < 65536 || p.m_kdf.iterations < 3 || p.m_kdf.parallelism < 1)
            return makeError(ErrorCode::Corrupt,
                             Profile::tr("The passphrase settings in %1 are missing or weaker than Meisai allows.")
                                 .arg(meta.fileName()));
    }
    return p;
}

Status Profile::create(KeyMode mode)
{
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, Profile::tr("The profile folder %1 could not be created.").arg(m_dir));
    if (::chmod(QFile::encodeName(m_dir).constData(), 0700) != 0)
        return makeError(ErrorCode::Io, Profile::tr("The profile folder %1 could not be made private.").arg(m_dir));

    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keyMode = mode;
    QJsonObject o{{u"id"_qs, m_id},
                  {u"key"_qs, mode == KeyMode::Keychain ? u"keychain"_qs : u"passphrase"_qs},
                  {u"format"_qs, 1}};
    if (mode == KeyMode::Passphrase) {
        m_kdf = PassphraseKdf::freshParams();
        o.insert(u"kdf",
                 QJsonObject{{u"algorithm"_qs, u"argon2id"_qs},
                             {u"version"_qs, 19},
                             {u"salt"_qs, QString::fromLatin1(m_kdf.salt.toBase64())},
                             {u"memory_kib"_qs, qint64(m_kdf.memoryKiB)},
                             {u"iterations"_qs, qint64(m_kdf.iterations)},
                             {u"parallelism"_qs, qint64(m_kdf.parallelism)}});
    }
    MEISAI_TRY(writeMeta(metaPath(), o));
    m_meta = o;
    m_exists = true;
    return {};
}

Result<std::optional<AuditAnchor>> Profile::readAuditAnchor() const
{
    QFile meta(metaPath());
    if (!meta.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Profile::tr("%1 could not be read: %2").arg(meta.fileName(), FileProblem::of(meta)));
    const QJsonObject o = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
    if (!o.contains(u"audit_anchor"))
        return std::optional<AuditAnchor>();
    const QJsonObject a = o.value(u"audit_anchor").toObject();
    AuditAnchor anchor;
    anchor.seq = a.value(u"seq").toInteger(-1);
    anchor.keyedFrom = a.value(u"keyed_from").toInteger(-1);
    anchor.mac = QByteArray::fromHex(a.value(u"mac").toString().toLatin1());
    anchor.signature = QByteArray::fromHex(a.value(u"signature").toString().toLatin1());
    if (anchor.seq < 0 || anchor.keyedFrom < 1 || anchor.mac.size() != 32 || anchor.signature.size() != 32)
        anchor.signature.clear();
    return std::optional<AuditAnchor>(anchor);
}

Status Profile::writeAuditAnchor(const AuditAnchor& anchor)
{
    QJsonObject o = m_meta;
    o.insert(u"audit_anchor",
             QJsonObject{{u"seq"_qs, anchor.seq},
                         {u"mac"_qs, QString::fromLatin1(anchor.mac.toHex())},
                         {u"keyed_from"_qs, anchor.keyedFrom},
                         {u"signature"_qs, QString::fromLatin1(anchor.signature.toHex())}});
    MEISAI_TRY(writeMeta(metaPath(), o));
    m_meta = o;
    return {};
}

} // namespace meisai
