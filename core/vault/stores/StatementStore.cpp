#include "StatementStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col {
    ConnectionId, CardId, BillingMonth, ClosingDate, DueDate, BillingStatusCol, TotalBilledAmount, NewUsageAmount,
    TransactionCount, FetchedAt, ColumnCount
};
constexpr std::array<const char*, ColumnCount> kColumns = {
    "connection_id",       "card_id",          "billing_month",     "closing_date", "due_date", "billing_status",
    "total_billed_amount", "new_usage_amount", "transaction_count", "fetched_at"};

} // namespace

Status StatementStore::upsert(const CardStatement& s)
{
    static const QByteArray sql = "INSERT OR REPLACE INTO statements (" + columnList(kColumns) + ") VALUES ("
        + placeholders(ColumnCount) + ")";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(ConnectionId + 1, s.connectionId).bind(CardId + 1, s.cardId).bind(BillingMonth + 1, s.billingMonth);
    stmt->bind(ClosingDate + 1, s.closingDate).bind(DueDate + 1, s.dueDate);
    stmt->bind(BillingStatusCol + 1, toString(s.billingStatus)).bind(TotalBilledAmount + 1, s.totalBilledAmount);
    stmt->bind(NewUsageAmount + 1, s.newUsageAmount).bind(TransactionCount + 1, s.transactionCount);
    stmt->bind(FetchedAt + 1, s.fetchedAt);
    return stmt->run();
}

Result<QList<CardStatement>> StatementStore::list(qint64 connectionId, const QString& cardId)
{
    static const QByteArray sql = "SELECT " + columnList(kColumns)
        + " FROM statements WHERE (?1 = 0 OR connection_id = ?1) AND (?2 IS NULL OR card_id = ?2) "
          "ORDER BY billing_month DESC, connection_id, card_id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId).bind(2, cardId.isEmpty() ? QString() : cardId);
    return collect<CardStatement>(*stmt, [](const Statement& s) {
        CardStatement out;
        out.connectionId = s.int64(ConnectionId);
        out.cardId = s.text(CardId);
        out.billingMonth = s.text(BillingMonth);
        out.closingDate = s.date(ClosingDate);
        out.dueDate = s.date(DueDate);
        out.billingStatus = billingStatusFromString(s.text(BillingStatusCol)).value_or(BillingStatus::NoData);
        out.totalBilledAmount = s.int64(TotalBilledAmount);
        out.newUsageAmount = s.int64(NewUsageAmount);
        out.transactionCount = s.int32(TransactionCount);
        out.fetchedAt = s.dateTime(FetchedAt);
        return out;
    });
}

} // namespace meisai
