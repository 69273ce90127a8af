// HostCheck on its own: which Host header values name the sandbox (its bound
// loopback literal or localhost, with the port the request arrived on), and
// what a request with another one, none or two is answered.

#include "HostCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace meisai::sandbox;

class TestHostCheck final : public QObject
{
    Q_OBJECT

private slots:
    void authority_data();
    void authority();
    void refusal_data();
    void refusal();
};

void TestHostCheck::authority_data()
{
    QTest::addColumn<QString>("bound");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("accepted");
    const QString v4 = QStringLiteral("127.0.0.1");
    const QString v6 = QStringLiteral("::1");
    QTest::newRow("v4 literal with the port") << v4 << QByteArray("127.0.0.1:50123") << quint16(50123) << true << true;
    QTest::newRow("localhost with the port") << v4 << QByteArray("localhost:50123") << quint16(50123) << false << true;
    QTest::newRow("localhost in capitals") << v4 << QByteArray("LocalHost:50123") << quint16(50123) << true << true;
    QTest::newRow("v6 literal with the port") << v6 << QByteArray("[::1]:50123") << quint16(50123) << true << true;
    QTest::newRow("localhost on a v6 sandbox") << v6 << QByteArray("localhost:50123") << quint16(50123) << true << true;
    QTest::newRow("default https port left out") << v4 << QByteArray("127.0.0.1") << quint16(443) << true << true;
    QTest::newRow("default http port left out") << v4 << QByteArray("localhost") << quint16(80) << false << true;

    QTest::newRow("rebound name") << v4 << QByteArray("evil.example:50123") << quint16(50123) << false << false;
    QTest::newRow("name ending in the address") << v4 << QByteArray("127.0.0.1.nip.io:50123") << quint16(50123) << false << false;
    QTest::newRow("name starting with localhost") << v4 << QByteArray("localhost.evil.example:50123") << quint16(50123) << false << false;
    QTest::newRow("localhost with a trailing dot") << v4 << QByteArray("localhost.:50123") << quint16(50123) << false << false;
    QTest::newRow("another port") << v4 << QByteArray("127.0.0.1:50124") << quint16(50123) << true << false;
    QTest::newRow("port left out, not the default") << v4 << QByteArray("127.0.0.1") << quint16(50123) << true << false;
    QTest::newRow("https default port over http") << v4 << QByteArray("127.0.0.1") << quint16(443) << false << false;
    QTest::newRow("empty port") << v4 << QByteArray("127.0.0.1:") << quint16(50123) << true << false;
    QTest::newRow("port with a sign") << v4 << QByteArray("127.0.0.1:+50123") << quint16(50123) << true << false;
    QTest::newRow("port with leading zeros past five digits") << v4 << QByteArray("127.0.0.1:0050123") << quint16(50123) << true << false;
    QTest::newRow("user info") << v4 << QByteArray("evil.example@127.0.0.1:50123") << quint16(50123) << true << false;
    QTest::newRow("other loopback address") << v4 << QByteArray("127.0.0.2:50123") << quint16(50123) << true << false;
    QTest::newRow("v6 literal on a v4 sandbox") << v4 << QByteArray("[::1]:50123") << quint16(50123) << true << false;
    QTest::newRow("v4 literal on a v6 sandbox") << v6 << QByteArray("127.0.0.1:50123") << quint16(50123) << true << false;
    QTest::newRow("v6 literal without brackets") << v6 << QByteArray("::1:50123") << quint16(50123) << true << false;
    QTest::newRow("decimal form of the address") << v4 << QByteArray("2130706433:50123") << quint16(50123) << true << false;
    QTest::newRow("empty") << v4 << QByteArray() << quint16(50123) << true << false;
}

void TestHostCheck::authority()
{
    QFETCH(QString, bound);
    QFETCH(QByteArray, host);
    QFETCH(quint16, port);
    QFETCH(bool, tls);
    QFETCH(bool, accepted);
    const HostCheck check(bound);
    QCOMPARE(check.isOwnAuthority(host, port, tls), accepted);

    HttpRequest req;
    req.localPort = port;
    req.tls = tls;
    req.headers = {{"Host", host}};
    QCOMPARE(!check.refusal(req).has_value(), accepted);
}

void TestHostCheck::refusal_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<int>("status"); // 0: let through
    QTest::newRow("ours") << HeaderList{{"Host", "127.0.0.1:50123"}} << 0;
    QTest::newRow("header name in lower case") << HeaderList{{"host", "127.0.0.1:50123"}} << 0;
    QTest::newRow("foreign") << HeaderList{{"Host", "evil.example:50123"}} << 421;
    QTest::newRow("none") << HeaderList{{"Accept", "*/*"}} << 400;
    QTest::newRow("two, ours first") << HeaderList{{"Host", "127.0.0.1:50123"}, {"Host", "evil.example:50123"}} << 400;
    QTest::newRow("two, both ours") << HeaderList{{"Host", "127.0.0.1:50123"}, {"host", "127.0.0.1:50123"}} << 400;
}

void TestHostCheck::refusal()
{
    QFETCH(HeaderList, headers);
    QFETCH(int, status);
    const HostCheck check(QStringLiteral("127.0.0.1"));
    HttpRequest req;
    req.localPort = 50123;
    req.tls = false;
    req.headers = headers;
    const std::optional<HttpResponse> r = check.refusal(req);
    QCOMPARE(r ? r->status : 0, status);
    if (!r)
        return;
    // A clear body that says where to go, and nothing a browser page may read.
    const QJsonObject body = QJsonDocument::fromJson(r->body).object();
    QVERIFY(body.value(u"error_description").toString().contains(u"127.0.0.1:50123"));
    for (const auto& header : r->headers)
        QVERIFY2(!header.first.toLower().startsWith("access-control-"), header.first.constData());
}

QTEST_GUILESS_MAIN(TestHostCheck)
#include "TestHostCheck.moc"
