#pragma once

// A thin HTTP server on QAbstractHttpServer that hands each request to one
// handler and writes the response bytes itself, so that the fault modes can
// send what a broken issuer sends: a body cut short, 64 MiB of JSON, a
// response that arrives late.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace meisai::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // "GET", "POST"…
    QString path;      // decoded path, no query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress remote;
    bool tls = false;
    quint16 localPort = 0;

    QByteArray header(const QByteArray& name) const; // case-insensitive, empty if absent
    QUrlQuery form() const;                            // application/x-www-form-urlencoded body
    QString queryValue(const QString& key) const;      // fully decoded
};

struct HttpResponse
{
    enum class Delivery { Normal, Truncated, Oversized };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    qint64 oversizedBytes = 0; // for Delivery::Oversized: at least this many bytes of JSON
    int delayMs = 0;

    void setHeader(const QByteArray& name, const QByteArray& value);
    bool hasHeader(const QByteArray& name) const;

    static HttpResponse json(int status, const QByteArray& body);
    static HttpResponse html(int status, const QString& body);
    static HttpResponse redirect(const QByteArray& location);
};

class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpServer(bool tls, Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void deliver(QTcpSocket* socket, const HttpResponse& response, bool headOnly);

    bool m_tls;
    Handler m_handler;
};

QByteArray httpDate(const QDateTime& utc);

} // namespace meisai::sandbox
