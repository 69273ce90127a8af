#include "TokenStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col { ConnectionId, AccessToken, RefreshToken, TokenType, AccessExpiresAt, RefreshExpiresAt, UpdatedAt, ColumnCount };
constexpr std::array<const char*, ColumnCount> kColumns = {"connection_id", "access_token", "refresh_token",
                                                           "token_type", "access_expires_at", "refresh_expires_at",
                                                           "updated_at"};

} // namespace

Status TokenStore::put(qint64 connectionId, const TokenSet& t)
{
    static const QByteArray sql = "INSERT OR REPLACE INTO tokens (" + columnList(kColumns) + ") VALUES ("
        + placeholders(ColumnCount) + ")";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    // Parameters are 1-based: a column's parameter is its Col value + 1.
    stmt->bind(ConnectionId + 1, connectionId).bind(AccessToken + 1, t.accessToken).bind(RefreshToken + 1, t.refreshToken);
    stmt->bind(TokenType + 1, t.tokenType).bind(AccessExpiresAt + 1, t.accessExpiresAt);
    stmt->bind(RefreshExpiresAt + 1, t.refreshExpiresAt).bind(UpdatedAt + 1, m_clock.now());
    return stmt->run();
}

Result<std::optional<TokenSet>> TokenStore::get(qint64 connectionId)
{
    static const QByteArray sql = "SELECT " + columnList(kColumns) + " FROM tokens WHERE connection_id=?";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TokenSet>();
    TokenSet t;
    t.accessToken = stmt->secret(AccessToken);
    t.refreshToken = stmt->secret(RefreshToken);
    t.tokenType = stmt->text(TokenType);
    t.accessExpiresAt = stmt->dateTime(AccessExpiresAt);
    t.refreshExpiresAt = stmt->dateTime(RefreshExpiresAt);
    t.updatedAt = stmt->dateTime(UpdatedAt);
    stmt->reset(); // let SQLite release its copy of the row
    return std::optional<TokenSet>(std::move(t));
}

Status TokenStore::remove(qint64 connectionId)
{
    auto stmt = m_db.prepare("DELETE FROM tokens WHERE connection_id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId);
    return stmt->run();
}

} // namespace meisai
