#include "RawHttp.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

QByteArray RawHttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawHttpReply::hasHeaderStartingWith(const QByteArray& prefix) const
{
    for (const auto& header : headers) {
        if (header.first.toLower().startsWith(prefix.toLower()))
            return true;
    }
    return false;
}

RawHttpReply sendRawHttp(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls,
                         const QByteArray& request, int timeoutMs)
{
    RawHttpReply reply;
    QDeadlineTimer deadline(timeoutMs);
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setSslConfiguration(*tls);
        // The certificate names 127.0.0.1, ::1 and localhost; check it against the address dialled.
        ssl->connectToHostEncrypted(address.toString(), port);
        if (!ssl->waitForEncrypted(int(deadline.remainingTime()))) {
            reply.error = QStringLiteral("TLS: ") + ssl->errorString();
            return reply;
        }
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(address, port);
        if (!socket->waitForConnected(int(deadline.remainingTime()))) {
            reply.error = socket->errorString();
            return reply;
        }
    }
    socket->write(request);

    QByteArray data;
    qsizetype headEnd = -1;
    qint64 contentLength = -1;
    while (!deadline.hasExpired()) {
        if (headEnd < 0) {
            headEnd = data.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = data.left(headEnd).split('\n');
                const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
                reply.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        reply.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
                }
                bool ok = false;
                contentLength = reply.header("Content-Length").toLongLong(&ok);
                if (!ok)
                    contentLength = -1;
            }
        }
        if (headEnd >= 0 && contentLength >= 0 && data.size() - headEnd - 4 >= contentLength)
            break;
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            break;
        if (socket->bytesAvailable() == 0)
            socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        data += socket->readAll();
    }
    if (headEnd < 0) {
        reply.error = QStringLiteral("no complete answer (%1 bytes)").arg(data.size());
        reply.status = 0;
        return reply;
    }
    reply.body = data.mid(headEnd + 4, contentLength >= 0 ? contentLength : -1);
    return reply;
}
