#pragma once

// HTTP for one issuer: OAuth (discovery, token, revocation) and the card API
// both go through it. One QNetworkAccessManager per issuer so that the
// issuer's private CA (sandbox profiles) is trusted for that issuer only and
// keep-alive connections are never shared between issuers.
//
// Every request gets TLS >= 1.2 verified against the system CAs plus the
// issuer's own CA (TLS errors are never ignored), an overall timeout, a response
// size limit, a fresh x-fapi-interaction-id, x-fapi-auth-date when given,
// no automatic redirects, and one row in the audit log through the audit sink.

#include "common/Result.h"
#include "common/Text.h"
#include "common/SecretBytes.h"
#include "model/AuditSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace meisai {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    // For the audit log: method + this, e.g. "/v1/cards/{cardId}/transactions".
    // Never query values or tokens. Empty: the URL's path is used.
    QString pathTemplate;
    HttpHeaders headers; // e.g. Authorization; wiped after the request is handed to Qt
    QByteArray body;     // wiped after the request is handed to Qt (it may hold a code or token)
    QByteArray contentType;
    QDateTime authDate;  // sent as x-fapi-auth-date (RFC 7231 IMF-fixdate) when valid
    QString customerIp;  // sent as x-fapi-customer-ip-address when known
    qint64 connectionId = 0; // for the audit row
    int timeoutMs = 0;       // 0: the client's default
    QString auditDetail;     // optional, never a secret
};

enum class HttpFailure {
    None,      // an HTTP response arrived (of any status)
    Network,   // connection refused, reset, DNS, …
    Tls,       // certificate or handshake problem: nothing was sent
    Timeout,
    TooLarge,  // response over the size limit
    Cancelled,
};

struct HttpResponse
{
    HttpFailure failure = HttpFailure::None;
    Error error;          // set when failure != None; message for people
    int status = 0;       // HTTP status, 0 without a response
    HttpHeaders headers;
    QByteArray body;
    QString interactionId; // the one we sent
    qint64 durationMs = 0;

    bool transportOk() const { return failure == HttpFailure::None; }
    bool isSuccess() const { return transportOk() && status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    // The error as a Result error (also for HTTP statuses >= 400 without a parsed body).
    Error toError() const;
};

struct HttpClientOptions
{
    QString issuerId;                   // for audit rows and messages
    Text issuerName;                    // for messages (empty: the issuer id)
    QList<QSslCertificate> extraCas;    // trusted for this issuer only
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
};

class HttpClient final : public QObject
{
    Q_OBJECT
    MEISAI_TR_TEXT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(HttpResponse)>;

    explicit HttpClient(HttpClientOptions options, QObject* parent = nullptr);
    ~HttpClient() override;

    // Loads a PEM file of CA certificates (e.g. the sandbox's CA).
    static Result<QList<QSslCertificate>> loadCaFile(const QString& path);

    const HttpClientOptions& options() const { return m_options; }
    // Each request is reported to the sink (not owned; may be null), as one row of the API execution log.
    void setAuditSink(AuditSink* sink) { m_audit = sink; }
    // Drops kept-alive connections (e.g. after the trust configuration changed).
    void clearConnections();

    // Sends the request; done runs once on the event loop unless context is
    // destroyed first. Wipes request.body and the header values.
    void send(HttpRequest request, QObject* context, Callback done);

    // Aborts every request in flight (their callbacks get Cancelled).
    void abortAll();

private:
    QNetworkAccessManager* m_nam;
    HttpClientOptions m_options;
    AuditSink* m_audit = nullptr;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

// The x-fapi-auth-date format: "Sun, 10 Sep 2017 19:43:31 GMT".
QByteArray httpDate(const QDateTime& time);

} // namespace meisai
