// Every fault mode, observed as a client sees it; set at run time through the
// admin API (with a count, so that a retry succeeds) and at start with --fault.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString kAllScopes = QStringLiteral("cards:read transactions:read statements:read limits:read");
const QString kIssuer = QStringLiteral("hoshizora-card");

bool luhn(const QString& digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (dbl && (d *= 2) > 9)
            d -= 9;
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}
} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void statusFaults_data();
    void statusFaults();
    void maintenancePublishesNotice();
    void malformedJson();
    void truncatedBody();
    void oversizedBody();
    void latency();
    void expireTokens();
    void panLeak();
    void pageChains_data();
    void pageChains();
    void issuerSideRevocation();
    void faultsSpareDiscoveryAndToken();
    void faultAtStart();
    void badFaultFlagExits();

private:
    QUrl api(const QString& path) const { return apiUrl(m_discovery, path); }
    QUrl transactionsUrl() const { return api(QStringLiteral("/v1/cards/%1/transactions").arg(m_cardId)); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    QJsonObject m_discovery;
    Tokens m_tokens;
    QString m_cardId;
    QString m_maskedPan;
};

void TestSandboxFaults::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<TestClient>(m_sandbox->sslConfiguration());
    m_discovery = discover(*m_client, m_sandbox->issuer(kIssuer));
}

void TestSandboxFaults::init()
{
    // A fresh link per test, and no faults left over.
    QVERIFY(m_sandbox->clearFault(kIssuer));
    QString why;
    m_tokens = linkUser(*m_sandbox, *m_client, kIssuer, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), kAllScopes, &why);
    QVERIFY2(!m_tokens.access.isEmpty(), qPrintable(why));
    const HttpResult cards = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QCOMPARE(cards.status, 200);
    const QJsonObject card = cards.json().value(u"cards").toArray().first().toObject();
    m_cardId = card.value(u"cardId").toString();
    m_maskedPan = card.value(u"maskedPan").toString();
}

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("500") << QStringLiteral("500") << QString() << 500 << QStringLiteral("server_error") << QByteArray();
    QTest::newRow("429 default") << QStringLiteral("429") << QString() << 429 << QStringLiteral("too_many_requests") << QByteArray("30");
    QTest::newRow("429 with Retry-After") << QStringLiteral("429") << QStringLiteral("7") << 429 << QStringLiteral("too_many_requests") << QByteArray("7");
    QTest::newRow("maintenance") << QStringLiteral("maintenance") << QStringLiteral("120") << 503 << QStringLiteral("maintenance") << QByteArray("120");
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(QString, mode);
    QFETCH(QString, arg);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, retryAfter);
    QVERIFY2(m_sandbox->setFault(kIssuer, mode, arg, 2), qPrintable(m_sandbox->lastAdminError()));
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = m_client->get(transactionsUrl(), m_tokens.access, {{"x-fapi-interaction-id", "fault-1"}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(u"error").toString(), error);
        QVERIFY(!r.json().value(u"errorCode").toString().isEmpty());
        QCOMPARE(r.header("Retry-After"), retryAfter);
        QCOMPARE(r.header("x-fapi-interaction-id"), QByteArray("fault-1"));
    }
    // The count is used up: the retry succeeds.
    QCOMPARE(m_client->get(transactionsUrl(), m_tokens.access).status, 200);
}

void TestSandboxFaults::maintenancePublishesNotice()
{
    auto maintenanceNotices = [&] {
        int n = 0;
        for (const QJsonValue& v : m_client->get(api(QStringLiteral("/v1/notices"))).json().value(u"notices").toArray())
            n += v.toObject().value(u"noticeId").toString() == u"maintenance-now";
        return n;
    };
    QCOMPARE(maintenanceNotices(), 0);
    QVERIFY(m_sandbox->setMaintenance(kIssuer, true, 900));
    const HttpResult r = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.header("Retry-After"), QByteArray("900"));
    // Public information stays readable, with the maintenance notice in it.
    QCOMPARE(maintenanceNotices(), 1);
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/profile"))).status, 200);
    QVERIFY(m_sandbox->setMaintenance(kIssuer, false));
    QCOMPARE(maintenanceNotices(), 0);
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access).status, 200);
}

void TestSandboxFaults::malformedJson()
{
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("malformed-json"), {}, 1));
    const HttpResult r = m_client->get(transactionsUrl(), m_tokens.access);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    QVERIFY(!r.body.isEmpty());
    QVERIFY(!r.jsonValid());
    QVERIFY(m_client->get(transactionsUrl(), m_tokens.access).jsonValid());
}

void TestSandboxFaults::truncatedBody()
{
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("truncated-body"), {}, 1));
    const HttpResult r = m_client->get(transactionsUrl(), m_tokens.access);
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.errorString));
    QVERIFY(r.body.size() < r.header("Content-Length").toLongLong());
    m_client->reset();
    QCOMPARE(m_client->get(transactionsUrl(), m_tokens.access).status, 200);
}

void TestSandboxFaults::oversizedBody()
{
    // Default: 64 MiB announced; read the first MiB only.
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("oversized-body"), {}, 1));
    const HttpResult big = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access, {}, 1 << 20);
    QVERIFY2(big.header("Content-Length").toLongLong() >= 64LL << 20, qPrintable(QStringLiteral("status %1 received %2 error %3 headers %4").arg(big.status).arg(big.received).arg(big.errorString).arg(big.headers.size())));
    QVERIFY(big.body.startsWith("{\"cards\":[{\"cardId\":"));
    // A small one, read whole, is valid JSON.
    m_client->reset();
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("oversized-body"), QStringLiteral("2"), 1));
    const HttpResult two = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QCOMPARE(two.status, 200);
    QVERIFY(two.body.size() >= 2 << 20);
    QVERIFY(two.jsonValid());
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access).body.size() < 4096, true);
}

void TestSandboxFaults::latency()
{
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("latency"), QStringLiteral("600"), 1));
    const HttpResult slow = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 590, qPrintable(QString::number(slow.elapsedMs)));
    const HttpResult fast = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QVERIFY2(fast.elapsedMs < 500, qPrintable(QString::number(fast.elapsedMs)));
}

void TestSandboxFaults::expireTokens()
{
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("expire-tokens"), {}, 1));
    const HttpResult r = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_token"));
    QVERIFY(r.header("WWW-Authenticate").contains("expired"));
    // The client refreshes and goes on.
    const Tokens fresh = refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), m_tokens.refresh);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/cards")), fresh.access).status, 200);
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access).status, 401);
}

void TestSandboxFaults::panLeak()
{
    static const QRegularExpression pan(QStringLiteral("(?<!\\d)\\d{16}(?!\\d)"));
    QVERIFY(!pan.match(QString::fromUtf8(m_client->get(transactionsUrl(), m_tokens.access).body)).hasMatch());
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("pan-leak"), {}, 1));
    const HttpResult r = m_client->get(transactionsUrl(), m_tokens.access);
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonValid());
    const QRegularExpressionMatch m = pan.match(QString::fromUtf8(r.body));
    QVERIFY(m.hasMatch());
    const QString number = m.captured(0);
    QVERIFY(luhn(number));
    QVERIFY(m_maskedPan.endsWith(number.right(4)));
    QVERIFY(m_maskedPan.startsWith(number.left(4)));
    const QString remarks = r.json().value(u"transactions").toArray().first().toObject().value(u"remarks").toString();
    QVERIFY(remarks.contains(number));
    QVERIFY(!pan.match(QString::fromUtf8(m_client->get(transactionsUrl(), m_tokens.access).body)).hasMatch());
}

void TestSandboxFaults::pageChains_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<int>("firstRepeat"); // the page (1-based) whose key is one sent before; 0: none in 6 pages
    QTest::newRow("repeat-key: a page sends back the key it was asked with") << "repeat-key" << "" << 2;
    QTest::newRow("repeat-key 3: keys A, B, C, A") << "repeat-key" << "3" << 4;
    QTest::newRow("endless-pages: a new key every time") << "endless-pages" << "" << 0;
}

// Page chains that never end, followed as a client would: every page says
// hasNext; the keys repeat (repeat-key) or never do (endless-pages).
void TestSandboxFaults::pageChains()
{
    QFETCH(QString, mode);
    QFETCH(QString, arg);
    QFETCH(int, firstRepeat);
    QVERIFY(m_sandbox->setFault(kIssuer, mode, arg, 6));
    QStringList keys;
    QString key;
    int repeated = 0;
    for (int n = 1; n <= 6; ++n) {
        QUrl url = transactionsUrl();
        url.setQuery(QStringLiteral("limit=2") + (key.isEmpty() ? QString() : QStringLiteral("&nextItemKey=") + key));
        const HttpResult r = m_client->get(url, m_tokens.access);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"hasNext").toBool(), true);
        QCOMPARE(r.json().value(u"count").toInt(), 2);
        key = r.json().value(u"nextItemKey").toString();
        QVERIFY(!key.isEmpty());
        if (repeated == 0 && keys.contains(key))
            repeated = n;
        keys << key;
    }
    QCOMPARE(repeated, firstRepeat);
    // The fault used up, the last key is still one the card API accepts.
    QUrl url = transactionsUrl();
    url.setQuery(QStringLiteral("limit=2&nextItemKey=") + key);
    QCOMPARE(m_client->get(url, m_tokens.access).status, 200);
}

void TestSandboxFaults::issuerSideRevocation()
{
    QVERIFY(m_sandbox->revokeUser(kIssuer, QStringLiteral("taro")) >= 1);
    const HttpResult r = m_client->get(api(QStringLiteral("/v1/cards")), m_tokens.access);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_token"));
    QCOMPARE(refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), m_tokens.refresh).raw.value(u"error").toString(),
             QStringLiteral("invalid_grant"));
    for (const QJsonValue& g : m_sandbox->grants(kIssuer)) {
        if (g.toObject().value(u"user").toString() == u"taro")
            QVERIFY(!g.toObject().value(u"active").toBool());
    }
}

void TestSandboxFaults::faultsSpareDiscoveryAndToken()
{
    QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("500")));
    QCOMPARE(m_client->get(m_sandbox->issuer(kIssuer).discovery).status, 200);
    const Tokens fresh = refreshTokens(*m_client, m_discovery, QStringLiteral("meisai-desktop"), m_tokens.refresh);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/notices"))).status, 200);
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/cards")), fresh.access).status, 500);
    // Other issuers are not affected.
    QString why;
    const Tokens kaede = linkUser(*m_sandbox, *m_client, QStringLiteral("kaede-card"), QStringLiteral("taro"),
                                  QStringLiteral("sandbox-pass-1"), kAllScopes, &why);
    QVERIFY2(!kaede.access.isEmpty(), qPrintable(why));
    const QJsonObject kd = discover(*m_client, m_sandbox->issuer(QStringLiteral("kaede-card")));
    QCOMPARE(m_client->get(apiUrl(kd, QStringLiteral("/v1/cards")), kaede.access).status, 200);
    QVERIFY(m_sandbox->clearFault(kIssuer));
    QCOMPARE(m_client->get(api(QStringLiteral("/v1/cards")), fresh.access).status, 200);
}

void TestSandboxFaults::faultAtStart()
{
    SandboxProcess faulty({QStringLiteral("--fault"), QStringLiteral("kaede-card:429:5"),
                           QStringLiteral("--fault"), QStringLiteral("kaede-card:latency:300")});
    QVERIFY2(faulty.isReady(), qPrintable(faulty.errorString()));
    TestClient client(faulty.sslConfiguration());
    QString why;
    const Tokens t = linkUser(faulty, client, QStringLiteral("kaede-card"), QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), kAllScopes, &why);
    QVERIFY2(!t.access.isEmpty(), qPrintable(why));
    const QJsonObject d = discover(client, faulty.issuer(QStringLiteral("kaede-card")));
    const HttpResult r = client.get(apiUrl(d, QStringLiteral("/v1/cards")), t.access);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("5"));
    QVERIFY(r.elapsedMs >= 290);
    QVERIFY(faulty.clearFault(QStringLiteral("kaede-card"), QStringLiteral("429")));
    QCOMPARE(client.get(apiUrl(d, QStringLiteral("/v1/cards")), t.access).status, 200);
}

void TestSandboxFaults::badFaultFlagExits()
{
    QProcess p;
    p.start(SandboxProcess::executablePath(), {QStringLiteral("--fault"), QStringLiteral("hoshizora-card:explode")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(p.readAllStandardError().contains("unknown fault mode"));
    p.start(SandboxProcess::executablePath(), {QStringLiteral("--fault"), QStringLiteral("nobody:500")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("unknown issuer"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
