#pragma once

// A card's credit limits and what is available of them.

#include <QDateTime>
#include <QString>

#include <optional>

namespace meisai {

struct CardLimits
{
    qint64 connectionId = 0;
    QString cardId;
    qint64 shoppingLimit = 0;
    qint64 shoppingAvailable = 0;
    qint64 cashingLimit = 0;
    qint64 cashingAvailable = 0;
    std::optional<qint64> installmentAvailable;
    std::optional<qint64> revolvingAvailable;
    QDateTime fetchedAt;
};

} // namespace meisai
