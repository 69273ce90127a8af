// Who may use the sandbox's admin API, from the attacker's side: a page in the
// user's browser that rebinds its name to 127.0.0.1, or that simply knows the
// port. Requests are written by hand (RawHttp) so that each can carry the
// Host, Origin and credentials such a page would send. Every refused request
// is checked to have changed nothing; the right token with a loopback Host
// works, the ready line carries the token and nothing else does, and the
// admin page a person opens from the printed URL loads and acts with it.

#include "RawHttp.h"
#include "SandboxTestClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString kIssuer = QStringLiteral("hoshizora-card");
const QString kOtherIssuer = QStringLiteral("kaede-card");
const QString kAllScopes = QStringLiteral("cards:read transactions:read statements:read limits:read");
// What a hostile page would publish as the issuer's own security notice.
const QString kForgedTitle = QStringLiteral("【重要】不正利用の確認のお願い 0120-999-999");

QByteArray request(const QByteArray& method, const QByteArray& target, const HeaderList& headers, const QByteArray& body = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto& [name, value] : headers)
        r += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "Connection: close\r\n\r\n" + body;
    return r;
}

} // namespace

class TestSandboxAdminAccess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedAndNothingChanged_data();
    void refusedAndNothingChanged();
    void everyEndpointChecksTheHost_data();
    void everyEndpointChecksTheHost();
    void rightTokenAndLoopbackHostWork_data();
    void rightTokenAndLoopbackHostWork();
    void readyLineCarriesTheToken();
    void tokenIsWrittenNowhereElse();
    void adminPageWorksForAPerson();
    void adminPageWithoutTheTokenSaysWhatToOpen_data();
    void adminPageWithoutTheTokenSaysWhatToOpen();
    void ipv6SandboxAcceptsItsOwnLiteral();

private:
    QByteArray host(bool tls) const; // 127.0.0.1:PORT of that port
    quint16 port(bool tls) const;
    RawHttpReply send(bool tls, const QByteArray& raw) const;
    QJsonObject adminState();
    bool forgedNoticePublished();
    struct PageRun
    {
        QJsonObject seen;
        QString error;
    };
    PageRun openAdminPage(const QUrl& url, const QStringList& action = {}) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    QString m_grantId;
};

void TestSandboxAdminAccess::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<TestClient>(m_sandbox->sslConfiguration());
    // State an attacker would like to change: a live grant, counters, a fault at another issuer.
    QString why;
    const Tokens t = linkUser(*m_sandbox, *m_client, kIssuer, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), kAllScopes, &why);
    QVERIFY2(!t.access.isEmpty(), qPrintable(why));
    const QJsonArray grants = m_sandbox->grants(kIssuer);
    QCOMPARE(grants.size(), 1);
    m_grantId = grants.first().toObject().value(u"id").toString();
    QVERIFY(m_sandbox->setFault(kOtherIssuer, QStringLiteral("api-version"), QStringLiteral("2.0.0")));
}

quint16 TestSandboxAdminAccess::port(bool tls) const
{
    return quint16((tls ? m_sandbox->httpsBase() : m_sandbox->httpBase()).port());
}

QByteArray TestSandboxAdminAccess::host(bool tls) const
{
    return "127.0.0.1:" + QByteArray::number(port(tls));
}

RawHttpReply TestSandboxAdminAccess::send(bool tls, const QByteArray& raw) const
{
    return sendRawHttp(QHostAddress::LocalHost, port(tls),
                       tls ? std::optional<QSslConfiguration>(m_sandbox->sslConfiguration()) : std::nullopt, raw);
}

QJsonObject TestSandboxAdminAccess::adminState()
{
    // Read with the token through the helpers: grants (active or not), every
    // issuer's faults and maintenance, and the counters.
    QJsonObject state;
    state.insert(u"grants", m_sandbox->grants());
    QUrl issuers = m_sandbox->adminBase();
    issuers.setPath(issuers.path() + QStringLiteral("/api/issuers"));
    const HttpResult r = m_client->get(issuers, QString::fromLatin1(m_sandbox->adminToken()));
    state.insert(u"issuers", r.json().value(u"issuers"));
    for (const SandboxProcess::Issuer& i : m_sandbox->issuers())
        state.insert(QStringLiteral("stats-") + i.id, m_sandbox->stats(i.id));
    return state;
}

bool TestSandboxAdminAccess::forgedNoticePublished()
{
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(kIssuer));
    for (const QJsonValue& v : m_client->get(apiUrl(d, QStringLiteral("/v1/notices"))).json().value(u"notices").toArray()) {
        if (v.toObject().value(u"title").toString() == kForgedTitle)
            return true;
    }
    return false;
}

void TestSandboxAdminAccess::refusedAndNothingChanged_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    const QByteArray token = m_sandbox->adminToken();
    QByteArray flipped = token;
    flipped.back() = flipped.back() == 'A' ? 'B' : 'A';
    const QByteArray api = "/admin/api/issuers/" + kIssuer.toLatin1();
    const QByteArray notice = QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("security")},
                                                        {QStringLiteral("title"), kForgedTitle},
                                                        {QStringLiteral("body"), QStringLiteral("お客様のカードに不正利用の疑いがあります。至急お電話ください。")}})
                                  .toJson(QJsonDocument::Compact);
    const QByteArray json = "application/json";
    const QByteArray https = host(true);
    const QByteArray http = host(false);
    const QByteArray rebound = "evil.example:" + QByteArray::number(port(false));
    const QByteArray origin = "http://" + rebound;
    const QByteArray bearer = "Bearer " + token;
    const QByteArray revoke = "/admin/api/grants/" + m_grantId.toLatin1() + "/revoke";

    // Without the token (or with a wrong one) over a loopback Host: 401.
    QTest::newRow("no token: publish a security notice")
        << true << request("POST", api + "/notices", {{"Host", https}, {"Content-Type", json}}, notice) << 401;
    QTest::newRow("no token, over plain HTTP: publish a security notice")
        << false << request("POST", api + "/notices", {{"Host", http}, {"Content-Type", json}, {"Origin", "http://" + http}}, notice) << 401;
    QTest::newRow("wrong token: maintenance on")
        << true << request("POST", api + "/maintenance", {{"Host", https}, {"Content-Type", json}, {"Authorization", "Bearer not-the-token"}},
                           R"({"on":true})") << 401;
    QTest::newRow("token with its last character changed: revoke the grant")
        << true << request("POST", revoke, {{"Host", https}, {"Content-Type", json}, {"Authorization", "Bearer " + flipped}}) << 401;
    QTest::newRow("token without the last character: revoke the user")
        << true << request("POST", api + "/revoke-user", {{"Host", https}, {"Content-Type", json}, {"Authorization", "Bearer " + token.chopped(1)}},
                           R"({"user":"taro"})") << 401;
    QTest::newRow("empty bearer: set a fault")
        << true << request("POST", api + "/faults", {{"Host", https}, {"Content-Type", json}, {"Authorization", "Bearer "}}, R"({"mode":"500"})") << 401;
    QTest::newRow("token in another header: revoke the user")
        << true << request("POST", api + "/revoke-user", {{"Host", https}, {"Content-Type", json}, {"X-Admin-Token", token}}, R"({"user":"taro"})")
        << 401;
    QTest::newRow("token in the query: set a fault")
        << true << request("POST", api + "/faults?token=" + token + "&access_token=" + token, {{"Host", https}, {"Content-Type", json}},
                           R"({"mode":"500"})") << 401;
    QTest::newRow("token in a cookie: reset the counters")
        << true << request("POST", api + "/stats/reset", {{"Host", https}, {"Content-Type", json}, {"Cookie", "token=" + token}}) << 401;
    QTest::newRow("token as basic credentials: clear the faults")
        << true << request("DELETE", "/admin/api/issuers/" + kOtherIssuer.toLatin1() + "/faults",
                           {{"Host", https}, {"Content-Type", json}, {"Authorization", "Basic " + QByteArray("admin:" + token).toBase64()}}) << 401;
    QTest::newRow("token in the body: publish a security notice")
        << true << request("POST", api + "/notices", {{"Host", https}, {"Content-Type", json}},
                           notice.chopped(1) + ",\"token\":\"" + token + "\"}") << 401;
    QTest::newRow("cross-site form: revoke the user")
        << false << request("POST", api + "/revoke-user", {{"Host", http}, {"Origin", "https://evil.example"},
                                                           {"Content-Type", "application/x-www-form-urlencoded"}}, "user=taro") << 401;
    QTest::newRow("the token, but a form encoding: revoke the user")
        << true << request("POST", api + "/revoke-user", {{"Host", https}, {"Authorization", bearer},
                                                          {"Content-Type", "application/x-www-form-urlencoded"}}, "user=taro") << 415;
    QTest::newRow("no token: read the grants")
        << true << request("GET", "/admin/api/grants", {{"Host", https}}) << 401;

    // A CORS preflight never carries the token, and is never answered with CORS headers.
    QTest::newRow("preflight from another origin")
        << true << request("OPTIONS", api + "/notices", {{"Host", https}, {"Origin", "https://evil.example"},
                                                         {"Access-Control-Request-Method", "POST"},
                                                         {"Access-Control-Request-Headers", "authorization, content-type"}}) << 401;
    QTest::newRow("preflight after rebinding")
        << false << request("OPTIONS", api + "/notices", {{"Host", rebound}, {"Origin", origin},
                                                          {"Access-Control-Request-Method", "POST"},
                                                          {"Access-Control-Request-Headers", "content-type"}}) << 421;

    // A foreign Host is refused even with the right token: a rebound page never gets that far.
    QTest::newRow("Host evil.example after rebinding: publish a security notice")
        << false << request("POST", api + "/notices", {{"Host", rebound}, {"Origin", origin}, {"Content-Type", json}, {"Authorization", bearer}}, notice)
        << 421;
    QTest::newRow("Host evil.example over TLS: maintenance on")
        << true << request("POST", api + "/maintenance", {{"Host", "evil.example:" + QByteArray::number(port(true))}, {"Content-Type", json},
                                                          {"Authorization", bearer}}, R"({"on":true})") << 421;
    QTest::newRow("Host 127.0.0.1.nip.io: revoke the grant")
        << false << request("POST", revoke, {{"Host", "127.0.0.1.nip.io:" + QByteArray::number(port(false))}, {"Content-Type", json},
                                             {"Authorization", bearer}}) << 421;
    QTest::newRow("Host localhost.evil.example: revoke the user")
        << false << request("POST", api + "/revoke-user", {{"Host", "localhost.evil.example:" + QByteArray::number(port(false))},
                                                           {"Content-Type", json}, {"Authorization", bearer}}, R"({"user":"taro"})") << 421;
    QTest::newRow("Host with the other port: clear the faults")
        << true << request("DELETE", "/admin/api/issuers/" + kOtherIssuer.toLatin1() + "/faults",
                           {{"Host", host(false)}, {"Content-Type", json}, {"Authorization", bearer}}) << 421;
    QTest::newRow("Host without a port: set a fault")
        << false << request("POST", api + "/faults", {{"Host", "127.0.0.1"}, {"Content-Type", json}, {"Authorization", bearer}}, R"({"mode":"500"})")
        << 421;
    QTest::newRow("no Host: reset the counters")
        << true << request("POST", api + "/stats/reset", {{"Content-Type", json}, {"Authorization", bearer}}) << 400;
    QTest::newRow("two Hosts, ours first: publish a security notice")
        << false << request("POST", api + "/notices", {{"Host", http}, {"Host", rebound}, {"Content-Type", json}, {"Authorization", bearer}}, notice)
        << 400;
    QTest::newRow("Host evil.example: read the grants")
        << false << request("GET", "/admin/api/grants", {{"Host", rebound}, {"Authorization", bearer}}) << 421;
}

void TestSandboxAdminAccess::refusedAndNothingChanged()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    const QJsonObject before = adminState();
    QVERIFY(!before.value(u"grants").toArray().isEmpty());
    QVERIFY(!before.value(u"issuers").toArray().isEmpty());

    const RawHttpReply r = send(tls, raw);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.status, status);
    // A clear body; nothing a browser page of another origin may read; no state shown.
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QVERIFY2(!body.value(u"error_description").toString().isEmpty(), r.body.constData());
    if (status == 421)
        QVERIFY2(body.value(u"error_description").toString().contains(QString::fromLatin1(host(tls))), r.body.constData());
    if (status == 401)
        QVERIFY2(r.header("WWW-Authenticate").startsWith("Bearer"), r.body.constData());
    QVERIFY(!r.hasHeaderStartingWith("Access-Control-"));
    QVERIFY(!r.body.contains(m_grantId.toLatin1()));
    QVERIFY(!r.body.contains(m_sandbox->adminToken()));

    QCOMPARE(adminState(), before);
    QVERIFY(!forgedNoticePublished());
}

void TestSandboxAdminAccess::everyEndpointChecksTheHost_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("statusWithOurHost");
    const QByteArray issuer = "/issuers/" + kIssuer.toLatin1();
    QTest::newRow("index, plain HTTP") << false << QByteArray("GET") << QByteArray("/") << 200;
    QTest::newRow("index") << true << QByteArray("GET") << QByteArray("/") << 200;
    QTest::newRow("discovery") << true << QByteArray("GET") << "/.well-known/oauth-authorization-server" + issuer << 200;
    QTest::newRow("authorization endpoint") << false << QByteArray("GET") << issuer + "/authorize" << 400;
    QTest::newRow("consent decision") << false << QByteArray("POST") << issuer + "/authorize/decision" << 400;
    QTest::newRow("token endpoint") << true << QByteArray("POST") << issuer + "/token" << 400;
    QTest::newRow("notices") << true << QByteArray("GET") << issuer + "/v1/notices" << 200;
    QTest::newRow("cards") << true << QByteArray("GET") << issuer + "/v1/cards" << 401;
    QTest::newRow("admin page, plain HTTP") << false << QByteArray("GET") << QByteArray("/admin") << 200;
    QTest::newRow("admin page") << true << QByteArray("GET") << QByteArray("/admin") << 200;
    QTest::newRow("unknown path") << true << QByteArray("GET") << QByteArray("/nothing-here") << 404;
}

void TestSandboxAdminAccess::everyEndpointChecksTheHost()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, statusWithOurHost);
    const RawHttpReply ours = send(tls, request(method, target, {{"Host", host(tls)}}));
    QCOMPARE(ours.status, statusWithOurHost);
    const QByteArray rebound = "evil.example:" + QByteArray::number(port(tls));
    const RawHttpReply foreign = send(tls, request(method, target, {{"Host", rebound}, {"Origin", "http://" + rebound}}));
    QCOMPARE(foreign.status, 421);
    QVERIFY(foreign.header("Content-Type").startsWith("application/json"));
    QVERIFY(!foreign.hasHeaderStartingWith("Access-Control-"));
    QVERIFY(QJsonDocument::fromJson(foreign.body).object().value(u"error_description").toString().contains(u"localhost:"));
}

void TestSandboxAdminAccess::rightTokenAndLoopbackHostWork_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("hostName");
    QTest::addColumn<QByteArray>("scheme");
    QTest::newRow("127.0.0.1 over TLS") << true << QByteArray("127.0.0.1") << QByteArray("Bearer");
    QTest::newRow("localhost over TLS") << true << QByteArray("localhost") << QByteArray("Bearer");
    QTest::newRow("127.0.0.1 over plain HTTP") << false << QByteArray("127.0.0.1") << QByteArray("Bearer");
    QTest::newRow("LocalHost over plain HTTP, scheme in lower case") << false << QByteArray("LocalHost") << QByteArray("bearer");
}

void TestSandboxAdminAccess::rightTokenAndLoopbackHostWork()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, hostName);
    QFETCH(QByteArray, scheme);
    const QByteArray hostHeader = hostName + ':' + QByteArray::number(port(tls));
    const QByteArray auth = scheme + ' ' + m_sandbox->adminToken();

    const RawHttpReply grants = send(tls, request("GET", "/admin/api/grants", {{"Host", hostHeader}, {"Authorization", auth}}));
    QCOMPARE(grants.status, 200);
    QVERIFY(grants.body.contains(m_grantId.toLatin1()));
    QVERIFY(!grants.hasHeaderStartingWith("Access-Control-"));

    // A state change goes through, and a client of the issuer sees it.
    const QString title = QStringLiteral("メンテナンスのお知らせ ") + QString::fromLatin1(QTest::currentDataTag());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("info")}, {QStringLiteral("title"), title}})
                                .toJson(QJsonDocument::Compact);
    const RawHttpReply published = send(tls, request("POST", "/admin/api/issuers/" + kOtherIssuer.toLatin1() + "/notices",
                                                     {{"Host", hostHeader}, {"Authorization", auth}, {"Content-Type", "application/json"}}, body));
    QCOMPARE(published.status, 200);
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(kOtherIssuer));
    bool found = false;
    for (const QJsonValue& v : m_client->get(apiUrl(d, QStringLiteral("/v1/notices"))).json().value(u"notices").toArray())
        found = found || v.toObject().value(u"title").toString() == title;
    QVERIFY(found);
}

void TestSandboxAdminAccess::readyLineCarriesTheToken()
{
    const QJsonObject ready = m_sandbox->readyLine();
    const QString token = ready.value(u"admin_token").toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch());
    QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32); // 256 bits
    // The printed admin URL carries it once, in the fragment (never sent to a server).
    const QUrl admin(ready.value(u"admin").toString());
    QCOMPARE(admin.scheme(), QStringLiteral("https"));
    QCOMPARE(admin.adjusted(QUrl::RemoveFragment).toString(), m_sandbox->httpsBase().toString() + QStringLiteral("/admin"));
    QCOMPARE(admin.fragment(), QStringLiteral("token=") + token);
    QVERIFY(admin.query().isEmpty());
    // The helpers that every other test uses send it, and another run has another token.
    QVERIFY(!m_sandbox->grants().isEmpty());
    SandboxProcess other;
    QVERIFY2(other.isReady(), qPrintable(other.errorString()));
    QVERIFY(!other.adminToken().isEmpty());
    QVERIFY(other.adminToken() != m_sandbox->adminToken());
    // And one run's token opens nothing at another run.
    TestClient client(other.sslConfiguration());
    QUrl grants = other.adminBase();
    grants.setPath(grants.path() + QStringLiteral("/api/grants"));
    QCOMPARE(client.get(grants, QString::fromLatin1(m_sandbox->adminToken())).status, 401);
    QCOMPARE(client.get(grants, QString::fromLatin1(other.adminToken())).status, 200);
}

void TestSandboxAdminAccess::tokenIsWrittenNowhereElse()
{
    // Debug logging on, every kind of admin request, refused ones too: the token is
    // in the ready line and nowhere else, neither in the logs nor in --data-dir.
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("meisai.sandbox*=true"));
    p.setProcessEnvironment(env);
    p.start(SandboxProcess::executablePath(), {QStringLiteral("--data-dir"), dataDir.path()});
    QVERIFY(p.waitForStarted(10000));
    QDeadlineTimer deadline(20000);
    while (!p.canReadLine() && !deadline.hasExpired())
        p.waitForReadyRead(200);
    const QJsonObject ready = QJsonDocument::fromJson(p.readLine()).object();
    const QByteArray token = ready.value(u"admin_token").toString().toLatin1();
    QCOMPARE(token.size(), 43);

    QFile caFile(ready.value(u"ca").toString());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromData(caFile.readAll()));
    TestClient client(ssl);
    const QUrl adminPage(ready.value(u"admin").toString());
    QCOMPARE(client.get(adminPage).status, 200); // the page, from the printed URL
    QUrl api = adminPage.adjusted(QUrl::RemoveFragment);
    api.setPath(api.path() + QStringLiteral("/api/grants"));
    QCOMPARE(client.get(api, QString::fromLatin1(token)).status, 200);
    QCOMPARE(client.get(api, QStringLiteral("wrong")).status, 401);
    QUrl withQuery = api;
    withQuery.setQuery(QStringLiteral("token=") + QString::fromLatin1(token)); // a careless caller
    QCOMPARE(client.get(withQuery).status, 401);

    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray log = p.readAllStandardError();
    QVERIFY(log.contains("/admin/api/grants")); // debug logging was on
    QVERIFY(log.contains("admin API refused"));
    QVERIFY(!log.contains(token));
    QVERIFY(p.readAllStandardOutput().isEmpty()); // nothing after the ready line
    QDirIterator it(dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token), qPrintable(f.fileName()));
        ++files;
    }
    QCOMPARE(files, 1); // ca.pem
}

TestSandboxAdminAccess::PageRun TestSandboxAdminAccess::openAdminPage(const QUrl& url, const QStringList& action) const
{
    PageRun run;
    QProcess node;
    node.setWorkingDirectory(qEnvironmentVariable("MEISAI_SOURCE_DIR") + QStringLiteral("/tests/sandbox"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), m_sandbox->caPath());
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"), QStringList{QStringLiteral("admin-page.mjs")} + action);
    if (!node.waitForStarted(10000)) {
        run.error = QStringLiteral("cannot start node (./run deps installs it): ") + node.errorString();
        return run;
    }
    node.write(url.toString(QUrl::FullyEncoded).toUtf8()); // on stdin: not visible in the process list
    node.closeWriteChannel();
    if (!node.waitForFinished(30000) || node.exitCode() != 0) {
        run.error = QStringLiteral("node: ") + QString::fromUtf8(node.readAllStandardError());
        return run;
    }
    run.seen = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    if (run.seen.isEmpty())
        run.error = QStringLiteral("node printed nothing");
    return run;
}

void TestSandboxAdminAccess::adminPageWorksForAPerson()
{
    // The page's headers keep the token out of caches, frames and Referers.
    const HttpResult page = m_client->get(m_sandbox->adminPageUrl());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(page.header("Content-Security-Policy").contains("connect-src 'self'"));
    QVERIFY(!page.body.contains(m_sandbox->adminToken()));

    // Opened from the printed URL, its script loads the state with the token and shows it.
    const PageRun run = openAdminPage(m_sandbox->adminPageUrl());
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QJsonObject& seen = run.seen;
    QCOMPARE(seen.value(u"pageStatus").toInt(), 200);
    QVERIFY2(!seen.value(u"authShown").toBool(), qPrintable(seen.value(u"authText").toString()));
    const QJsonArray requests = seen.value(u"requests").toArray();
    QCOMPARE(requests.size(), 2); // grants and issuers
    for (const QJsonValue& v : requests) {
        QCOMPARE(v.toObject().value(u"authorization").toString(), QStringLiteral("the fragment's token"));
        QCOMPARE(v.toObject().value(u"status").toInt(), 200);
    }
    QCOMPARE(seen.value(u"grantRows").toInt(), m_sandbox->grants().size());
    QVERIFY(seen.value(u"status").toString().contains(kOtherIssuer + QStringLiteral(": api-version:2.0.0")));
    // The token leaves the address bar (screenshots, history) but stays for the tab.
    QVERIFY(!seen.value(u"addressHasToken").toBool());
    QCOMPARE(seen.value(u"address").toString(), QStringLiteral("/admin"));
    QVERIFY(seen.value(u"tokenKeptForTheTab").toBool());

    // A person publishes a notice from the page; a client of the issuer sees it.
    const QString title = QStringLiteral("管理ページからのお知らせ");
    const PageRun acted = openAdminPage(m_sandbox->adminPageUrl(), {QStringLiteral("notice"), title});
    QVERIFY2(acted.error.isEmpty(), qPrintable(acted.error));
    const QJsonArray actedRequests = acted.seen.value(u"requests").toArray();
    QVERIFY(!actedRequests.isEmpty());
    bool posted = false;
    for (const QJsonValue& v : actedRequests) {
        const QJsonObject o = v.toObject();
        if (o.value(u"method").toString() == u"POST" && o.value(u"path").toString().endsWith(u"/notices"))
            posted = o.value(u"status").toInt() == 200 && o.value(u"authorization").toString() == u"the fragment's token";
    }
    QVERIFY(posted);
    const QJsonObject d = discover(*m_client, m_sandbox->issuer(kIssuer));
    bool found = false;
    for (const QJsonValue& v : m_client->get(apiUrl(d, QStringLiteral("/v1/notices"))).json().value(u"notices").toArray())
        found = found || v.toObject().value(u"title").toString() == title;
    QVERIFY(found);

    // Over plain HTTP (what ./run demo prints, no certificate warning) too.
    QUrl plain = m_sandbox->adminPageUrl();
    plain.setScheme(QStringLiteral("http"));
    plain.setPort(m_sandbox->httpBase().port());
    const PageRun overHttp = openAdminPage(plain);
    QVERIFY2(overHttp.error.isEmpty(), qPrintable(overHttp.error));
    QVERIFY(!overHttp.seen.value(u"authShown").toBool());
    QCOMPARE(overHttp.seen.value(u"grantRows").toInt(), m_sandbox->grants().size());
}

void TestSandboxAdminAccess::adminPageWithoutTheTokenSaysWhatToOpen_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("apiRequests");
    QTest::newRow("from the index page's link") << QString() << 0;
    QTest::newRow("a wrong token") << QStringLiteral("token=") + QString(43, u'A') << 2;
}

void TestSandboxAdminAccess::adminPageWithoutTheTokenSaysWhatToOpen()
{
    QFETCH(QString, fragment);
    QFETCH(int, apiRequests);
    QUrl url = m_sandbox->adminBase();
    url.setFragment(fragment.isEmpty() ? QString() : fragment);
    const PageRun run = openAdminPage(url);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY(run.seen.value(u"authShown").toBool());
    QVERIFY2(run.seen.value(u"authText").toString().contains(u"admin URL"), qPrintable(run.seen.value(u"authText").toString()));
    QVERIFY(run.seen.value(u"authText").toString().contains(u"meisai-sandbox"));
    QCOMPARE(run.seen.value(u"requests").toArray().size(), apiRequests);
    for (const QJsonValue& v : run.seen.value(u"requests").toArray())
        QCOMPARE(v.toObject().value(u"status").toInt(), 401);
    QCOMPARE(run.seen.value(u"grantRows").toInt(), 0);
}

void TestSandboxAdminAccess::ipv6SandboxAcceptsItsOwnLiteral()
{
    SandboxProcess v6({QStringLiteral("--host"), QStringLiteral("::1")});
    if (!v6.isReady())
        QSKIP("no IPv6 loopback on this machine");
    const quint16 port = quint16(v6.httpsBase().port());
    const QByteArray auth = "Bearer " + v6.adminToken();
    auto get = [&](const QByteArray& hostHeader) {
        return sendRawHttp(QHostAddress::LocalHostIPv6, port, v6.sslConfiguration(),
                           request("GET", "/admin/api/grants", {{"Host", hostHeader}, {"Authorization", auth}}))
            .status;
    };
    QCOMPARE(get("[::1]:" + QByteArray::number(port)), 200);
    QCOMPARE(get("localhost:" + QByteArray::number(port)), 200);
    QCOMPARE(get("127.0.0.1:" + QByteArray::number(port)), 421);
    QCOMPARE(get("evil.example:" + QByteArray::number(port)), 421);
    QVERIFY(v6.setFault(kIssuer, QStringLiteral("500"), {}, 1)); // the helpers work there too
}

QTEST_GUILESS_MAIN(TestSandboxAdminAccess)
#include "TestSandboxAdminAccess.moc"
