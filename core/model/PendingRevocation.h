#pragma once

// A token waiting to be revoked at its issuer (RFC 7009), kept encrypted in
// the vault until the issuer confirms.

#include "Connection.h"
#include "common/SecretBytes.h"

#include <QDateTime>
#include <QString>

namespace meisai {

struct PendingRevocation
{
    qint64 id = 0;
    qint64 connectionId = 0;
    QString issuerId;
    SecretBytes token;
    QString tokenTypeHint; // refresh_token | access_token
    // Where this token may go: the connection's binding when it was queued
    // (the connection may be gone by the time it is retried). Empty for rows
    // queued before bindings existed.
    IssuerBinding binding;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

} // namespace meisai
