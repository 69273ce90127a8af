// Discovery documents (RFC 8414 / OpenID): validated against the profile.

#include "oauth/Discovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace meisai;

namespace {

const QString kIssuer = QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card");

IssuerProfile profile(bool sandbox)
{
    IssuerProfile p;
    p.id = QStringLiteral("hoshizora-card");
    p.displayName = {QStringLiteral("ほしぞら"), QStringLiteral("Hoshizora")};
    p.issuer = QUrl(kIssuer);
    p.discoveryUrl = QUrl(QStringLiteral("https://127.0.0.1:4443/.well-known/oauth-authorization-server/issuers/hoshizora-card"));
    p.clientId = QStringLiteral("meisai-desktop");
    p.sandbox = sandbox;
    return p;
}

QJsonObject goodDocument()
{
    return QJsonObject{
        {QStringLiteral("issuer"), kIssuer},
        {QStringLiteral("authorization_endpoint"), QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card/token")},
        {QStringLiteral("revocation_endpoint"), QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card/revoke")},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"), QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("api_base_url"), kIssuer},
    };
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<int>("expected"); // -1: valid, else ErrorCode
        const QJsonObject g = goodDocument();
        const int valid = -1;
        const int protocol = int(ErrorCode::Protocol);
        const int mismatch = int(ErrorCode::IssuerMismatch);
        QTest::newRow("valid") << g << false << valid;
        QTest::newRow("issuer-differs") << with(g, QStringLiteral("issuer"), QStringLiteral("https://127.0.0.1:4443/issuers/kaede-card")) << false << mismatch;
        QTest::newRow("issuer-trailing-slash") << with(g, QStringLiteral("issuer"), QString(kIssuer + QLatin1Char('/'))) << false << mismatch;
        QTest::newRow("issuer-case-differs") << with(g, QStringLiteral("issuer"), kIssuer.toUpper()) << false << mismatch;
        QTest::newRow("issuer-missing") << with(g, QStringLiteral("issuer"), QJsonValue::Undefined) << false << protocol;
        QTest::newRow("issuer-not-string") << with(g, QStringLiteral("issuer"), 42) << false << protocol;
        QTest::newRow("no-authorization-endpoint") << with(g, QStringLiteral("authorization_endpoint"), QJsonValue::Undefined) << false << protocol;
        QTest::newRow("no-token-endpoint") << with(g, QStringLiteral("token_endpoint"), QJsonValue::Undefined) << false << protocol;
        QTest::newRow("http-token-endpoint") << with(g, QStringLiteral("token_endpoint"), QStringLiteral("http://127.0.0.1:4080/token")) << true << protocol;
        QTest::newRow("http-revocation-endpoint") << with(g, QStringLiteral("revocation_endpoint"), QStringLiteral("http://127.0.0.1:4080/revoke")) << true << protocol;
        QTest::newRow("http-authorization-production")
            << with(g, QStringLiteral("authorization_endpoint"), QStringLiteral("http://127.0.0.1:4080/authorize")) << false << protocol;
        QTest::newRow("http-authorization-sandbox-loopback")
            << with(g, QStringLiteral("authorization_endpoint"), QStringLiteral("http://127.0.0.1:4080/authorize")) << true << valid;
        QTest::newRow("http-authorization-sandbox-remote")
            << with(g, QStringLiteral("authorization_endpoint"), QStringLiteral("http://evil.test/authorize")) << true << protocol;
        QTest::newRow("no-pkce-announced") << with(g, QStringLiteral("code_challenge_methods_supported"), QJsonValue::Undefined) << false << protocol;
        QTest::newRow("plain-pkce-only") << with(g, QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain")}) << false << protocol;
        QTest::newRow("no-code-response-type") << with(g, QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("token")}) << false << protocol;
        QTest::newRow("no-authorization-code-grant") << with(g, QStringLiteral("grant_types_supported"), QJsonArray{QStringLiteral("implicit")}) << false << protocol;
        QTest::newRow("no-revocation-is-fine") << with(g, QStringLiteral("revocation_endpoint"), QJsonValue::Undefined) << false << valid;
        QTest::newRow("http-api-base") << with(g, QStringLiteral("api_base_url"), QStringLiteral("http://127.0.0.1:4080/")) << true << protocol;
    }
    void validate()
    {
        QFETCH(QJsonObject, document);
        QFETCH(bool, sandbox);
        QFETCH(int, expected);
        auto metadata = Discovery::parse(QJsonDocument(document).toJson(), profile(sandbox));
        if (expected < 0) {
            QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().message));
            QCOMPARE(metadata->issuer, QUrl(kIssuer));
        } else {
            QVERIFY(!metadata);
            QCOMPARE(int(metadata.error().code), expected);
            QVERIFY(metadata.error().message.contains(QStringLiteral("Hoshizora")));
        }
    }

    void fields()
    {
        auto m = Discovery::fromObject(goodDocument(), profile(false));
        QVERIFY(m);
        QVERIFY(m->issParameterSupported);
        QCOMPARE(m->tokenEndpoint.path(), QStringLiteral("/issuers/hoshizora-card/token"));
        QCOMPARE(m->apiBaseUrl, QUrl(kIssuer));
        QVERIFY(!Discovery::parse("[]", profile(false)));
        QVERIFY(!Discovery::parse("not json", profile(false)));
    }

    void explicitEndpoints()
    {
        IssuerProfile p = profile(false);
        p.discoveryUrl.clear();
        p.endpoints.authorization = QUrl(QStringLiteral("https://127.0.0.1:4443/a"));
        p.endpoints.token = QUrl(QStringLiteral("https://127.0.0.1:4443/t"));
        p.issParameterSupported = true;
        auto m = Discovery::fromProfile(p);
        QVERIFY(m);
        QVERIFY(m->issParameterSupported);
        QCOMPARE(m->tokenEndpoint, p.endpoints.token);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "TestDiscovery.moc"
