// Every rejection a careful issuer makes, each with the error a client must see:
// PKCE missing or plain, wrong verifier, replayed and expired codes, redirect
// URIs that do not match, rotated refresh tokens reused, scopes, revoked tokens.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

namespace {
const QString kIssuer = QStringLiteral("hoshizora-card");
const QString kRedirect = QStringLiteral("http://127.0.0.1:50123/callback");
const QString kAllScopes = QStringLiteral("cards:read transactions:read statements:read limits:read");
} // namespace

class TestSandboxOAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorizationRefused_data();
    void authorizationRefused();
    void redirectUriRefused_data();
    void redirectUriRefused();
    void loopbackPortIgnored_data();
    void loopbackPortIgnored();
    void tokenRequestRefused_data();
    void tokenRequestRefused();
    void wrongVerifierDoesNotBurnTheCode();
    void replayedCodeRevokesItsTokens();
    void expiredCode();
    void rotatedRefreshTokenReuseKillsGrant();
    void insufficientScope();
    void revokedAccessToken();
    void unknownAndForeignTokens();
    void introspection();

private:
    struct Code
    {
        QString code;
        Pkce pkce;
        QString redirect;
    };
    Code approve(SandboxProcess& sandbox, const QString& scope = kAllScopes, const QString& redirect = kRedirect);
    HttpResult exchange(const Code& code, const QString& verifier = {}, const QString& redirect = {});

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    QJsonObject m_discovery;
};

void TestSandboxOAuth::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<TestClient>(m_sandbox->sslConfiguration());
    m_discovery = discover(*m_client, m_sandbox->issuer(kIssuer));
    QVERIFY(!m_discovery.isEmpty());
}

TestSandboxOAuth::Code TestSandboxOAuth::approve(SandboxProcess& sandbox, const QString& scope, const QString& redirect)
{
    TestClient client(sandbox.sslConfiguration());
    const QJsonObject d = discover(client, sandbox.issuer(kIssuer));
    Code c;
    c.pkce = Pkce::make();
    c.redirect = redirect;
    SandboxBrowser browser(sandbox.sslConfiguration());
    const auto decision = browser.authorize(authorizationUrl(d, QStringLiteral("meisai-desktop"), redirect, scope, QStringLiteral("s"), c.pkce.challenge),
                                            QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
    c.code = QUrlQuery(decision.location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return c;
}

HttpResult TestSandboxOAuth::exchange(const Code& code, const QString& verifier, const QString& redirect)
{
    return m_client->postForm(QUrl(m_discovery.value(u"token_endpoint").toString()),
                              {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("code"), code.code},
                               {QStringLiteral("redirect_uri"), redirect.isEmpty() ? code.redirect : redirect},
                               {QStringLiteral("code_verifier"), verifier.isEmpty() ? code.pkce.verifier : verifier},
                               {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}});
}

void TestSandboxOAuth::authorizationRefused_data()
{
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("error");
    const QString challenge = Pkce::make().challenge;
    QTest::newRow("PKCE missing") << QString() << QString() << kAllScopes << QStringLiteral("invalid_request");
    QTest::newRow("PKCE method missing") << challenge << QString() << kAllScopes << QStringLiteral("invalid_request");
    QTest::newRow("PKCE plain") << challenge << QStringLiteral("plain") << kAllScopes << QStringLiteral("invalid_request");
    QTest::newRow("PKCE challenge malformed") << QStringLiteral("short") << QStringLiteral("S256") << kAllScopes << QStringLiteral("invalid_request");
    QTest::newRow("scope unknown") << challenge << QStringLiteral("S256") << QStringLiteral("cards:read cards:write") << QStringLiteral("invalid_scope");
    QTest::newRow("scope missing") << challenge << QStringLiteral("S256") << QString() << QStringLiteral("invalid_scope");
}

void TestSandboxOAuth::authorizationRefused()
{
    QFETCH(QString, challenge);
    QFETCH(QString, method);
    QFETCH(QString, scope);
    QFETCH(QString, error);
    const QUrl url = authorizationUrl(m_discovery, QStringLiteral("meisai-desktop"), kRedirect, scope, QStringLiteral("st"), challenge, method);
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const SandboxBrowser::Page page = browser.get(url);
    QCOMPARE(page.status, 302); // back to the client, no consent page
    const auto decision = browser.authorize(url, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
    QVERIFY(decision.ok);
    QCOMPARE(decision.location.adjusted(QUrl::RemoveQuery).toString(), kRedirect);
    const QUrlQuery q(decision.location);
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), error);
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
    QCOMPARE(q.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_sandbox->issuer(kIssuer).issuer.toString());
    QVERIFY(!q.queryItemValue(QStringLiteral("error_description")).isEmpty());
}

void TestSandboxOAuth::redirectUriRefused_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirect");
    QTest::newRow("another host") << QStringLiteral("meisai-desktop") << QStringLiteral("http://attacker.example/callback");
    QTest::newRow("another path") << QStringLiteral("meisai-desktop") << QStringLiteral("http://127.0.0.1:50123/other");
    QTest::newRow("path prefix") << QStringLiteral("meisai-desktop") << QStringLiteral("http://127.0.0.1:50123/callback/x");
    QTest::newRow("localhost by name") << QStringLiteral("meisai-desktop") << QStringLiteral("http://localhost:50123/callback");
    QTest::newRow("https scheme") << QStringLiteral("meisai-desktop") << QStringLiteral("https://127.0.0.1:50123/callback");
    QTest::newRow("extra query") << QStringLiteral("meisai-desktop") << QStringLiteral("http://127.0.0.1:50123/callback?next=x");
    QTest::newRow("user info") << QStringLiteral("meisai-desktop") << QStringLiteral("http://a@127.0.0.1:50123/callback");
    QTest::newRow("missing") << QStringLiteral("meisai-desktop") << QString();
    QTest::newRow("unknown client") << QStringLiteral("someone-else") << kRedirect;
    QTest::newRow("missing client") << QString() << kRedirect;
}

void TestSandboxOAuth::redirectUriRefused()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirect);
    const QUrl url = authorizationUrl(m_discovery, clientId, redirect, kAllScopes, QStringLiteral("st"), Pkce::make().challenge);
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const SandboxBrowser::Page page = browser.get(url);
    // Shown on the issuer's page, never redirected to an unverified place.
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("id=\"error\""));
    QVERIFY(SandboxBrowser::formTxn(page.body).isEmpty());
}

void TestSandboxOAuth::loopbackPortIgnored_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("high port") << QStringLiteral("http://127.0.0.1:65000/callback");
    QTest::newRow("low port") << QStringLiteral("http://127.0.0.1:1024/callback");
    QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/callback");
    QTest::newRow("IPv6 loopback") << QStringLiteral("http://[::1]:50123/callback");
}

void TestSandboxOAuth::loopbackPortIgnored()
{
    QFETCH(QString, redirect);
    const Code c = approve(*m_sandbox, kAllScopes, redirect);
    QVERIFY(!c.code.isEmpty());
    QCOMPARE(exchange(c).status, 200);
}

void TestSandboxOAuth::tokenRequestRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("redirect_uri differs") << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:50124/callback") << 400 << QStringLiteral("invalid_grant");
    QTest::newRow("client unknown") << QStringLiteral("client_id") << QStringLiteral("other-app") << 401 << QStringLiteral("invalid_client");
    QTest::newRow("client missing") << QStringLiteral("client_id") << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("grant type unknown") << QStringLiteral("grant_type") << QStringLiteral("password") << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("verifier missing") << QStringLiteral("code_verifier") << QString() << 400 << QStringLiteral("invalid_request");
    QTest::newRow("code unknown") << QStringLiteral("code") << QStringLiteral("not-a-code") << 400 << QStringLiteral("invalid_grant");
}

void TestSandboxOAuth::tokenRequestRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Code c = approve(*m_sandbox);
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), c.code},
                                        {QStringLiteral("redirect_uri"), c.redirect},
                                        {QStringLiteral("code_verifier"), c.pkce.verifier},
                                        {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}};
    for (auto& [k, v] : form) {
        if (k == field)
            v = value;
    }
    form.removeIf([](const auto& p) { return p.second.isEmpty(); });
    const HttpResult r = m_client->postForm(QUrl(m_discovery.value(u"token_endpoint").toString()), form);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(u"error").toString(), error);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
}

void TestSandboxOAuth::wrongVerifierDoesNotBurnTheCode()
{
    const Code c = approve(*m_sandbox);
    const HttpResult wrong = exchange(c, Pkce::make().verifier);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(wrong.json().value(u"error_description").toString().contains(QStringLiteral("PKCE")));
    QCOMPARE(exchange(c, QStringLiteral("too-short")).json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(exchange(c).status, 200);
}

void TestSandboxOAuth::replayedCodeRevokesItsTokens()
{
    const Code c = approve(*m_sandbox);
    const HttpResult first = exchange(c);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(u"access_token").toString();
    const QString refresh = first.json().value(u"refresh_token").toString();
    QCOMPARE(m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), access).status, 200);
    const HttpResult replay = exchange(c);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    // RFC 6749 §4.1.2: what was issued from the code is revoked.
    QCOMPARE(m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), access).status, 401);
    QCOMPARE(refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), refresh).raw.value(u"error").toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::expiredCode()
{
    SandboxProcess shortLived({QStringLiteral("--code-lifetime"), QStringLiteral("1")});
    QVERIFY2(shortLived.isReady(), qPrintable(shortLived.errorString()));
    TestClient client(shortLived.sslConfiguration());
    const QJsonObject d = discover(client, shortLived.issuer(kIssuer));
    const Code c = approve(shortLived);
    QVERIFY(!c.code.isEmpty());
    QThread::msleep(1300);
    const HttpResult r = client.postForm(QUrl(d.value(u"token_endpoint").toString()),
                                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), c.code},
                                          {QStringLiteral("redirect_uri"), c.redirect},
                                          {QStringLiteral("code_verifier"), c.pkce.verifier},
                                          {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(r.json().value(u"error_description").toString().contains(QStringLiteral("expired")));
}

void TestSandboxOAuth::rotatedRefreshTokenReuseKillsGrant()
{
    const HttpResult first = exchange(approve(*m_sandbox));
    const QString r1 = first.json().value(u"refresh_token").toString();
    const Tokens second = refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), r1);
    QCOMPARE(second.status, 200);
    QVERIFY(second.refresh != r1);
    QCOMPARE(m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), second.access).status, 200);

    const Tokens reuse = refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), r1);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.raw.value(u"error").toString(), QStringLiteral("invalid_grant"));
    // The whole grant is dead: the newest refresh token and access token too.
    QCOMPARE(refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), second.refresh).raw.value(u"error").toString(),
             QStringLiteral("invalid_grant"));
    const HttpResult api = m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), second.access);
    QCOMPARE(api.status, 401);
    QCOMPARE(api.json().value(u"error").toString(), QStringLiteral("invalid_token"));
}

void TestSandboxOAuth::insufficientScope()
{
    const HttpResult tok = exchange(approve(*m_sandbox, QStringLiteral("cards:read")));
    QCOMPARE(tok.json().value(u"scope").toString(), QStringLiteral("cards:read"));
    const QString access = tok.json().value(u"access_token").toString();
    const HttpResult cards = m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), access);
    QCOMPARE(cards.status, 200);
    const QString cardId = cards.json().value(u"cards").toArray().first().toObject().value(u"cardId").toString();
    for (const QString& path : {QStringLiteral("/transactions"), QStringLiteral("/statements/2026-01"), QStringLiteral("/limits")}) {
        const HttpResult r = m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards/") + cardId + path), access);
        QCOMPARE(r.status, 403);
        const QJsonObject e = r.json();
        QCOMPARE(e.value(u"error").toString(), QStringLiteral("insufficient_scope"));
        QVERIFY(!e.value(u"errorCode").toString().isEmpty());
        QVERIFY(!e.value(u"errorMessage").toString().isEmpty());
        QVERIFY(e.value(u"errorDetails").isArray());
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
        QVERIFY(r.header("WWW-Authenticate").contains("scope="));
    }
    // Narrowing on refresh is allowed, widening is not.
    const Tokens wider = refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), tok.json().value(u"refresh_token").toString());
    QCOMPARE(wider.status, 200);
    const HttpResult widen = m_client->postForm(QUrl(m_discovery.value(u"token_endpoint").toString()),
                                                {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                 {QStringLiteral("refresh_token"), wider.refresh},
                                                 {QStringLiteral("scope"), QStringLiteral("cards:read transactions:read")},
                                                 {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}});
    QCOMPARE(widen.json().value(u"error").toString(), QStringLiteral("invalid_scope"));
}

void TestSandboxOAuth::revokedAccessToken()
{
    const HttpResult tok = exchange(approve(*m_sandbox));
    const QString access = tok.json().value(u"access_token").toString();
    const QString refresh = tok.json().value(u"refresh_token").toString();
    const HttpResult rv = m_client->postForm(QUrl(m_discovery.value(u"revocation_endpoint").toString()),
                                             {{QStringLiteral("token"), access},
                                              {QStringLiteral("token_type_hint"), QStringLiteral("access_token")},
                                              {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}});
    QCOMPARE(rv.status, 200);
    const HttpResult api = m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), access);
    QCOMPARE(api.status, 401);
    QCOMPARE(api.json().value(u"error").toString(), QStringLiteral("invalid_token"));
    QVERIFY(api.header("WWW-Authenticate").contains("revoked"));
    // Revoking the access token revokes the grant, refresh token included.
    QCOMPARE(refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), refresh).status, 400);
    // Revoking an unknown token is not an error (RFC 7009 §2.2).
    QCOMPARE(m_client->postForm(QUrl(m_discovery.value(u"revocation_endpoint").toString()),
                                {{QStringLiteral("token"), QStringLiteral("nonsense")}, {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}})
                 .status,
             200);
}

void TestSandboxOAuth::unknownAndForeignTokens()
{
    const HttpResult unknown = m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), QStringLiteral("made-up-token"));
    QCOMPARE(unknown.status, 401);
    QVERIFY(unknown.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    // A token of one issuer is worthless at another.
    const Tokens kaede = linkUser(*m_sandbox, *m_client, QStringLiteral("kaede-card"), QStringLiteral("hanako"),
                                  QStringLiteral("sandbox-pass-2"), kAllScopes);
    QVERIFY(!kaede.access.isEmpty());
    QCOMPARE(m_client->get(apiUrl(m_discovery, QStringLiteral("/v1/cards")), kaede.access).status, 401);
    QCOMPARE(refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), kaede.refresh).raw.value(u"error").toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::introspection()
{
    const HttpResult tok = exchange(approve(*m_sandbox, QStringLiteral("cards:read statements:read")));
    const QUrl endpoint(m_discovery.value(u"introspection_endpoint").toString());
    const QJsonObject active = m_client->postForm(endpoint, {{QStringLiteral("token"), tok.json().value(u"access_token").toString()},
                                                             {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}}).json();
    QVERIFY(active.value(u"active").toBool());
    QCOMPARE(active.value(u"scope").toString(), QStringLiteral("cards:read statements:read"));
    QCOMPARE(active.value(u"username").toString(), QStringLiteral("taro"));
    QCOMPARE(active.value(u"iss").toString(), m_sandbox->issuer(kIssuer).issuer.toString());
    QVERIFY(active.value(u"exp").toInteger() > QDateTime::currentSecsSinceEpoch() + 3000);
    const QJsonObject refresh = m_client->postForm(endpoint, {{QStringLiteral("token"), tok.json().value(u"refresh_token").toString()},
                                                              {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}}).json();
    QVERIFY(refresh.value(u"active").toBool());
    QCOMPARE(refresh.value(u"token_type").toString(), QStringLiteral("refresh_token"));
    const QJsonObject unknown = m_client->postForm(endpoint, {{QStringLiteral("token"), QStringLiteral("x")},
                                                              {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}}).json();
    QCOMPARE(unknown, (QJsonObject{{QStringLiteral("active"), false}}));
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "TestSandboxOAuth.moc"
