#include "Vault.h"

#include "VaultKey.h"
#include "common/Log.h"

#include <QDir>
#include <QFile>

namespace meisai {

Vault::Vault(Profile profile, VaultKeys keys, std::unique_ptr<Database> db, const Clock& clock)
    : m_profile(std::move(profile))
    , m_keys(std::move(keys))
    , m_db(std::move(db))
    , m_clock(&clock)
    , m_connections(*m_db, clock)
    , m_tokens(*m_db, clock)
    , m_cards(*m_db)
    , m_transactions(*m_db)
    , m_statements(*m_db)
    , m_limits(*m_db)
    , m_notices(*m_db)
    , m_audit(*m_db, clock, m_keys, m_profile)
    , m_alerts(*m_db, clock)
    , m_revocations(*m_db, clock)
    , m_issuerProfiles(*m_db, clock)
    , m_settings(*m_db)
{
}

Vault::~Vault() = default;

Result<std::unique_ptr<Vault>> Vault::open(const QString& dir, UnlockOptions options)
{
    const Clock& clock = options.clock ? *options.clock : Clock::system();
    auto loaded = Profile::load(dir);
    if (!loaded)
        return loaded.error();
    Profile profile = std::move(*loaded);

    const bool fresh = !profile.exists();
    if (fresh && !options.allowCreate)
        return makeError(ErrorCode::NotFound, tr("There is no Meisai profile in %1.").arg(profile.dir()));

    SecretBytes key;
    if (fresh) {
        if (options.passphrase) {
            MEISAI_TRY(profile.create(KeyMode::Passphrase));
            auto derived = PassphraseKdf::derive(*options.passphrase, profile.kdf());
            if (!derived)
                return derived.error();
            key = std::move(*derived);
        } else {
            // Store the key first: if the keychain fails, nothing is written to disk.
            Profile pending = profile;
            key = SecretBytes::random(32);
            MEISAI_TRY(pending.create(KeyMode::Keychain));
            if (auto written = Keychain::write(pending.id(), key); !written.ok()) {
                QFile::remove(pending.metaPath());
                QDir().rmdir(pending.dir());
                return written.error();
            }
            profile = pending;
        }
        qCInfo(lcVault) << "created a vault in" << profile.dir();
    } else if (profile.keyMode() == KeyMode::Passphrase) {
        if (!options.passphrase)
            return makeError(ErrorCode::WrongPassphrase,
                             tr("This vault is protected by a passphrase. Enter it to unlock the vault."));
        auto derived = PassphraseKdf::derive(*options.passphrase, profile.kdf());
        if (!derived)
            return derived.error();
        key = std::move(*derived);
    } else {
        auto read = Keychain::read(profile.id());
        if (!read)
            return read.error();
        key = std::move(*read);
    }

    auto db = Database::open(profile.databasePath(), key, fresh);
    VaultKeys keys = db ? VaultKeys::derive(key) : VaultKeys();
    key.clear();
    if (!db) {
        if (db.error().code == ErrorCode::KeyMismatch && profile.keyMode() == KeyMode::Passphrase)
            return makeError(ErrorCode::WrongPassphrase, tr("The passphrase is not correct for this vault."));
        if (db.error().code == ErrorCode::KeyMismatch)
            return makeError(ErrorCode::KeyMismatch,
                             tr("The vault key does not match this database. The keychain entry for this profile "
                                "may have been replaced; restore it, or restore the vault from a backup."));
        return db.error();
    }
    MEISAI_TRY(migrate(**db));
    std::unique_ptr<Vault> vault(new Vault(std::move(profile), std::move(keys), std::move(*db), clock));
    MEISAI_TRY(vault->m_audit.seal());
    return vault;
}

} // namespace meisai
