// RetryPolicy: which failures are tried again, how long the engine waits
// (Retry-After, else exponential backoff with jitter, capped), and when it
// gives up — as a table, with the jitter fixed.

#include "sync/RetryPolicy.h"

#include <QTest>

using namespace meisai;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<qint64>("delayMs");
        const int net = int(ErrorCode::Network);
        // options: 4 attempts, backoff 1000 ms doubling to at most 30000, Retry-After up to 120 s; jitter: its maximum
        QTest::newRow("network, first attempt: 0.5 s + jitter") << net << true << -1 << 1 << -1 << true << qint64(1000);
        QTest::newRow("network, second attempt doubles") << net << true << -1 << 2 << -1 << true << qint64(2000);
        QTest::newRow("network, third attempt doubles") << net << true << -1 << 3 << -1 << true << qint64(4000);
        QTest::newRow("network, last attempt gives up") << net << true << -1 << 4 << -1 << false << qint64(0);
        QTest::newRow("not retryable (400)") << int(ErrorCode::Protocol) << false << -1 << 1 << -1 << false << qint64(0);
        QTest::newRow("maintenance is never retried here") << int(ErrorCode::Maintenance) << true << 30 << 1 << -1
                                                           << false << qint64(0);
        QTest::newRow("429 waits what the issuer asks") << int(ErrorCode::RateLimited) << true << 30 << 1 << -1
                                                        << true << qint64(30000);
        QTest::newRow("Retry-After too long: later") << int(ErrorCode::RateLimited) << true << 121 << 1 << -1 << false
                                                     << qint64(0);
        QTest::newRow("tests cap every wait") << int(ErrorCode::RateLimited) << true << 30 << 1 << 20 << true
                                              << qint64(20);
        QTest::newRow("5xx backoff capped too") << int(ErrorCode::ServerError) << true << -1 << 3 << 5 << true
                                                << qint64(5);
    }
    void decide()
    {
        QFETCH(int, code);
        QFETCH(bool, retryable);
        QFETCH(int, retryAfter);
        QFETCH(int, attempt);
        QFETCH(int, cap);
        QFETCH(bool, retry);
        QFETCH(qint64, delayMs);
        SyncOptions options;
        options.delayCapMs = cap;
        const RetryPolicy policy(options, [](qint64 n) { return n; });
        ApiMeta meta;
        meta.retryable = retryable;
        meta.retryAfterSecs = retryAfter;
        const RetryDecision d = policy.decide(makeError(ErrorCode(code), QStringLiteral("x")), meta, attempt);
        QCOMPARE(d.retry, retry);
        QCOMPARE(d.delayMs, delayMs);
    }

    void backoffNeverExceedsItsMaximum()
    {
        SyncOptions options;
        options.maxAttempts = 40;
        const RetryPolicy policy(options, [](qint64 n) { return n; });
        ApiMeta meta;
        meta.retryable = true;
        for (int attempt = 1; attempt < 30; ++attempt)
            QVERIFY(policy.decide(makeError(ErrorCode::Timeout, QString()), meta, attempt).delayMs <= options.backoffMaxMs);
    }

    void jitterStaysWithinTheWindow()
    {
        SyncOptions options;
        const RetryPolicy policy(options); // the real random source
        ApiMeta meta;
        meta.retryable = true;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = policy.decide(makeError(ErrorCode::Network, QString()), meta, 2).delayMs;
            QVERIFY(d >= 1000 && d <= 2000);
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
