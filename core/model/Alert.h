#pragma once

// An alert for the user (G16, G17): what happened, what to do, whom to
// contact. Built only by AlertRules (core/security).

#include "Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace meisai {

struct Alert
{
    qint64 id = 0;
    AlertKind kind = AlertKind::SyncFailing;
    QString dedupKey; // one open alert per key (AlertRules' *Key() functions)
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState state = AlertState::New;
    qint64 connectionId = 0;
    QString issuerId;
    QString title;
    QString whatHappened;
    QString whatToDo;
    QString contact; // whom to call: issuer or connector, from the profiles
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace meisai
