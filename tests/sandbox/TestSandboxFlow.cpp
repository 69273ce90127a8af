// The whole flow, per issuer, as the browser and the client: discovery,
// consent page, approve, code, token, API calls, refresh with rotation,
// revocation; and deny, wrong password, language.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestSandboxFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readyLine();
    void discovery_data();
    void discovery();
    void fullFlow_data();
    void fullFlow();
    void consentPageEnglish();
    void consentPageFollowsUiLocales_data();
    void consentPageFollowsUiLocales();
    void deny_data();
    void deny();
    void wrongPassword();
    void publicEndpoints_data();
    void publicEndpoints();

private:
    void addIssuerRows();
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestClient> m_client;
};

void TestSandboxFlow::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<TestClient>(m_sandbox->sslConfiguration());
}

void TestSandboxFlow::addIssuerRows()
{
    QTest::addColumn<QString>("issuerId");
    QTest::addColumn<QString>("legalName");
    QTest::addColumn<QString>("panPattern");
    QTest::newRow("hoshizora-card") << QStringLiteral("hoshizora-card") << QStringLiteral("ほしぞらカード株式会社")
                                    << QStringLiteral("^5302-32\\*\\*-\\*\\*\\*\\*-\\d{4}$");
    QTest::newRow("kaede-card") << QStringLiteral("kaede-card") << QStringLiteral("かえでカード株式会社")
                                << QStringLiteral("^4980-12\\*\\*-\\*\\*\\*\\*-\\d{4}$");
    QTest::newRow("momo-pay") << QStringLiteral("momo-pay") << QStringLiteral("ももペイ株式会社")
                              << QStringLiteral("^MOMO-\\*\\*\\*\\*-\\*\\*\\*\\*-\\d{4}$");
}

void TestSandboxFlow::readyLine()
{
    const QJsonObject ready = m_sandbox->readyLine();
    QCOMPARE(m_sandbox->issuers().size(), 3);
    QVERIFY(QFile::exists(m_sandbox->caPath()));
    QCOMPARE(m_sandbox->httpsBase().scheme(), QStringLiteral("https"));
    QCOMPARE(m_sandbox->httpsBase().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_sandbox->httpBase().scheme(), QStringLiteral("http"));
    QCOMPARE(m_sandbox->adminBase().path(), QStringLiteral("/admin"));
    for (const auto& issuer : m_sandbox->issuers()) {
        QCOMPARE(issuer.clientId, QStringLiteral("meisai-desktop"));
        QCOMPARE(issuer.issuer.toString(), m_sandbox->httpsBase().toString() + QStringLiteral("/issuers/") + issuer.id);
    }
}

void TestSandboxFlow::discovery_data()
{
    addIssuerRows();
}

void TestSandboxFlow::discovery()
{
    QFETCH(QString, issuerId);
    const auto issuer = m_sandbox->issuer(issuerId);
    const HttpResult r = m_client->get(issuer.discovery);
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.json();
    QCOMPARE(d.value(u"issuer").toString(), issuer.issuer.toString());
    QCOMPARE(d.value(u"code_challenge_methods_supported").toArray(), QJsonArray{QStringLiteral("S256")});
    QCOMPARE(d.value(u"response_types_supported").toArray(), QJsonArray{QStringLiteral("code")});
    QCOMPARE(d.value(u"token_endpoint_auth_methods_supported").toArray(), QJsonArray{QStringLiteral("none")});
    QVERIFY(d.value(u"authorization_response_iss_parameter_supported").toBool());
    QVERIFY(d.value(u"grant_types_supported").toArray().contains(QStringLiteral("refresh_token")));
    QCOMPARE(d.value(u"scopes_supported").toArray().size(), 4);
    QVERIFY(d.value(u"authorization_endpoint").toString().startsWith(m_sandbox->httpBase().toString() + QStringLiteral("/issuers/")));
    for (const char16_t* key : {u"token_endpoint", u"revocation_endpoint", u"introspection_endpoint", u"api_base_url"})
        QVERIFY2(d.value(key).toString().startsWith(issuer.issuer.toString()), qPrintable(QString::fromUtf16(key)));
    QVERIFY(d.contains(u"service_documentation"));

    // The OpenID-style path returns the same document.
    const HttpResult alt = m_client->get(QUrl(issuer.issuer.toString() + QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(alt.status, 200);
    QCOMPARE(alt.json(), d);

    // Discovery is HTTPS only.
    QUrl plain = issuer.discovery;
    plain.setScheme(QStringLiteral("http"));
    plain.setPort(m_sandbox->httpBase().port());
    QCOMPARE(m_client->get(plain).status, 403);
}

void TestSandboxFlow::fullFlow_data()
{
    addIssuerRows();
}

void TestSandboxFlow::fullFlow()
{
    QFETCH(QString, issuerId);
    QFETCH(QString, legalName);
    QFETCH(QString, panPattern);
    const auto issuer = m_sandbox->issuer(issuerId);
    const QJsonObject d = discover(*m_client, issuer);
    QVERIFY(!d.isEmpty());

    // A loopback receiver, as the desktop client runs it.
    QTcpServer receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&receiver, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* s = receiver.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &received] {
            received += s->readAll();
            if (received.contains("\r\n\r\n")) {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndone");
                s->disconnectFromHost();
            }
        });
    });
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(receiver.serverPort());
    const Pkce pkce = Pkce::make();
    const QString state = QStringLiteral("state-") + issuerId;
    const QString scope = QStringLiteral("cards:read transactions:read statements:read limits:read");
    const QUrl url = authorizationUrl(d, issuer.clientId, redirect, scope, state, pkce.challenge);

    // The consent page: the issuer's own, with the six items of §3.4(2)i.
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const SandboxBrowser::Page page = browser.get(url);
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY2(SandboxBrowser::missingConsentItems(page.body).isEmpty(),
             qPrintable(SandboxBrowser::missingConsentItems(page.body).join(u", ")));
    QVERIFY(html.contains(QStringLiteral("このページは<strong>%1</strong>のログイン・同意ページです").arg(legalName)));
    QVERIFY(html.contains(QStringLiteral("株式会社明細テクノロジーズ")));
    QVERIFY(html.contains(QStringLiteral("明細 Meisai")));
    QVERIFY(html.contains(QStringLiteral("最長90日")));
    for (const QString& s : scope.split(u' '))
        QVERIFY2(html.contains(QStringLiteral("<code>%1</code>").arg(s)), qPrintable(s));
    QVERIFY(html.contains(QStringLiteral("sandbox-pass-1")) && html.contains(QStringLiteral("sandbox-pass-2")));
    QVERIFY(html.contains(QStringLiteral("name=\"username\" value=\"taro\"")));
    QCOMPARE(SandboxBrowser::formAction(page.body), QStringLiteral("/issuers/%1/authorize/decision").arg(issuerId));
    QVERIFY(html.contains(QStringLiteral("<button type=\"submit\" class=\"approve\" name=\"decision\" value=\"approve\">")));
    QVERIFY(html.contains(QStringLiteral("name=\"decision\" value=\"deny\"")));

    // Approve: back to the loopback redirect with code, state and iss.
    const SandboxBrowser::Decision decision = browser.authorize(url, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
    QVERIFY2(decision.ok, qPrintable(decision.error));
    QCOMPARE(decision.location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(decision.location.port(), int(receiver.serverPort()));
    QCOMPARE(decision.location.path(), QStringLiteral("/callback"));
    const QUrlQuery back(decision.location);
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), state);
    QCOMPARE(back.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), issuer.issuer.toString());
    const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.size() >= 32);
    const SandboxBrowser::Page delivered = browser.deliver(decision.location);
    QCOMPARE(delivered.status, 200);
    QVERIFY(received.startsWith("GET /callback?code="));

    // Token.
    const HttpResult tr = m_client->postForm(QUrl(d.value(u"token_endpoint").toString()),
                                             {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                              {QStringLiteral("code"), code},
                                              {QStringLiteral("redirect_uri"), redirect},
                                              {QStringLiteral("code_verifier"), pkce.verifier},
                                              {QStringLiteral("client_id"), issuer.clientId}});
    QCOMPARE(tr.status, 200);
    QCOMPARE(tr.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject tok = tr.json();
    QCOMPARE(tok.value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(tok.value(u"expires_in").toInt(), 3600);
    QCOMPARE(tok.value(u"scope").toString(), scope);
    const QString access = tok.value(u"access_token").toString();
    const QString refresh = tok.value(u"refresh_token").toString();
    QVERIFY(!access.isEmpty() && !refresh.isEmpty());

    // API calls.
    const HttpResult cards = m_client->get(apiUrl(d, QStringLiteral("/v1/cards")), access,
                                           {{"x-fapi-interaction-id", "4c5e1b0a-0000-4000-8000-000000000001"}});
    QCOMPARE(cards.status, 200);
    QCOMPARE(cards.header("x-fapi-interaction-id"), QByteArray("4c5e1b0a-0000-4000-8000-000000000001"));
    QCOMPARE(cards.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    QVERIFY(!cards.header("Date").isEmpty());
    const QJsonArray cardList = cards.json().value(u"cards").toArray();
    QVERIFY(cardList.size() >= 3);
    QSet<QString> holderTypes;
    bool anyVirtual = false;
    const QRegularExpression pan(panPattern);
    for (const QJsonValue& v : cardList) {
        const QJsonObject c = v.toObject();
        QVERIFY2(pan.match(c.value(u"maskedPan").toString()).hasMatch(), qPrintable(c.value(u"maskedPan").toString()));
        holderTypes.insert(c.value(u"holderType").toString());
        anyVirtual = anyVirtual || c.value(u"isVirtual").toBool();
        QVERIFY(!c.value(u"cardName").toString().isEmpty());
    }
    QCOMPARE(holderTypes, (QSet<QString>{QStringLiteral("principal"), QStringLiteral("family")}));
    QVERIFY(anyVirtual);
    const QString cardId = cardList.first().toObject().value(u"cardId").toString();

    const HttpResult txs = m_client->get(apiUrl(d, QStringLiteral("/v1/cards/%1/transactions").arg(cardId)), access);
    QCOMPARE(txs.status, 200);
    QVERIFY(!txs.header("x-fapi-interaction-id").isEmpty()); // generated when absent
    const QJsonObject page1 = txs.json();
    QVERIFY(page1.value(u"count").toInt() > 0);
    const QJsonObject tx = page1.value(u"transactions").toArray().first().toObject();
    for (const char16_t* key : {u"transactionId", u"useDate", u"postingDate", u"merchantName", u"remarks", u"holderType", u"amount",
                                u"paymentMethod", u"installmentCount", u"paymentAmount", u"feeAmount", u"paymentMonth", u"status",
                                u"approvalNumber", u"foreign"})
        QVERIFY2(tx.contains(key), qPrintable(QString::fromUtf16(key)));

    const QString lastMonth = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    const HttpResult st = m_client->get(apiUrl(d, QStringLiteral("/v1/cards/%1/statements/%2").arg(cardId, lastMonth)), access);
    QCOMPARE(st.status, 200);
    QCOMPARE(st.json().value(u"billingMonth").toString(), lastMonth);

    const HttpResult limits = m_client->get(apiUrl(d, QStringLiteral("/v1/cards/%1/limits").arg(cardId)), access);
    QCOMPARE(limits.status, 200);
    QVERIFY(limits.header("Deprecation").startsWith('@'));
    QVERIFY(limits.header("Sunset").endsWith(" GMT"));
    QVERIFY(limits.json().value(u"shoppingLimit").toInt() > 0);

    // Refresh with rotation.
    const Tokens rotated = refreshTokens(*m_client, d, issuer.clientId, refresh);
    QCOMPARE(rotated.status, 200);
    QVERIFY(!rotated.refresh.isEmpty() && rotated.refresh != refresh);
    QVERIFY(!rotated.access.isEmpty() && rotated.access != access);
    QCOMPARE(m_client->get(apiUrl(d, QStringLiteral("/v1/cards")), rotated.access).status, 200);

    // Revocation of the refresh token ends the whole grant.
    const HttpResult rv = m_client->postForm(QUrl(d.value(u"revocation_endpoint").toString()),
                                             {{QStringLiteral("token"), rotated.refresh},
                                              {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                                              {QStringLiteral("client_id"), issuer.clientId}});
    QCOMPARE(rv.status, 200);
    const HttpResult after = m_client->get(apiUrl(d, QStringLiteral("/v1/cards")), rotated.access);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.json().value(u"error").toString(), QStringLiteral("invalid_token"));
    QVERIFY(after.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    QCOMPARE(refreshTokens(*m_client, d, issuer.clientId, rotated.refresh).raw.value(u"error").toString(), QStringLiteral("invalid_grant"));
    const HttpResult intro = m_client->postForm(QUrl(d.value(u"introspection_endpoint").toString()),
                                                {{QStringLiteral("token"), rotated.access}, {QStringLiteral("client_id"), issuer.clientId}});
    QCOMPARE(intro.status, 200);
    QCOMPARE(intro.json().value(u"active").toBool(true), false);
}

void TestSandboxFlow::consentPageEnglish()
{
    const auto issuer = m_sandbox->issuer(QStringLiteral("kaede-card"));
    const QJsonObject d = discover(*m_client, issuer);
    QUrl url = authorizationUrl(d, issuer.clientId, QStringLiteral("http://127.0.0.1:5000/callback"), QStringLiteral("cards:read"),
                                QStringLiteral("s"), Pkce::make().challenge);
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const QByteArray ja = browser.get(url).body;
    QVERIFY(QString::fromUtf8(ja).contains(QStringLiteral("連携の解除方法")));
    QVERIFY(ja.contains("hreflang=\"en\""));
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("ui_locales"), QStringLiteral("en"));
    url.setQuery(q);
    const SandboxBrowser::Page en = browser.get(url);
    QCOMPARE(en.status, 200);
    QVERIFY(en.body.contains("This is a login and consent page of <strong>Kaede Card Co., Ltd.</strong>"));
    QVERIFY(en.body.contains("Meisai Technologies K.K."));
    QVERIFY(en.body.contains("How to revoke"));
    QVERIFY(en.body.contains("at most 90 days"));
    QVERIFY(SandboxBrowser::missingConsentItems(en.body).isEmpty());
}

void TestSandboxFlow::consentPageFollowsUiLocales_data()
{
    QTest::addColumn<QString>("uiLocales");
    QTest::addColumn<bool>("japanese");
    QTest::newRow("ja") << QStringLiteral("ja") << true;
    QTest::newRow("ja-JP first, en after") << QStringLiteral("ja-JP en") << true;
    QTest::newRow("en-JP first, ja after") << QStringLiteral("en-JP ja") << false;
    QTest::newRow("unknown first, then ja") << QStringLiteral("fr ja") << true;
    QTest::newRow("unknown first, then en") << QStringLiteral("fr en-US") << false;
    QTest::newRow("upper case EN") << QStringLiteral("EN") << false;
    QTest::newRow("none offered: default Japanese") << QStringLiteral("de fr") << true;
}

void TestSandboxFlow::consentPageFollowsUiLocales()
{
    QFETCH(QString, uiLocales);
    QFETCH(bool, japanese);
    const auto issuer = m_sandbox->issuer(QStringLiteral("hoshizora-card"));
    const QJsonObject d = discover(*m_client, issuer);
    QUrl url = authorizationUrl(d, issuer.clientId, QStringLiteral("http://127.0.0.1:5000/callback"),
                                QStringLiteral("cards:read"), QStringLiteral("s"), Pkce::make().challenge);
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("ui_locales"), uiLocales);
    url.setQuery(q);
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const SandboxBrowser::Page page = browser.get(url);
    QCOMPARE(page.status, 200);
    const QString body = QString::fromUtf8(page.body);
    QCOMPARE(body.contains(QStringLiteral("連携の解除方法")), japanese);
    QCOMPARE(body.contains(QStringLiteral("How to revoke")), !japanese);
    QCOMPARE(body.contains(japanese ? QStringLiteral("<html lang=\"ja\"") : QStringLiteral("<html lang=\"en\"")), true);
}

void TestSandboxFlow::deny_data()
{
    addIssuerRows();
}

void TestSandboxFlow::deny()
{
    QFETCH(QString, issuerId);
    const auto issuer = m_sandbox->issuer(issuerId);
    const QJsonObject d = discover(*m_client, issuer);
    const QUrl url = authorizationUrl(d, issuer.clientId, QStringLiteral("http://127.0.0.1:5000/callback"),
                                      QStringLiteral("cards:read"), QStringLiteral("deny-state"), Pkce::make().challenge);
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const SandboxBrowser::Decision decision = browser.authorize(url, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), false);
    QVERIFY2(decision.ok, qPrintable(decision.error));
    const QUrlQuery back(decision.location);
    QCOMPARE(decision.location.port(), 5000);
    QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("deny-state"));
    QCOMPARE(back.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), issuer.issuer.toString());
    QVERIFY(!back.hasQueryItem(QStringLiteral("code")));
}

void TestSandboxFlow::wrongPassword()
{
    const auto issuer = m_sandbox->issuer(QStringLiteral("momo-pay"));
    const QJsonObject d = discover(*m_client, issuer);
    const QUrl url = authorizationUrl(d, issuer.clientId, QStringLiteral("http://127.0.0.1:5000/callback"),
                                      QStringLiteral("cards:read"), QStringLiteral("s"), Pkce::make().challenge);
    SandboxBrowser browser(m_sandbox->sslConfiguration());
    const SandboxBrowser::Decision decision = browser.authorize(url, QStringLiteral("taro"), QStringLiteral("wrong"), true);
    QVERIFY(!decision.ok);
    QCOMPARE(decision.status, 200);
    QVERIFY(decision.body.contains("id=\"login-error\""));
    // The same page can still be approved with the right password.
    const QString txn = SandboxBrowser::formTxn(decision.body);
    QVERIFY(!txn.isEmpty());
    const SandboxBrowser::Page second = browser.postForm(
        url.resolved(QUrl(SandboxBrowser::formAction(decision.body))),
        "txn=" + txn.toLatin1() + "&username=hanako&password=sandbox-pass-2&decision=approve");
    QCOMPARE(second.status, 302);
}

void TestSandboxFlow::publicEndpoints_data()
{
    addIssuerRows();
}

void TestSandboxFlow::publicEndpoints()
{
    QFETCH(QString, issuerId);
    QFETCH(QString, legalName);
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(issuerId));
    const HttpResult profile = m_client->get(apiUrl(d, QStringLiteral("/v1/profile")));
    QCOMPARE(profile.status, 200);
    const QJsonObject p = profile.json();
    QCOMPARE(p.value(u"legalName").toString(), legalName);
    QVERIFY(!p.value(u"services").toArray().isEmpty());
    QVERIFY(!p.value(u"inquiryContact").toObject().value(u"phone").toString().isEmpty());
    QVERIFY(!p.value(u"incidentContact").toObject().value(u"phone").toString().isEmpty());
    QVERIFY(!p.value(u"serviceHours").toString().isEmpty());
    const HttpResult notices = m_client->get(apiUrl(d, QStringLiteral("/v1/notices")));
    QCOMPARE(notices.status, 200);
    QVERIFY(!notices.json().value(u"notices").toArray().isEmpty());
    // The card list is not public.
    const HttpResult cards = m_client->get(apiUrl(d, QStringLiteral("/v1/cards")));
    QCOMPARE(cards.status, 401);
    QVERIFY(cards.header("WWW-Authenticate").startsWith("Bearer realm="));
}

QTEST_GUILESS_MAIN(TestSandboxFlow)
#include "TestSandboxFlow.moc"
