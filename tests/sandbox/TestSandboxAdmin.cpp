// The process and its admin side: loopback only, the ready line and CA,
// clean exit on SIGTERM, what plain HTTP serves, seeds, and the admin API
// (grants, revoke, notices, stats) that demos and other tests rely on. Who
// may use the admin API (Host check, admin token) is TestSandboxAdminAccess.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QTest>

#include <csignal>

namespace {
const QString kAllScopes = QStringLiteral("cards:read transactions:read statements:read limits:read");
}

class TestSandboxAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesNonLoopback_data();
    void refusesNonLoopback();
    void caCertificate();
    void exitsCleanlyOnSigterm();
    void ipv6Loopback();
    void plainHttpServesBrowserPagesOnly();
    void seedIsDeterministic();
    void grantsAndRevoke();
    void noticesAndStats();
    void adminPage();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestClient> m_client;
};

void TestSandboxAdmin::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<TestClient>(m_sandbox->sslConfiguration());
}

void TestSandboxAdmin::refusesNonLoopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0");
    QTest::newRow("any IPv6") << QStringLiteral("::");
    QTest::newRow("LAN address") << QStringLiteral("192.168.1.10");
    QTest::newRow("name") << QStringLiteral("localhost");
}

void TestSandboxAdmin::refusesNonLoopback()
{
    QFETCH(QString, host);
    QProcess p;
    p.start(SandboxProcess::executablePath(), {QStringLiteral("--host"), host});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(p.readAllStandardError().contains("loopback only"));
}

void TestSandboxAdmin::caCertificate()
{
    QFile f(m_sandbox->caPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll());
    QCOMPARE(certs.size(), 1);
    QVERIFY(certs.first().isSelfSigned());
    QVERIFY(certs.first().expiryDate() > QDateTime::currentDateTimeUtc());
    // Without the CA, the TLS handshake fails: the sandbox is not trusted by default.
    TestClient untrusting(QSslConfiguration::defaultConfiguration());
    const HttpResult r = untrusting.get(m_sandbox->issuer(QStringLiteral("momo-pay")).discovery);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    // --data-dir puts ca.pem where asked.
    QTemporaryDir dir;
    SandboxProcess withDir({QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(withDir.isReady());
    QCOMPARE(withDir.caPath(), dir.filePath(QStringLiteral("ca.pem")));
}

void TestSandboxAdmin::exitsCleanlyOnSigterm()
{
    SandboxProcess p;
    QVERIFY(p.isReady());
    QCOMPARE(p.stop(), 0);
}

void TestSandboxAdmin::ipv6Loopback()
{
    SandboxProcess v6({QStringLiteral("--host"), QStringLiteral("::1")});
    if (!v6.isReady())
        QSKIP("no IPv6 loopback on this machine");
    QCOMPARE(v6.httpsBase().host(), QStringLiteral("::1"));
    TestClient client(v6.sslConfiguration());
    QCOMPARE(client.get(v6.issuer(QStringLiteral("kaede-card")).discovery).status, 200);
}

void TestSandboxAdmin::plainHttpServesBrowserPagesOnly()
{
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(QStringLiteral("momo-pay")));
    QUrl token(d.value(u"token_endpoint").toString());
    token.setScheme(QStringLiteral("http"));
    token.setPort(m_sandbox->httpBase().port());
    const HttpResult r = m_client->postForm(token, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
    QCOMPARE(r.status, 403);
    QUrl cards = apiUrl(d, QStringLiteral("/v1/cards"));
    cards.setScheme(QStringLiteral("http"));
    cards.setPort(m_sandbox->httpBase().port());
    QCOMPARE(m_client->get(cards).status, 403);
    // The consent page is served on both.
    QUrl https = authorizationUrl(d, QStringLiteral("meisai-desktop"), QStringLiteral("http://127.0.0.1:5000/callback"),
                                  QStringLiteral("cards:read"), QStringLiteral("s"), Pkce::make().challenge);
    QCOMPARE(https.scheme(), QStringLiteral("http"));
    QCOMPARE(m_client->get(https).status, 200);
    https.setScheme(QStringLiteral("https"));
    https.setPort(m_sandbox->httpsBase().port());
    QCOMPARE(m_client->get(https).status, 200);
}

void TestSandboxAdmin::seedIsDeterministic()
{
    auto firstCard = [](const QStringList& args) {
        SandboxProcess p(args);
        TestClient c(p.sslConfiguration());
        const Tokens t = linkUser(p, c, QStringLiteral("hoshizora-card"), QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), kAllScopes);
        const QJsonObject d = discover(c, p.issuer(QStringLiteral("hoshizora-card")));
        const QJsonObject card = c.get(apiUrl(d, QStringLiteral("/v1/cards")), t.access).json().value(u"cards").toArray().first().toObject();
        const QJsonArray txs = c.get(apiUrl(d, QStringLiteral("/v1/cards/%1/transactions").arg(card.value(u"cardId").toString())), t.access)
                                   .json().value(u"transactions").toArray();
        return QJsonArray{card, txs};
    };
    const QJsonArray a = firstCard({QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY(!a.at(1).toArray().isEmpty());
    QCOMPARE(firstCard({QStringLiteral("--seed"), QStringLiteral("11")}), a);
    QVERIFY(firstCard({QStringLiteral("--seed"), QStringLiteral("12")}) != a);
}

void TestSandboxAdmin::grantsAndRevoke()
{
    const QString issuer = QStringLiteral("kaede-card");
    const Tokens t = linkUser(*m_sandbox, *m_client, issuer, QStringLiteral("hanako"), QStringLiteral("sandbox-pass-2"),
                              QStringLiteral("cards:read limits:read"));
    QVERIFY(!t.access.isEmpty());
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(issuer));
    QCOMPARE(m_client->get(apiUrl(d, QStringLiteral("/v1/cards")), t.access).status, 200);

    QJsonObject grant;
    for (const QJsonValue& v : m_sandbox->grants(issuer)) {
        if (v.toObject().value(u"user").toString() == u"hanako")
            grant = v.toObject();
    }
    QVERIFY(!grant.isEmpty());
    QCOMPARE(grant.value(u"issuer").toString(), issuer);
    QCOMPARE(grant.value(u"client_id").toString(), QStringLiteral("meisai-desktop"));
    QCOMPARE(grant.value(u"scopes").toArray(), (QJsonArray{QStringLiteral("cards:read"), QStringLiteral("limits:read")}));
    QVERIFY(grant.value(u"active").toBool());
    const QDateTime issued = QDateTime::fromString(grant.value(u"issued_at").toString(), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(grant.value(u"expires_at").toString(), Qt::ISODate);
    QCOMPARE(issued.daysTo(expires), 90);
    QVERIFY(!grant.value(u"last_used_at").isNull());
    QVERIFY(m_sandbox->grants(QStringLiteral("momo-pay")).isEmpty());

    QVERIFY(m_sandbox->revokeGrant(grant.value(u"id").toString()));
    QCOMPARE(m_client->get(apiUrl(d, QStringLiteral("/v1/cards")), t.access).status, 401);
    QVERIFY(!m_sandbox->revokeGrant(QStringLiteral("g-nonexistent")));
    for (const QJsonValue& v : m_sandbox->grants(issuer)) {
        if (v.toObject().value(u"id") == grant.value(u"id"))
            QVERIFY(!v.toObject().value(u"active").toBool());
    }
}

void TestSandboxAdmin::noticesAndStats()
{
    const QString issuer = QStringLiteral("momo-pay");
    QVERIFY(m_sandbox->resetStats(issuer));
    QVERIFY(m_sandbox->publishNotice(issuer, QStringLiteral("security"), QStringLiteral("不正アクセスの検知について"),
                                     QStringLiteral("パスワードを変更してください。")));
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(issuer));
    bool found = false;
    for (const QJsonValue& v : m_client->get(apiUrl(d, QStringLiteral("/v1/notices"))).json().value(u"notices").toArray())
        found = found || (v.toObject().value(u"title").toString() == u"不正アクセスの検知について" && v.toObject().value(u"kind").toString() == u"security");
    QVERIFY(found);

    const Tokens t = linkUser(*m_sandbox, *m_client, issuer, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), kAllScopes);
    const Tokens r = refreshTokens(*m_client, d, QStringLiteral("meisai-desktop"), t.refresh);
    QCOMPARE(r.status, 200);
    m_client->get(apiUrl(d, QStringLiteral("/v1/cards")), r.access);
    m_client->postForm(QUrl(d.value(u"revocation_endpoint").toString()),
                       {{QStringLiteral("token"), r.refresh}, {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")}});
    const QJsonObject stats = m_sandbox->stats(issuer);
    QCOMPARE(stats.value(u"token_requests").toObject().value(u"authorization_code").toInt(), 1);
    QCOMPARE(stats.value(u"token_requests").toObject().value(u"refresh_token").toInt(), 1);
    QCOMPARE(stats.value(u"api_requests").toInt(), 2); // notices + cards
    QCOMPARE(stats.value(u"revocations").toInt(), 1);
    QVERIFY(m_sandbox->resetStats(issuer));
    QCOMPARE(m_sandbox->stats(issuer).value(u"api_requests").toInt(-1), 0);
    QVERIFY(!m_sandbox->publishNotice(issuer, QStringLiteral("gossip"), QStringLiteral("x"), QString()));
    QVERIFY(!m_sandbox->setFault(issuer, QStringLiteral("explode")));
    QCOMPARE(m_sandbox->revokeUser(QStringLiteral("nobody-card"), QStringLiteral("taro")), -1);
}

void TestSandboxAdmin::adminPage()
{
    for (const QUrl& base : {m_sandbox->adminBase(), QUrl(m_sandbox->httpBase().toString() + QStringLiteral("/admin"))}) {
        const HttpResult r = m_client->get(base);
        QCOMPARE(r.status, 200);
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(QStringLiteral("<table class=\"grid\" id=\"grants\">")));
        QVERIFY(html.contains(QStringLiteral("maint(true)")));
        QVERIFY(html.contains(QStringLiteral("notice()")));
        QVERIFY(html.contains(QStringLiteral("ほしぞらカード株式会社")));
    }
}

QTEST_GUILESS_MAIN(TestSandboxAdmin)
#include "TestSandboxAdmin.moc"
