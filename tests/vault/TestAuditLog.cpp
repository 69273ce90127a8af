// AuditLog: rows are numbered from 1 and read back newest first; verify()
// passes an untouched log and catches a row edited, deleted or inserted in
// the file behind the vault's back; the hash covers every field of a row.

#include "StoreFixture.h"

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
        // The stored hash is the one of this row chained to the row before.
        const QByteArray previous = f.vault().audit().list(1)->first().hash;
        QCOMPARE(r.hash.size(), 32);
        QCOMPARE(r.hash, AuditLog::computeHash(previous, r));
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

    void aRowInsertedWithAWellFormedHashIsCaughtAtTheNextRow()
    {
        // Whoever inserts a row can compute its hash from the row before; the
        // row after it was chained to something else, and that is caught.
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
        const QByteArray hash = AuditLog::computeHash(before->at(3).hash /* seq 2 */, forged);
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
        QCOMPARE(v->firstBadSeq, qint64(4));
        QCOMPARE(v->rowsChecked, qint64(4));
    }

    void aRowDeletedAndTheRestReChainedIsCaughtByTheGap()
    {
        // The hashes after the gap recomputed so that each follows the one
        // before: the chain holds, the numbering does not.
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(appendFive(f.vault().audit(), f.clock()));
        auto rows = f.vault().audit().list();
        QVERIFY(rows.ok());
        std::reverse(rows->begin(), rows->end()); // seq 1…5
        QByteArray sql = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
                         "DELETE FROM audit_log WHERE seq = 2; ";
        QByteArray previous = rows->at(0).hash;
        for (int i = 2; i < 5; ++i) {
            previous = AuditLog::computeHash(previous, rows->at(i));
            sql += "UPDATE audit_log SET hash = x'" + previous.toHex() +
                   "' WHERE seq = " + QByteArray::number(rows->at(i).seq) + "; ";
        }
        QCOMPARE(f.rawExec(sql), SQLITE_OK);
        QVERIFY(f.open());
        auto v = f.vault().audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, qint64(3));
    }

    void computeHashIsStableForTheSameRow()
    {
        const AuditEntry e = sampleForHash();
        const QByteArray previous(32, '\x5a');
        const QByteArray h = AuditLog::computeHash(previous, e);
        QCOMPARE(h.size(), 32);
        QCOMPARE(AuditLog::computeHash(previous, e), h);
        AuditEntry copy = e;
        QCOMPARE(AuditLog::computeHash(previous, copy), h);
        // The row's own hash field is not an input, and a time is hashed as an instant.
        copy.hash = QByteArray(32, '\x01');
        copy.at = e.at.toTimeZone(QTimeZone(9 * 3600));
        QCOMPARE(AuditLog::computeHash(previous, copy), h);
    }

    void computeHashChangesWithAnyField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field :
             {"previous hash", "seq", "at (one millisecond)", "connection id", "issuer id", "operation",
              "http status", "result", "interaction id", "duration", "detail", "detail emptied",
              "text moved from issuer id to operation", "text moved from result to interaction id"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void computeHashChangesWithAnyField()
    {
        QFETCH(QString, field);
        const AuditEntry e = sampleForHash();
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
        QVERIFY(AuditLog::computeHash(prev, c) != AuditLog::computeHash(previous, e));
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
