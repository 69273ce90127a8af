// RequestStats on its own: counters per issuer and kind, reset per issuer.

#include "RequestStats.h"

#include <QTest>

using namespace meisai::sandbox;
using Counter = RequestStats::Counter;

Q_DECLARE_METATYPE(Counter)

class TestRequestStats final : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void resetIsPerIssuer();
};

void TestRequestStats::counts_data()
{
    QTest::addColumn<QList<Counter>>("counted");
    QTest::addColumn<QList<int>>("expected"); // code grants, refresh grants, API requests, revocations
    QTest::newRow("nothing counted") << QList<Counter>{} << QList<int>{0, 0, 0, 0};
    QTest::newRow("a link, a refresh, two API calls, a revocation")
        << QList<Counter>{Counter::AuthorizationCodeGrant, Counter::RefreshTokenGrant, Counter::ApiRequest, Counter::ApiRequest, Counter::Revocation}
        << QList<int>{1, 1, 2, 1};
    QTest::newRow("API only") << QList<Counter>(200, Counter::ApiRequest) << QList<int>{0, 0, 200, 0};
}

void TestRequestStats::counts()
{
    QFETCH(QList<Counter>, counted);
    QFETCH(QList<int>, expected);
    RequestStats stats;
    for (Counter c : counted)
        stats.count(QStringLiteral("a"), c);
    const QList<Counter> order{Counter::AuthorizationCodeGrant, Counter::RefreshTokenGrant, Counter::ApiRequest, Counter::Revocation};
    for (int i = 0; i < order.size(); ++i) {
        QCOMPARE(stats.value(QStringLiteral("a"), order.at(i)), expected.at(i));
        QCOMPARE(stats.value(QStringLiteral("b"), order.at(i)), 0); // another issuer saw none of it
    }
}

void TestRequestStats::resetIsPerIssuer()
{
    RequestStats stats;
    stats.count(QStringLiteral("a"), Counter::ApiRequest);
    stats.count(QStringLiteral("b"), Counter::ApiRequest);
    stats.count(QStringLiteral("b"), Counter::Revocation);
    stats.reset(QStringLiteral("b"));
    QCOMPARE(stats.value(QStringLiteral("b"), Counter::ApiRequest), 0);
    QCOMPARE(stats.value(QStringLiteral("b"), Counter::Revocation), 0);
    QCOMPARE(stats.value(QStringLiteral("a"), Counter::ApiRequest), 1);
    stats.count(QStringLiteral("b"), Counter::ApiRequest);
    QCOMPARE(stats.value(QStringLiteral("b"), Counter::ApiRequest), 1);
}

QTEST_GUILESS_MAIN(TestRequestStats)
#include "TestRequestStats.moc"
