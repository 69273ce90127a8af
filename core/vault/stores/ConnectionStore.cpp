#include "ConnectionStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

// The columns of connections, written once: the order of Col is the order of kColumns.
enum Col {
    Id, IssuerId, Label, StatusCol, RequestedScopes, GrantedScopes, ConsentGrantedAt, ConsentExpiresAt, AuthTime,
    LastSyncAt, NextSyncAt, LastError, SyncState, CreatedAt, UpdatedAt, BoundIssuer, LabelText = BoundIssuer + 4,
    LastErrorText, ColumnCount
};
constexpr std::array<const char*, ColumnCount> kColumns = {
    "id", "issuer_id", "label", "status", "requested_scopes", "granted_scopes", "consent_granted_at",
    "consent_expires_at", "auth_time", "last_sync_at", "next_sync_at", "last_error", "sync_state", "created_at",
    "updated_at", kBindingColumns[0], kBindingColumns[1], kBindingColumns[2], kBindingColumns[3],
    "label_text", "last_error_text"};

Connection read(const Statement& s)
{
    Connection c;
    c.id = s.int64(Id);
    c.issuerId = s.text(IssuerId);
    c.labelText = readText(s, LabelText, Label);
    c.label = c.labelText.toString();
    c.status = connectionStatusFromString(s.text(StatusCol)).value_or(ConnectionStatus::Linking);
    c.requestedScopes = splitScopes(s.text(RequestedScopes));
    c.grantedScopes = splitScopes(s.text(GrantedScopes));
    c.consentGrantedAt = s.dateTime(ConsentGrantedAt);
    c.consentExpiresAt = s.dateTime(ConsentExpiresAt);
    c.authTime = s.dateTime(AuthTime);
    c.lastSyncAt = s.dateTime(LastSyncAt);
    c.nextSyncAt = s.dateTime(NextSyncAt);
    c.lastErrorText = readText(s, LastErrorText, LastError);
    c.lastError = c.lastErrorText.toString();
    c.syncState = s.text(SyncState);
    c.createdAt = s.dateTime(CreatedAt);
    c.updatedAt = s.dateTime(UpdatedAt);
    c.binding = readBinding(s, BoundIssuer);
    return c;
}

// Binds every column but id, as parameters 1…ColumnCount-1 (a column's parameter is its Col value).
void bindFields(Statement& s, const Connection& c, const QDateTime& createdAt, const QDateTime& updatedAt)
{
    s.bind(IssuerId, c.issuerId).bind(Label, c.label).bind(StatusCol, toString(c.status));
    s.bind(RequestedScopes, QByteArrayView(joinScopes(c.requestedScopes)));
    s.bind(GrantedScopes, QByteArrayView(joinScopes(c.grantedScopes)));
    s.bind(ConsentGrantedAt, c.consentGrantedAt).bind(ConsentExpiresAt, c.consentExpiresAt).bind(AuthTime, c.authTime);
    s.bind(LastSyncAt, c.lastSyncAt).bind(NextSyncAt, c.nextSyncAt).bind(LastError, c.lastError);
    s.bind(SyncState, c.syncState).bind(CreatedAt, createdAt).bind(UpdatedAt, updatedAt);
    bindBinding(s, BoundIssuer, c.binding);
    s.bind(LabelText, keptText(c.labelText, c.label).toStorage());
    s.bind(LastErrorText, keptText(c.lastErrorText, c.lastError).toStorage());
}

QByteArray selectSql(const char* rest)
{
    return "SELECT " + columnList(kColumns) + " FROM connections " + rest;
}

} // namespace

Result<qint64> ConnectionStore::add(const Connection& c)
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray names;
        for (int i = IssuerId; i < ColumnCount; ++i)
            names += QByteArray(i == IssuerId ? "" : ", ") + kColumns[size_t(i)];
        return "INSERT INTO connections (" + names + ") VALUES (" + placeholders(ColumnCount - 1) + ")";
    }();
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    const QDateTime now = m_clock.now();
    bindFields(*stmt, c, c.createdAt.isValid() ? c.createdAt : now, now);
    MEISAI_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Status ConnectionStore::update(const Connection& c)
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray sets;
        for (int i = IssuerId; i < ColumnCount; ++i) {
            if (i == CreatedAt)
                continue; // a connection keeps the time it was first linked
            sets += QByteArray(sets.isEmpty() ? "" : ", ") + kColumns[size_t(i)] + "=?" + QByteArray::number(i);
        }
        return "UPDATE connections SET " + sets + " WHERE id=?" + QByteArray::number(ColumnCount);
    }();
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bindFields(*stmt, c, c.createdAt, m_clock.now());
    stmt->bind(ColumnCount, c.id);
    MEISAI_TRY(stmt->run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("connection %1 not found").arg(c.id));
    return {};
}

Status ConnectionStore::setStatus(qint64 id, ConnectionStatus status, const Text& lastError)
{
    auto stmt =
        m_db.prepare("UPDATE connections SET status=?, last_error=?, last_error_text=?, updated_at=? WHERE id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, toString(status)).bind(2, lastError.toString()).bind(3, lastError.toStorage());
    stmt->bind(4, m_clock.now()).bind(5, id);
    return stmt->run();
}

Status ConnectionStore::setBinding(qint64 id, const IssuerBinding& binding)
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray sets;
        for (std::size_t i = 0; i < kBindingColumns.size(); ++i)
            sets += QByteArray(kBindingColumns[i]) + "=?, ";
        return "UPDATE connections SET " + sets + "updated_at=? WHERE id=?";
    }();
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bindBinding(*stmt, 1, binding);
    stmt->bind(5, m_clock.now()).bind(6, id);
    return stmt->run();
}

Result<std::optional<Connection>> ConnectionStore::get(qint64 id)
{
    static const QByteArray sql = selectSql("WHERE id=?");
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Connection>();
    return std::optional<Connection>(read(*stmt));
}

Result<QList<Connection>> ConnectionStore::list()
{
    static const QByteArray sql = selectSql("ORDER BY id");
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    return collect<Connection>(*stmt, read);
}

Status ConnectionStore::remove(qint64 id)
{
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    for (const char* sql : {"DELETE FROM tokens WHERE connection_id=?", "DELETE FROM transactions WHERE connection_id=?",
                            "DELETE FROM statements WHERE connection_id=?", "DELETE FROM limits WHERE connection_id=?",
                            "DELETE FROM cards WHERE connection_id=?", "DELETE FROM connections WHERE id=?"}) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        MEISAI_TRY(stmt->run());
    }
    return tx.commit();
}

} // namespace meisai
