#pragma once

// The cards of each connection (table cards).

#include "model/Card.h"
#include "vault/Database.h"

#include <QList>

namespace meisai {

class CardStore
{
public:
    explicit CardStore(Database& db) : m_db(db) {}
    Status upsert(const QList<Card>& cards);
    Result<QList<Card>> list(qint64 connectionId = 0);

private:
    Database& m_db;
};

} // namespace meisai
