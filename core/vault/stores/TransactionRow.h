#pragma once

// One row of the transactions table seen in place, during a
// TransactionStore::forEach() read: texts are UTF-8 views into SQLite's
// buffers, valid only during the callback. Lets a caller build its own
// compact form of a million rows without a CardTransaction and a QString per
// field on the way. Column is also the table's column order, written once.

#include "model/CardTransaction.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace meisai {

class TransactionRow
{
public:
    enum Column {
        ConnectionId, CardId, TransactionId, UseDate, PostingDate, MerchantName, Remarks, HolderType, Amount,
        PaymentMethod, InstallmentCount, PaymentAmount, FeeAmount, PaymentMonth, Status, ApprovalNumber,
        ForeignLocalAmount, ForeignCurrency, ForeignRate, ForeignDate, FetchedAt, RowId, ColumnCount
    };
    // The column names of the table, in Column order.
    static const std::array<const char*, ColumnCount>& columnNames();

    explicit TransactionRow(const Statement& statement) : m_stmt(statement) {}
    qint64 integer(Column c) const { return m_stmt.int64(c); }
    QByteArrayView utf8(Column c) const { return m_stmt.utf8(c); } // empty for NULL
    bool isNull(Column c) const { return m_stmt.isNull(c); }
    // ISO "YYYY-MM-DD" as a Julian day without going through QString; 0 when NULL or malformed.
    qint64 julianDay(Column c) const;
    CardTransaction record() const; // the full record, as TransactionStore::query() returns it

private:
    const Statement& m_stmt;
};

} // namespace meisai
