// LimitStore: a card's limits read back as sent, a figure the issuer did not
// send stays unknown (not 0), a second upsert of the card replaces its
// limits, and lists filter by connection.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::CardLimits)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

CardLimits limits(qint64 connectionId, const QString& cardId)
{
    CardLimits l;
    l.connectionId = connectionId;
    l.cardId = cardId;
    l.shoppingLimit = 800000;
    l.shoppingAvailable = 612345;
    l.cashingLimit = 100000;
    l.cashingAvailable = 100000;
    l.installmentAvailable = 500000;
    l.revolvingAvailable = 300000;
    l.fetchedAt = utc(2026, 11, 20, 6, 0, 0, 321);
    return l;
}

void compareLimits(const CardLimits& a, const CardLimits& e)
{
    QCOMPARE(a.connectionId, e.connectionId);
    QCOMPARE(a.cardId, e.cardId);
    QCOMPARE(a.shoppingLimit, e.shoppingLimit);
    QCOMPARE(a.shoppingAvailable, e.shoppingAvailable);
    QCOMPARE(a.cashingLimit, e.cashingLimit);
    QCOMPARE(a.cashingAvailable, e.cashingAvailable);
    QCOMPARE(a.installmentAvailable.has_value(), e.installmentAvailable.has_value());
    QCOMPARE(a.installmentAvailable.value_or(-1), e.installmentAvailable.value_or(-1));
    QCOMPARE(a.revolvingAvailable.has_value(), e.revolvingAvailable.has_value());
    QCOMPARE(a.revolvingAvailable.value_or(-1), e.revolvingAvailable.value_or(-1));
    QCOMPARE(a.fetchedAt, e.fetchedAt);
}

} // namespace

class TestLimitStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<CardLimits>("limits");
        QTest::newRow("every figure known") << limits(0, QStringLiteral("c1"));
        CardLimits unknown = limits(0, QStringLiteral("c1"));
        unknown.installmentAvailable.reset();
        unknown.revolvingAvailable.reset();
        unknown.fetchedAt = QDateTime();
        QTest::newRow("no installment or revolving figure: unknown, not 0") << unknown;
        CardLimits zero = limits(0, QStringLiteral("ゴールド"));
        zero.shoppingAvailable = 0;
        zero.cashingLimit = 0;
        zero.cashingAvailable = 0;
        zero.installmentAvailable = 0;
        zero.revolvingAvailable = 0;
        QTest::newRow("nothing available: 0, not unknown") << zero;
        CardLimits over = limits(0, QStringLiteral("c1"));
        over.shoppingAvailable = -15000; // over the limit
        QTest::newRow("over the limit: negative available") << over;
    }

    void everyFieldRoundTrips()
    {
        QFETCH(CardLimits, limits);
        StoreFixture f;
        QVERIFY(f.open());
        limits.connectionId = f.addConnection();
        QVERIFY(f.vault().limits().upsert(limits).ok());
        QVERIFY(f.reopen());
        auto got = f.vault().limits().list(limits.connectionId);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 1);
        compareLimits(got->first(), limits);
    }

    void secondUpsertOfACardReplacesItsLimits()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(f.vault().limits().upsert(limits(id, QStringLiteral("c1"))).ok());
        QVERIFY(f.vault().limits().upsert(limits(id, QStringLiteral("c2"))).ok());
        CardLimits second = limits(id, QStringLiteral("c1"));
        second.shoppingAvailable = 1;
        second.installmentAvailable.reset(); // no longer sent: unknown again
        second.fetchedAt = utc(2026, 11, 21);
        QVERIFY(f.vault().limits().upsert(second).ok());
        auto got = f.vault().limits().list(id);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 2);
        compareLimits(got->at(0), second);
        if (QTest::currentTestFailed())
            return;
        compareLimits(got->at(1), limits(id, QStringLiteral("c2")));
    }

    void listFiltersByConnection_data()
    {
        QTest::addColumn<int>("connection"); // 0: any; 1, 2; 3: unknown
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("every connection, by connection then card")
            << 0 << QStringList{QStringLiteral("1/a"), QStringLiteral("1/b"), QStringLiteral("2/a")};
        QTest::newRow("the first") << 1 << QStringList{QStringLiteral("1/a"), QStringLiteral("1/b")};
        QTest::newRow("the second") << 2 << QStringList{QStringLiteral("2/a")};
        QTest::newRow("an unknown connection") << 3 << QStringList();
    }

    void listFiltersByConnection()
    {
        QFETCH(int, connection);
        QFETCH(QStringList, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.addConnection(), qint64(1));
        QCOMPARE(f.addConnection(QStringLiteral("other-card")), qint64(2));
        for (const CardLimits& l :
             {limits(2, QStringLiteral("a")), limits(1, QStringLiteral("b")), limits(1, QStringLiteral("a"))})
            QVERIFY(f.vault().limits().upsert(l).ok());
        auto got = f.vault().limits().list(connection == 3 ? 99 : connection);
        QVERIFY(got.ok());
        QStringList keys;
        for (const CardLimits& l : *got)
            keys << QStringLiteral("%1/%2").arg(l.connectionId).arg(l.cardId);
        QCOMPARE(keys, expected);
    }

    void limitsOfAnUnknownConnectionAreRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(!f.vault().limits().upsert(limits(id + 1, QStringLiteral("c1"))).ok());
        QVERIFY(f.vault().limits().list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLimitStore)
#include "TestLimitStore.moc"
