#include "CardTransaction.h"

namespace meisai {

bool CardTransaction::sameContent(const CardTransaction& o) const
{
    return useDate == o.useDate && postingDate == o.postingDate && merchantName == o.merchantName
           && remarks == o.remarks && holderType == o.holderType && amount == o.amount
           && paymentMethod == o.paymentMethod && installmentCount == o.installmentCount
           && paymentAmount == o.paymentAmount && feeAmount == o.feeAmount && paymentMonth == o.paymentMonth
           && status == o.status && approvalNumber == o.approvalNumber
           && foreign.localAmount == o.foreign.localAmount && foreign.currencyCode == o.foreign.currencyCode
           && foreign.conversionRate == o.foreign.conversionRate
           && foreign.conversionDate == o.foreign.conversionDate;
}

} // namespace meisai
