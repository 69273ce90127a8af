// NoticeStore: an issuer's notices are replaced by each fetch; replace()
// says which ids the user has not been told about yet (exactly those), and a
// notice the issuer withdrew is gone. Other issuers' notices are untouched.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::IssuerNotice)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

// A notice whose publication time follows its id, so that lists have a known order.
IssuerNotice notice(const QString& id, int day = 1)
{
    IssuerNotice n;
    n.noticeId = id;
    n.kind = NoticeKind::Info;
    n.title = QStringLiteral("お知らせ %1").arg(id);
    n.body = QStringLiteral("本文");
    n.publishedAt = utc(2026, 11, day, 9);
    return n;
}

QList<IssuerNotice> notices(const QStringList& ids)
{
    QList<IssuerNotice> out;
    int day = 1;
    for (const QString& id : ids)
        out << notice(id, day++);
    return out;
}

QStringList ids(const QList<IssuerNotice>& list)
{
    QStringList out;
    for (const IssuerNotice& n : list)
        out << n.noticeId;
    return out;
}

const QString kIssuer = QStringLiteral("hoshizora-card");

} // namespace

class TestNoticeStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<IssuerNotice>("notice");
        QTest::addColumn<QString>("kindCode");

        IssuerNotice security = notice(QStringLiteral("sec-2026-11-01"));
        security.kind = NoticeKind::Security;
        security.title = QStringLiteral("【重要】不正利用にご注意ください");
        security.body =
            QStringLiteral("当社を装ったフィッシングメールが確認されています。\nURLを開かないでください。");
        security.publishedAt = utc(2026, 11, 1, 0, 0, 0, 1);
        security.fetchedAt = utc(2026, 11, 20, 9, 30, 15, 123);
        QTest::newRow("a security notice in Japanese, two lines") << security << QStringLiteral("security");

        IssuerNotice maintenance = notice(QStringLiteral("mnt-42"));
        maintenance.kind = NoticeKind::Maintenance;
        maintenance.startsAt = utc(2026, 11, 23, 1, 0);
        maintenance.endsAt = utc(2026, 11, 23, 5, 30);
        QTest::newRow("maintenance with its window") << maintenance << QStringLiteral("maintenance");

        IssuerNotice bare;
        bare.noticeId = QStringLiteral("x");
        QTest::newRow("only an id: no title, body or times") << bare << QStringLiteral("info");
    }

    void everyFieldRoundTrips()
    {
        QFETCH(IssuerNotice, notice);
        QFETCH(QString, kindCode);
        StoreFixture f;
        QVERIFY(f.open());
        notice.issuerId = QStringLiteral("ignored: the issuer is replace()'s argument");
        auto fresh = f.vault().notices().replace(kIssuer, {notice});
        QVERIFY(fresh.ok());
        QCOMPARE(*fresh, QStringList{notice.noticeId});
        QVERIFY(f.reopen());
        auto got = f.vault().notices().list(kIssuer);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 1);
        const IssuerNotice& n = got->first();
        QCOMPARE(n.issuerId, kIssuer);
        QCOMPARE(n.noticeId, notice.noticeId);
        QCOMPARE(toString(n.kind), toString(notice.kind));
        QCOMPARE(n.title, notice.title);
        QCOMPARE(n.body, notice.body);
        QCOMPARE(n.publishedAt, notice.publishedAt);
        QCOMPARE(n.startsAt, notice.startsAt);
        QCOMPARE(n.endsAt, notice.endsAt);
        QCOMPARE(n.fetchedAt, notice.fetchedAt);
        QCOMPARE(f.queryText("SELECT kind FROM notices"), kindCode);
    }

    void replaceReturnsExactlyTheIdsSeenForTheFirstTime_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("now");
        QTest::addColumn<QStringList>("fresh");
        QTest::addColumn<QStringList>("stored"); // newest first
        const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
        QTest::newRow("the first fetch: every id is new")
            << QStringList() << QStringList{a, b} << QStringList{a, b} << QStringList{b, a};
        QTest::newRow("the same list again: nothing new")
            << QStringList{a, b} << QStringList{a, b} << QStringList() << QStringList{b, a};
        QTest::newRow("one published")
            << QStringList{a, b} << QStringList{a, b, c} << QStringList{c} << QStringList{c, b, a};
        QTest::newRow("one withdrawn: gone, nothing new")
            << QStringList{a, b} << QStringList{b} << QStringList() << QStringList{b};
        QTest::newRow("one withdrawn, one published")
            << QStringList{a, b} << QStringList{b, c} << QStringList{c} << QStringList{c, b};
        QTest::newRow("an empty list clears the issuer's notices")
            << QStringList{a, b} << QStringList() << QStringList() << QStringList();
        QTest::newRow("an id listed twice is new once")
            << QStringList() << QStringList{a, a} << QStringList{a} << QStringList{a};
    }

    void replaceReturnsExactlyTheIdsSeenForTheFirstTime()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, now);
        QFETCH(QStringList, fresh);
        QFETCH(QStringList, stored);
        StoreFixture f;
        QVERIFY(f.open());
        // Another issuer using the same ids: they neither count as known nor are touched.
        QVERIFY(f.vault()
                    .notices()
                    .replace(QStringLiteral("other-card"),
                             notices({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}))
                    .ok());
        if (!before.isEmpty())
            QVERIFY(f.vault().notices().replace(kIssuer, notices(before)).ok());
        auto got = f.vault().notices().replace(kIssuer, notices(now));
        QVERIFY(got.ok());
        QCOMPARE(*got, fresh);
        QCOMPARE(ids(*f.vault().notices().list(kIssuer)), stored);
        QCOMPARE(ids(*f.vault().notices().list(QStringLiteral("other-card"))),
                 (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    }

    void aKnownNoticeTakesItsNewText()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().notices().replace(kIssuer, {notice(QStringLiteral("mnt-1"))}).ok());
        IssuerNotice moved = notice(QStringLiteral("mnt-1"));
        moved.kind = NoticeKind::Maintenance;
        moved.title = QStringLiteral("メンテナンス日時変更");
        moved.startsAt = utc(2026, 11, 30, 1);
        auto fresh = f.vault().notices().replace(kIssuer, {moved});
        QVERIFY(fresh.ok());
        QVERIFY(fresh->isEmpty()); // the user was already told about this notice
        auto got = f.vault().notices().list(kIssuer);
        QCOMPARE(got->size(), 1);
        QCOMPARE(got->first().title, moved.title);
        QCOMPARE(toString(got->first().kind), QStringLiteral("maintenance"));
        QCOMPARE(got->first().startsAt, moved.startsAt);
    }

    void listFiltersByIssuerNewestFirst()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault()
                    .notices()
                    .replace(kIssuer, {notice(QStringLiteral("old"), 2), notice(QStringLiteral("new"), 9)})
                    .ok());
        QVERIFY(f.vault()
                    .notices()
                    .replace(QStringLiteral("other-card"), {notice(QStringLiteral("mid"), 5)})
                    .ok());
        QCOMPARE(ids(*f.vault().notices().list()),
                 (QStringList{QStringLiteral("new"), QStringLiteral("mid"), QStringLiteral("old")}));
        QCOMPARE(ids(*f.vault().notices().list(kIssuer)),
                 (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
        QVERIFY(f.vault().notices().list(QStringLiteral("unknown-card"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoticeStore)
#include "TestNoticeStore.moc"
