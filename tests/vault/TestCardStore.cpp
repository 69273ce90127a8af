// CardStore: a card reads back as listed by the issuer, a second upsert of
// the same (connection, card) replaces it, a list is per connection, and a
// batch is stored whole or not at all.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::Card)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

void compareCard(const Card& a, const Card& e)
{
    QCOMPARE(a.connectionId, e.connectionId);
    QCOMPARE(a.cardId, e.cardId);
    QCOMPARE(a.maskedPan, e.maskedPan);
    QCOMPARE(a.cardName, e.cardName);
    QCOMPARE(toString(a.holderType), toString(e.holderType));
    QCOMPARE(a.isVirtual, e.isVirtual);
    QCOMPARE(a.fetchedAt, e.fetchedAt);
}

QStringList keys(const QList<Card>& cards)
{
    QStringList out;
    for (const Card& c : cards)
        out << QStringLiteral("%1/%2").arg(c.connectionId).arg(c.cardId);
    return out;
}

} // namespace

class TestCardStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<Card>("card");
        QTest::addColumn<QString>("holderCode");
        QTest::newRow("principal, physical card") << Card{0,
                                                          QStringLiteral("c-0001"),
                                                          QStringLiteral("**** **** **** 4242"),
                                                          QStringLiteral("Hoshizora Gold"),
                                                          HolderType::Principal,
                                                          false,
                                                          utc(2026, 11, 19, 22, 0, 5, 7)}
                                                  << QStringLiteral("principal");
        QTest::newRow("family member's virtual card, Japanese name")
            << Card{0,
                    QStringLiteral("家族-02"),
                    QStringLiteral("****-****-****-0007"),
                    QStringLiteral("ほしぞらバーチャルカード（家族）"),
                    HolderType::Family,
                    true,
                    utc(2026, 11, 1)}
            << QStringLiteral("family");
        QTest::newRow("code-payment account: no PAN, no name, never fetched")
            << Card{0,          QStringLiteral("pay-1"), QString(), QString(), HolderType::Principal, false,
                    QDateTime()}
            << QStringLiteral("principal");
    }

    void everyFieldRoundTrips()
    {
        QFETCH(Card, card);
        QFETCH(QString, holderCode);
        StoreFixture f;
        QVERIFY(f.open());
        card.connectionId = f.addConnection();
        QVERIFY(f.vault().cards().upsert({card}).ok());
        QVERIFY(f.reopen());
        auto got = f.vault().cards().list(card.connectionId);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 1);
        compareCard(got->first(), card);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.queryText("SELECT holder_type FROM cards"), holderCode);
    }

    void secondUpsertOfACardReplacesIt()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        const Card first{id,
                         QStringLiteral("c1"),
                         QStringLiteral("**** 1111"),
                         QStringLiteral("旧カード"),
                         HolderType::Family,
                         true,
                         utc(2026, 11, 1)};
        const Card other{id,
                         QStringLiteral("c2"),
                         QStringLiteral("**** 2222"),
                         QStringLiteral("別カード"),
                         HolderType::Principal,
                         false,
                         utc(2026, 11, 1)};
        QVERIFY(f.vault().cards().upsert({first, other}).ok());
        const Card second{id,         QStringLiteral("c1"),  QStringLiteral("**** 9999"),
                          QString(),  HolderType::Principal, false,
                          QDateTime()};
        QVERIFY(f.vault().cards().upsert({second}).ok());
        auto got = f.vault().cards().list(id);
        QVERIFY(got.ok());
        QCOMPARE(keys(*got), (QStringList{QStringLiteral("%1/c1").arg(id), QStringLiteral("%1/c2").arg(id)}));
        compareCard(got->at(0), second);
        if (QTest::currentTestFailed())
            return;
        compareCard(got->at(1), other);
    }

    void listFiltersByConnection_data()
    {
        QTest::addColumn<int>("connection"); // 0: every connection, 1/2: the first/second, 3: unknown
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("every connection, by connection then card id")
            << 0
            << QStringList{QStringLiteral("1/a"), QStringLiteral("1/b"), QStringLiteral("1/c"),
                           QStringLiteral("2/a")};
        QTest::newRow("the first connection")
            << 1 << QStringList{QStringLiteral("1/a"), QStringLiteral("1/b"), QStringLiteral("1/c")};
        QTest::newRow("the second connection, same card id as the first's")
            << 2 << QStringList{QStringLiteral("2/a")};
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
        auto card = [](qint64 conn, const char* id) {
            return Card{conn,       QString::fromLatin1(id), QString(),
                        QString(),  HolderType::Principal,   false,
                        QDateTime()};
        };
        // Written out of order: the list orders them.
        QVERIFY(f.vault().cards().upsert({card(2, "a"), card(1, "c"), card(1, "a"), card(1, "b")}).ok());
        auto got = f.vault().cards().list(connection == 3 ? 99 : connection);
        QVERIFY(got.ok());
        QCOMPARE(keys(*got), expected);
    }

    void aBatchIsStoredWholeOrNotAtAll()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        const Card good{id,    QStringLiteral("c1"), QString(), QString(), HolderType::Principal,
                        false, QDateTime()};
        const Card orphan{id + 7, QStringLiteral("c2"), QString(), QString(), HolderType::Principal,
                          false,  QDateTime()};
        const Status st = f.vault().cards().upsert({good, orphan});
        QVERIFY2(!st.ok(), "a card of a connection that does not exist is refused");
        QVERIFY(f.vault().cards().list()->isEmpty());
        // And the vault is usable afterwards (the transaction was rolled back, not left open).
        QVERIFY(f.vault().cards().upsert({good}).ok());
        QCOMPARE(f.vault().cards().list()->size(), 1);
    }

    void anEmptyBatchChangesNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(f.vault()
                    .cards()
                    .upsert({Card{id, QStringLiteral("c1"), QString(), QString(), HolderType::Family, false,
                                  QDateTime()}})
                    .ok());
        QVERIFY(f.vault().cards().upsert({}).ok());
        QCOMPARE(f.vault().cards().list(id)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCardStore)
#include "TestCardStore.moc"
