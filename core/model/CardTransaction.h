#pragma once

// One card transaction (ご利用明細), as the card API sends it and the vault keeps it.

#include "Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace meisai {

struct ForeignAmount
{
    QString localAmount;  // decimal string, as the issuer sent it
    QString currencyCode; // ISO 4217
    QString conversionRate;
    QDate conversionDate;
    bool isEmpty() const { return currencyCode.isEmpty(); }
};

struct CardTransaction
{
    qint64 rowId = 0;
    qint64 connectionId = 0;
    QString cardId;
    QString transactionId;
    QDate useDate;
    QDate postingDate;
    QString merchantName;
    QString remarks;
    HolderType holderType = HolderType::Principal;
    qint64 amount = 0; // yen, negative for refunds
    PaymentMethod paymentMethod = PaymentMethod::OneTime;
    int installmentCount = 0;
    qint64 paymentAmount = 0;
    qint64 feeAmount = 0;
    QString paymentMonth; // YYYY-MM
    TransactionStatus status = TransactionStatus::Unconfirmed;
    QString approvalNumber;
    ForeignAmount foreign;
    QDateTime fetchedAt;

    // Every field the issuer sends equal (not the row id or fetch time).
    bool sameContent(const CardTransaction& o) const;
};

} // namespace meisai
