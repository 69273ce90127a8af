#pragma once

// A profile is one folder (0700) holding one vault. Its location comes from
// --profile-dir, else MEISAI_PROFILE_DIR, else the XDG data directory.

#include "common/Result.h"

#include <QCoreApplication>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace meisai {

// The head of the vault's audit chain, kept outside the database (in
// profile.json) so that cutting rows off the end of the log is noticed.
// signature is HMAC-SHA256 under the vault's anchor subkey (AuditLog).
struct AuditAnchor
{
    qint64 seq = 0;        // the last entry covered; 0 for an empty log
    QByteArray mac;        // that entry's link (32 bytes; zeros for an empty log)
    qint64 keyedFrom = 1;  // the first entry linked with a MAC (earlier ones are unkeyed SHA-256)
    QByteArray signature;  // over the three fields above and the profile id
};

enum class KeyMode { Keychain, Passphrase };

struct KdfParams
{
    QByteArray salt; // 16 random bytes
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 1;
};

class Profile
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Profile)

public:
    // Where the profile lives, without touching the disk.
    static QString resolveDir(const QString& explicitDir = {});
    // Reads profile.json when present; otherwise returns a profile that does not exist yet.
    static Result<Profile> load(const QString& dir);

    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString metaPath() const;
    bool exists() const { return m_exists; }
    QString id() const { return m_id; }
    KeyMode keyMode() const { return m_keyMode; }
    const KdfParams& kdf() const { return m_kdf; }

    // Creates the folder (0700) and writes profile.json (0600) for a new vault.
    Status create(KeyMode mode);

    // The audit anchor as profile.json holds it now (read from the disk each
    // time: another process may have moved it); nullopt when there is none.
    // A malformed one comes back with an empty signature, so it fails its check.
    Result<std::optional<AuditAnchor>> readAuditAnchor() const;
    // Replaces the anchor, atomically (a new file, synced, renamed over the old one).
    Status writeAuditAnchor(const AuditAnchor& anchor);

private:
    QString m_dir;
    QString m_id;
    bool m_exists = false;
    KeyMode m_keyMode = KeyMode::Keychain;
    KdfParams m_kdf;
    QJsonObject m_meta; // profile.json as read or written, rewritten with a new anchor
};

} // namespace meisai
