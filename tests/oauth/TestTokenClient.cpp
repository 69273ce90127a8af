// Token endpoint answers: validated, and RFC 6749 §5.2 errors classified.

#include "oauth/TokenClient.h"

#include <QTest>

using namespace meisai;

class TestTokenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // -1 ok, else ErrorCode
        const int ok = -1;
        const int protocol = int(ErrorCode::Protocol);
        QTest::newRow("full") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer","expires_in":3600,"refresh_token":"RT","scope":"cards:read"})") << ok;
        QTest::newRow("lower-case-bearer") << 200 << QByteArray(R"({"access_token":"AT","token_type":"bearer","expires_in":60})") << ok;
        QTest::newRow("no-expires-in") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer"})") << ok;
        QTest::newRow("expires-in-string") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer","expires_in":"3600"})") << ok;
        QTest::newRow("no-access-token") << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":3600})") << protocol;
        QTest::newRow("empty-access-token") << 200 << QByteArray(R"({"access_token":"","token_type":"Bearer"})") << protocol;
        QTest::newRow("mac-token-type") << 200 << QByteArray(R"({"access_token":"AT","token_type":"mac"})") << protocol;
        QTest::newRow("no-token-type") << 200 << QByteArray(R"({"access_token":"AT"})") << protocol;
        QTest::newRow("negative-expires-in") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer","expires_in":-5})") << protocol;
        QTest::newRow("fractional-expires-in") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer","expires_in":1.5})") << protocol;
        QTest::newRow("refresh-token-number") << 200 << QByteArray(R"({"access_token":"AT","token_type":"Bearer","refresh_token":5})") << protocol;
        QTest::newRow("not-json") << 200 << QByteArray("<html>") << protocol;
        QTest::newRow("invalid-grant") << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"grant revoked"})") << int(ErrorCode::InvalidGrant);
        QTest::newRow("invalid-client") << 401 << QByteArray(R"({"error":"invalid_client"})") << protocol;
        QTest::newRow("invalid-scope") << 400 << QByteArray(R"({"error":"invalid_scope"})") << int(ErrorCode::InsufficientScope);
        QTest::newRow("temporarily-unavailable") << 400 << QByteArray(R"({"error":"temporarily_unavailable"})") << int(ErrorCode::Maintenance);
        QTest::newRow("maintenance-503") << 503 << QByteArray("down") << int(ErrorCode::Maintenance);
        QTest::newRow("rate-limited") << 429 << QByteArray() << int(ErrorCode::RateLimited);
        QTest::newRow("server-error-500") << 500 << QByteArray() << int(ErrorCode::ServerError);
    }
    void parse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        auto r = TokenClient::parseTokenResponse(status, body, Text::verbatim(QStringLiteral("Hoshizora")));
        if (expected < 0) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(r->tokenType, QStringLiteral("Bearer"));
            QCOMPARE(r->accessToken.toByteArray(), QByteArray("AT"));
        } else {
            QVERIFY(!r);
            QCOMPARE(int(r.error().code), expected);
            QVERIFY(r.error().message.contains(QStringLiteral("Hoshizora")));
            QVERIFY(!r.error().message.contains(QStringLiteral("AT")));
        }
    }

    void scopesAndRefresh()
    {
        auto r = TokenClient::parseTokenResponse(
            200, R"({"access_token":"AT","token_type":"Bearer","expires_in":120,"refresh_token":"RT","scope":"cards:read transactions:read"})",
            Text::verbatim(QStringLiteral("X")));
        QVERIFY(r);
        QVERIFY(r->scopePresent);
        QCOMPARE(r->scope, (QStringList{QStringLiteral("cards:read"), QStringLiteral("transactions:read")}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TokenSet set = r->toTokenSet(now);
        QCOMPARE(set.refreshToken.toByteArray(), QByteArray("RT"));
        QCOMPARE(set.accessExpiresAt, now.addSecs(120));

        // No new refresh token: the old one stays.
        auto noRefresh = TokenClient::parseTokenResponse(200, R"({"access_token":"AT2","token_type":"Bearer"})", Text::verbatim(QStringLiteral("X")));
        QVERIFY(noRefresh);
        QVERIFY(!noRefresh->scopePresent);
        const SecretBytes old(QByteArrayView("OLD"));
        TokenSet kept = noRefresh->toTokenSet(now, &old, now.addDays(3));
        QCOMPARE(kept.refreshToken.toByteArray(), QByteArray("OLD"));
        QCOMPARE(kept.refreshExpiresAt, now.addDays(3));
    }

    // The refresh token's lifetime, under either name the issuers use; a value
    // that is not a whole number of seconds from 1 s to ten years is ignored
    // (never cast out of range), and the token response stays usable.
    void refreshLifetime_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<qint64>("expected"); // -1: no refresh expiry
        const qint64 none = -1;
        const qint64 tenYears = 10LL * 365 * 86400;
        QTest::newRow("refresh_expires_in") << QByteArray(R"("refresh_expires_in":86400)") << qint64(86400);
        QTest::newRow("refresh_token_expires_in (the sandbox's name)")
            << QByteArray(R"("refresh_token_expires_in":2592000)") << qint64(2592000);
        QTest::newRow("both names: the shorter")
            << QByteArray(R"("refresh_expires_in":7200,"refresh_token_expires_in":3600)") << qint64(3600);
        QTest::newRow("as a string") << QByteArray(R"("refresh_token_expires_in":"600")") << qint64(600);
        QTest::newRow("exactly ten years") << QByteArray(R"("refresh_expires_in":315360000)") << tenYears;
        QTest::newRow("neither sent") << QByteArray(R"("scope":"cards:read")") << none;
        QTest::newRow("null") << QByteArray(R"("refresh_expires_in":null)") << none;
        QTest::newRow("zero") << QByteArray(R"("refresh_expires_in":0)") << none;
        QTest::newRow("negative") << QByteArray(R"("refresh_token_expires_in":-3600)") << none;
        QTest::newRow("fractional") << QByteArray(R"("refresh_expires_in":3600.5)") << none;
        QTest::newRow("ten years and a second") << QByteArray(R"("refresh_expires_in":315360001)") << none;
        QTest::newRow("2^63") << QByteArray(R"("refresh_expires_in":9223372036854775808)") << none;
        QTest::newRow("1e300") << QByteArray(R"("refresh_token_expires_in":1e300)") << none;
        QTest::newRow("-1e300") << QByteArray(R"("refresh_token_expires_in":-1e300)") << none;
        QTest::newRow("NaN as a string") << QByteArray(R"("refresh_expires_in":"nan")") << none;
        QTest::newRow("infinity as a string") << QByteArray(R"("refresh_expires_in":"inf")") << none;
        QTest::newRow("text") << QByteArray(R"("refresh_expires_in":"a month")") << none;
        QTest::newRow("a list") << QByteArray(R"("refresh_expires_in":[3600])") << none;
        QTest::newRow("a bad name ignored, the good one kept")
            << QByteArray(R"("refresh_expires_in":-1,"refresh_token_expires_in":900)") << qint64(900);
    }

    void refreshLifetime()
    {
        QFETCH(QByteArray, fields);
        QFETCH(qint64, expected);
        const QByteArray body = R"({"access_token":"AT","token_type":"Bearer","expires_in":300,"refresh_token":"RT",)"
            + fields + '}';
        auto r = TokenClient::parseTokenResponse(200, body, Text::verbatim(QStringLiteral("Hoshizora")));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const QDateTime now(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        const TokenSet set = r->toTokenSet(now);
        if (expected < 0) {
            QVERIFY(!r->refreshExpiresIn.has_value());
            QVERIFY(!set.refreshExpiresAt.isValid());
        } else {
            QCOMPARE(r->refreshExpiresIn.value_or(-1), expected);
            QCOMPARE(set.refreshExpiresAt, now.addSecs(expected));
        }
    }

    // expires_in out of range or not a number refuses the answer (without
    // undefined behaviour on the way).
    void absurdAccessLifetimeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e20") << QByteArray("-1e20");
        QTest::newRow("NaN as a string") << QByteArray(R"("nan")");
        QTest::newRow("infinity as a string") << QByteArray(R"("inf")");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("ten years and a second") << QByteArray("315360001");
    }

    void absurdAccessLifetimeIsRefused()
    {
        QFETCH(QByteArray, value);
        auto r = TokenClient::parseTokenResponse(
            200, R"({"access_token":"AT","token_type":"Bearer","expires_in":)" + value + '}', Text::verbatim(QStringLiteral("Hoshizora")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Protocol);
        QVERIFY2(r.error().message.contains(QStringLiteral("expires_in")), qPrintable(r.error().message));
    }

    void errorDescriptionIsShownSafely()
    {
        auto r = TokenClient::parseTokenResponse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad\\u0007 thing\"}",
                                                 Text::verbatim(QStringLiteral("X")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("bad  thing")));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "TestTokenClient.moc"
