// RevocationQueue: a token waiting to be revoked keeps its bytes and the
// binding it may be sent to, comes due when the clock says so, counts its
// attempts when rescheduled, and leaves no trace once removed.

#include "SqlCipherPages.h"
#include "StoreFixture.h"

#include <QTest>
#include <QTimeZone>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::IssuerBinding)

namespace {

QUrl url(const char* text)
{
    return QUrl(QString::fromUtf8(text));
}

const IssuerBinding kBinding{
    url("https://auth.hoshizora-card.jp"), url("https://auth.hoshizora-card.jp/oauth/token"),
    url("https://auth.hoshizora-card.jp/oauth/revoke"), url("https://api.hoshizora-card.jp/v1")};

PendingRevocation pending(const QByteArray& token, const QDateTime& next = QDateTime())
{
    PendingRevocation r;
    r.connectionId = 1;
    r.issuerId = QStringLiteral("hoshizora-card");
    r.token = SecretBytes(token);
    r.tokenTypeHint = QStringLiteral("refresh_token");
    r.binding = kBinding;
    r.nextAttemptAt = next;
    return r;
}

QList<QByteArray> tokens(const std::vector<PendingRevocation>& list)
{
    QList<QByteArray> out;
    for (const PendingRevocation& r : list)
        out << r.token.toByteArray();
    return out;
}

const QByteArray kToken = "RT-3b9d0c2e71f84a6b95d3e0c1a2b4f6d8-revoke-me";

} // namespace

class TestRevocationQueue final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<IssuerBinding>("binding");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QDateTime>("next");
        QTest::addColumn<QString>("lastError");
        QTest::newRow("a refresh token with its binding")
            << kToken << QStringLiteral("refresh_token") << kBinding << 0 << storeTestStart().addSecs(30)
            << QString();
        IssuerBinding noApi = kBinding;
        noApi.apiBaseUrl = QUrl();
        QTest::newRow("an access token, binding without API")
            << QByteArray("AT-0f9e8d7c") << QStringLiteral("access_token") << noApi << 0
            << storeTestStart().addSecs(30) << QString();
        QTest::newRow("queued before bindings existed: empty binding")
            << kToken << QStringLiteral("refresh_token") << IssuerBinding{} << 0
            << storeTestStart().addSecs(30) << QString();
        QTest::newRow("carried over: attempts and a Japanese error")
            << kToken << QStringLiteral("refresh_token") << kBinding << 4 << storeTestStart().addSecs(3600)
            << QStringLiteral("接続できませんでした (タイムアウト)");
        QTest::newRow("no hint, bytes that are not text")
            << QByteArray("\x00\x01\xff\x7f", 4) << QString() << kBinding << 0 << storeTestStart().addSecs(30)
            << QString();
        QTest::newRow("next attempt given in JST: the same instant")
            << kToken << QStringLiteral("refresh_token") << kBinding << 0
            << QDateTime(QDate(2026, 11, 21), QTime(0, 0, 0, 1), QTimeZone(9 * 3600)) << QString();
    }

    void everyFieldRoundTrips()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, hint);
        QFETCH(IssuerBinding, binding);
        QFETCH(int, attempts);
        QFETCH(QDateTime, next);
        QFETCH(QString, lastError);
        StoreFixture f;
        QVERIFY(f.open());
        PendingRevocation r;
        r.connectionId = 42; // the connection may be gone already: no reference is required
        r.issuerId = QStringLiteral("hoshizora-card");
        r.token = SecretBytes(token);
        r.tokenTypeHint = hint;
        r.binding = binding;
        r.attempts = attempts;
        r.nextAttemptAt = next;
        r.lastError = lastError;
        QVERIFY(f.vault().revocations().enqueue(r).ok());
        QVERIFY(f.reopen());
        auto all = f.vault().revocations().all();
        QVERIFY(all.ok());
        QCOMPARE(int(all->size()), 1);
        const PendingRevocation& got = all->front();
        QVERIFY(got.id > 0);
        QCOMPARE(got.connectionId, qint64(42));
        QCOMPARE(got.issuerId, QStringLiteral("hoshizora-card"));
        QCOMPARE(got.token.toByteArray(), token);
        QCOMPARE(got.tokenTypeHint, hint);
        QCOMPARE(got.binding.issuer, binding.issuer);
        QCOMPARE(got.binding.tokenEndpoint, binding.tokenEndpoint);
        QCOMPARE(got.binding.revocationEndpoint, binding.revocationEndpoint);
        QCOMPARE(got.binding.apiBaseUrl, binding.apiBaseUrl);
        QCOMPARE(got.attempts, attempts);
        QCOMPARE(got.nextAttemptAt, next);
        QCOMPARE(got.lastError, lastError);
    }

    void withoutATimeItIsDueAtOnce()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().revocations().enqueue(pending(kToken)).ok());
        auto all = f.vault().revocations().all();
        QCOMPARE(all->front().nextAttemptAt, storeTestStart());
        auto due = f.vault().revocations().due();
        QVERIFY(due.ok());
        QCOMPARE(tokens(*due), QList<QByteArray>{kToken});
    }

    void dueFollowsTheClock_data()
    {
        QTest::addColumn<qint64>("clockMs"); // where the clock is, from the start
        QTest::addColumn<QList<QByteArray>>("expected");
        // Queued: "past" a minute before the start, "now" at it, "ms" a millisecond after, "hour" an hour
        // after.
        QTest::newRow("at the start: the past and the present")
            << qint64(0) << QList<QByteArray>{"past", "now"};
        QTest::newRow("a millisecond on") << qint64(1) << QList<QByteArray>{"past", "now", "ms"};
        QTest::newRow("a millisecond before the hour")
            << qint64(3600 * 1000 - 1) << QList<QByteArray>{"past", "now", "ms"};
        QTest::newRow("an hour on: everything")
            << qint64(3600 * 1000) << QList<QByteArray>{"past", "now", "ms", "hour"};
        QTest::newRow("the clock set back a day: nothing") << qint64(-86400 * 1000) << QList<QByteArray>();
        QTest::newRow("days later, into another month")
            << qint64(20LL * 86400 * 1000) << QList<QByteArray>{"past", "now", "ms", "hour"};
    }

    void dueFollowsTheClock()
    {
        QFETCH(qint64, clockMs);
        QFETCH(QList<QByteArray>, expected);
        StoreFixture f;
        QVERIFY(f.open());
        const QDateTime t0 = storeTestStart();
        // Queued out of order; due() lists them in the order queued.
        QVERIFY(f.vault().revocations().enqueue(pending("past", t0.addSecs(-60))).ok());
        QVERIFY(f.vault().revocations().enqueue(pending("hour", t0.addSecs(3600))).ok());
        QVERIFY(f.vault().revocations().enqueue(pending("now", t0)).ok());
        QVERIFY(f.vault().revocations().enqueue(pending("ms", t0.addMSecs(1))).ok());
        f.clock().set(t0.addMSecs(clockMs));
        auto due = f.vault().revocations().due();
        QVERIFY(due.ok());
        QList<QByteArray> got = tokens(*due);
        // The expected lists are written by time; due() is by queue order: compare as sets, then check the
        // order.
        QList<QByteArray> sortedGot = got, sortedExpected = expected;
        std::sort(sortedGot.begin(), sortedGot.end());
        std::sort(sortedExpected.begin(), sortedExpected.end());
        QCOMPARE(sortedGot, sortedExpected);
        QVERIFY(std::is_sorted(
            due->cbegin(), due->cend(),
            [](const PendingRevocation& a, const PendingRevocation& b) { return a.id < b.id; }));
        QCOMPARE(int(f.vault().revocations().all()->size()), 4);
    }

    void rescheduleCountsAttemptsAndKeepsTheToken_data()
    {
        QTest::addColumn<int>("failures");
        QTest::newRow("one failure") << 1;
        QTest::newRow("three failures") << 3;
        QTest::newRow("ten failures") << 10;
    }

    void rescheduleCountsAttemptsAndKeepsTheToken()
    {
        QFETCH(int, failures);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().revocations().enqueue(pending(kToken)).ok());
        QVERIFY(f.vault().revocations().enqueue(pending("other")).ok());
        QDateTime next;
        for (int i = 1; i <= failures; ++i) {
            auto due = f.vault().revocations().due();
            QVERIFY(due.ok());
            QVERIFY(!due->empty());
            QCOMPARE(due->front().token.toByteArray(), kToken);
            next = f.clock().now().addSecs(60LL << i);
            QVERIFY(f.vault()
                        .revocations()
                        .reschedule(due->front().id, next, QStringLiteral("失敗 %1 回目").arg(i))
                        .ok());
            // Not due again until its time.
            QCOMPARE(tokens(*f.vault().revocations().due()), QList<QByteArray>{"other"});
            f.clock().set(next);
        }
        QVERIFY(f.reopen());
        auto all = f.vault().revocations().all();
        QVERIFY(all.ok());
        QCOMPARE(int(all->size()), 2);
        const PendingRevocation& r = all->front();
        QCOMPARE(r.attempts, failures);
        QCOMPARE(r.nextAttemptAt, next);
        QCOMPARE(r.lastError, QStringLiteral("失敗 %1 回目").arg(failures));
        QCOMPARE(r.token.toByteArray(), kToken);
        QVERIFY(r.binding == kBinding);
        QCOMPARE(r.tokenTypeHint, QStringLiteral("refresh_token"));
        QCOMPARE(all->back().attempts, 0); // the other one untouched
        QVERIFY(all->back().lastError.isNull());
    }

    void removeTakesOnlyThatOne()
    {
        StoreFixture f;
        QVERIFY(f.open());
        for (const char* t : {"first", "second", "third"})
            QVERIFY(f.vault().revocations().enqueue(pending(t)).ok());
        auto all = f.vault().revocations().all();
        QVERIFY(all.ok());
        QVERIFY(f.vault().revocations().remove(all->at(1).id).ok());
        QVERIFY(f.vault().revocations().remove(all->at(2).id + 100).ok()); // an unknown id is harmless
        QCOMPARE(tokens(*f.vault().revocations().all()), (QList<QByteArray>{"first", "third"}));
        QCOMPARE(tokens(*f.vault().revocations().due()), (QList<QByteArray>{"first", "third"}));
    }

    void theTokenIsEncryptedAndGoneOnceRemoved_data()
    {
        QTest::addColumn<bool>("removed");
        QTest::newRow("queued: not in the file in clear, in the decrypted pages") << false;
        QTest::newRow("removed: not in the decrypted pages either") << true;
    }

    void theTokenIsEncryptedAndGoneOnceRemoved()
    {
        QFETCH(bool, removed);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().revocations().enqueue(pending(kToken)).ok());
        QVERIFY(f.vault().revocations().enqueue(pending("RT-kept-as-control-0123456789")).ok());
        if (removed)
            QVERIFY(f.vault().revocations().remove(f.vault().revocations().all()->front().id).ok());
        QVERIFY(f.vault().database().checkpoint().ok());
        QVERIFY(!f.profile().readAll().contains(kToken));
        QVERIFY(!f.profile().readAll().contains("RT-kept-as-control-0123456789"));
        const QByteArray pages = decryptSqlCipherPages(f.databasePath(), f.key());
        QVERIFY2(pages.contains("RT-kept-as-control-0123456789"), "control: the pages were decrypted");
        QCOMPARE(pages.contains(kToken), !removed);
    }
};

QTEST_GUILESS_MAIN(TestRevocationQueue)
#include "TestRevocationQueue.moc"
