#pragma once

// Monthly statements per card (table statements).

#include "model/CardStatement.h"
#include "vault/Database.h"

#include <QList>

namespace meisai {

class StatementStore
{
public:
    explicit StatementStore(Database& db) : m_db(db) {}
    Status upsert(const CardStatement& statement);
    Result<QList<CardStatement>> list(qint64 connectionId = 0, const QString& cardId = {});

private:
    Database& m_db;
};

} // namespace meisai
