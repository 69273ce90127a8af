// TokenStore: a connection's tokens read back byte for byte, a put replaces
// them whole, and they are never in the vault file in clear, nor left in its
// pages once replaced or removed.

#include "SqlCipherPages.h"
#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

TokenSet tokens(const QByteArray& access, const QByteArray& refresh)
{
    TokenSet t;
    t.accessToken = SecretBytes(access);
    t.refreshToken = SecretBytes(refresh);
    t.tokenType = QStringLiteral("Bearer");
    t.accessExpiresAt = utc(2026, 11, 20, 10, 30, 15, 123);
    t.refreshExpiresAt = utc(2027, 2, 18, 9, 30);
    return t;
}

const QByteArray kAccess = "AT-5c0e9a1f3b7d4e26a8c1f0b9d2e7a6c3-access";
const QByteArray kRefresh = "RT-e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9-refresh";

} // namespace

class TestTokenStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("access");
        QTest::addColumn<QByteArray>("refresh");
        QTest::addColumn<QString>("tokenType");
        QTest::addColumn<QDateTime>("accessExpiresAt");
        QTest::addColumn<QDateTime>("refreshExpiresAt");

        QTest::newRow("access and refresh, both expiring")
            << kAccess << kRefresh << QStringLiteral("Bearer") << utc(2026, 11, 20, 10, 30, 15, 123)
            << utc(2027, 2, 18, 9, 30);
        QTest::newRow("refresh expiry not given by the issuer")
            << kAccess << kRefresh << QStringLiteral("Bearer") << utc(2026, 11, 20, 10, 30) << QDateTime();
        QTest::newRow("no refresh token") << kAccess << QByteArray() << QStringLiteral("Bearer")
                                          << utc(2026, 11, 20, 10, 30) << QDateTime();
        QTest::newRow("DPoP token type, no expiry")
            << kAccess << kRefresh << QStringLiteral("DPoP") << QDateTime() << QDateTime();
        QTest::newRow("bytes that are not text: NUL, 0xFF, newline")
            << QByteArray("\x00\xff\x01\n\r\"'", 7) << QByteArray("\xfe\x00\x00z", 4)
            << QStringLiteral("Bearer") << utc(2026, 11, 20, 10, 30) << QDateTime();
        QTest::newRow("a 6 KB JWT") << QByteArray("eyJ") + QByteArray(6000, 'x') + QByteArray(".sig")
                                    << kRefresh << QStringLiteral("Bearer") << utc(2026, 11, 20, 10, 30)
                                    << QDateTime();
    }

    void everyFieldRoundTrips()
    {
        QFETCH(QByteArray, access);
        QFETCH(QByteArray, refresh);
        QFETCH(QString, tokenType);
        QFETCH(QDateTime, accessExpiresAt);
        QFETCH(QDateTime, refreshExpiresAt);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        TokenSet t;
        t.accessToken = SecretBytes(access);
        t.refreshToken = SecretBytes(refresh);
        t.tokenType = tokenType;
        t.accessExpiresAt = accessExpiresAt;
        t.refreshExpiresAt = refreshExpiresAt;
        t.updatedAt = utc(1999, 1, 1); // the store stamps its own time
        QVERIFY(f.vault().tokens().put(id, t).ok());
        QVERIFY(f.reopen());

        auto got = f.vault().tokens().get(id);
        QVERIFY(got.ok());
        QVERIFY(got->has_value());
        const TokenSet& r = **got;
        QCOMPARE(r.accessToken.toByteArray(), access);
        QCOMPARE(r.refreshToken.toByteArray(), refresh);
        QCOMPARE(r.refreshToken.isEmpty(), refresh.isEmpty());
        QCOMPARE(r.tokenType, tokenType);
        QCOMPARE(r.accessExpiresAt, accessExpiresAt);
        QCOMPARE(r.refreshExpiresAt, refreshExpiresAt);
        QCOMPARE(r.refreshExpiresAt.isValid(), refreshExpiresAt.isValid());
        QCOMPARE(r.updatedAt, storeTestStart());
    }

    void putReplacesTheTokensWhole()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(f.vault().tokens().put(id, tokens(kAccess, kRefresh)).ok());
        f.clock().advance(3600);
        // A refresh that brought a new access token and no refresh token: the old one must not linger.
        TokenSet next;
        next.accessToken = SecretBytes(QByteArrayView("AT-second"));
        next.tokenType = QStringLiteral("Bearer");
        QVERIFY(f.vault().tokens().put(id, next).ok());

        auto got = f.vault().tokens().get(id);
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE((*got)->accessToken.view(), QByteArrayView("AT-second"));
        QVERIFY((*got)->refreshToken.isEmpty());
        QVERIFY(!(*got)->accessExpiresAt.isValid());
        QVERIFY(!(*got)->refreshExpiresAt.isValid());
        QCOMPARE((*got)->updatedAt, storeTestStart().addSecs(3600));
        QCOMPARE(f.queryInt("SELECT count(*) FROM tokens"), qint64(1));
    }

    void getOfNoTokensIsEmpty_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::newRow("a connection still linking") << QStringLiteral("linking");
        QTest::newRow("an unknown connection") << QStringLiteral("unknown");
        QTest::newRow("after remove") << QStringLiteral("removed");
    }

    void getOfNoTokensIsEmpty()
    {
        QFETCH(QString, situation);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        const qint64 other = f.addConnection(QStringLiteral("other-card"));
        QVERIFY(f.vault().tokens().put(other, tokens(kAccess, kRefresh)).ok());
        qint64 asked = id;
        if (situation == u"unknown")
            asked = other + 10;
        if (situation == u"removed") {
            QVERIFY(f.vault().tokens().put(id, tokens("AT-x", "RT-x")).ok());
            QVERIFY(f.vault().tokens().remove(id).ok());
        }
        auto got = f.vault().tokens().get(asked);
        QVERIFY(got.ok());
        QVERIFY(!got->has_value());
        // The other connection's tokens are not what an empty answer falls back to, and are untouched.
        QCOMPARE((*f.vault().tokens().get(other))->refreshToken.toByteArray(), kRefresh);
    }

    void removeTakesOnlyThatConnectionsTokens()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 a = f.addConnection();
        const qint64 b = f.addConnection(QStringLiteral("other-card"));
        QVERIFY(f.vault().tokens().put(a, tokens("AT-a", "RT-a")).ok());
        QVERIFY(f.vault().tokens().put(b, tokens("AT-b", "RT-b")).ok());
        QVERIFY(f.vault().tokens().remove(a).ok());
        QVERIFY(f.vault().tokens().remove(a).ok()); // removing twice is harmless
        QVERIFY(!f.vault().tokens().get(a)->has_value());
        QCOMPARE((*f.vault().tokens().get(b))->accessToken.view(), QByteArrayView("AT-b"));
        // The connection itself stays (it needs reconnecting, not deleting).
        QVERIFY(f.vault().connections().get(a)->has_value());
    }

    void tokensOfAnUnknownConnectionAreRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(!f.vault().tokens().put(id + 1, tokens(kAccess, kRefresh)).ok());
        QCOMPARE(f.queryInt("SELECT count(*) FROM tokens"), qint64(0));
    }

    void tokensAreNeverInTheFileInClear_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("inPages"); // the first tokens, in the decrypted pages
        QTest::newRow("put: encrypted on disk, present once decrypted") << QStringLiteral("put") << true;
        QTest::newRow("replaced: the old tokens gone from the pages") << QStringLiteral("replace") << false;
        QTest::newRow("removed: gone from the pages") << QStringLiteral("remove") << false;
        QTest::newRow("connection removed: gone from the pages") << QStringLiteral("disconnect") << false;
    }

    void tokensAreNeverInTheFileInClear()
    {
        QFETCH(QString, after);
        QFETCH(bool, inPages);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(f.addConnection(QStringLiteral("other-card")) > 0); // its label is the control below
        QVERIFY(f.vault().tokens().put(id, tokens(kAccess, kRefresh)).ok());
        if (after == u"replace")
            QVERIFY(f.vault().tokens().put(id, tokens("AT-next-0123456789", "RT-next-0123456789")).ok());
        if (after == u"remove")
            QVERIFY(f.vault().tokens().remove(id).ok());
        if (after == u"disconnect")
            QVERIFY(f.vault().connections().remove(id).ok());
        QVERIFY(f.vault().database().checkpoint().ok());

        const QByteArray disk = f.profile().readAll();
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains(kAccess));
        QVERIFY(!disk.contains(kRefresh));
        QVERIFY(!disk.contains("RT-next-0123456789"));
        const QByteArray pages = decryptSqlCipherPages(f.databasePath(), f.key());
        QVERIFY2(pages.contains("ほしぞらカード"), "control: the pages were decrypted");
        QCOMPARE(pages.contains(kAccess), inPages);
        QCOMPARE(pages.contains(kRefresh), inPages);
        if (after == u"replace")
            QVERIFY2(pages.contains("RT-next-0123456789"), "control: the new tokens are in the pages");
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
