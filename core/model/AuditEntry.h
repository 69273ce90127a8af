#pragma once

// One row of the API execution log (G9): who, what, result, when, interaction id.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace meisai {

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    qint64 connectionId = 0; // 0: not about one connection
    QString issuerId;
    QString operation;     // e.g. "GET /v1/cards/{cardId}/transactions", "link", "revoke"
    int httpStatus = 0;    // 0: no HTTP exchange
    QString result;        // ok | an error code name (language-independent)
    QString interactionId; // x-fapi-interaction-id
    qint64 durationMs = 0;
    QString detail;        // never a token, code or query string
    QByteArray hash;       // the link: HMAC-SHA256 chained to the previous row (AuditLog)
};

} // namespace meisai
