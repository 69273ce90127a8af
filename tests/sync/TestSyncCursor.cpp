// SyncCursor: what a sync keeps between runs reads back as written, and
// anything else (another version, garbage, a half resume) reads as a cursor
// that makes the next sync read everything again, never as a wrong one.

#include "sync/SyncCursor.h"

#include <QTest>

using namespace meisai;

class TestSyncCursor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        SyncCursor c;
        c.failures = 2;
        CardCursor a;
        a.syncedTo = QDate(2026, 11, 30);
        a.oldestOpen = QDate(2026, 11, 9);
        CardCursor b;
        b.syncedTo = QDate(2026, 10, 31);
        b.resuming = true;
        b.resumeFrom = QDate(2026, 9, 1);
        b.resumeTo = QDate(2026, 10, 31);
        b.resumeKey = QStringLiteral("page-key-7");
        b.resumeOldestOpen = QDate(2026, 10, 2);
        c.cards.insert(QStringLiteral("c1"), a);
        c.cards.insert(QStringLiteral("c2"), b);
        const SyncCursor back = SyncCursor::fromJson(c.toJson());
        QCOMPARE(back.failures, 2);
        QCOMPARE(back.cards.size(), 2);
        QCOMPARE(back.cards[QStringLiteral("c1")].syncedTo, a.syncedTo);
        QCOMPARE(back.cards[QStringLiteral("c1")].oldestOpen, a.oldestOpen);
        QVERIFY(!back.cards[QStringLiteral("c1")].resuming);
        const CardCursor& r = back.cards[QStringLiteral("c2")];
        QVERIFY(r.resuming);
        QCOMPARE(r.resumeFrom, b.resumeFrom);
        QCOMPARE(r.resumeTo, b.resumeTo);
        QCOMPARE(r.resumeKey, b.resumeKey);
        QCOMPARE(r.resumeOldestOpen, b.resumeOldestOpen);
        QCOMPARE(SyncCursor::fromJson(back.toJson()).toJson(), back.toJson()); // stable
    }

    void unreadableCursorsStartOver_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("cards");
        QTest::addColumn<bool>("resuming");
        QTest::newRow("empty") << QString() << 0 << false;
        QTest::newRow("not JSON") << QStringLiteral("{cards") << 0 << false;
        QTest::newRow("another version") << QStringLiteral(R"({"v":2,"failures":3,"cards":{"c1":{}}})") << 0 << false;
        QTest::newRow("no version") << QStringLiteral(R"({"failures":3,"cards":{"c1":{}}})") << 0 << false;
        QTest::newRow("resume without a key")
            << QStringLiteral(R"({"v":1,"cards":{"c1":{"resume":{"from":"2026-01-01","to":"2026-02-01"}}}})") << 1 << false;
        QTest::newRow("resume with a bad date")
            << QStringLiteral(R"({"v":1,"cards":{"c1":{"resume":{"from":"2026-13-01","to":"2026-02-01","key":"k"}}}})")
            << 1 << false;
        QTest::newRow("complete resume")
            << QStringLiteral(R"({"v":1,"cards":{"c1":{"resume":{"from":"2026-01-01","to":"2026-02-01","key":"k"}}}})")
            << 1 << true;
    }
    void unreadableCursorsStartOver()
    {
        QFETCH(QString, json);
        QFETCH(int, cards);
        QFETCH(bool, resuming);
        const SyncCursor c = SyncCursor::fromJson(json);
        QCOMPARE(int(c.cards.size()), cards);
        if (cards)
            QCOMPARE(c.cards.begin()->resuming, resuming);
        else
            QCOMPARE(c.failures, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCursor)
#include "TestSyncCursor.moc"
