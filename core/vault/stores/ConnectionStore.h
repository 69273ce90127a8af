#pragma once

// The linked accounts (table connections).

#include "common/Clock.h"
#include "model/Connection.h"
#include "vault/Database.h"

#include <QList>

#include <optional>

namespace meisai {

class ConnectionStore
{
public:
    explicit ConnectionStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Result<qint64> add(const Connection& connection);
    Status update(const Connection& connection);
    Status setStatus(qint64 id, ConnectionStatus status, const Text& lastError = {});
    Status setBinding(qint64 id, const IssuerBinding& binding);
    Result<std::optional<Connection>> get(qint64 id);
    Result<QList<Connection>> list();
    // Removes the connection and everything stored for it (tokens, cards, transactions…).
    Status remove(qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
