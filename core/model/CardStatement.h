#pragma once

// One card's statement for a billing month (請求).

#include "Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace meisai {

struct CardStatement
{
    qint64 connectionId = 0;
    QString cardId;
    QString billingMonth; // YYYY-MM
    QDate closingDate;
    QDate dueDate;
    BillingStatus billingStatus = BillingStatus::NoData;
    qint64 totalBilledAmount = 0;
    qint64 newUsageAmount = 0;
    int transactionCount = 0;
    QDateTime fetchedAt;
};

} // namespace meisai
