#pragma once

// A connection's tokens (table tokens): the only place they are kept.

#include "common/Clock.h"
#include "model/TokenSet.h"
#include "vault/Database.h"

#include <optional>

namespace meisai {

class TokenStore
{
public:
    explicit TokenStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Status put(qint64 connectionId, const TokenSet& tokens);
    Result<std::optional<TokenSet>> get(qint64 connectionId);
    Status remove(qint64 connectionId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
