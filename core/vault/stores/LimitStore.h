#pragma once

// Credit limits per card (table limits).

#include "model/CardLimits.h"
#include "vault/Database.h"

#include <QList>

namespace meisai {

class LimitStore
{
public:
    explicit LimitStore(Database& db) : m_db(db) {}
    Status upsert(const CardLimits& limits);
    Result<QList<CardLimits>> list(qint64 connectionId = 0);

private:
    Database& m_db;
};

} // namespace meisai
