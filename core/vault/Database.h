#pragma once

// A small RAII wrapper over the SQLCipher C API: one connection, prepared
// statements, nested transactions (savepoints). Used from one thread.

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace meisai {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, const QString& value); // null QString binds NULL
    Statement& bind(int index, QByteArrayView utf8Text);
    Statement& bindBlob(int index, QByteArrayView blob);
    Statement& bind(int index, const SecretBytes& secret); // as a blob; SQLite copies it
    Statement& bind(int index, const QDate& value);         // ISO date or NULL
    Statement& bind(int index, const QDateTime& value);     // RFC 3339 UTC or NULL
    Statement& bindNull(int index);

    Result<bool> step(); // true: a row is available
    Status run();        // step to completion, then reset for reuse
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    QString text(int column) const;
    // The text as SQLite holds it, without a copy; valid until the next step() or reset().
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    SecretBytes secret(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;

private:
    Error error(QStringView what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_bindFailed = false;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when allowed) the database at path with a raw 256-bit
    // key, and checks the key at once: a wrong key fails with KeyMismatch and
    // leaves the file untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecretBytes& key,
                                                  bool allowCreate);

    Status exec(const char* sql);
    Result<Statement> prepare(QByteArrayView sql);
    Result<qint64> queryInt(QByteArrayView sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }

    Result<int> userVersion();
    Status setUserVersion(int version);
    Status checkpoint(); // WAL checkpoint that truncates the WAL file
    Result<QString> integrityCheck();

    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction(); // rolls back unless committed
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        Status begin();
        Status commit();
        void rollback();

    private:
        Database& m_db;
        int m_depth = -1;
        bool m_open = false;
    };

    // Runs f once the outermost transaction has committed (at once when none
    // is open); dropped if it rolls back. For writes outside the database that
    // must follow what was committed, never precede it (the audit anchor).
    void afterCommit(std::function<void()> f);

    sqlite3* handle() const { return m_db; }
    Error lastError(QStringView what) const;

private:
    Database() = default;

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_txDepth = 0;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace meisai
