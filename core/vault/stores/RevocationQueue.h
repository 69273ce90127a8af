#pragma once

// Tokens waiting to be revoked at their issuer (table pending_revocations),
// kept encrypted until the issuer confirms.

#include "common/Clock.h"
#include "model/PendingRevocation.h"
#include "vault/Database.h"

#include <vector>

namespace meisai {

class RevocationQueue
{
public:
    explicit RevocationQueue(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Status enqueue(const PendingRevocation& revocation);
    Result<std::vector<PendingRevocation>> due(); // next attempt time reached
    Result<std::vector<PendingRevocation>> all();
    Status remove(qint64 id);
    Status reschedule(qint64 id, const QDateTime& nextAttemptAt, const QString& lastError);

private:
    Result<std::vector<PendingRevocation>> select(const char* rest, bool untilNow);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
