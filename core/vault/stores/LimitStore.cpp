#include "LimitStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col {
    ConnectionId, CardId, ShoppingLimit, ShoppingAvailable, CashingLimit, CashingAvailable, InstallmentAvailable,
    RevolvingAvailable, FetchedAt, ColumnCount
};
constexpr std::array<const char*, ColumnCount> kColumns = {
    "connection_id",     "card_id",          "shopping_limit",        "shopping_available", "cashing_limit",
    "cashing_available", "installment_available", "revolving_available", "fetched_at"};

void bindOptional(Statement& s, int index, const std::optional<qint64>& value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

} // namespace

Status LimitStore::upsert(const CardLimits& l)
{
    static const QByteArray sql =
        "INSERT OR REPLACE INTO limits (" + columnList(kColumns) + ") VALUES (" + placeholders(ColumnCount) + ")";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(ConnectionId + 1, l.connectionId).bind(CardId + 1, l.cardId);
    stmt->bind(ShoppingLimit + 1, l.shoppingLimit).bind(ShoppingAvailable + 1, l.shoppingAvailable);
    stmt->bind(CashingLimit + 1, l.cashingLimit).bind(CashingAvailable + 1, l.cashingAvailable);
    bindOptional(*stmt, InstallmentAvailable + 1, l.installmentAvailable);
    bindOptional(*stmt, RevolvingAvailable + 1, l.revolvingAvailable);
    stmt->bind(FetchedAt + 1, l.fetchedAt);
    return stmt->run();
}

Result<QList<CardLimits>> LimitStore::list(qint64 connectionId)
{
    static const QByteArray sql = "SELECT " + columnList(kColumns)
        + " FROM limits WHERE (?1 = 0 OR connection_id = ?1) ORDER BY connection_id, card_id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId);
    return collect<CardLimits>(*stmt, [](const Statement& s) {
        CardLimits l;
        l.connectionId = s.int64(ConnectionId);
        l.cardId = s.text(CardId);
        l.shoppingLimit = s.int64(ShoppingLimit);
        l.shoppingAvailable = s.int64(ShoppingAvailable);
        l.cashingLimit = s.int64(CashingLimit);
        l.cashingAvailable = s.int64(CashingAvailable);
        if (!s.isNull(InstallmentAvailable))
            l.installmentAvailable = s.int64(InstallmentAvailable);
        if (!s.isNull(RevolvingAvailable))
            l.revolvingAvailable = s.int64(RevolvingAvailable);
        l.fetchedAt = s.dateTime(FetchedAt);
        return l;
    });
}

} // namespace meisai
