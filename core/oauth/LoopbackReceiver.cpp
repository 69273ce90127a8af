#include "LoopbackReceiver.h"

#include "common/Log.h"
#include "common/SecretBytes.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace meisai {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::optional<QString> decodeComponent(QByteArrayView raw)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '%') {
            if (i + 2 >= raw.size())
                return std::nullopt;
            if (!isHexDigit(raw[i + 1]) || !isHexDigit(raw[i + 2]))
                return std::nullopt;
            bytes.append(char(QByteArray::fromHex(raw.sliced(i + 1, 2).toByteArray()).at(0)));
            i += 2;
        } else if (c == '+') {
            bytes.append(' ');
        } else if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f || c == '#') {
            return std::nullopt;
        } else {
            bytes.append(c);
        }
    }
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return std::nullopt; // not UTF-8
    for (const QChar ch : std::as_const(text)) {
        if (ch.category() == QChar::Other_Control)
            return std::nullopt;
    }
    return text;
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_server(new QTcpServer(this)), m_lifetime(new QTimer(this))
{
    m_server->setMaxPendingConnections(maxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    m_lifetime->setSingleShot(true);
    m_lifetime->setInterval(10 * 60 * 1000);
    connect(m_lifetime, &QTimer::timeout, this, [this] {
        qCInfo(lcOAuth) << "loopback listener expired";
        close();
        Q_EMIT expired();
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    m_server->close();
}

std::optional<QMap<QString, QString>> LoopbackReceiver::parseQuery(QByteArrayView query)
{
    QMap<QString, QString> params;
    if (query.isEmpty())
        return params;
    int count = 0;
    for (const QByteArrayView part : QByteArray::fromRawData(query.data(), query.size()).split('&')) {
        if (part.isEmpty())
            return std::nullopt;
        if (++count > maxParameters)
            return std::nullopt;
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        auto key = decodeComponent(part.first(eq));
        auto value = decodeComponent(part.sliced(eq + 1));
        if (!key || !value || key->isEmpty() || params.contains(*key))
            return std::nullopt;
        params.insert(*key, *value);
    }
    return params;
}

LoopbackReceiver::Request LoopbackReceiver::parseRequest(const QByteArray& head, QByteArrayView path)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return {};
    // A Host header naming something else than loopback: DNS rebinding or a proxy.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.toLower().startsWith("host:")) {
            QByteArray host = line.mid(5).trimmed().toLower();
            if (host.startsWith('[')) {
                host = host.mid(1, host.indexOf(']') - 1);
            } else if (host.contains(':')) {
                host = host.left(host.indexOf(':'));
            }
            if (host != "127.0.0.1" && host != "localhost" && host != "::1")
                return {};
        }
    }
    if (requestLine[0] != "GET")
        return {405, {}};
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.left(q);
    if (rawPath != path)
        return {404, {}};
    QByteArray query = q < 0 ? QByteArray() : target.mid(q + 1);
    auto params = parseQuery(query);
    SecretBytes::wipe(query);
    if (!params)
        return {};
    return {200, std::move(*params)};
}

void LoopbackReceiver::setLifetimeMs(int ms)
{
    m_lifetime->setInterval(ms);
    if (m_lifetime->isActive())
        m_lifetime->start();
}

Status LoopbackReceiver::listen()
{
    if (m_server->isListening())
        return {};
    if (!m_server->listen(QHostAddress::LocalHost, 0) && !m_server->listen(QHostAddress::LocalHostIPv6, 0)) {
        return makeError(ErrorCode::Io,
                         tr("Meisai could not open a local port to receive the issuer's answer: %1")
                             .arg(m_server->errorString()));
    }
    m_lifetime->start();
    qCDebug(lcOAuth).noquote() << "loopback listener on port" << m_server->serverPort();
    return {};
}

void LoopbackReceiver::close()
{
    m_lifetime->stop();
    if (m_server->isListening()) {
        m_server->close();
        qCDebug(lcOAuth) << "loopback listener closed";
        Q_EMIT closed();
    }
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

QHostAddress LoopbackReceiver::address() const
{
    return m_server->serverAddress();
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Never let idle connections crowd out the real redirect: drop the oldest.
        m_sockets.removeAll(QPointer<QTcpSocket>());
        while (m_sockets.size() >= maxConnections) {
            QPointer<QTcpSocket> oldest = m_sockets.takeFirst();
            if (oldest)
                drop(oldest);
        }
        m_sockets.append(socket);
        m_buffers.insert(socket, {});
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [this, socket] { reject(socket, 408); });
        timer->start(m_connectionTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                drop(socket);
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackReceiver::drop(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers.remove(socket);
    m_sockets.removeAll(QPointer<QTcpSocket>(socket));
    socket->abort();
    socket->deleteLater();
}

void LoopbackReceiver::reject(QTcpSocket* socket, int status)
{
    if (!m_buffers.contains(socket))
        return;
    ++m_rejected;
    QString message;
    switch (status) {
    case 404: message = tr("This page does not exist."); break;
    case 405: message = tr("Only GET requests are accepted here."); break;
    case 408: message = tr("The request took too long."); break;
    case 431: message = tr("The request is too large."); break;
    default: message = tr("The request could not be understood."); break;
    }
    respond(socket, status, tr("Meisai"), message);
}

void LoopbackReceiver::onReadyRead(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->read(maxRequestBytes + 1 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maxRequestBytes)
            reject(socket, 431);
        else if (buffer.size() >= 16 && !buffer.startsWith("GET ") && !buffer.contains(' '))
            reject(socket, 400);
        return;
    }
    QByteArray head = buffer.left(end);
    SecretBytes::wipe(buffer);
    m_buffers[socket] = QByteArray();
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    Request request = parseRequest(head, m_path.toUtf8());
    SecretBytes::wipe(head);
    if (request.status != 200) {
        reject(socket, request.status);
        return;
    }
    Page page;
    if (m_handler) {
        page = m_handler(request.params);
    } else {
        page.status = 404;
        page.message = tr("Nobody is waiting for this answer.");
    }
    for (auto it = request.params.begin(); it != request.params.end(); ++it)
        it.value().fill(QLatin1Char('\0'));
    respond(socket, page.status, page.title.isEmpty() ? tr("Meisai") : page.title, page.message);
    if (page.finished)
        close();
}

void LoopbackReceiver::respond(QTcpSocket* socket, int status, const QString& title, const QString& message)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers.remove(socket);
    m_sockets.removeAll(QPointer<QTcpSocket>(socket));
    const QString lang = tr("en", "HTML lang attribute");
    const QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                        "<title>%2</title><style>body{font-family:sans-serif;margin:3em;"
                                        "color:#222}h1{font-size:1.4em}</style></head><body><h1>%2</h1><p>%3</p>"
                                        "</body></html>")
                             .arg(lang.toHtmlEscaped(), title.toHtmlEscaped(), message.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
        "Cache-Control: no-store\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Connection: close\r\n\r\n" + body;
    socket->write(response);
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never reads its answer does not keep the socket forever.
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); socket->deleteLater(); });
}

} // namespace meisai
