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
        auto r = TokenClient::parseTokenResponse(status, body, QStringLiteral("Hoshizora"));
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
            QStringLiteral("X"));
        QVERIFY(r);
        QVERIFY(r->scopePresent);
        QCOMPARE(r->scope, (QStringList{QStringLiteral("cards:read"), QStringLiteral("transactions:read")}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TokenSet set = r->toTokenSet(now);
        QCOMPARE(set.refreshToken.toByteArray(), QByteArray("RT"));
        QCOMPARE(set.accessExpiresAt, now.addSecs(120));

        // No new refresh token: the old one stays.
        auto noRefresh = TokenClient::parseTokenResponse(200, R"({"access_token":"AT2","token_type":"Bearer"})", QStringLiteral("X"));
        QVERIFY(noRefresh);
        QVERIFY(!noRefresh->scopePresent);
        const SecretBytes old(QByteArrayView("OLD"));
        TokenSet kept = noRefresh->toTokenSet(now, &old, now.addDays(3));
        QCOMPARE(kept.refreshToken.toByteArray(), QByteArray("OLD"));
        QCOMPARE(kept.refreshExpiresAt, now.addDays(3));
    }

    void errorDescriptionIsShownSafely()
    {
        auto r = TokenClient::parseTokenResponse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad\\u0007 thing\"}",
                                                 QStringLiteral("X"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("bad  thing")));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "TestTokenClient.moc"
