#pragma once

// A card (or a code-payment account) of a connection, as the card API lists it.

#include "Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace meisai {

struct Card
{
    qint64 connectionId = 0;
    QString cardId;
    QString maskedPan;
    QString cardName;
    HolderType holderType = HolderType::Principal;
    bool isVirtual = false;
    QDateTime fetchedAt;
};

} // namespace meisai
