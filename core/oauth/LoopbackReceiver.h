#pragma once

// The loopback redirect listener of RFC 8252 §7.3: a tiny HTTP server on
// 127.0.0.1 (::1 as a fallback) on an ephemeral port that accepts only a GET
// on the expected path. Each connection has a size limit (8 KiB) and a time
// limit; garbage is answered with an error and closed without disturbing the
// other connections; the listener closes after it is told the redirect
// finished the sign-in, or when its lifetime (10 minutes) ends.

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace meisai {

class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    static constexpr qint64 maxRequestBytes = 8 * 1024;
    static constexpr int maxParameters = 32;
    static constexpr int maxConnections = 128;

    struct Page
    {
        int status = 200;
        QString title;
        QString message;
        bool finished = false; // true: this redirect ended the sign-in; close the listener
    };
    // Called for a well-formed GET on the expected path, with its decoded query parameters.
    using Handler = std::function<Page(const QMap<QString, QString>& params)>;

    explicit LoopbackReceiver(QString path, QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    Status listen();
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString path() const { return m_path; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setLifetimeMs(int ms);           // default 10 minutes
    void setConnectionTimeoutMs(int ms) { m_connectionTimeoutMs = ms; } // default 10 s

    // Strict parsing of a query string (without '?'): percent-encoding must
    // be valid, '+' is a space, each key at most once. Returns nullopt when
    // the query is malformed.
    static std::optional<QMap<QString, QString>> parseQuery(QByteArrayView query);

    // One request head (the bytes before the blank line) read against the
    // expected path: status 200 for a well-formed GET on the path, with its
    // parameters; otherwise the error status to answer with. The caller
    // wipes head; copies made here are wiped here.
    struct Request
    {
        int status = 400;
        QMap<QString, QString> params;
    };
    static Request parseRequest(const QByteArray& head, QByteArrayView path);

    // Counters for tests and diagnostics.
    int rejectedRequests() const { return m_rejected; }

Q_SIGNALS:
    void expired();
    void closed();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QString& title, const QString& message);
    void reject(QTcpSocket* socket, int status);
    void drop(QTcpSocket* socket);

    QString m_path;
    QTcpServer* m_server;
    QTimer* m_lifetime;
    Handler m_handler;
    int m_connectionTimeoutMs = 10000;
    int m_rejected = 0;
    QList<QPointer<QTcpSocket>> m_sockets; // oldest first
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace meisai
