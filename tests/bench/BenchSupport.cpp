#include "BenchSupport.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>

namespace meisai::bench {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double rawInsert(Vault& vault, const QList<CardTransaction>& rows, qint64 connectionId)
{
    sqlite3* db = vault.database().handle();
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO transactions (connection_id, card_id, transaction_id, use_date, posting_date, "
                       "merchant_name, remarks, holder_type, amount, payment_method, installment_count, "
                       "payment_amount, fee_amount, payment_month, status, approval_number, foreign_local_amount, "
                       "foreign_currency, foreign_rate, foreign_date, fetched_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &stmt, nullptr);
    auto text = [&](int i, const QString& s) {
        if (s.isNull()) {
            sqlite3_bind_null(stmt, i);
            return;
        }
        const QByteArray u = s.toUtf8();
        sqlite3_bind_text(stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    };
    for (const CardTransaction& t : rows) {
        sqlite3_bind_int64(stmt, 1, connectionId > 0 ? connectionId : t.connectionId);
        text(2, t.cardId);
        text(3, t.transactionId);
        text(4, t.useDate.toString(Qt::ISODate));
        text(5, t.postingDate.toString(Qt::ISODate));
        text(6, t.merchantName);
        text(7, t.remarks);
        text(8, toString(t.holderType));
        sqlite3_bind_int64(stmt, 9, t.amount);
        text(10, toString(t.paymentMethod));
        sqlite3_bind_int64(stmt, 11, t.installmentCount);
        sqlite3_bind_int64(stmt, 12, t.paymentAmount);
        sqlite3_bind_int64(stmt, 13, t.feeAmount);
        text(14, t.paymentMonth);
        text(15, toString(t.status));
        text(16, t.approvalNumber);
        text(17, t.foreign.localAmount);
        text(18, t.foreign.currencyCode);
        text(19, t.foreign.conversionRate);
        text(20, t.foreign.conversionDate.isValid() ? t.foreign.conversionDate.toString(Qt::ISODate) : QString());
        text(21, t.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace meisai::bench
