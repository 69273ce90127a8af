#include "TransactionRow.h"

#include <QDate>

namespace meisai {

const std::array<const char*, TransactionRow::ColumnCount>& TransactionRow::columnNames()
{
    static constexpr std::array<const char*, ColumnCount> names = {
        "connection_id",  "card_id",          "transaction_id", "use_date",    "posting_date",
        "merchant_name",  "remarks",          "holder_type",    "amount",      "payment_method",
        "installment_count", "payment_amount", "fee_amount",    "payment_month", "status",
        "approval_number", "foreign_local_amount", "foreign_currency", "foreign_rate", "foreign_date",
        "fetched_at",     "id"};
    return names;
}

CardTransaction TransactionRow::record() const
{
    const Statement& s = m_stmt;
    CardTransaction t;
    t.connectionId = s.int64(ConnectionId);
    t.cardId = s.text(CardId);
    t.transactionId = s.text(TransactionId);
    t.useDate = s.date(UseDate);
    t.postingDate = s.date(PostingDate);
    t.merchantName = s.text(MerchantName);
    t.remarks = s.text(Remarks);
    t.holderType = holderTypeFromString(s.text(HolderType)).value_or(meisai::HolderType::Principal);
    t.amount = s.int64(Amount);
    t.paymentMethod = paymentMethodFromString(s.text(PaymentMethod)).value_or(meisai::PaymentMethod::OneTime);
    t.installmentCount = s.int32(InstallmentCount);
    t.paymentAmount = s.int64(PaymentAmount);
    t.feeAmount = s.int64(FeeAmount);
    t.paymentMonth = s.text(PaymentMonth);
    t.status = transactionStatusFromString(s.text(Status)).value_or(TransactionStatus::Unconfirmed);
    t.approvalNumber = s.text(ApprovalNumber);
    t.foreign.localAmount = s.text(ForeignLocalAmount);
    t.foreign.currencyCode = s.text(ForeignCurrency);
    t.foreign.conversionRate = s.text(ForeignRate);
    t.foreign.conversionDate = s.date(ForeignDate);
    t.fetchedAt = s.dateTime(FetchedAt);
    t.rowId = s.int64(RowId);
    return t;
}

qint64 TransactionRow::julianDay(Column c) const
{
    const QByteArrayView v = utf8(c);
    if (v.size() != 10 || v[4] != '-' || v[7] != '-')
        return 0;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
        for (int i = starts[k]; i < starts[k] + lengths[k]; ++i) {
            if (v[i] < '0' || v[i] > '9')
                return 0;
            parts[k] = parts[k] * 10 + (v[i] - '0');
        }
    }
    const QDate d(parts[0], parts[1], parts[2]);
    return d.isValid() ? d.toJulianDay() : 0;
}

} // namespace meisai
