#include "TransactionStore.h"

#include "StoreSupport.h"

#include <optional>

namespace meisai {

using namespace store;
using C = TransactionRow;

namespace {

// Every column but the row id, which SQLite assigns.
QByteArray fieldList()
{
    const auto& names = C::columnNames();
    QByteArray out;
    for (int i = 0; i < C::RowId; ++i)
        out += QByteArray(i ? ", " : "") + names[size_t(i)];
    return out;
}

// A column's parameter is its Column value + 1.
void bindFields(Statement& s, const CardTransaction& t)
{
    s.bind(C::ConnectionId + 1, t.connectionId).bind(C::CardId + 1, t.cardId);
    s.bind(C::TransactionId + 1, t.transactionId).bind(C::UseDate + 1, t.useDate);
    s.bind(C::PostingDate + 1, t.postingDate).bind(C::MerchantName + 1, t.merchantName);
    s.bind(C::Remarks + 1, t.remarks).bind(C::HolderType + 1, toString(t.holderType));
    s.bind(C::Amount + 1, t.amount).bind(C::PaymentMethod + 1, toString(t.paymentMethod));
    s.bind(C::InstallmentCount + 1, t.installmentCount).bind(C::PaymentAmount + 1, t.paymentAmount);
    s.bind(C::FeeAmount + 1, t.feeAmount).bind(C::PaymentMonth + 1, t.paymentMonth);
    s.bind(C::Status + 1, toString(t.status)).bind(C::ApprovalNumber + 1, t.approvalNumber);
    s.bind(C::ForeignLocalAmount + 1, t.foreign.localAmount).bind(C::ForeignCurrency + 1, t.foreign.currencyCode);
    s.bind(C::ForeignRate + 1, t.foreign.conversionRate).bind(C::ForeignDate + 1, t.foreign.conversionDate);
    s.bind(C::FetchedAt + 1, t.fetchedAt);
}

QByteArray selectList()
{
    return columnList(C::columnNames());
}

} // namespace

Result<UpsertCounts> TransactionStore::upsert(const QList<CardTransaction>& transactions)
{
    static const QByteArray insertSql =
        "INSERT OR IGNORE INTO transactions (" + fieldList() + ") VALUES (" + placeholders(C::RowId) + ")";
    static const QByteArray selectSql = "SELECT " + selectList()
        + " FROM transactions WHERE connection_id=?1 AND card_id=?2 AND transaction_id=?3";
    static const QByteArray updateSql = []() -> QByteArray {
        // The key (connection, card, transaction id) stays; everything after it may change.
        QByteArray sets;
        for (int i = C::UseDate; i < C::RowId; ++i)
            sets += QByteArray(sets.isEmpty() ? "" : ", ") + C::columnNames()[size_t(i)] + "=?"
                + QByteArray::number(i + 1);
        return "UPDATE transactions SET " + sets + " WHERE connection_id=?1 AND card_id=?2 AND transaction_id=?3";
    }();

    UpsertCounts counts;
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    auto insert = m_db.prepare(insertSql);
    if (!insert)
        return insert.error();
    std::optional<Statement> select, update;
    for (const CardTransaction& t : transactions) {
        bindFields(*insert, t);
        MEISAI_TRY(insert->run());
        if (m_db.changes() == 1) {
            ++counts.inserted;
            continue;
        }
        // Already stored: update in place when anything but fetched_at changed
        // (an unconfirmed item confirmed, an amount corrected, a cancellation).
        if (!select) {
            auto s = m_db.prepare(selectSql);
            if (!s)
                return s.error();
            select = std::move(*s);
            auto u = m_db.prepare(updateSql);
            if (!u)
                return u.error();
            update = std::move(*u);
        }
        select->bind(1, t.connectionId).bind(2, t.cardId).bind(3, t.transactionId);
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row) {
            // INSERT OR IGNORE also ignores a NULL key (SQLCipher 3.4 has no ON CONFLICT target):
            // ignored yet not stored means the item cannot be stored, and the page is refused.
            return makeError(ErrorCode::Database, meisai::Database::tr("The vault could not be read or written (%1).")
                                                      .arg(QStringLiteral("transaction without a key")));
        }
        const bool same = TransactionRow(*select).record().sameContent(t);
        select->reset();
        if (same) {
            ++counts.unchanged;
            continue;
        }
        bindFields(*update, t);
        MEISAI_TRY(update->run());
        ++counts.updated;
    }
    MEISAI_TRY(tx.commit());
    return counts;
}

Result<Statement> TransactionStore::prepareQuery(const TransactionQuery& q, const char* orderBy)
{
    // One filter for query() and forEach().
    const QByteArray sql = "SELECT " + selectList()
        + " FROM transactions WHERE (?1 = 0 OR connection_id = ?1) AND (?2 IS NULL OR card_id = ?2) "
          "AND (?3 IS NULL OR payment_month = ?3) AND (?4 IS NULL OR use_date >= ?4) "
          "AND (?5 IS NULL OR use_date <= ?5) ORDER BY "
        + orderBy;
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, q.connectionId);
    stmt->bind(2, q.cardId.isEmpty() ? QString() : q.cardId);
    stmt->bind(3, q.paymentMonth.isEmpty() ? QString() : q.paymentMonth);
    stmt->bind(4, q.useDateFrom).bind(5, q.useDateTo);
    return stmt;
}

Result<QList<CardTransaction>> TransactionStore::query(const TransactionQuery& q)
{
    auto stmt = prepareQuery(q, "use_date DESC, id DESC");
    if (!stmt)
        return stmt.error();
    return collect<CardTransaction>(*stmt, [](const Statement& s) { return TransactionRow(s).record(); });
}

Status TransactionStore::forEach(const TransactionQuery& q, const std::function<bool(const TransactionRow&)>& visit)
{
    auto stmt = prepareQuery(q, "id DESC");
    if (!stmt)
        return stmt.error();
    const TransactionRow row(*stmt);
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more || !visit(row))
            return {};
    }
}

Result<qint64> TransactionStore::count(qint64 connectionId)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM transactions WHERE (?1 = 0 OR connection_id = ?1)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Result<qint64> TransactionStore::billedTotal(qint64 connectionId, const QString& cardId, const QString& paymentMonth)
{
    auto stmt = m_db.prepare("SELECT coalesce(sum(payment_amount + fee_amount), 0) FROM transactions "
                             "WHERE connection_id=? AND card_id=? AND payment_month=? AND status != ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId).bind(2, cardId).bind(3, paymentMonth).bind(4, toString(TransactionStatus::Cancelled));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

} // namespace meisai
