#pragma once

// A profile is one folder (0700) holding one vault. Its location comes from
// --profile-dir, else MEISAI_PROFILE_DIR, else the XDG data directory.

#include "common/Result.h"

#include <QCoreApplication>

#include <QString>

namespace meisai {

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

private:
    QString m_dir;
    QString m_id;
    bool m_exists = false;
    KeyMode m_keyMode = KeyMode::Keychain;
    KdfParams m_kdf;
};

} // namespace meisai
