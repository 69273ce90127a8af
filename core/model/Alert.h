#pragma once

// An alert for the user (G16, G17): what happened, what to do, whom to
// contact. Built only by AlertRules (core/security).

#include "Vocabulary.h"
#include "common/Text.h"

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
    // The four texts above as Texts (common/Text.h): AlertStore keeps these and
    // renders the strings from them when it reads, in the language of the
    // moment. A string changed without its Text is kept as written.
    Text titleText;
    Text whatHappenedText;
    Text whatToDoText;
    Text contactText;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace meisai
