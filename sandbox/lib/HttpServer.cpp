#include "HttpServer.h"

#include "SandboxLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace meisai::sandbox {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 302: return "Found";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 415: return "Unsupported Media Type";
    case 421: return "Misdirected Request";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// Streams a large, valid JSON document to a socket without holding it in memory.
class OversizedWriter final : public QObject
{
public:
    OversizedWriter(QTcpSocket* socket, qint64 units, QByteArray first, QByteArray unit, QByteArray suffix)
        : QObject(socket)
        , m_socket(socket)
        , m_remaining(units)
        , m_unit(std::move(unit))
        , m_suffix(std::move(suffix))
    {
        m_batch.reserve(1 << 20);
        m_socket->write(first);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        if (auto* ssl = qobject_cast<QSslSocket*>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this] { pump(); });
        pump();
    }

private:
    void pump()
    {
        while (m_socket->bytesToWrite() < (4 << 20) && (m_remaining > 0 || !m_done)) {
            if (m_remaining == 0) {
                m_socket->write(m_suffix);
                m_done = true;
                break;
            }
            m_batch.clear();
            while (m_remaining > 0 && m_batch.size() < (1 << 20)) {
                m_batch.append(m_unit);
                --m_remaining;
            }
            m_socket->write(m_batch);
        }
        if (m_done)
            deleteLater();
    }

    QTcpSocket* m_socket;
    qint64 m_remaining;
    QByteArray m_unit;
    QByteArray m_suffix;
    QByteArray m_batch;
    bool m_done = false;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery HttpRequest::form() const
{
    // '+' means space in forms; QUrlQuery does not decode it.
    QByteArray copy = body;
    copy.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(copy));
}

QString HttpRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

bool HttpResponse::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const QByteArray& body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json;charset=UTF-8");
    return r;
}

HttpResponse HttpResponse::html(int status, const QString& body)
{
    HttpResponse r;
    r.status = status;
    r.body = body.toUtf8();
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray& location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

HttpServer::HttpServer(bool tls, Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_tls(tls)
    , m_handler(std::move(handler))
{
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest req;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: req.method = "GET"; break;
    case QHttpServerRequest::Method::Post: req.method = "POST"; break;
    case QHttpServerRequest::Method::Delete: req.method = "DELETE"; break;
    case QHttpServerRequest::Method::Put: req.method = "PUT"; break;
    case QHttpServerRequest::Method::Head: req.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: req.method = "OPTIONS"; break;
    case QHttpServerRequest::Method::Patch: req.method = "PATCH"; break;
    default: req.method = "OTHER"; break;
    }
    const QUrl url = request.url();
    req.path = url.path(QUrl::FullyDecoded);
    // A raw '+' in a query means a space (form encoding); a literal plus arrives as %2B.
    req.query = QUrlQuery(url.query(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%20")));
    req.headers = request.headers();
    req.body = request.body();
    req.remote = request.remoteAddress();
    req.tls = m_tls;
    req.localPort = socket->localPort();
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    const bool headOnly = req.method == "HEAD";
    if (headOnly)
        req.method = "GET";
    QElapsedTimer timer;
    timer.start();
    HttpResponse response = m_handler(req);
    qCDebug(lcSandbox) << req.method << req.path << response.status << "handled in" << timer.nsecsElapsed() / 1000 << "µs";
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, socket, [this, guarded, response, headOnly] {
            if (guarded)
                deliver(guarded, response, headOnly);
        });
    } else {
        deliver(socket, response, headOnly);
    }
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    deliver(socket, HttpResponse::json(404, R"({"error":"not_found"})"), false);
}

void HttpServer::deliver(QTcpSocket* socket, const HttpResponse& response, bool headOnly)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.hasHeader("Date"))
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";

    if (response.delivery == HttpResponse::Delivery::Oversized) {
        // {"cards":[U,U,…,U],"padding":true}: valid JSON, just far too much of it.
        const QByteArray unit = R"({"cardId":"oversized-0000000000","maskedPan":"0000-00**-****-0000","cardName":"OVERSIZED RESPONSE PADDING","holderType":"principal","isVirtual":false})";
        const QByteArray first = "{\"cards\":[" + unit;
        const QByteArray more = ',' + unit;
        const QByteArray suffix = "],\"count\":0}";
        const qint64 units = std::max<qint64>(1, (response.oversizedBytes + more.size() - 1) / more.size());
        const qint64 total = first.size() + (units - 1) * more.size() + suffix.size();
        head += "Content-Length: " + QByteArray::number(total) + "\r\n\r\n";
        socket->write(head);
        if (!headOnly)
            new OversizedWriter(socket, units - 1, first, more, suffix);
        return;
    }

    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (headOnly) {
        socket->write(head);
        return;
    }
    if (response.delivery == HttpResponse::Delivery::Truncated) {
        // Promise the whole body, send half of it, hang up.
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    // One write: a separate small write for the head would meet Nagle and delayed ACKs (40 ms).
    socket->write(head + response.body);
}

} // namespace meisai::sandbox
