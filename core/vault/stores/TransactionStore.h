#pragma once

// The card transactions (table transactions): idempotent upserts of pages
// from the issuer, queries, and a streaming read for the statement view.

#include "TransactionRow.h"
#include "model/CardTransaction.h"
#include "vault/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace meisai {

struct UpsertCounts
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
};

struct TransactionQuery
{
    qint64 connectionId = 0;
    QString cardId;
    QString paymentMonth; // YYYY-MM
    QDate useDateFrom;
    QDate useDateTo;

    static TransactionQuery forConnection(qint64 id)
    {
        TransactionQuery q;
        q.connectionId = id;
        return q;
    }
};

class TransactionStore
{
public:
    explicit TransactionStore(Database& db) : m_db(db) {}
    // Inserts new transactions and updates changed ones, keyed by
    // (connection, card, transaction id), in one transaction.
    Result<UpsertCounts> upsert(const QList<CardTransaction>& transactions);
    Result<QList<CardTransaction>> query(const TransactionQuery& query = {});
    // The rows query() selects, streamed to visit() one at a time, newest row
    // id first: SQLite walks the table backwards instead of sorting a million
    // rows by date (the caller orders them). visit() returns false to stop early.
    Status forEach(const TransactionQuery& query, const std::function<bool(const TransactionRow&)>& visit);
    Result<qint64> count(qint64 connectionId = 0);
    // Sum of paymentAmount + feeAmount of the non-cancelled items billed in a month.
    Result<qint64> billedTotal(qint64 connectionId, const QString& cardId, const QString& paymentMonth);

private:
    Result<Statement> prepareQuery(const TransactionQuery& query, const char* orderBy);

    Database& m_db;
};

} // namespace meisai
