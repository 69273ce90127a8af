// The vault's schema, as an ordered list of migrations applied by user_version.
// Never edit a migration that has shipped; append a new one.

#include "Vault.h"

namespace meisai {

namespace {

const char* const kMigrations[] = {
    // 1: everything the first release keeps.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE issuer_profiles (
    issuer_id TEXT PRIMARY KEY,
    json BLOB NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE connections (
    id INTEGER PRIMARY KEY,
    issuer_id TEXT NOT NULL,
    label TEXT,
    status TEXT NOT NULL,
    requested_scopes TEXT NOT NULL DEFAULT '',
    granted_scopes TEXT NOT NULL DEFAULT '',
    consent_granted_at TEXT,
    consent_expires_at TEXT,
    auth_time TEXT,
    last_sync_at TEXT,
    next_sync_at TEXT,
    last_error TEXT,
    sync_state TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE tokens (
    connection_id INTEGER PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,
    access_token BLOB,
    refresh_token BLOB,
    token_type TEXT,
    access_expires_at TEXT,
    refresh_expires_at TEXT,
    updated_at TEXT NOT NULL);
CREATE TABLE cards (
    connection_id INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    masked_pan TEXT,
    card_name TEXT,
    holder_type TEXT,
    is_virtual INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT,
    PRIMARY KEY (connection_id, card_id));
CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    transaction_id TEXT NOT NULL,
    use_date TEXT,
    posting_date TEXT,
    merchant_name TEXT,
    remarks TEXT,
    holder_type TEXT,
    amount INTEGER NOT NULL,
    payment_method TEXT,
    installment_count INTEGER,
    payment_amount INTEGER,
    fee_amount INTEGER,
    payment_month TEXT,
    status TEXT NOT NULL,
    approval_number TEXT,
    foreign_local_amount TEXT,
    foreign_currency TEXT,
    foreign_rate TEXT,
    foreign_date TEXT,
    fetched_at TEXT,
    UNIQUE (connection_id, card_id, transaction_id));
CREATE INDEX transactions_month ON transactions (connection_id, card_id, payment_month);
CREATE TABLE statements (
    connection_id INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    billing_month TEXT NOT NULL,
    closing_date TEXT,
    due_date TEXT,
    billing_status TEXT,
    total_billed_amount INTEGER,
    new_usage_amount INTEGER,
    transaction_count INTEGER,
    fetched_at TEXT,
    PRIMARY KEY (connection_id, card_id, billing_month));
CREATE TABLE limits (
    connection_id INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    shopping_limit INTEGER, shopping_available INTEGER,
    cashing_limit INTEGER, cashing_available INTEGER,
    installment_available INTEGER, revolving_available INTEGER,
    fetched_at TEXT,
    PRIMARY KEY (connection_id, card_id));
CREATE TABLE notices (
    issuer_id TEXT NOT NULL,
    notice_id TEXT NOT NULL,
    kind TEXT, title TEXT, body TEXT,
    published_at TEXT, starts_at TEXT, ends_at TEXT, fetched_at TEXT,
    PRIMARY KEY (issuer_id, notice_id));
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    connection_id INTEGER NOT NULL DEFAULT 0,
    issuer_id TEXT,
    operation TEXT NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL,
    interaction_id TEXT,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    detail TEXT,
    hash BLOB NOT NULL);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    dedup_key TEXT,
    severity TEXT NOT NULL,
    state TEXT NOT NULL,
    connection_id INTEGER NOT NULL DEFAULT 0,
    issuer_id TEXT,
    title TEXT, what_happened TEXT, what_to_do TEXT, contact TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX alerts_open ON alerts (dedup_key, state);
CREATE TABLE pending_revocations (
    id INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL,
    issuer_id TEXT NOT NULL,
    token BLOB NOT NULL,
    token_type_hint TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT);
)sql",
    // 2: each connection records the issuer it was linked with (IssuerBinding),
    // and each queued revocation where its token may go.
    R"sql(
ALTER TABLE connections ADD COLUMN bound_issuer TEXT;
ALTER TABLE connections ADD COLUMN bound_token_endpoint TEXT;
ALTER TABLE connections ADD COLUMN bound_revocation_endpoint TEXT;
ALTER TABLE connections ADD COLUMN bound_api_base TEXT;
ALTER TABLE pending_revocations ADD COLUMN bound_issuer TEXT;
ALTER TABLE pending_revocations ADD COLUMN bound_token_endpoint TEXT;
ALTER TABLE pending_revocations ADD COLUMN bound_revocation_endpoint TEXT;
ALTER TABLE pending_revocations ADD COLUMN bound_api_base TEXT;
)sql",
    // 3: shown texts kept as Texts (common/Text.h), rendered in the language of
    // the moment; the string columns keep what they rendered to when written.
    R"sql(
ALTER TABLE connections ADD COLUMN label_text TEXT;
ALTER TABLE connections ADD COLUMN last_error_text TEXT;
ALTER TABLE alerts ADD COLUMN title_text TEXT;
ALTER TABLE alerts ADD COLUMN what_happened_text TEXT;
ALTER TABLE alerts ADD COLUMN what_to_do_text TEXT;
ALTER TABLE alerts ADD COLUMN contact_text TEXT;
)sql",
};

} // namespace

int Vault::schemaVersion()
{
    return int(std::size(kMigrations));
}

Status Vault::migrate(Database& db)
{
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (*current > schemaVersion())
        return makeError(ErrorCode::Database,
                         tr("This vault was written by a newer version of Meisai (schema %1, this version knows %2). "
                            "Update Meisai to open it.")
                             .arg(*current)
                             .arg(schemaVersion()));
    for (int v = *current; v < schemaVersion(); ++v) {
        Database::Transaction tx(db);
        MEISAI_TRY(tx.begin());
        MEISAI_TRY(db.exec(kMigrations[v]));
        MEISAI_TRY(db.setUserVersion(v + 1));
        MEISAI_TRY(tx.commit());
    }
    return {};
}

} // namespace meisai
