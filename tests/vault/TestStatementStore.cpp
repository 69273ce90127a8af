// StatementStore: a month's statement reads back as the issuer sent it, a
// second upsert of (connection, card, month) replaces it, and lists filter by
// connection and card, newest month first.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::CardStatement)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

CardStatement statement(qint64 connectionId, const QString& cardId, const QString& month, qint64 total = 0)
{
    CardStatement s;
    s.connectionId = connectionId;
    s.cardId = cardId;
    s.billingMonth = month;
    s.totalBilledAmount = total;
    return s;
}

void compareStatement(const CardStatement& a, const CardStatement& e)
{
    QCOMPARE(a.connectionId, e.connectionId);
    QCOMPARE(a.cardId, e.cardId);
    QCOMPARE(a.billingMonth, e.billingMonth);
    QCOMPARE(a.closingDate, e.closingDate);
    QCOMPARE(a.dueDate, e.dueDate);
    QCOMPARE(toString(a.billingStatus), toString(e.billingStatus));
    QCOMPARE(a.totalBilledAmount, e.totalBilledAmount);
    QCOMPARE(a.newUsageAmount, e.newUsageAmount);
    QCOMPARE(a.transactionCount, e.transactionCount);
    QCOMPARE(a.fetchedAt, e.fetchedAt);
}

QStringList keys(const QList<CardStatement>& list)
{
    QStringList out;
    for (const CardStatement& s : list)
        out << QStringLiteral("%1/%2/%3").arg(s.connectionId).arg(s.cardId, s.billingMonth);
    return out;
}

} // namespace

class TestStatementStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<CardStatement>("statement");
        QTest::addColumn<QString>("statusCode");

        CardStatement confirmed = statement(0, QStringLiteral("c1"), QStringLiteral("2026-12"), 123456);
        confirmed.closingDate = QDate(2026, 11, 15);
        confirmed.dueDate = QDate(2026, 12, 10);
        confirmed.billingStatus = BillingStatus::Confirmed;
        confirmed.newUsageAmount = 98765;
        confirmed.transactionCount = 42;
        confirmed.fetchedAt = utc(2026, 11, 20, 1, 2, 3, 456);
        QTest::newRow("confirmed, every figure") << confirmed << QStringLiteral("confirmed");

        CardStatement open = statement(0, QStringLiteral("カード-1"), QStringLiteral("2027-01"));
        open.billingStatus = BillingStatus::Unconfirmed;
        open.newUsageAmount = 1200;
        open.transactionCount = 1;
        QTest::newRow("not yet confirmed, no closing or due date") << open << QStringLiteral("unconfirmed");

        CardStatement none = statement(0, QStringLiteral("c1"), QStringLiteral("2026-08"));
        none.billingStatus = BillingStatus::NoData;
        QTest::newRow("nothing billed: zero figures") << none << QStringLiteral("no_data");

        CardStatement refund = confirmed;
        refund.totalBilledAmount = -3200;
        refund.newUsageAmount = -3200;
        QTest::newRow("a month of refunds: negative total") << refund << QStringLiteral("confirmed");
    }

    void everyFieldRoundTrips()
    {
        QFETCH(CardStatement, statement);
        QFETCH(QString, statusCode);
        StoreFixture f;
        QVERIFY(f.open());
        statement.connectionId = f.addConnection();
        QVERIFY(f.vault().statements().upsert(statement).ok());
        QVERIFY(f.reopen());
        auto got = f.vault().statements().list(statement.connectionId, statement.cardId);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 1);
        compareStatement(got->first(), statement);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.queryText("SELECT billing_status FROM statements"), statusCode);
    }

    void secondUpsertOfAMonthReplacesIt()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        CardStatement first = statement(id, QStringLiteral("c1"), QStringLiteral("2026-12"), 5000);
        first.billingStatus = BillingStatus::Unconfirmed;
        first.closingDate = QDate(2026, 11, 15);
        first.transactionCount = 3;
        QVERIFY(f.vault().statements().upsert(first).ok());
        const CardStatement neighbour = statement(id, QStringLiteral("c1"), QStringLiteral("2026-11"), 777);
        QVERIFY(f.vault().statements().upsert(neighbour).ok());

        CardStatement second = statement(id, QStringLiteral("c1"), QStringLiteral("2026-12"), 5400);
        second.billingStatus = BillingStatus::Confirmed;
        second.dueDate = QDate(2026, 12, 10); // and the closing date no longer sent
        second.transactionCount = 4;
        QVERIFY(f.vault().statements().upsert(second).ok());

        auto got = f.vault().statements().list(id);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 2);
        compareStatement(got->at(0), second);
        if (QTest::currentTestFailed())
            return;
        compareStatement(got->at(1), neighbour);
    }

    void listFiltersAndOrders_data()
    {
        QTest::addColumn<int>("connection"); // 0: any; 1, 2: the first, the second; 3: unknown
        QTest::addColumn<QString>("cardId");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything: newest month first, then connection and card")
            << 0 << QString()
            << QStringList{QStringLiteral("1/a/2026-12"), QStringLiteral("1/b/2026-12"),
                           QStringLiteral("2/a/2026-12"), QStringLiteral("1/a/2026-11"),
                           QStringLiteral("1/a/2025-12")};
        QTest::newRow("one connection") << 2 << QString() << QStringList{QStringLiteral("2/a/2026-12")};
        QTest::newRow("one card of one connection")
            << 1 << QStringLiteral("a")
            << QStringList{QStringLiteral("1/a/2026-12"), QStringLiteral("1/a/2026-11"),
                           QStringLiteral("1/a/2025-12")};
        QTest::newRow("a card id across connections")
            << 0 << QStringLiteral("a")
            << QStringList{QStringLiteral("1/a/2026-12"), QStringLiteral("2/a/2026-12"),
                           QStringLiteral("1/a/2026-11"), QStringLiteral("1/a/2025-12")};
        QTest::newRow("a card the connection does not have") << 2 << QStringLiteral("b") << QStringList();
        QTest::newRow("an unknown connection") << 3 << QString() << QStringList();
    }

    void listFiltersAndOrders()
    {
        QFETCH(int, connection);
        QFETCH(QString, cardId);
        QFETCH(QStringList, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.addConnection(), qint64(1));
        QCOMPARE(f.addConnection(QStringLiteral("other-card")), qint64(2));
        for (const CardStatement& s : {statement(1, QStringLiteral("a"), QStringLiteral("2026-11")),
                                       statement(2, QStringLiteral("a"), QStringLiteral("2026-12")),
                                       statement(1, QStringLiteral("b"), QStringLiteral("2026-12")),
                                       statement(1, QStringLiteral("a"), QStringLiteral("2025-12")),
                                       statement(1, QStringLiteral("a"), QStringLiteral("2026-12"))})
            QVERIFY(f.vault().statements().upsert(s).ok());
        auto got = f.vault().statements().list(connection == 3 ? 99 : connection, cardId);
        QVERIFY(got.ok());
        QCOMPARE(keys(*got), expected);
    }

    void aStatementOfAnUnknownConnectionIsRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(!f.vault()
                     .statements()
                     .upsert(statement(id + 1, QStringLiteral("c1"), QStringLiteral("2026-12")))
                     .ok());
        QVERIFY(f.vault().statements().list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatementStore)
#include "TestStatementStore.moc"
