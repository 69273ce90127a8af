// AuditLog: rows are numbered from 1 and read back newest first; verify()
// passes an untouched log and catches a row edited, deleted or inserted in
// the file behind the vault's back, with the links recomputed without the
// vault's audit key, and the tail cut off or the anchor in profile.json
// edited; the crash window (one entry ahead of the anchor) is tolerated and
// repaired; an unkeyed chain from an older vault is sealed once, or kept as
// failed when it does not verify; the link covers every field of a row.

#include "StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace meisai;
using namespace meisai::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

AuditEntry entry(qint64 connectionId, const QString& operation, int httpStatus = 200,
                 const QString& result = QStringLiteral("ok"))
{
    AuditEntry e;
    e.connectionId = connectionId;
    e.issuerId = QStringLiteral("hoshizora-card");
    e.operation = operation;
    e.httpStatus = httpStatus;
    e.result = result;
    e.interactionId = QStringLiteral("7f1c2d3e-0000-4000-8000-00000000000%1").arg(connectionId);
    e.durationMs = 120;
    e.detail = QStringLiteral("明細 3件");
    return e;
}

AuditEntry sampleForHash()
{
    AuditEntry e = entry(3, QStringLiteral("GET /v1/cards/{cardId}/transactions"));
    e.seq = 17;
    e.at = utc(2026, 11, 20, 9, 30, 15, 123);
    return e;
}

// Five rows: 1, 3 and 5 about connection 1, 2 and 4 about connection 2.
bool appendFive(AuditLog& log, ManualClock& clock)
{
    for (int i = 1; i <= 5; ++i) {
        AuditEntry e =
            entry(i % 2 ? 1 : 2, QStringLiteral("POST /token"), 400, QStringLiteral("invalid_grant"));
        e.detail = QStringLiteral("試行 %1").arg(i);
        auto seq = log.append(e);
        if (!seq || *seq != i)
            return false;
        clock.advance(1);
    }
    return true;
}

// profile.json as an attacker (or a crash) leaves it.
QJsonObject readMeta(const StoreFixture& f)
{
    QFile file(f.profile().dir() + QStringLiteral("/profile.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

bool writeMeta(const StoreFixture& f, const QJsonObject& o)
{
    QFile file(f.profile().dir() + QStringLiteral("/profile.json"));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(o).toJson()) > 0;
}

// Makes the vault look like one written before the audit chain was keyed:
// unkeyed SHA-256 links, no seal marker, no anchor. rows is seq 1…n.
bool makeUnkeyed(StoreFixture& f, const QList<AuditEntry>& rows)
{
    QByteArray sql = "DROP TRIGGER audit_log_no_update; DELETE FROM meta WHERE key LIKE 'audit_%'; ";
    QByteArray previous(32, '\0');
    for (const AuditEntry& e : rows) {
        previous = AuditLog::computeUnkeyedHash(previous, e);
        sql += "UPDATE audit_log SET hash = x'" + previous.toHex() + "' WHERE seq = " + QByteArray::number(e.seq) + "; ";
    }
    sql += "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;";
    if (f.rawExec(sql) != SQLITE_OK)
        return false;
    QJsonObject meta = readMeta(f);
    meta.remove(QStringLiteral("audit_anchor"));
    return writeMeta(f, meta);
}

QList<AuditEntry> oldestFirst(AuditLog& log)
{
    QList<AuditEntry> rows = log.list().value();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<qint64> seqs(const QList<AuditEntry>& list)
{
    QList<qint64> out;
    for (const AuditEntry& e : list)
        out << e.seq;
    return out;
}

} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private slots:
    void appendNumbersRowsFromOne()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(*f.vault().audit().count(), qint64(0));
        for (qint64 expected = 1; expected <= 3; ++expected) {
            AuditEntry e = entry(1, QStringLiteral("GET /v1/cards"));
            e.seq = 99; // the log numbers rows itself
            auto seq = f.vault().audit().append(e);
            QVERIFY(seq.ok());
            QCOMPARE(*seq, expected);
        }
        QCOMPARE(*f.vault().audit().count(), qint64(3));
        QVERIFY(f.reopen());
        QCOMPARE(*f.vault().audit().append(entry(1, QStringLiteral("revoke"))), qint64(4));
    }

    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<QString>("issuerId");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("interactionId");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<QString>("detail");
        QTest::newRow("an API call") << QStringLiteral("hoshizora-card")
                                     << QStringLiteral("GET /v1/cards/{cardId}/transactions") << 200
                                     << QStringLiteral("ok")
                                     << QStringLiteral("3f1c9a2e-7b44-4c1d-9e0f-5a6b7c8d9e0f") << qint64(842)
                                     << QStringLiteral("明細 120件、2ページ");
        QTest::newRow("a refused refresh")
            << QStringLiteral("hoshizora-card") << QStringLiteral("POST /token") << 400
            << QStringLiteral("InvalidGrant") << QString() << qint64(95)
            << QStringLiteral("再連携が必要です");
        QTest::newRow("no HTTP exchange, nothing optional")
            << QString() << QStringLiteral("link") << 0 << QStringLiteral("Cancelled") << QString()
            << qint64(0) << QString();
    }

    void everyFieldRoundTrips()
    {
        QFETCH(QString, issuerId);
        QFETCH(QString, operation);
        QFETCH(int, httpStatus);
        QFETCH(QString, result);
        QFETCH(QString, interactionId);
        QFETCH(qint64, durationMs);
        QFETCH(QString, detail);
        StoreFixture f;
        QVERIFY(f.open());
        AuditEntry e;
        e.connectionId = 7;
        e.issuerId = issuerId;
        e.operation = operation;
        e.httpStatus = httpStatus;
        e.result = result;
        e.interactionId = interactionId;
        e.durationMs = durationMs;
        e.detail = detail;
        QVERIFY(f.vault().audit().append(entry(1, QStringLiteral("earlier"))).ok());
        QVERIFY(f.vault().audit().append(e).ok());
        QVERIFY(f.reopen());
        auto got = f.vault().audit().list(7);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 1);
        const AuditEntry& r = got->first();
        QCOMPARE(r.seq, qint64(2));
        QCOMPARE(r.at, storeTestStart());
        QCOMPARE(r.connectionId, qint64(7));
        QCOMPARE(r.issuerId, issuerId);
        QCOMPARE(r.operation, operation);
        QCOMPARE(r.httpStatus, httpStatus);
        QCOMPARE(r.result, result);
        QCOMPARE(r.interactionId, interactionId);
        QCOMPARE(r.durationMs, durationMs);
        QCOMPARE(r.detail, detail);
        // The stored link is this row's MAC chained to the row before.
        const QByteArray previous = f.vault().audit().list(1)->first().hash;
        QCOMPARE(r.hash.size(), 32);
        QCOMPARE(r.hash, AuditLog::computeMac(f.vault().keys().auditMac(), previous, r));
        QVERIFY(r.hash != AuditLog::computeUnkeyedHash(previous, r));
    }

    void appendKeepsTheTimeGivenToTheMillisecond_data()
    {
        QTest::addColumn<QDateTime>("given");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("no time: the clock's") << QDateTime() << storeTestStart();
        QTest::newRow("a UTC time") << utc(2026, 11, 19, 23, 59, 59, 999)
                                    << utc(2026, 11, 19, 23, 59, 59, 999);
        QTest::newRow("a JST time: the same instant")
            << QDateTime(QDate(2026, 11, 20), QTime(8, 59, 59, 999), QTimeZone(9 * 3600))
            << utc(2026, 11, 19, 23, 59, 59, 999);
    }

    void appendKeepsTheTimeGivenToTheMillisecond()
    {
        QFETCH(QDateTime, given);
        QFETCH(QDateTime, expected);
        StoreFixture f;
        QVERIFY(f.open());
        AuditEntry e = entry(1, QStringLiteral("GET /v1/cards"));
        e.at = given;
        QVERIFY(f.vault().audit().append(e).ok());
        QCOMPARE(f.vault().audit().list()->first().at, expected);
        QVERIFY(f.vault().audit().verify()->intact);
    }

    void listIsNewestFirstWithinItsLimit_data()
    {
        QTest::addColumn<qint64>("connection");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("everything, newest first") << qint64(0) << -1 << QList<qint64>{5, 4, 3, 2, 1};
        QTest::newRow("the last two") << qint64(0) << 2 << QList<qint64>{5, 4};
        QTest::newRow("a limit above the count") << qint64(0) << 50 << QList<qint64>{5, 4, 3, 2, 1};
        QTest::newRow("a limit of 0") << qint64(0) << 0 << QList<qint64>();
        QTest::newRow("one connection") << qint64(2) << -1 << QList<qint64>{4, 2};
        QTest::newRow("one connection, limited") << qint64(1) << 2 << QList<qint64>{5, 3};
        QTest::newRow("a connection with no rows") << qint64(9) << -1 << QList<qint64>();
    }

    void listIsNewestFirstWithinItsLimit()
    {
        QFETCH(qint64, connection);
        QFETCH(int, limit);
        QFETCH(QList<qint64>, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        auto got = f.vault().audit().list(connection, limit);
        QVERIFY(got.ok());
        QCOMPARE(seqs(*got), expected);
        for (const AuditEntry& e : *got)
            QCOMPARE(e.at, storeTestStart().addSecs(e.seq - 1));
    }

    void verifyPassesAnUntouchedLog_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("an empty log") << 0;
        QTest::newRow("one row") << 1;
        QTest::newRow("five rows, across a reopen") << 5;
    }

    void verifyPassesAnUntouchedLog()
    {
        QFETCH(int, rows);
        StoreFixture f;
        QVERIFY(f.open());
        for (int i = 0; i < rows; ++i)
            QVERIFY(f.vault().audit().append(entry(i, QStringLiteral("GET /v1/cards"))).ok());
        QVERIFY(f.reopen());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(v->intact);
        QCOMPARE(v->rowsChecked, qint64(rows));
        QCOMPARE(v->firstBadSeq, qint64(0));
        QVERIFY(v->message.isEmpty());
    }

    void theVaultRefusesToChangeHistory_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("an update") << QByteArray("UPDATE audit_log SET result = 'ok' WHERE seq = 2;");
        QTest::newRow("a delete") << QByteArray("DELETE FROM audit_log WHERE seq = 2;");
        QTest::newRow("deleting everything") << QByteArray("DELETE FROM audit_log;");
    }

    void theVaultRefusesToChangeHistory()
    {
        QFETCH(QByteArray, sql);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        QVERIFY(!f.vault().database().exec(sql.constData()).ok());
        QCOMPARE(*f.vault().audit().count(), qint64(5));
        QVERIFY(f.vault().audit().verify()->intact);
    }

    void verifyCatchesTheFileEditedBehindTheVaultsBack_data()
    {
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("a result edited")
            << QByteArray("UPDATE audit_log SET result = 'ok' WHERE seq = 3;") << qint64(3);
        QTest::newRow("a status edited")
            << QByteArray("UPDATE audit_log SET http_status = 200 WHERE seq = 4;") << qint64(4);
        QTest::newRow("a time edited")
            << QByteArray("UPDATE audit_log SET at = '2026-11-20T09:30:16.124Z' WHERE seq = 2;") << qint64(2);
        QTest::newRow("the first row edited")
            << QByteArray("UPDATE audit_log SET detail = '' WHERE seq = 1;") << qint64(1);
        QTest::newRow("the last row edited")
            << QByteArray("UPDATE audit_log SET connection_id = 2 WHERE seq = 5;") << qint64(5);
        QTest::newRow("a hash replaced")
            << QByteArray("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 3;") << qint64(3);
        QTest::newRow("a row deleted in the middle")
            << QByteArray("DELETE FROM audit_log WHERE seq = 2;") << qint64(3);
        QTest::newRow("the first row deleted")
            << QByteArray("DELETE FROM audit_log WHERE seq = 1;") << qint64(2);
        QTest::newRow("a row deleted and the rest renumbered")
            << QByteArray(
                   "DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;")
            << qint64(2);
        QTest::newRow("a row inserted in the middle")
            << QByteArray("UPDATE audit_log SET seq = seq + 10 WHERE seq >= 3; "
                          "UPDATE audit_log SET seq = seq - 9 WHERE seq >= 13; "
                          "INSERT INTO audit_log (seq, at, operation, result, hash) "
                          "VALUES (3, '2026-11-20T09:30:17.000Z', 'POST /token', 'ok', zeroblob(32));")
            << qint64(3);
        QTest::newRow("a forged row appended")
            << QByteArray("INSERT INTO audit_log (seq, at, operation, result, hash) "
                          "VALUES (6, '2026-11-20T09:30:20.123Z', 'revoke', 'ok', zeroblob(32));")
            << qint64(6);
        QTest::newRow("two rows' contents swapped")
            << QByteArray("UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE "
                          "seq = 4; "
                          "UPDATE audit_log SET seq = 4 WHERE seq = 100;")
            << qint64(2);
    }

    void verifyCatchesTheFileEditedBehindTheVaultsBack()
    {
        QFETCH(QByteArray, attack);
        QFETCH(qint64, firstBad);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        QVERIFY(f.vault().audit().verify()->intact); // control
        QCOMPARE(f.rawExec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + attack),
                 SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, firstBad);
        QVERIFY2(v->message.contains(QStringLiteral("changed outside Meisai")), qPrintable(v->message));
        QVERIFY2(v->message.contains(QString::number(firstBad)), qPrintable(v->message));
    }

    void aRowInsertedWithAnUnkeyedHashIsCaughtAtThatRow_data()
    {
        QTest::addColumn<bool>("withTheAuditKey");
        QTest::addColumn<qint64>("firstBad");
        // Without the audit key the forged row's own link is wrong; with it
        // (derived from the vault key) the row after it still was chained to
        // something else.
        QTest::newRow("linked with an unkeyed hash") << false << qint64(3);
        QTest::newRow("linked with the vault's audit key") << true << qint64(4);
    }

    void aRowInsertedWithAnUnkeyedHashIsCaughtAtThatRow()
    {
        QFETCH(bool, withTheAuditKey);
        QFETCH(qint64, firstBad);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        auto before = f.vault().audit().list();
        QVERIFY(before.ok());
        AuditEntry forged = entry(1, QStringLiteral("revoke"));
        forged.seq = 3;
        forged.at = utc(2026, 11, 20, 9, 30, 16, 500);
        forged.httpStatus = 200;
        forged.detail = QString();
        const QByteArray seq2 = before->at(3).hash;
        const QByteArray hash = withTheAuditKey
            ? AuditLog::computeMac(VaultKeys::derive(f.key()).auditMac(), seq2, forged)
            : AuditLog::computeUnkeyedHash(seq2, forged);
        const QByteArray sql =
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
            "UPDATE audit_log SET seq = seq + 10 WHERE seq >= 3; UPDATE audit_log SET seq = seq - 9 WHERE "
            "seq >= 13; "
            "INSERT INTO audit_log (seq, at, connection_id, issuer_id, operation, http_status, result, "
            "interaction_id, duration_ms, detail, hash) VALUES (3, '" +
            forged.at.toString(Qt::ISODateWithMs).toUtf8() +
            "', 1, 'hoshizora-card', 'revoke', 200, 'ok', '" + forged.interactionId.toUtf8() +
            "', 120, NULL, x'" + hash.toHex() + "');";
        QCOMPARE(f.rawExec(sql), SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, firstBad);
        QCOMPARE(v->rowsChecked, firstBad);
    }

    void rowsEditedOrDeletedAndReChainedWithoutTheKeyAreCaught_data()
    {
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<qint64>("from"); // the first row whose link the attacker recomputes
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("a result edited") << QByteArray("UPDATE audit_log SET result = 'ok' WHERE seq = 3;")
                                         << qint64(3) << qint64(3);
        QTest::newRow("the last row edited")
            << QByteArray("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 5;") << qint64(5) << qint64(5);
        QTest::newRow("a row deleted from the middle, the rest renumbered")
            << QByteArray("DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;")
            << qint64(2) << qint64(2);
    }

    void rowsEditedOrDeletedAndReChainedWithoutTheKeyAreCaught()
    {
        // What passed verify() when the links were unkeyed: the change made,
        // then every link from there on recomputed with SHA-256.
        QFETCH(QByteArray, attack);
        QFETCH(qint64, from);
        QFETCH(qint64, firstBad);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        QCOMPARE(f.rawExec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + attack),
                 SQLITE_OK);
        QVERIFY(f.open());
        const QList<AuditEntry> rows = oldestFirst(f.vault().audit());
        QByteArray sql = "DROP TRIGGER IF EXISTS audit_log_no_update; ";
        QByteArray previous(32, '\0');
        for (const AuditEntry& e : rows) {
            if (e.seq >= from) {
                previous = AuditLog::computeUnkeyedHash(previous, e);
                sql += "UPDATE audit_log SET hash = x'" + previous.toHex() + "' WHERE seq = "
                    + QByteArray::number(e.seq) + "; ";
            } else {
                previous = e.hash;
            }
        }
        QCOMPARE(f.rawExec(sql), SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, firstBad);
        QVERIFY2(v->message.contains(QStringLiteral("changed outside Meisai")), qPrintable(v->message));
    }

    void aRowDeletedAndTheRestReChainedIsCaughtByTheGap()
    {
        // Even with the vault's audit key, so that each link follows the one
        // before: the chain holds, the numbering does not.
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        const QList<AuditEntry> rows = oldestFirst(f.vault().audit());
        const VaultKeys keys = VaultKeys::derive(f.key());
        QByteArray sql = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
                         "DELETE FROM audit_log WHERE seq = 2; ";
        QByteArray previous = rows.at(0).hash;
        for (int i = 2; i < 5; ++i) {
            previous = AuditLog::computeMac(keys.auditMac(), previous, rows.at(i));
            sql += "UPDATE audit_log SET hash = x'" + previous.toHex() +
                   "' WHERE seq = " + QByteArray::number(rows.at(i).seq) + "; ";
        }
        QCOMPARE(f.rawExec(sql), SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, qint64(3));
    }

    void theTailCutOffIsCaughtByTheAnchor_data()
    {
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("the last row") << QByteArray("DELETE FROM audit_log WHERE seq = 5;") << qint64(5);
        QTest::newRow("the last three rows") << QByteArray("DELETE FROM audit_log WHERE seq >= 3;") << qint64(3);
        QTest::newRow("every row") << QByteArray("DELETE FROM audit_log;") << qint64(1);
    }

    void theTailCutOffIsCaughtByTheAnchor()
    {
        QFETCH(QByteArray, attack);
        QFETCH(qint64, firstBad);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        QCOMPARE(readMeta(f).value(u"audit_anchor").toObject().value(u"seq").toInteger(), qint64(5));
        // The rows left still chain perfectly; only the anchor knows there were more.
        QCOMPARE(f.rawExec("DROP TRIGGER audit_log_no_delete; " + attack), SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, firstBad);
        QVERIFY2(v->message.contains(QStringLiteral("cut short")), qPrintable(v->message));
        // Appending more does not paper over it: the anchor is left where it was.
        for (int i = 0; i < 6; ++i)
            QVERIFY(f.vault().audit().append(entry(1, QStringLiteral("GET /v1/cards"))).ok());
        QVERIFY(f.reopen());
        QVERIFY(!f.vault().audit().verify()->intact);
    }

    void anEditedAnchorIsCaught_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field removed
        QTest::newRow("seq moved back, to hide a cut") << QStringLiteral("seq") << QJsonValue(3);
        QTest::newRow("mac replaced") << QStringLiteral("mac") << QJsonValue(QString(64, u'0'));
        QTest::newRow("signature replaced") << QStringLiteral("signature") << QJsonValue(QString(64, u'f'));
        QTest::newRow("keyed_from moved") << QStringLiteral("keyed_from") << QJsonValue(4);
        QTest::newRow("signature removed") << QStringLiteral("signature") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("the whole anchor removed") << QString() << QJsonValue(QJsonValue::Undefined);
    }

    void anEditedAnchorIsCaught()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        f.close();
        QJsonObject meta = readMeta(f);
        QJsonObject anchor = meta.value(u"audit_anchor").toObject();
        QCOMPARE(anchor.value(u"mac").toString().size(), 64);
        QCOMPARE(anchor.value(u"signature").toString().size(), 64);
        if (field.isEmpty())
            meta.remove(QStringLiteral("audit_anchor"));
        else {
            if (value.isUndefined())
                anchor.remove(field);
            else
                anchor.insert(field, value);
            meta.insert(QStringLiteral("audit_anchor"), anchor);
        }
        QVERIFY(writeMeta(f, meta));
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QVERIFY2(v->message.contains(QStringLiteral("anchor")), qPrintable(v->message));
        QVERIFY2(v->message.contains(QStringLiteral("profile.json")), qPrintable(v->message));
    }

    void theAnchorFollowsEveryAppendAndHoldsNoKey()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QJsonObject empty = readMeta(f).value(u"audit_anchor").toObject();
        QCOMPARE(empty.value(u"seq").toInteger(-1), qint64(0));
        QCOMPARE(empty.value(u"mac").toString(), QString(64, u'0'));
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        const QJsonObject anchor = readMeta(f).value(u"audit_anchor").toObject();
        QCOMPARE(anchor.value(u"seq").toInteger(), qint64(5));
        QCOMPARE(anchor.value(u"mac").toString(),
                 QString::fromLatin1(f.vault().audit().list(0, 1)->first().hash.toHex()));
        // Inside a transaction the anchor waits for the commit, and a rollback leaves it alone.
        {
            Database::Transaction tx(f.vault().database());
            QVERIFY(tx.begin().ok());
            QVERIFY(f.vault().audit().append(entry(1, QStringLiteral("GET /v1/cards"))).ok());
            QCOMPARE(readMeta(f).value(u"audit_anchor").toObject().value(u"seq").toInteger(), qint64(5));
        }
        QCOMPARE(readMeta(f).value(u"audit_anchor").toObject().value(u"seq").toInteger(), qint64(5));
        QVERIFY(f.vault().audit().verify()->intact);
        {
            Database::Transaction tx(f.vault().database());
            QVERIFY(tx.begin().ok());
            QVERIFY(f.vault().audit().append(entry(1, QStringLiteral("GET /v1/cards"))).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(readMeta(f).value(u"audit_anchor").toObject().value(u"seq").toInteger(), qint64(6));
        QCOMPARE(QFile::permissions(f.profile().dir() + QStringLiteral("/profile.json")) & 0x0077,
                 QFileDevice::Permissions());
        QVERIFY(f.vault().audit().verify()->intact);
    }

    void oneEntryAheadOfTheAnchorIsTheCrashWindow_data()
    {
        QTest::addColumn<int>("appendsLost"); // anchor writes lost, as if Meisai stopped before each
        QTest::addColumn<bool>("tolerated");
        QTest::newRow("one entry ahead: tolerated") << 1 << true;
        QTest::newRow("two entries ahead: not a crash") << 2 << false;
    }

    void oneEntryAheadOfTheAnchorIsTheCrashWindow()
    {
        QFETCH(int, appendsLost);
        QFETCH(bool, tolerated);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        const QJsonObject anchored = readMeta(f); // anchor at 5
        for (int i = 0; i < appendsLost; ++i)
            QVERIFY(f.vault().audit().append(entry(1, QStringLiteral("GET /v1/cards"))).ok());
        QVERIFY(writeMeta(f, anchored)); // the database committed, the anchor never written
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QCOMPARE(v->intact, tolerated);
        QCOMPARE(v->anchorBehindByOne, tolerated);
        if (!tolerated) {
            QCOMPARE(v->firstBadSeq, qint64(7));
            QVERIFY2(v->message.contains(QStringLiteral("6 to 7")), qPrintable(v->message));
        }
        // The next open brings the anchor forward in the crash window, and only there.
        QVERIFY(f.reopen());
        QCOMPARE(readMeta(f).value(u"audit_anchor").toObject().value(u"seq").toInteger(),
                 tolerated ? qint64(6) : qint64(5));
        auto after = f.vault().audit().verify();
        QCOMPARE(after->intact, tolerated);
        QVERIFY(!after->anchorBehindByOne);
    }

    void anUnkeyedChainIsSealedOnceOnOpen()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        QVERIFY(makeUnkeyed(f, oldestFirst(f.vault().audit())));
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->message));
        QCOMPARE(v->rowsChecked, qint64(6));
        const QList<AuditEntry> rows = oldestFirst(f.vault().audit());
        QCOMPARE(rows.last().operation, QStringLiteral("audit_resealed"));
        QCOMPARE(rows.last().result, QStringLiteral("ok"));
        QVERIFY(rows.last().detail.contains(QStringLiteral("5 entries")));
        // The links are MACs now: recomputing them unkeyed is caught.
        QCOMPARE(rows.first().hash, AuditLog::computeMac(f.vault().keys().auditMac(), QByteArray(32, '\0'), rows.first()));
        QCOMPARE(readMeta(f).value(u"audit_anchor").toObject().value(u"seq").toInteger(), qint64(6));
        // Once: opening again seals nothing more.
        QVERIFY(f.reopen());
        QCOMPARE(*f.vault().audit().count(), qint64(6));
        QVERIFY(f.vault().audit().verify()->intact);
    }

    void aBrokenUnkeyedChainIsKeptAsFailedNotResealed()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        QVERIFY(makeUnkeyed(f, oldestFirst(f.vault().audit())));
        // Changed while it was unkeyed, and not re-chained.
        QCOMPARE(f.rawExec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET result = 'ok' WHERE seq = 3;"),
                 SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, qint64(3));
        const QList<AuditEntry> rows = oldestFirst(f.vault().audit());
        QCOMPARE(rows.last().operation, QStringLiteral("audit_reseal_refused"));
        QCOMPARE(rows.last().result, QStringLiteral("tampered"));
        // The old rows keep their unkeyed links (not laundered); new rows are keyed.
        QCOMPARE(rows.at(0).hash, AuditLog::computeUnkeyedHash(QByteArray(32, '\0'), rows.at(0)));
        QCOMPARE(rows.last().hash, AuditLog::computeMac(f.vault().keys().auditMac(), rows.at(4).hash, rows.last()));
        // Still failed after the rows before are "repaired" by someone recomputing their hashes.
        QVERIFY(f.reopen());
        QByteArray sql = "DROP TRIGGER IF EXISTS audit_log_no_update; ";
        QByteArray previous(32, '\0');
        for (int i = 0; i < 5; ++i) {
            previous = AuditLog::computeUnkeyedHash(previous, rows.at(i));
            sql += "UPDATE audit_log SET hash = x'" + previous.toHex() + "' WHERE seq = " + QByteArray::number(i + 1) + "; ";
        }
        QCOMPARE(f.rawExec(sql), SQLITE_OK);
        QVERIFY(f.open());
        v = f.vault().audit().verify();
        QVERIFY(!v->intact);
        QVERIFY2(v->message.contains(QStringLiteral("before it was sealed")) || v->firstBadSeq == 6,
                 qPrintable(v->message));
    }

    void theUnkeyedLinkIsTheOneOlderVaultsWrote()
    {
        // Computed by the implementation before the MAC, for sampleForHash()
        // after 32 bytes of 0x5a: sealing an older vault depends on it.
        QCOMPARE(AuditLog::computeUnkeyedHash(QByteArray(32, '\x5a'), sampleForHash()).toHex(),
                 QByteArray("a4b4ef1ea77e195cda070c86b8d4c95c949c09a97585e5614874e61a6d8e9a44"));
    }

    void computeMacIsStableForTheSameRow()
    {
        const AuditEntry e = sampleForHash();
        const SecretBytes key(QByteArray(32, '\x11'));
        const QByteArray previous(32, '\x5a');
        const QByteArray h = AuditLog::computeMac(key, previous, e);
        QCOMPARE(h.size(), 32);
        QCOMPARE(AuditLog::computeMac(key, previous, e), h);
        AuditEntry copy = e;
        QCOMPARE(AuditLog::computeMac(key, previous, copy), h);
        // The row's own hash field is not an input, and a time is hashed as an instant.
        copy.hash = QByteArray(32, '\x01');
        copy.at = e.at.toTimeZone(QTimeZone(9 * 3600));
        QCOMPARE(AuditLog::computeMac(key, previous, copy), h);
        // Another key, another link.
        QVERIFY(AuditLog::computeMac(SecretBytes(QByteArray(32, '\x12')), previous, e) != h);
    }

    void computeMacChangesWithAnyField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field :
             {"previous hash", "seq", "at (one millisecond)", "connection id", "issuer id", "operation",
              "http status", "result", "interaction id", "duration", "detail", "detail emptied",
              "text moved from issuer id to operation", "text moved from result to interaction id"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void computeMacChangesWithAnyField()
    {
        QFETCH(QString, field);
        const AuditEntry e = sampleForHash();
        const SecretBytes key(QByteArray(32, '\x11'));
        const QByteArray previous(32, '\x5a');
        AuditEntry c = e;
        QByteArray prev = previous;
        if (field == u"previous hash")
            prev[31] = '\x5b';
        else if (field == u"seq")
            c.seq += 1;
        else if (field == u"at (one millisecond)")
            c.at = c.at.addMSecs(1);
        else if (field == u"connection id")
            c.connectionId += 1;
        else if (field == u"issuer id")
            c.issuerId += u'x';
        else if (field == u"operation")
            c.operation = QStringLiteral("GET /v1/cards/{cardId}/statements");
        else if (field == u"http status")
            c.httpStatus = 500;
        else if (field == u"result")
            c.result = QStringLiteral("ServerError");
        else if (field == u"interaction id")
            c.interactionId[0] = u'0';
        else if (field == u"duration")
            c.durationMs += 1;
        else if (field == u"detail")
            c.detail = QStringLiteral("明細 4件");
        else if (field == u"detail emptied")
            c.detail.clear();
        else if (field == u"text moved from issuer id to operation") {
            // Fields are length-prefixed: "ab"+"c" and "a"+"bc" must not hash alike.
            c.operation = c.issuerId.right(1) + c.operation;
            c.issuerId.chop(1);
        } else if (field == u"text moved from result to interaction id") {
            c.interactionId = c.result + c.interactionId;
            c.result.clear();
        } else
            QFAIL("unknown field");
        QVERIFY(AuditLog::computeMac(key, prev, c) != AuditLog::computeMac(key, previous, e));
    }

    void recordWritesARowAndReportsAFailedWrite()
    {
        StoreFixture f;
        QVERIFY(f.open());
        AuditSink& sink = f.vault().audit();
        sink.record(entry(1, QStringLiteral("GET /v1/cards")));
        QCOMPARE(*f.vault().audit().count(), qint64(1));
        // A row that cannot be written is said, not dropped in silence.
        QVERIFY(f.vault().database().exec("DROP TABLE audit_log;").ok());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^an audit row could not be written: ")));
        sink.record(entry(1, QStringLiteral("GET /v1/cards")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
