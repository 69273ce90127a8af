#include "AuditLog.h"

#include "StoreSupport.h"
#include "common/Log.h"
#include "common/Mac.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QtEndian>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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

// meta keys: the first entry linked with the MAC (absent: a vault from before
// the MAC, not sealed yet), and the entry where an unkeyed chain failed when
// it was to be sealed (absent: it did not fail).
constexpr const char* kKeyedFrom = "audit_keyed_from";
constexpr const char* kUnkeyedFailed = "audit_unkeyed_failed";

const QByteArray kZeroLink(32, '\0');

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

// Length-prefixed fields, so that no two different rows encode the same way.
class Encoder
{
public:
    void bytes(QByteArrayView b)
    {
        const quint32 len = qToBigEndian(quint32(b.size()));
        m_out.append(reinterpret_cast<const char*>(&len), sizeof len);
        m_out.append(b);
    }
    void integer(qint64 v)
    {
        const qint64 be = qToBigEndian(v);
        m_out.append(reinterpret_cast<const char*>(&be), sizeof be);
    }
    const QByteArray& result() const { return m_out; }

private:
    QByteArray m_out;
};

QByteArray canonical(QByteArrayView tag, const QByteArray& previous, const AuditEntry& e)
{
    Encoder enc;
    enc.bytes(tag);
    enc.bytes(previous);
    enc.integer(e.seq);
    enc.bytes(e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    enc.integer(e.connectionId);
    enc.bytes(e.issuerId.toUtf8());
    enc.bytes(e.operation.toUtf8());
    enc.integer(e.httpStatus);
    enc.bytes(e.result.toUtf8());
    enc.bytes(e.interactionId.toUtf8());
    enc.integer(e.durationMs);
    enc.bytes(e.detail.toUtf8());
    return enc.result();
}

// The same trigger as schema 1 creates.
constexpr const char* kUpdateTrigger = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;";

struct Head
{
    qint64 seq = 0;
    QByteArray link = kZeroLink;
};

Result<Head> readHead(Database& db)
{
    auto last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    Head h;
    if (*row) {
        h.seq = last->int64(0);
        h.link = last->blob(1);
    }
    return h;
}

// The stored link of entry seq (the zero link for 0); empty when there is no such entry.
Result<QByteArray> linkAt(Database& db, qint64 seq)
{
    if (seq == 0)
        return kZeroLink;
    auto stmt = db.prepare("SELECT hash FROM audit_log WHERE seq = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, seq);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->blob(0) : QByteArray();
}

} // namespace

QByteArray AuditLog::computeMac(const SecretBytes& key, const QByteArray& previous, const AuditEntry& e)
{
    return Mac::hmacSha256(key, canonical("meisai-audit-v2", previous, e));
}

QByteArray AuditLog::computeUnkeyedHash(const QByteArray& previous, const AuditEntry& e)
{
    return QCryptographicHash::hash(canonical("meisai-audit-v1", previous, e), QCryptographicHash::Sha256);
}

// An HMAC is enough for the anchor: only this vault, holding the key, ever
// checks it. A public-key signature would let others verify, but its private
// key would have to live beside the vault key and would add no protection
// against anyone who holds that.
QByteArray AuditLog::signAnchor(const SecretBytes& key, const QString& profileId, const AuditAnchor& anchor)
{
    Encoder enc;
    enc.bytes("meisai-audit-anchor-v1");
    enc.bytes(profileId.toUtf8());
    enc.integer(anchor.seq);
    enc.bytes(anchor.mac);
    enc.integer(anchor.keyedFrom);
    return Mac::hmacSha256(key, enc.result());
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
    auto head = readHead(m_db);
    if (!head)
        return head.error();
    e.seq = head->seq + 1;
    if (!e.at.isValid())
        e.at = m_clock.now();
    // Stored with millisecond precision; link what is stored.
    e.at = QDateTime::fromString(e.at.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs).toUTC();
    e.hash = computeMac(m_keys.auditMac(), head->link, e);
    auto ins = m_db.prepare(insertSql);
    if (!ins)
        return ins.error();
    ins->bind(Seq + 1, e.seq).bind(At + 1, e.at).bind(ConnectionId + 1, e.connectionId);
    ins->bind(IssuerId + 1, e.issuerId).bind(Operation + 1, e.operation).bind(HttpStatus + 1, e.httpStatus);
    ins->bind(ResultCol + 1, e.result).bind(InteractionId + 1, e.interactionId).bind(DurationMs + 1, e.durationMs);
    ins->bind(Detail + 1, e.detail).bindBlob(Hash + 1, e.hash);
    MEISAI_TRY(ins->run());
    // The anchor follows the commit, never precedes it: a crash in between
    // leaves the database one entry ahead of the anchor, which verify()
    // tolerates, never an anchor naming an entry that was not written.
    m_db.afterCommit([this] { anchorHead(); });
    MEISAI_TRY(tx.commit());
    return e.seq;
}

void AuditLog::anchorHead()
{
    // One writer of the anchor at a time across processes (the GUI and the
    // CLI). flock(2), released when the descriptor closes; QLockFile costs a
    // synced file of its own, about as much as the anchor itself.
    const int lockFd = ::open(QFile::encodeName(m_profile.metaPath() + QStringLiteral(".lock")).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0 || ::flock(lockFd, LOCK_EX) != 0) {
        if (lockFd >= 0)
            ::close(lockFd);
        qCWarning(lcVault) << "the audit anchor was not updated: its lock file could not be taken";
        return;
    }
    const auto unlock = qScopeGuard([lockFd] { ::close(lockFd); });
    auto head = readHead(m_db);
    auto keyedFrom = metaInt(kKeyedFrom);
    auto current = m_profile.readAuditAnchor();
    if (!head || !keyedFrom || !current) {
        qCWarning(lcVault) << "the audit anchor was not updated: the vault or profile.json could not be read";
        return;
    }
    // Move only an anchor that still agrees with the log: one that was edited,
    // or that the log no longer reaches (rows cut off), stays as evidence.
    const std::optional<AuditAnchor>& a = *current;
    if (!a || a->signature != signAnchor(m_keys.anchorSign(), m_profile.id(), *a) || a->seq > head->seq
        || a->keyedFrom != *keyedFrom)
        return;
    auto link = linkAt(m_db, a->seq);
    if (!link || !Mac::equal(*link, a->mac) || a->seq == head->seq)
        return;
    if (Status written = writeAnchor(head->seq, head->link, *keyedFrom); !written)
        qCWarning(lcVault).noquote() << "the audit anchor was not updated:" << written.error().message;
}

Status AuditLog::writeAnchor(qint64 seq, const QByteArray& mac, qint64 keyedFrom)
{
    AuditAnchor a;
    a.seq = seq;
    a.mac = mac;
    a.keyedFrom = keyedFrom;
    a.signature = signAnchor(m_keys.anchorSign(), m_profile.id(), a);
    return m_profile.writeAuditAnchor(a);
}

Result<qint64> AuditLog::metaInt(const char* key)
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QByteArrayView(key));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0).toLongLong() : qint64(0);
}

Status AuditLog::setMeta(const char* key, qint64 value)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QByteArrayView(key)).bind(2, QString::number(value));
    return stmt->run();
}

Status AuditLog::relink(Database& db, qint64 from, const Link& link)
{
    static const QByteArray selectSql = "SELECT " + columnList(kColumns) + " FROM audit_log ORDER BY seq";
    auto stmt = db.prepare(selectSql);
    if (!stmt)
        return stmt.error();
    auto rows = collect<AuditEntry>(*stmt, read);
    if (!rows)
        return rows.error();
    MEISAI_TRY(db.exec("DROP TRIGGER IF EXISTS audit_log_no_update;"));
    auto update = db.prepare("UPDATE audit_log SET hash = ?1 WHERE seq = ?2");
    if (!update)
        return update.error();
    QByteArray previous = kZeroLink;
    for (const AuditEntry& e : *rows) {
        if (e.seq >= from) {
            const QByteArray linked = link(previous, e);
            update->bindBlob(1, linked).bind(2, e.seq);
            MEISAI_TRY(update->run());
            previous = linked;
        } else {
            previous = e.hash;
        }
    }
    return db.exec(kUpdateTrigger);
}

Status AuditLog::seal()
{
    auto keyedFrom = metaInt(kKeyedFrom);
    if (!keyedFrom)
        return keyedFrom.error();
    auto anchor = m_profile.readAuditAnchor();
    if (!anchor)
        return anchor.error();
    if (*keyedFrom == 0) {
        // A vault from before the MAC (or a restored backup). An anchor already
        // there means the vault was sealed and its marker removed: leave it all
        // for verify() to report.
        if (anchor->has_value())
            return {};
        static const QByteArray sql = "SELECT " + columnList(kColumns) + " FROM audit_log ORDER BY seq";
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        auto rows = collect<AuditEntry>(*stmt, read);
        if (!rows)
            return rows.error();
        QByteArray previous = kZeroLink;
        qint64 firstBad = 0;
        for (qsizetype i = 0; i < rows->size() && firstBad == 0; ++i) {
            const AuditEntry& e = rows->at(i);
            if (e.seq != i + 1 || computeUnkeyedHash(previous, e) != e.hash)
                firstBad = e.seq;
            previous = e.hash;
        }
        const qint64 head = rows->isEmpty() ? 0 : rows->last().seq;
        Database::Transaction tx(m_db);
        MEISAI_TRY(tx.begin());
        if (firstBad == 0) {
            const SecretBytes& key = m_keys.auditMac();
            MEISAI_TRY(relink(m_db, 1, [&key](const QByteArray& prev, const AuditEntry& e) {
                return computeMac(key, prev, e);
            }));
            MEISAI_TRY(setMeta(kKeyedFrom, 1));
        } else {
            // Not resealed: that would make the changed rows look genuine.
            MEISAI_TRY(setMeta(kKeyedFrom, head + 1));
            MEISAI_TRY(setMeta(kUnkeyedFailed, firstBad));
        }
        MEISAI_TRY(tx.commit());
        auto sealedHead = readHead(m_db);
        if (!sealedHead)
            return sealedHead.error();
        // Without its anchor the sealed log reads as tampered until the anchor
        // can be written; the vault still opens, and says so in the log.
        if (Status anchored = writeAnchor(sealedHead->seq, sealedHead->link, firstBad == 0 ? 1 : head + 1); !anchored)
            qCWarning(lcVault).noquote() << "the audit anchor could not be written:" << anchored.error().message;
        if (rows->isEmpty())
            return {};
        AuditEntry event;
        event.operation = firstBad == 0 ? QStringLiteral("audit_resealed") : QStringLiteral("audit_reseal_refused");
        event.result = firstBad == 0 ? QStringLiteral("ok") : QStringLiteral("tampered");
        event.detail = firstBad == 0
            ? QStringLiteral("%1 entries linked with the vault's audit key").arg(rows->size())
            : QStringLiteral("the unkeyed chain failed at entry %1; entries 1-%2 left unkeyed, marked as failed")
                  .arg(firstBad)
                  .arg(head);
        auto appended = append(event);
        if (!appended)
            return appended.error();
        return {};
    }

    // The crash window: the last entry committed, its anchor not written.
    // Only the last two entries need reading to know.
    const std::optional<AuditAnchor>& a = *anchor;
    if (!a || a->keyedFrom != *keyedFrom || a->signature != signAnchor(m_keys.anchorSign(), m_profile.id(), *a))
        return {};
    auto head = readHead(m_db);
    if (!head)
        return head.error();
    if (head->seq != a->seq + 1 || head->seq < *keyedFrom)
        return {};
    auto anchored = linkAt(m_db, a->seq);
    if (!anchored)
        return anchored.error();
    static const QByteArray sql = "SELECT " + columnList(kColumns) + " FROM audit_log WHERE seq = ?1";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, head->seq);
    auto last = collect<AuditEntry>(*stmt, read);
    if (!last)
        return last.error();
    if (last->size() != 1 || !Mac::equal(*anchored, a->mac)
        || !Mac::equal(computeMac(m_keys.auditMac(), a->mac, last->first()), head->link))
        return {}; // not the crash window: verify() will say what it is
    qCInfo(lcVault) << "the audit anchor was one entry behind (Meisai stopped before writing it); bringing it forward";
    if (Status anchored = writeAnchor(head->seq, head->link, *keyedFrom); !anchored)
        qCWarning(lcVault).noquote() << "the audit anchor could not be written:" << anchored.error().message;
    return {};
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
    auto keyedFrom = metaInt(kKeyedFrom);
    if (!keyedFrom)
        return keyedFrom.error();
    auto failedAt = metaInt(kUnkeyedFailed);
    if (!failedAt)
        return failedAt.error();
    auto anchor = m_profile.readAuditAnchor();
    if (!anchor)
        return anchor.error();

    static const QByteArray sql = "SELECT " + columnList(kColumns) + " FROM audit_log ORDER BY seq";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    Verification v;
    const auto bad = [&v](qint64 seq, const QString& message) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.message = message;
        return v;
    };
    QByteArray previous = kZeroLink;
    QByteArray anchoredLink; // the stored link of the entry the anchor names
    qint64 expectedSeq = 1;
    const qint64 anchorSeq = anchor->has_value() ? (*anchor)->seq : -1;
    if (anchorSeq == 0)
        anchoredLink = kZeroLink;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = read(*stmt);
        ++v.rowsChecked;
        // Entries before keyedFrom carry the unkeyed links of an older vault.
        const bool keyed = *keyedFrom > 0 && e.seq >= *keyedFrom;
        const QByteArray expected =
            keyed ? computeMac(m_keys.auditMac(), previous, e) : computeUnkeyedHash(previous, e);
        if (e.seq != expectedSeq || !Mac::equal(expected, e.hash))
            return bad(e.seq, tr("The activity log was changed outside Meisai: entry %1 does not match the entries "
                                 "before it.")
                                  .arg(e.seq));
        if (e.seq == anchorSeq)
            anchoredLink = e.hash;
        previous = e.hash;
        ++expectedSeq;
    }
    const qint64 head = expectedSeq - 1;
    if (*failedAt > 0)
        return bad(*failedAt, tr("The activity log was changed outside Meisai before it was sealed with the vault's "
                                 "key: entry %1 did not match the entries before it. Those entries were kept as "
                                 "they were, not sealed.")
                                  .arg(*failedAt));
    if (*keyedFrom == 0 && !anchor->has_value())
        return v; // not sealed yet (seal() runs when the vault opens)

    // The anchor in profile.json: signed, and naming the head (or the entry just before it).
    if (!anchor->has_value())
        return bad(head + 1, tr("The anchor of the activity log is missing from %1: entries may have been removed "
                                "from the end of the log.")
                                 .arg(m_profile.metaPath()));
    const AuditAnchor& a = **anchor;
    if (a.keyedFrom != *keyedFrom || !Mac::equal(a.signature, signAnchor(m_keys.anchorSign(), m_profile.id(), a)))
        return bad(head + 1, tr("The anchor of the activity log in %1 was changed outside Meisai.")
                                 .arg(m_profile.metaPath()));
    if (a.seq > head)
        return bad(head + 1, tr("The activity log was cut short outside Meisai: it ends at entry %1, but entry %2 "
                                "was written.")
                                 .arg(head)
                                 .arg(a.seq));
    if (!Mac::equal(anchoredLink, a.mac))
        return bad(a.seq, tr("The activity log was changed outside Meisai: entry %1 is not the one that was "
                             "written.")
                              .arg(a.seq));
    if (head == a.seq + 1)
        v.anchorBehindByOne = true; // Meisai stopped between the entry and its anchor
    else if (head > a.seq + 1)
        return bad(a.seq + 2, tr("The activity log was changed outside Meisai: entries %1 to %2 were added after "
                                 "the last one Meisai recorded.")
                                  .arg(a.seq + 1)
                                  .arg(head));
    return v;
}

Status AuditLog::exportUnkeyed(Database& copy)
{
    auto v = verify();
    if (!v)
        return v.error();
    Database::Transaction tx(copy);
    MEISAI_TRY(tx.begin());
    if (v->intact)
        MEISAI_TRY(relink(copy, 1, [](const QByteArray& prev, const AuditEntry& e) {
            return computeUnkeyedHash(prev, e);
        }));
    const QByteArray forget =
        QByteArray("DELETE FROM meta WHERE key IN ('") + kKeyedFrom + "', '" + kUnkeyedFailed + "');";
    MEISAI_TRY(copy.exec(forget.constData()));
    return tx.commit();
}

} // namespace meisai
