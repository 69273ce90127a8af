#include "AuditLog.h"

#include "StoreSupport.h"
#include "common/Log.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace meisai {

using namespace store;

namespace {

enum Col {
    Seq, At, ConnectionId, IssuerId, Operation, HttpStatus, ResultCol, InteractionId, DurationMs, Detail, Hash,
    ColumnCount
};
constexpr std::array<const char*, ColumnCount> kColumns = {"seq",         "at",          "connection_id",
                                                           "issuer_id",   "operation",   "http_status",
                                                           "result",      "interaction_id", "duration_ms",
                                                           "detail",      "hash"};

AuditEntry read(const Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(Seq);
    e.at = s.dateTime(At);
    e.connectionId = s.int64(ConnectionId);
    e.issuerId = s.text(IssuerId);
    e.operation = s.text(Operation);
    e.httpStatus = s.int32(HttpStatus);
    e.result = s.text(ResultCol);
    e.interactionId = s.text(InteractionId);
    e.durationMs = s.int64(DurationMs);
    e.detail = s.text(Detail);
    e.hash = s.blob(Hash);
    return e;
}

} // namespace

QByteArray AuditLog::computeHash(const QByteArray& previousHash, const AuditEntry& e)
{
    // Length-prefixed fields so no two different rows serialize the same way.
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto addBytes = [&h](QByteArrayView bytes) {
        const quint32 len = qToBigEndian(quint32(bytes.size()));
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&len), sizeof len));
        h.addData(bytes);
    };
    auto addInt = [&h](qint64 v) {
        const qint64 be = qToBigEndian(v);
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&be), sizeof be));
    };
    addBytes("meisai-audit-v1");
    addBytes(previousHash);
    addInt(e.seq);
    addBytes(e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    addInt(e.connectionId);
    addBytes(e.issuerId.toUtf8());
    addBytes(e.operation.toUtf8());
    addInt(e.httpStatus);
    addBytes(e.result.toUtf8());
    addBytes(e.interactionId.toUtf8());
    addInt(e.durationMs);
    addBytes(e.detail.toUtf8());
    return h.result();
}

void AuditLog::record(AuditEntry entry)
{
    auto appended = append(std::move(entry));
    if (!appended)
        qCWarning(lcVault).noquote() << "an audit row could not be written:" << appended.error().message;
}

Result<qint64> AuditLog::append(AuditEntry e)
{
    static const QByteArray insertSql =
        "INSERT INTO audit_log (" + columnList(kColumns) + ") VALUES (" + placeholders(ColumnCount) + ")";
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    QByteArray previous(32, '\0');
    qint64 seq = 1;
    {
        auto last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (!last)
            return last.error();
        auto row = last->step();
        if (!row)
            return row.error();
        if (*row) {
            seq = last->int64(0) + 1;
            previous = last->blob(1);
        }
    }
    e.seq = seq;
    if (!e.at.isValid())
        e.at = m_clock.now();
    // Stored with millisecond precision; hash what is stored.
    e.at = QDateTime::fromString(e.at.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs).toUTC();
    e.hash = computeHash(previous, e);
    auto ins = m_db.prepare(insertSql);
    if (!ins)
        return ins.error();
    ins->bind(Seq + 1, e.seq).bind(At + 1, e.at).bind(ConnectionId + 1, e.connectionId);
    ins->bind(IssuerId + 1, e.issuerId).bind(Operation + 1, e.operation).bind(HttpStatus + 1, e.httpStatus);
    ins->bind(ResultCol + 1, e.result).bind(InteractionId + 1, e.interactionId).bind(DurationMs + 1, e.durationMs);
    ins->bind(Detail + 1, e.detail).bindBlob(Hash + 1, e.hash);
    MEISAI_TRY(ins->run());
    MEISAI_TRY(tx.commit());
    return seq;
}

Result<QList<AuditEntry>> AuditLog::list(qint64 connectionId, int limit)
{
    static const QByteArray sql = "SELECT " + columnList(kColumns)
        + " FROM audit_log WHERE (?1 = 0 OR connection_id = ?1) ORDER BY seq DESC LIMIT ?2";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId).bind(2, qint64(limit));
    return collect<AuditEntry>(*stmt, read);
}

Result<qint64> AuditLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

Result<AuditLog::Verification> AuditLog::verify()
{
    static const QByteArray sql = "SELECT " + columnList(kColumns) + " FROM audit_log ORDER BY seq";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    Verification v;
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = read(*stmt);
        ++v.rowsChecked;
        if (e.seq != expectedSeq || computeHash(previous, e) != e.hash) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.message = tr("The activity log was changed outside Meisai: entry %1 does not match the entries "
                           "before it.")
                            .arg(e.seq);
            return v;
        }
        previous = e.hash;
        ++expectedSeq;
    }
    return v;
}

} // namespace meisai
