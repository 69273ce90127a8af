#include "Database.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace meisai {

namespace {

// Creates the file with mode 0600 before SQLite sees it, so there is never a
// moment where it is readable by others. SQLite gives -wal and -shm the same mode.
bool createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST;
    ::close(fd);
    return true;
}

} // namespace

// ---------------------------------------------------------------- Statement

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_bindFailed(other.m_bindFailed)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_bindFailed = other.m_bindFailed;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    m_bindFailed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    m_bindFailed |= sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
                    != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, QByteArrayView utf8Text)
{
    if (utf8Text.isNull())
        return bindNull(index);
    m_bindFailed |= sqlite3_bind_text(m_stmt, index, utf8Text.data(), int(utf8Text.size()), SQLITE_TRANSIENT)
                    != SQLITE_OK;
    return *this;
}

Statement& Statement::bindBlob(int index, QByteArrayView blob)
{
    m_bindFailed |= sqlite3_bind_blob(m_stmt, index, blob.data(), int(blob.size()), SQLITE_TRANSIENT)
                    != SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, const SecretBytes& secret)
{
    if (secret.isEmpty())
        return bindNull(index);
    return bindBlob(index, secret.view());
}

Statement& Statement::bind(int index, const QDate& value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(index, value.toString(Qt::ISODate));
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(index, value.toUTC().toString(Qt::ISODateWithMs));
}

Statement& Statement::bindNull(int index)
{
    m_bindFailed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindFailed) {
        m_bindFailed = false;
        sqlite3_reset(m_stmt);
        return error(u"bind");
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error(u"step");
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r.ok())
            return r.error();
        if (!*r)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    auto p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

SecretBytes Statement::secret(int column) const
{
    auto p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return SecretBytes(QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)));
}

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    QDateTime t = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    return t.toUTC();
}

Error Statement::error(QStringView what) const
{
    return makeError(ErrorCode::Database,
                     Database::tr("The vault could not be read or written (%1: %2).")
                         .arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

// ---------------------------------------------------------------- Database

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecretBytes& key, bool allowCreate)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidArgument, Database::tr("The vault key has the wrong length."));
    const bool exists = QFile::exists(path);
    if (!exists && !allowCreate)
        return makeError(ErrorCode::NotFound, Database::tr("There is no vault at %1.").arg(path));
    if (!exists && !createPrivateFile(path))
        return makeError(ErrorCode::Io, Database::tr("The vault file %1 could not be created.").arg(path));

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &db->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK)
        return db->lastError(u"open");
    sqlite3_extended_result_codes(db->m_db, 1);

    // The raw key goes in as x'…' so no key derivation runs; the string is wiped after use.
    QByteArray pragma = "PRAGMA key = \"x'";
    {
        QByteArray raw = key.toByteArray();
        QByteArray hex = raw.toHex();
        pragma += hex;
        SecretBytes::wipe(raw);
        SecretBytes::wipe(hex);
    }
    pragma += "'\";";
    rc = sqlite3_exec(db->m_db, pragma.constData(), nullptr, nullptr, nullptr);
    SecretBytes::wipe(pragma);
    if (rc != SQLITE_OK)
        return db->lastError(u"key");
    MEISAI_TRY(db->exec("PRAGMA cipher_page_size = 4096;"));

    // SQLCipher reports a wrong key only on the first read.
    rc = sqlite3_exec(db->m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xff;
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            return makeError(ErrorCode::KeyMismatch, Database::tr("The vault key does not match this database."));
        return db->lastError(u"verify key");
    }

    MEISAI_TRY(db->exec("PRAGMA secure_delete = ON;"));
    MEISAI_TRY(db->exec("PRAGMA foreign_keys = ON;"));
    MEISAI_TRY(db->exec("PRAGMA journal_mode = WAL;"));
    MEISAI_TRY(db->exec("PRAGMA synchronous = FULL;"));
    MEISAI_TRY(db->exec("PRAGMA temp_store = MEMORY;"));
    sqlite3_busy_timeout(db->m_db, 5000);
    ::chmod(native.constData(), 0600);
    return db;
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return makeError(ErrorCode::Database, Database::tr("The vault could not be read or written (%1).").arg(detail));
    }
    return {};
}

Result<Statement> Database::prepare(QByteArrayView sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(u"prepare");
    return Statement(m_db, stmt);
}

Result<qint64> Database::queryInt(QByteArrayView sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<int> Database::userVersion()
{
    auto v = queryInt("PRAGMA user_version;");
    if (!v)
        return v.error();
    return int(*v);
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ';';
    return exec(sql.constData());
}

Status Database::checkpoint()
{
    int logFrames = 0, checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return lastError(u"checkpoint");
    return {};
}

Result<QString> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check;");
    if (!stmt)
        return stmt.error();
    QStringList lines;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        lines << stmt->text(0);
    }
    return lines.join(u'\n');
}

Error Database::lastError(QStringView what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    return makeError(ErrorCode::Database, Database::tr("The vault could not be read or written (%1: %2).").arg(what, detail));
}

// ---------------------------------------------------------------- Transaction

Database::Transaction::Transaction(Database& db) : m_db(db) {}

Database::Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Database::Transaction::begin()
{
    Q_ASSERT(!m_open);
    m_depth = m_db.m_txDepth;
    const QByteArray sql = m_depth == 0 ? QByteArray("BEGIN IMMEDIATE;")
                                        : "SAVEPOINT sp" + QByteArray::number(m_depth) + ';';
    MEISAI_TRY(m_db.exec(sql.constData()));
    ++m_db.m_txDepth;
    m_open = true;
    return {};
}

Status Database::Transaction::commit()
{
    Q_ASSERT(m_open);
    const QByteArray sql = m_depth == 0 ? QByteArray("COMMIT;") : "RELEASE sp" + QByteArray::number(m_depth) + ';';
    MEISAI_TRY(m_db.exec(sql.constData()));
    --m_db.m_txDepth;
    m_open = false;
    if (m_depth == 0) {
        auto pending = std::move(m_db.m_afterCommit);
        m_db.m_afterCommit.clear();
        for (auto& f : pending)
            f();
    }
    return {};
}

void Database::Transaction::rollback()
{
    if (!m_open)
        return;
    // A rollback that fails leaves SQLite to roll back when the connection closes; say so.
    const QByteArray n = QByteArray::number(m_depth);
    const QByteArray sql = m_depth == 0 ? QByteArray("ROLLBACK;") : "ROLLBACK TO sp" + n + "; RELEASE sp" + n + ';';
    if (const Status rolledBack = m_db.exec(sql.constData()); !rolledBack)
        qCWarning(lcVault).noquote() << "rollback failed:" << rolledBack.error().message;
    --m_db.m_txDepth;
    m_open = false;
    if (m_depth == 0)
        m_db.m_afterCommit.clear();
}

void Database::afterCommit(std::function<void()> f)
{
    if (m_txDepth == 0)
        f();
    else
        m_afterCommit.push_back(std::move(f));
}

} // namespace meisai
