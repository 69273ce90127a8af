#include "RevocationQueue.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col {
    Id, ConnectionId, IssuerId, Token, TokenTypeHint, Attempts, NextAttemptAt, LastError, BoundIssuer,
    ColumnCount = BoundIssuer + 4
};
constexpr std::array<const char*, ColumnCount> kColumns = {
    "id", "connection_id", "issuer_id", "token", "token_type_hint", "attempts", "next_attempt_at", "last_error",
    kBindingColumns[0], kBindingColumns[1], kBindingColumns[2], kBindingColumns[3]};

PendingRevocation read(const Statement& s)
{
    PendingRevocation r;
    r.id = s.int64(Id);
    r.connectionId = s.int64(ConnectionId);
    r.issuerId = s.text(IssuerId);
    r.token = s.secret(Token);
    r.tokenTypeHint = s.text(TokenTypeHint);
    r.attempts = s.int32(Attempts);
    r.nextAttemptAt = s.dateTime(NextAttemptAt);
    r.lastError = s.text(LastError);
    r.binding = readBinding(s, BoundIssuer);
    return r;
}

} // namespace

Status RevocationQueue::enqueue(const PendingRevocation& r)
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray names;
        for (int i = ConnectionId; i < ColumnCount; ++i)
            names += QByteArray(i == ConnectionId ? "" : ", ") + kColumns[size_t(i)];
        return "INSERT INTO pending_revocations (" + names + ") VALUES (" + placeholders(ColumnCount - 1) + ")";
    }();
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    // Without the id, a column's parameter is its Col value.
    stmt->bind(ConnectionId, r.connectionId).bind(IssuerId, r.issuerId).bind(Token, r.token);
    stmt->bind(TokenTypeHint, r.tokenTypeHint).bind(Attempts, r.attempts);
    stmt->bind(NextAttemptAt, r.nextAttemptAt.isValid() ? r.nextAttemptAt : m_clock.now());
    stmt->bind(LastError, r.lastError);
    bindBinding(*stmt, BoundIssuer, r.binding);
    return stmt->run();
}

Result<std::vector<PendingRevocation>> RevocationQueue::select(const char* rest, bool untilNow)
{
    const QByteArray sql = "SELECT " + columnList(kColumns) + " FROM pending_revocations " + rest;
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (untilNow)
        stmt->bind(1, m_clock.now());
    std::vector<PendingRevocation> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(read(*stmt));
    }
    return out;
}

Result<std::vector<PendingRevocation>> RevocationQueue::due()
{
    return select("WHERE next_attempt_at <= ? ORDER BY id", true);
}

Result<std::vector<PendingRevocation>> RevocationQueue::all()
{
    return select("ORDER BY id", false);
}

Status RevocationQueue::remove(qint64 id)
{
    auto stmt = m_db.prepare("DELETE FROM pending_revocations WHERE id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return stmt->run();
}

Status RevocationQueue::reschedule(qint64 id, const QDateTime& nextAttemptAt, const QString& lastError)
{
    auto stmt = m_db.prepare(
        "UPDATE pending_revocations SET attempts = attempts + 1, next_attempt_at=?, last_error=? WHERE id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nextAttemptAt).bind(2, lastError).bind(3, id);
    return stmt->run();
}

} // namespace meisai
