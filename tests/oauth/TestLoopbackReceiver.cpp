// The loopback redirect listener: strict parsing, only GET on the expected
// path, size and time limits, and garbage that never blocks the real redirect.

#include "oauth/LoopbackReceiver.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace meisai;

namespace {

using Params = QMap<QString, QString>;

// Sends bytes and collects the answer until the server closes the connection.
QByteArray roundTrip(quint16 port, const QByteArray& data, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(data); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    response += socket.readAll();
    return response;
}

int statusOf(const QByteArray& response)
{
    const QList<QByteArray> parts = response.left(response.indexOf('\r')).split(' ');
    return parts.size() >= 2 ? parts[1].toInt() : 0;
}

QByteArray get(const QByteArray& target, const QByteArray& host = "127.0.0.1")
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: test\r\n\r\n";
}

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Params>("expected");
        QTest::newRow("empty") << QByteArray() << true << Params{};
        QTest::newRow("code-and-state") << QByteArray("code=abc&state=xyz") << true
                                        << Params{{QStringLiteral("code"), QStringLiteral("abc")}, {QStringLiteral("state"), QStringLiteral("xyz")}};
        QTest::newRow("percent-encoded-iss") << QByteArray("iss=https%3A%2F%2F127.0.0.1%3A4443%2Fissuers%2Fx") << true
                                             << Params{{QStringLiteral("iss"), QStringLiteral("https://127.0.0.1:4443/issuers/x")}};
        QTest::newRow("plus-is-space") << QByteArray("error_description=not+allowed") << true
                                       << Params{{QStringLiteral("error_description"), QStringLiteral("not allowed")}};
        QTest::newRow("utf8") << QByteArray("d=%E6%8B%92%E5%90%A6") << true << Params{{QStringLiteral("d"), QStringLiteral("拒否")}};
        QTest::newRow("empty-value") << QByteArray("state=") << true << Params{{QStringLiteral("state"), QString()}};
        QTest::newRow("duplicate-state") << QByteArray("state=a&state=b") << false << Params{};
        QTest::newRow("duplicate-code") << QByteArray("code=a&state=s&code=b") << false << Params{};
        QTest::newRow("no-equals") << QByteArray("code") << false << Params{};
        QTest::newRow("empty-key") << QByteArray("=x") << false << Params{};
        QTest::newRow("empty-pair") << QByteArray("code=a&&state=b") << false << Params{};
        QTest::newRow("bad-percent") << QByteArray("code=%zz") << false << Params{};
        QTest::newRow("truncated-percent") << QByteArray("code=a%2") << false << Params{};
        QTest::newRow("not-utf8") << QByteArray("code=%ff%fe") << false << Params{};
        QTest::newRow("control-character") << QByteArray("code=a%00b") << false << Params{};
        QTest::newRow("raw-space") << QByteArray("code=a b") << false << Params{};
        QByteArray many;
        for (int i = 0; i < 40; ++i)
            many += "k" + QByteArray::number(i) + "=v&";
        many.chop(1);
        QTest::newRow("too-many-parameters") << many << false << Params{};
    }
    void parseQuery()
    {
        QFETCH(QByteArray, query);
        QFETCH(bool, valid);
        QFETCH(Params, expected);
        const auto parsed = LoopbackReceiver::parseQuery(query);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }

    void listensOnLoopbackOnly()
    {
        LoopbackReceiver receiver(QStringLiteral("/callback"));
        QVERIFY(receiver.listen());
        QVERIFY(receiver.address().isLoopback());
        QVERIFY(receiver.port() > 0);
    }

    void requests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("handled");
        QTest::newRow("good") << get("/callback?code=a&state=b") << 200 << true;
        QTest::newRow("wrong-path") << get("/other?code=a&state=b") << 404 << false;
        QTest::newRow("path-prefix") << get("/callback/x?code=a&state=b") << 404 << false;
        QTest::newRow("encoded-path") << get("/%63allback?code=a&state=b") << 404 << false;
        QTest::newRow("post") << QByteArray("POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc") << 405 << false;
        QTest::newRow("head") << QByteArray("HEAD /callback?code=a HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 405 << false;
        QTest::newRow("duplicate-state") << get("/callback?code=a&state=b&state=c") << 400 << false;
        QTest::newRow("http-0.9") << QByteArray("GET /callback\r\n\r\n") << 400 << false;
        QTest::newRow("foreign-host") << get("/callback?code=a&state=b", "evil.example:80") << 400 << false;
        QTest::newRow("localhost-host") << get("/callback?code=a&state=b", "localhost:1234") << 200 << true;
        QTest::newRow("oversized") << get("/callback?code=" + QByteArray(9000, 'a')) << 431 << false;
        QTest::newRow("binary-garbage") << QByteArray(64, '\x01') + "\r\n\r\n" << 400 << false;
    }
    void requests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(bool, handled);
        LoopbackReceiver receiver(QStringLiteral("/callback"));
        int calls = 0;
        receiver.setHandler([&calls](const Params&) {
            ++calls;
            return LoopbackReceiver::Page{200, QStringLiteral("ok"), QStringLiteral("done"), false};
        });
        QVERIFY(receiver.listen());
        const QByteArray response = roundTrip(receiver.port(), request);
        QCOMPARE(statusOf(response), status);
        QCOMPARE(calls, handled ? 1 : 0);
        QVERIFY(response.contains("Cache-Control: no-store"));
        QVERIFY(receiver.isListening());
    }

    void pageIsEscapedAndListenerClosesWhenFinished()
    {
        LoopbackReceiver receiver(QStringLiteral("/callback"));
        receiver.setHandler([](const Params& p) {
            return LoopbackReceiver::Page{200, QStringLiteral("<b>t</b>"), p.value(QStringLiteral("m")), true};
        });
        QVERIFY(receiver.listen());
        QSignalSpy closed(&receiver, &LoopbackReceiver::closed);
        const quint16 port = receiver.port();
        const QByteArray response = roundTrip(port, get("/callback?m=%3Cscript%3E"));
        QCOMPARE(statusOf(response), 200);
        QVERIFY(response.contains("&lt;script&gt;"));
        QVERIFY(!response.contains("<script>"));
        QVERIFY(response.contains("&lt;b&gt;t&lt;/b&gt;"));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!receiver.isListening());
        QCOMPARE(roundTrip(port, get("/callback?m=x"), 2000), QByteArray()); // refused
    }

    void idleConnectionTimesOut()
    {
        LoopbackReceiver receiver(QStringLiteral("/callback"));
        receiver.setConnectionTimeoutMs(200);
        QVERIFY(receiver.listen());
        QElapsedTimer timer;
        timer.start();
        const QByteArray response = roundTrip(receiver.port(), "GET /call", 5000);
        QCOMPARE(statusOf(response), 408);
        QVERIFY(timer.elapsed() < 3000);
    }

    void expiresAfterLifetime()
    {
        LoopbackReceiver receiver(QStringLiteral("/callback"));
        receiver.setLifetimeMs(150);
        QSignalSpy expired(&receiver, &LoopbackReceiver::expired);
        QVERIFY(receiver.listen());
        QVERIFY(expired.wait(3000));
        QVERIFY(!receiver.isListening());
    }

    // 1,000 garbage connections of several kinds, then the real redirect.
    void garbageThenRealRedirect()
    {
        LoopbackReceiver receiver(QStringLiteral("/callback"));
        receiver.setConnectionTimeoutMs(500);
        int realCalls = 0;
        receiver.setHandler([&realCalls](const Params& p) {
            const bool real = p.value(QStringLiteral("state")) == QLatin1String("the-state");
            if (real)
                ++realCalls;
            return LoopbackReceiver::Page{real ? 200 : 400, {}, QStringLiteral("x"), real};
        });
        QVERIFY(receiver.listen());
        const quint16 port = receiver.port();
        auto* rng = QRandomGenerator::global();
        int sent = 0;
        while (sent < 1000) {
            std::vector<std::unique_ptr<QTcpSocket>> batch;
            for (int i = 0; i < 100 && sent < 1000; ++i, ++sent) {
                auto socket = std::make_unique<QTcpSocket>();
                QByteArray payload;
                switch (sent % 6) {
                case 0: break; // connect and say nothing
                case 1: {
                    payload.resize(1 + rng->bounded(2000));
                    for (char& c : payload)
                        c = char(rng->bounded(256));
                    break;
                }
                case 2: payload = "GET /callback?code=x"; break; // never finished
                case 3: payload = get("/callback?code=stolen&state=guess"); break; // wrong state
                case 4: payload = QByteArray(10000, 'A'); break; // oversized
                case 5: payload = "DELETE /callback HTTP/1.1\r\n\r\n"; break;
                }
                QTcpSocket* raw = socket.get();
                QObject::connect(raw, &QTcpSocket::connected, raw, [raw, payload] {
                    if (!payload.isEmpty())
                        raw->write(payload);
                });
                raw->connectToHost(QHostAddress::LocalHost, port);
                batch.push_back(std::move(socket));
            }
            QTest::qWait(50);
            // Half of the batch just vanishes without closing politely.
            for (std::size_t i = 0; i < batch.size(); i += 2)
                batch[i]->abort();
        }
        QVERIFY(receiver.isListening());
        QCOMPARE(realCalls, 0);
        const QByteArray response = roundTrip(port, get("/callback?code=real&state=the-state"));
        QCOMPARE(statusOf(response), 200);
        QCOMPARE(realCalls, 1);
        QVERIFY(!receiver.isListening());
        QVERIFY(receiver.rejectedRequests() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "TestLoopbackReceiver.moc"
