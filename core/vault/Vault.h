#pragma once

// The vault: one encrypted SQLCipher database per profile, with its stores.

#include "Database.h"
#include "Profile.h"
#include "VaultKeys.h"
#include "stores/AlertStore.h"
#include "stores/AuditLog.h"
#include "stores/CardStore.h"
#include "stores/ConnectionStore.h"
#include "stores/IssuerProfileStore.h"
#include "stores/LimitStore.h"
#include "stores/NoticeStore.h"
#include "stores/RevocationQueue.h"
#include "stores/SettingsStore.h"
#include "stores/StatementStore.h"
#include "stores/TokenStore.h"
#include "stores/TransactionStore.h"
#include "common/Clock.h"

#include <QCoreApplication>

#include <memory>

namespace meisai {

struct UnlockOptions
{
    // Set to use (or create) a passphrase vault; empty means the keychain.
    std::optional<SecretBytes> passphrase;
    bool allowCreate = true;
    const Clock* clock = nullptr; // default: the system clock
};

class Vault
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Vault)

public:
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Opens the vault of the profile in dir, creating it when it does not exist
    // (keychain mode unless a passphrase is given).
    static Result<std::unique_ptr<Vault>> open(const QString& dir, UnlockOptions options = {});

    const Profile& profile() const { return m_profile; }
    KeyMode keyMode() const { return m_profile.keyMode(); }
    Database& database() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    // The subkeys derived from the vault key (memory only).
    const VaultKeys& keys() const { return m_keys; }

    ConnectionStore& connections() { return m_connections; }
    TokenStore& tokens() { return m_tokens; }
    CardStore& cards() { return m_cards; }
    TransactionStore& transactions() { return m_transactions; }
    StatementStore& statements() { return m_statements; }
    LimitStore& limits() { return m_limits; }
    NoticeStore& notices() { return m_notices; }
    AuditLog& audit() { return m_audit; }
    AlertStore& alerts() { return m_alerts; }
    RevocationQueue& revocations() { return m_revocations; }
    IssuerProfileStore& issuerProfiles() { return m_issuerProfiles; }
    SettingsStore& settings() { return m_settings; }

    static int schemaVersion();

private:
    Vault(Profile profile, VaultKeys keys, std::unique_ptr<Database> db, const Clock& clock);
    static Status migrate(Database& db);

    Profile m_profile;
    VaultKeys m_keys;
    std::unique_ptr<Database> m_db;
    const Clock* m_clock;
    ConnectionStore m_connections;
    TokenStore m_tokens;
    CardStore m_cards;
    TransactionStore m_transactions;
    StatementStore m_statements;
    LimitStore m_limits;
    NoticeStore m_notices;
    AuditLog m_audit;
    AlertStore m_alerts;
    RevocationQueue m_revocations;
    IssuerProfileStore m_issuerProfiles;
    SettingsStore m_settings;
};

} // namespace meisai
