#include "HttpClient.h"
#include "common/FileProblem.h"

#include "common/Log.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace meisai {

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

// What went wrong on the way, in Meisai's words for the failures people meet
// (Qt's own text, in English only, for the rest, with URLs taken out).
Text networkProblem(const QNetworkReply* reply, const QUrl& url, const QString& where)
{
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
        return HttpClient::trText("the server closed the connection");
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::trText("the server refused the connection");
    case QNetworkReply::HostNotFoundError:
        return HttpClient::trText("the server's name was not found");
    case QNetworkReply::TimeoutError:
        return HttpClient::trText("the connection timed out");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpClient::trText("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return HttpClient::trText("the proxy did not let the connection through");
    default:
        break;
    }
    QString detail = reply->errorString();
    detail.replace(url.toString(QUrl::FullyEncoded), where);
    detail.replace(url.toString(), where);
    return Text::verbatim(detail);
}

QString failureName(HttpFailure failure)
{
    switch (failure) {
    case HttpFailure::None: return QStringLiteral("ok");
    case HttpFailure::Network: return QStringLiteral("network");
    case HttpFailure::Tls: return QStringLiteral("tls");
    case HttpFailure::Timeout: return QStringLiteral("timeout");
    case HttpFailure::TooLarge: return QStringLiteral("too_large");
    case HttpFailure::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

// What happened to one request, shared by the reply's signal handlers.
struct RequestState
{
    QElapsedTimer timer;
    QString interactionId;
    QString operation;
    QString auditDetail;
    qint64 connectionId = 0;
    HttpFailure forced = HttpFailure::None; // set when we aborted the reply ourselves
    QList<QSslError> sslErrors;
    bool done = false;
};

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Error HttpResponse::toError() const
{
    if (failure != HttpFailure::None)
        return error;
    if (status >= 200 && status < 300)
        return makeError(ErrorCode::Unknown, QString());
    ErrorCode code = ErrorCode::ServerError;
    if (status == 401)
        code = ErrorCode::Unauthorized;
    else if (status == 403)
        code = ErrorCode::AccessDenied;
    else if (status == 429)
        code = ErrorCode::RateLimited;
    else if (status == 503)
        code = ErrorCode::Maintenance;
    else if (status >= 400 && status < 500)
        code = ErrorCode::Protocol;
    return makeError(code, HttpClient::trText("The issuer answered with HTTP status %1.").arg(status));
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

HttpClient::HttpClient(HttpClientOptions options, QObject* parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_options(std::move(options))
{
    m_nam->setCookieJar(nullptr); // no cookies between API calls
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(false);
}

HttpClient::~HttpClient()
{
    abortAll();
}

Result<QList<QSslCertificate>> HttpClient::loadCaFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         HttpClient::tr("The certificate authority file %1 could not be read: %2")
                             .arg(path, FileProblem::of(file)));
    }
    // Bounded: a CA bundle is kilobytes, and a device such as /dev/zero never ends.
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.read(4 * 1024 * 1024), QSsl::Pem);
    if (certs.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         HttpClient::tr("The file %1 holds no PEM certificate.").arg(path));
    }
    return certs;
}

void HttpClient::clearConnections()
{
    m_nam->clearConnectionCache();
}

void HttpClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
}

void HttpClient::send(HttpRequest request, QObject* context, Callback done)
{
    auto state = std::make_shared<RequestState>();
    state->timer.start();
    state->interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state->operation = QString::fromLatin1(request.method) + QLatin1Char(' ')
        + (request.pathTemplate.isEmpty() ? request.url.path() : request.pathTemplate);
    state->auditDetail = request.auditDetail;
    state->connectionId = request.connectionId;

    auto finish = [this, state, context = QPointer<QObject>(context),
                   hadContext = context != nullptr, done](HttpResponse response) {
        if (state->done)
            return;
        state->done = true;
        response.interactionId = state->interactionId;
        response.durationMs = state->timer.elapsed();
        const QString result = response.failure != HttpFailure::None
            ? failureName(response.failure)
            : (response.status >= 200 && response.status < 400
                   ? QStringLiteral("ok")
                   : QStringLiteral("http_%1").arg(response.status));
        qCDebug(lcNet).noquote() << m_options.issuerId << state->operation << "->" << result
                                 << response.status << response.durationMs << "ms"
                                 << state->interactionId;
        if (m_audit) {
            AuditEntry entry;
            entry.connectionId = state->connectionId;
            entry.issuerId = m_options.issuerId;
            entry.operation = state->operation;
            entry.httpStatus = response.status;
            entry.result = result;
            entry.interactionId = state->interactionId;
            entry.durationMs = response.durationMs;
            entry.detail = response.failure != HttpFailure::None ? response.error.message
                                                                 : state->auditDetail;
            m_audit->record(std::move(entry));
        }
        if (hadContext && !context)
            return;
        done(std::move(response));
    };

    const auto failNow = [&](HttpFailure failure, Error error) {
        SecretBytes::wipe(request.body);
        for (auto& header : request.headers)
            SecretBytes::wipe(header.second);
        HttpResponse response;
        response.failure = failure;
        response.error = std::move(error);
        QTimer::singleShot(0, this, [finish, response = std::move(response)]() mutable {
            finish(std::move(response));
        });
    };

    const QUrl& url = request.url;
    if (!url.isValid() || url.host().isEmpty()) {
        failNow(HttpFailure::Network,
                makeError(ErrorCode::InvalidArgument, HttpClient::trText("The address to contact is not valid.")));
        return;
    }
    if (url.scheme() != QLatin1String("https")) {
        // Plain HTTP is used only on loopback (tests); issuers are always HTTPS.
        if (!(url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))) {
            failNow(HttpFailure::Tls,
                    makeError(ErrorCode::Tls,
                              HttpClient::trText("Meisai refused to contact %1 without HTTPS.").arg(redactUrl(url))));
            return;
        }
    }

    QNetworkRequest qreq(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCas.isEmpty())
        tls.addCaCertificates(m_options.extraCas);
    qreq.setSslConfiguration(tls);
    qreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qreq.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qreq.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qreq.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qreq.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    qreq.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qreq.setRawHeader("Accept", "application/json");
    qreq.setRawHeader("User-Agent", "Meisai/" MEISAI_VERSION);
    qreq.setRawHeader("x-fapi-interaction-id", state->interactionId.toLatin1());
    if (request.authDate.isValid())
        qreq.setRawHeader("x-fapi-auth-date", httpDate(request.authDate));
    if (!request.customerIp.isEmpty())
        qreq.setRawHeader("x-fapi-customer-ip-address", request.customerIp.toLatin1());
    if (!request.contentType.isEmpty())
        qreq.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (auto& [name, value] : request.headers) {
        qreq.setRawHeader(name, value);
        SecretBytes::wipe(value);
    }

    QNetworkReply* reply = nullptr;
    if (request.method == "GET")
        reply = m_nam->get(qreq);
    else if (request.body.isEmpty() && request.method != "POST" && request.method != "PUT")
        reply = m_nam->sendCustomRequest(qreq, request.method);
    else
        reply = m_nam->sendCustomRequest(qreq, request.method, request.body);
    SecretBytes::wipe(request.body);
    m_inFlight.append(reply);

    const qint64 limit = m_options.maxResponseBytes;
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_options.timeoutMs;

    auto* timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, [reply, state] {
        state->forced = HttpFailure::Timeout;
        reply->abort();
    });
    timeout->start(timeoutMs);

    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError>& errors) {
        state->sslErrors += errors; // recorded for the message; never ignored
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, limit] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > limit) {
            state->forced = HttpFailure::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, limit] {
        if (reply->bytesAvailable() > limit && state->forced == HttpFailure::None) {
            state->forced = HttpFailure::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state, limit](qint64 received, qint64) {
        if (received > limit && state->forced == HttpFailure::None) {
            state->forced = HttpFailure::TooLarge;
            reply->abort();
        }
    });

    const Text issuerName = m_options.issuerName.isEmpty() ? Text::verbatim(m_options.issuerId) : m_options.issuerName;
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, finish, limit, issuerName, url] {
        m_inFlight.removeAll(QPointer<QNetworkReply>(reply));
        reply->deleteLater();
        HttpResponse response;
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString where = redactUrl(url);

        if (state->forced == HttpFailure::TooLarge) {
            response.failure = HttpFailure::TooLarge;
            response.error = makeError(ErrorCode::TooLarge,
                                       HttpClient::trText("The answer from %1 was larger than %2 bytes and was discarded.")
                                           .arg(issuerName)
                                           .arg(limit));
        } else if (state->forced == HttpFailure::Timeout) {
            response.failure = HttpFailure::Timeout;
            response.error = makeError(ErrorCode::Timeout,
                                       HttpClient::trText("%1 did not answer in time. Try again later.").arg(issuerName));
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || !state->sslErrors.isEmpty()) {
            QStringList problems;
            for (const QSslError& e : std::as_const(state->sslErrors))
                problems << e.errorString();
            if (problems.isEmpty())
                problems << reply->errorString();
            problems.removeDuplicates();
            response.failure = HttpFailure::Tls;
            response.error = makeError(
                ErrorCode::Tls,
                HttpClient::trText("The secure connection to %1 (%2) could not be verified: %3. Nothing was sent to it. "
                   "Check this computer's date and time; if it persists, contact the issuer.")
                    .arg(issuerName)
                    .arg(where)
                    .arg(problems.join(QStringLiteral("; "))));
            qCWarning(lcNet).noquote() << "TLS verification failed for" << where << problems.join(QStringLiteral("; "));
        } else if (statusAttr.isValid() && reply->error() > QNetworkReply::NoError
                   && reply->error() < QNetworkReply::ProxyConnectionRefusedError
                   && reply->error() != QNetworkReply::OperationCanceledError) {
            // The connection broke after the headers: the body is incomplete, never hand it on as an answer.
            const Text detail = networkProblem(reply, url, where);
            response.failure = HttpFailure::Network;
            response.error = makeError(ErrorCode::Network,
                                       HttpClient::trText("The answer from %1 broke off before it was complete (%2). Try again later.")
                                           .arg(issuerName)
                                           .arg(detail));
        } else if (statusAttr.isValid()) {
            response.status = statusAttr.toInt();
            response.headers = reply->rawHeaderPairs();
            response.body = reply->readAll();
            if (response.body.size() > limit) {
                SecretBytes::wipe(response.body);
                response.status = 0;
                response.headers.clear();
                response.failure = HttpFailure::TooLarge;
                response.error = makeError(ErrorCode::TooLarge,
                                           HttpClient::trText("The answer from %1 was larger than %2 bytes and was discarded.")
                                               .arg(issuerName)
                                               .arg(limit));
            }
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            response.failure = HttpFailure::Cancelled;
            response.error = makeError(ErrorCode::Cancelled, HttpClient::trText("The request was cancelled."));
        } else {
            const Text detail = networkProblem(reply, url, where);
            response.failure = HttpFailure::Network;
            response.error = makeError(ErrorCode::Network,
                                       HttpClient::trText("%1 could not be reached (%2). Check the network connection and try again.")
                                           .arg(issuerName)
                                           .arg(detail));
        }
        finish(std::move(response));
    });
}

} // namespace meisai
