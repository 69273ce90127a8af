#pragma once

// Sends one hand-written HTTP/1.1 request over a fresh TCP or TLS connection
// and reads the answer: what a hostile page's browser sends, with headers
// (Host above all) that QNetworkAccessManager would not let a test choose.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <optional>

struct RawHttpReply
{
    int status = 0; // 0: no answer (see error)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error;

    QByteArray header(const QByteArray& name) const; // case-insensitive, empty if absent
    bool hasHeaderStartingWith(const QByteArray& prefix) const;
};

// tls: the configuration to trust the server with, or nullopt for plain TCP.
RawHttpReply sendRawHttp(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls,
                         const QByteArray& request, int timeoutMs = 10000);
