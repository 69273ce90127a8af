#pragma once

// The vault's stores: thin, typed access to the tables. Every write that
// must be atomic takes a Database::Transaction of its own (nested ones become
// savepoints), so callers may group several writes in an outer transaction.

#include "Database.h"
#include "model/Alert.h"
#include "model/AuditEntry.h"
#include "model/AuditSink.h"
#include "model/Card.h"
#include "model/CardLimits.h"
#include "model/CardStatement.h"
#include "model/CardTransaction.h"
#include "model/Connection.h"
#include "model/IssuerNotice.h"
#include "model/PendingRevocation.h"
#include "model/TokenSet.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace meisai {

class ConnectionStore
{
public:
    explicit ConnectionStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Result<qint64> add(const Connection& connection);
    Status update(const Connection& connection);
    Status setStatus(qint64 id, ConnectionStatus status, const QString& lastError = {});
    Status setBinding(qint64 id, const IssuerBinding& binding);
    Result<std::optional<Connection>> get(qint64 id);
    Result<QList<Connection>> list();
    // Removes the connection and everything stored for it (tokens, cards, transactions…).
    Status remove(qint64 id);

private:
    Database& m_db;
    const Clock& m_clock;
};

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

class CardStore
{
public:
    explicit CardStore(Database& db) : m_db(db) {}
    Status upsert(const QList<Card>& cards);
    Result<QList<Card>> list(qint64 connectionId = 0);

private:
    Database& m_db;
};

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

// One transaction row of a TransactionStore::forEach() read, seen in place:
// texts are UTF-8 views into SQLite's buffers, valid only during the callback.
// Lets a caller build its own compact form of a million rows without a
// CardTransaction and a QString per field on the way.
class TransactionRow
{
public:
    enum Column {
        ConnectionId, CardId, TransactionId, UseDate, PostingDate, MerchantName, Remarks, HolderType, Amount,
        PaymentMethod, InstallmentCount, PaymentAmount, FeeAmount, PaymentMonth, Status, ApprovalNumber,
        ForeignLocalAmount, ForeignCurrency, ForeignRate, ForeignDate, FetchedAt, RowId
    };

    explicit TransactionRow(const Statement& statement) : m_stmt(statement) {}
    qint64 integer(Column c) const { return m_stmt.int64(c); }
    QByteArrayView utf8(Column c) const { return m_stmt.utf8(c); } // empty for NULL
    bool isNull(Column c) const { return m_stmt.isNull(c); }
    // ISO "YYYY-MM-DD" as a Julian day without going through QString; 0 when NULL or malformed.
    qint64 julianDay(Column c) const;
    CardTransaction record() const; // the full record, as query() returns it

private:
    const Statement& m_stmt;
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
    Database& m_db;
};

class StatementStore
{
public:
    explicit StatementStore(Database& db) : m_db(db) {}
    Status upsert(const CardStatement& statement);
    Result<QList<CardStatement>> list(qint64 connectionId = 0, const QString& cardId = {});

private:
    Database& m_db;
};

class LimitStore
{
public:
    explicit LimitStore(Database& db) : m_db(db) {}
    Status upsert(const CardLimits& limits);
    Result<QList<CardLimits>> list(qint64 connectionId = 0);

private:
    Database& m_db;
};

class NoticeStore
{
public:
    explicit NoticeStore(Database& db) : m_db(db) {}
    // Replaces the issuer's notices with the current list; returns the ids seen for the first time.
    Result<QStringList> replace(const QString& issuerId, const QList<IssuerNotice>& notices);
    Result<QList<IssuerNotice>> list(const QString& issuerId = {});

private:
    Database& m_db;
};

// Append-only and hash-chained: each row's hash covers its fields and the
// previous row's hash, so editing, inserting or deleting a row in the middle
// is caught by verify().
class AuditLog final : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(meisai::AuditLog)

public:
    explicit AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Result<qint64> append(AuditEntry entry);
    // AuditSink: append(), a row that cannot be written logged as a warning.
    void record(AuditEntry entry) override;
    Result<QList<AuditEntry>> list(qint64 connectionId = 0, int limit = -1);
    Result<qint64> count();

    struct Verification
    {
        bool intact = true;
        qint64 rowsChecked = 0;
        qint64 firstBadSeq = 0;
        QString message;
    };
    Result<Verification> verify();

    static QByteArray computeHash(const QByteArray& previousHash, const AuditEntry& entry);

private:
    Database& m_db;
    const Clock& m_clock;
};

class AlertStore
{
public:
    explicit AlertStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    // Adds the alert unless one with the same dedupKey is still open; returns its id.
    Result<qint64> raise(const Alert& alert);
    Status setState(qint64 id, AlertState state);
    Status resolveByKey(const QString& dedupKey);
    Result<QList<Alert>> list(bool openOnly = false);

private:
    Database& m_db;
    const Clock& m_clock;
};

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
    Database& m_db;
    const Clock& m_clock;
};

// Issuer profiles registered in this vault (JSON documents, see docs/issuer-profiles.md),
// and small settings.
class ProfileStore
{
public:
    explicit ProfileStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Status putIssuer(const QString& issuerId, const QByteArray& json);
    Result<std::optional<QByteArray>> issuer(const QString& issuerId);
    Result<QList<QPair<QString, QByteArray>>> issuers();
    Status removeIssuer(const QString& issuerId);

    Status setSetting(const QString& key, const QString& value);
    Result<QString> setting(const QString& key, const QString& fallback = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
