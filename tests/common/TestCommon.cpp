// Result, SecretBytes, Clock and URL redaction.

#include "common/Clock.h"
#include "common/Hardening.h"
#include "common/Log.h"
#include "common/Result.h"
#include "common/SecretBytes.h"
#include "FailingDevice.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace meisai;

class TestCommon final : public QObject
{
    Q_OBJECT

private slots:
    void resultCarriesValueOrError()
    {
        Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad = makeError(ErrorCode::Network, QStringLiteral("offline"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Network);
        QCOMPARE(bad.error().message, QStringLiteral("offline"));
    }

    void tryPropagatesTheFirstError()
    {
        auto failing = []() -> Status { return makeError(ErrorCode::Io, QStringLiteral("disk full")); };
        int reached = 0;
        auto caller = [&]() -> Result<int> {
            MEISAI_TRY(failing());
            ++reached;
            return 1;
        };
        auto r = caller();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QCOMPARE(reached, 0);
    }

    void temporaryResultsYieldLiveValues()
    {
        // Ranging over *temporary must not read a destroyed list.
        auto make = []() -> Result<QStringList> { return QStringList{QStringLiteral("a"), QStringLiteral("b")}; };
        QStringList seen;
        for (const QString& s : *make())
            seen << s;
        QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        static_assert(std::is_same_v<decltype(*make()), QStringList>);
        static_assert(std::is_same_v<decltype(make().value()), QStringList>);
    }

    void secretBytesWipeAndMove()
    {
        QByteArray source("refresh-token-value");
        SecretBytes s = SecretBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(s.view(), QByteArrayView("refresh-token-value"));
        SecretBytes moved = std::move(s);
        QVERIFY(s.isEmpty());
        QCOMPARE(moved.size(), std::size_t(19));
        QVERIFY(moved.equals(moved.clone()));
        moved.clear();
        QVERIFY(moved.isEmpty());
    }

    void secretBytesWipeDoesNotTouchSharedCopies()
    {
        QByteArray a("shared-bytes");
        QByteArray b = a; // implicitly shared
        SecretBytes::wipe(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b, QByteArray("shared-bytes"));
    }

    void randomSecretsDiffer()
    {
        SecretBytes a = SecretBytes::random(32), b = SecretBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
    }

    void manualClockMoves()
    {
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        ManualClock clock(start);
        clock.advance(90);
        QCOMPARE(clock.now(), start.addSecs(90));
    }

    void redactUrl_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query removed") << QUrl(QStringLiteral("http://127.0.0.1:4000/callback?code=abc&state=x"))
                                       << QStringLiteral("http://127.0.0.1:4000/callback");
        QTest::newRow("user info removed") << QUrl(QStringLiteral("https://user:pw@example.test/token"))
                                           << QStringLiteral("https://example.test/token");
        QTest::newRow("fragment removed") << QUrl(QStringLiteral("https://a.test/p#access_token=zzz"))
                                          << QStringLiteral("https://a.test/p");
    }

    void redactUrl()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, expected);
        QCOMPARE(meisai::redactUrl(url), expected);
    }

    void hardeningDisablesCoreDumps()
    {
        QVERIFY(hardenProcess());
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void failingDeviceStopsAfterN()
    {
        test::FailingDevice dev(QByteArray(100, 'x'), 10);
        QVERIFY(dev.open(QIODevice::ReadWrite));
        QCOMPARE(dev.write(QByteArray(8, 'a')), qint64(8));
        QCOMPARE(dev.write(QByteArray(8, 'a')), qint64(2));
        QCOMPARE(dev.write(QByteArray(8, 'a')), qint64(-1));
        QCOMPARE(dev.read(100).size(), 10);
        QCOMPARE(dev.read(100).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "TestCommon.moc"
