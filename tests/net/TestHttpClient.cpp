// The per-issuer HTTP client against a scripted local server: size limits
// (declared and streamed), timeouts, a fresh x-fapi-interaction-id per
// request, x-fapi-auth-date, no redirects followed, audit rows without query
// values, HTTPS required off loopback.

#include "net/HttpClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTimeZone>
#include <QUuid>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <functional>
#include <optional>

using namespace meisai;

namespace {

// Answers each request with what the script returns (nullopt: never answer).
class ScriptedServer : public QObject
{
public:
    using Script = std::function<std::optional<QByteArray>(const QByteArray& request)>;
    explicit ScriptedServer(Script script) : m_script(std::move(script))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray& line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests << *buffer;
                    const auto answer = m_script(*buffer);
                    buffer->clear();
                    if (answer) {
                        s->write(*answer);
                        s->flush();
                        if (answer->contains("Connection: close"))
                            s->disconnectFromHost();
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    Script m_script;
};

QByteArray ok(const QByteArray& body, const QByteArray& extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extra + "\r\n" + body;
}

HttpResponse sendAndWait(HttpClient& client, HttpRequest request)
{
    std::optional<HttpResponse> response;
    QObject context;
    client.send(std::move(request), &context, [&](HttpResponse r) { response = std::move(r); });
    QDeadlineTimer deadline(20000);
    while (!response && !deadline.hasExpired())
        QTest::qWait(5);
    return response ? std::move(*response) : HttpResponse{};
}

QByteArray headerOf(const QByteArray& request, const QByteArray& name)
{
    for (const QByteArray& line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interactionIdAuthDateAndAudit()
    {
        ScriptedServer server([](const QByteArray&) { return ok("{}"); });
        struct Collect final : AuditSink
        {
            QList<AuditEntry> rows;
            void record(AuditEntry e) override { rows << e; }
        } sink;
        QList<AuditEntry>& audit = sink.rows;
        HttpClientOptions options;
        options.issuerId = QStringLiteral("test-issuer");
        HttpClient client(options);
        client.setAuditSink(&sink);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/v1/cards/1234/transactions?dateFrom=2024-01-01&secret=x"));
        request.pathTemplate = QStringLiteral("/v1/cards/{cardId}/transactions");
        request.authDate = QDateTime(QDate(2017, 9, 10), QTime(19, 43, 31), Qt::UTC);
        request.connectionId = 7;
        request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer tok")));
        const HttpResponse first = sendAndWait(client, request);
        QVERIFY2(first.isSuccess(), qPrintable(first.error.message));
        QCOMPARE(first.status, 200);
        HttpRequest second;
        second.url = server.url(QStringLiteral("/v1/cards"));
        const HttpResponse again = sendAndWait(client, second);
        QVERIFY(again.isSuccess());

        QCOMPARE(server.requests.size(), 2);
        const QByteArray id1 = headerOf(server.requests[0], "x-fapi-interaction-id");
        const QByteArray id2 = headerOf(server.requests[1], "x-fapi-interaction-id");
        QVERIFY(!QUuid::fromString(QString::fromLatin1(id1)).isNull());
        QVERIFY(id1 != id2); // fresh per request
        QCOMPARE(QString::fromLatin1(id1), first.interactionId);
        QCOMPARE(headerOf(server.requests[0], "x-fapi-auth-date"), QByteArray("Sun, 10 Sep 2017 19:43:31 GMT"));
        QVERIFY(headerOf(server.requests[1], "x-fapi-auth-date").isEmpty());
        QCOMPARE(headerOf(server.requests[0], "authorization"), QByteArray("Bearer tok"));

        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].operation, QStringLiteral("GET /v1/cards/{cardId}/transactions"));
        QCOMPARE(audit[0].connectionId, 7);
        QCOMPARE(audit[0].issuerId, QStringLiteral("test-issuer"));
        QCOMPARE(audit[0].httpStatus, 200);
        QCOMPARE(audit[0].result, QStringLiteral("ok"));
        QCOMPARE(audit[0].interactionId, first.interactionId);
        QCOMPARE(audit[1].operation, QStringLiteral("GET /v1/cards"));
        for (const AuditEntry& e : std::as_const(audit)) {
            QVERIFY(!e.operation.contains(QLatin1Char('?')));
            QVERIFY(!e.detail.contains(QStringLiteral("tok")));
        }
    }

    void responseSizeLimit_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("failure");
        const QByteArray big(5000, 'x');
        QTest::newRow("under-limit") << ok(QByteArray(900, 'x')) << int(HttpFailure::None);
        QTest::newRow("declared-too-large")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n{") << int(HttpFailure::TooLarge);
        QTest::newRow("streamed-too-large")
            << ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(big.size(), 16) + "\r\n" + big
                + "\r\n0\r\n\r\n")
            << int(HttpFailure::TooLarge);
        QTest::newRow("closed-connection-body-too-large")
            << ("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + big) << int(HttpFailure::TooLarge);
        QTest::newRow("endless-body-too-large") << ("HTTP/1.1 200 OK\r\n\r\n" + big) << int(HttpFailure::TooLarge);
    }
    void responseSizeLimit()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, failure);
        ScriptedServer server([answer](const QByteArray&) { return answer; });
        HttpClientOptions options;
        options.maxResponseBytes = 1000;
        HttpClient client(options);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/big"));
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(int(response.failure), failure);
        if (failure == int(HttpFailure::TooLarge)) {
            QCOMPARE(response.error.code, ErrorCode::TooLarge);
            QVERIFY(response.body.isEmpty());
        } else {
            QCOMPARE(response.body.size(), 900);
        }
    }

    void timeout()
    {
        ScriptedServer server([](const QByteArray&) { return std::nullopt; });
        HttpClientOptions options;
        options.timeoutMs = 300;
        options.issuerName = Text::verbatim(QStringLiteral("Slow Card"));
        HttpClient client(options);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/slow"));
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpFailure::Timeout);
        QCOMPARE(response.error.code, ErrorCode::Timeout);
        QVERIFY(response.error.message.contains(QStringLiteral("Slow Card")));
        QVERIFY(timer.elapsed() < 5000);
    }

    void redirectsAreNotFollowed()
    {
        ScriptedServer server([](const QByteArray& request) -> std::optional<QByteArray> {
            if (request.startsWith("GET /elsewhere"))
                return ok("{\"followed\":true}");
            return QByteArray("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
        });
        HttpClient client(HttpClientOptions{});
        HttpRequest request;
        request.method = "POST";
        request.url = server.url(QStringLiteral("/token"));
        request.body = "grant_type=x";
        request.contentType = "application/x-www-form-urlencoded";
        const HttpResponse response = sendAndWait(client, request);
        QVERIFY(response.transportOk());
        QCOMPARE(response.status, 302);
        QCOMPARE(server.requests.size(), 1);
    }

    void networkFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpClient client(HttpClientOptions{});
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x?token=abc").arg(port));
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpFailure::Network);
        QCOMPARE(response.error.code, ErrorCode::Network);
        QVERIFY(!response.error.message.contains(QStringLiteral("token=abc")));
    }

    void httpsRequiredOffLoopback()
    {
        HttpClient client(HttpClientOptions{});
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://issuer.example/token"));
        const HttpResponse response = sendAndWait(client, request);
        QCOMPARE(response.failure, HttpFailure::Tls);
        QCOMPARE(response.error.code, ErrorCode::Tls);
    }

    void httpDateFormat()
    {
        QCOMPARE(httpDate(QDateTime(QDate(2024, 1, 5), QTime(9, 3, 7), Qt::UTC)), QByteArray("Fri, 05 Jan 2024 09:03:07 GMT"));
        // Local times are converted to GMT.
        QCOMPARE(httpDate(QDateTime(QDate(2024, 1, 5), QTime(18, 3, 7), QTimeZone(9 * 3600))),
                 QByteArray("Fri, 05 Jan 2024 09:03:07 GMT"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
