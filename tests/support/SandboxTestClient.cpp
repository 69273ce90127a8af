#include "SandboxTestClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpResult::jsonValid() const
{
    QJsonParseError err;
    QJsonDocument::fromJson(body, &err);
    return err.error == QJsonParseError::NoError;
}

Pkce Pkce::make()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), 8);
    Pkce p;
    const auto opts = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    p.verifier = QString::fromLatin1(raw.toBase64(opts));
    p.challenge = QString::fromLatin1(QCryptographicHash::hash(p.verifier.toLatin1(), QCryptographicHash::Sha256).toBase64(opts));
    return p;
}

TestClient::TestClient(const QSslConfiguration& ssl)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_ssl(ssl)
{
}

TestClient::~TestClient() = default;

void TestClient::reset()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
}

static HttpResult finish(QNetworkReply* reply, qint64 abortAfterBytes)
{
    QElapsedTimer timer;
    timer.start();
    HttpResult r;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (abortAfterBytes > 0) {
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            if (r.headers.isEmpty())
                r.headers = reply->rawHeaderPairs();
            r.received += reply->bytesAvailable();
            const QByteArray chunk = reply->readAll();
            if (r.body.size() < 4096)
                r.body += chunk.left(4096);
            if (r.received >= abortAfterBytes)
                reply->abort();
        });
    }
    if (!reply->isFinished())
        loop.exec();
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (abortAfterBytes <= 0) {
        r.body = reply->readAll();
        r.received = r.body.size();
    }
    if (r.headers.isEmpty())
        r.headers = reply->rawHeaderPairs();
    r.error = reply->error();
    r.errorString = reply->errorString();
    reply->deleteLater();
    return r;
}

HttpResult TestClient::get(const QUrl& url, const QString& bearer, const QList<QPair<QByteArray, QByteArray>>& headers,
                           qint64 abortAfterBytes)
{
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(20000);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    return finish(m_nam->get(req), abortAfterBytes);
}

HttpResult TestClient::postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [k, v] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setTransferTimeout(20000);
    return finish(m_nam->post(req, body), 0);
}

QJsonObject discover(TestClient& client, const SandboxProcess::Issuer& issuer)
{
    return client.get(issuer.discovery).json();
}

QUrl authorizationUrl(const QJsonObject& discovery, const QString& clientId, const QString& redirectUri,
                      const QString& scope, const QString& state, const QString& challenge, const QString& method)
{
    QUrl url(discovery.value(u"authorization_endpoint").toString());
    QByteArray q = "response_type=code";
    auto add = [&q](const char* k, const QString& v) {
        if (!v.isEmpty())
            q += '&' + QByteArray(k) + '=' + QUrl::toPercentEncoding(v);
    };
    add("client_id", clientId);
    add("redirect_uri", redirectUri);
    add("scope", scope);
    add("state", state);
    add("code_challenge", challenge);
    add("code_challenge_method", method);
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}

Tokens refreshTokens(TestClient& client, const QJsonObject& discovery, const QString& clientId, const QString& refresh)
{
    const HttpResult r = client.postForm(QUrl(discovery.value(u"token_endpoint").toString()),
                                         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), refresh},
                                          {QStringLiteral("client_id"), clientId}});
    Tokens t;
    t.status = r.status;
    t.raw = r.json();
    t.access = t.raw.value(u"access_token").toString();
    t.refresh = t.raw.value(u"refresh_token").toString();
    return t;
}

Tokens linkUser(SandboxProcess& sandbox, TestClient& client, const QString& issuerId, const QString& user,
                const QString& password, const QString& scope, QString* why)
{
    QString dummy;
    QString& reason = why ? *why : dummy;
    const SandboxProcess::Issuer issuer = sandbox.issuer(issuerId);
    const QJsonObject d = discover(client, issuer);
    const Pkce pkce = Pkce::make();
    const QString redirect = QStringLiteral("http://127.0.0.1:49152/callback");
    const QUrl url = authorizationUrl(d, issuer.clientId, redirect, scope, QStringLiteral("st-1"), pkce.challenge);
    SandboxBrowser browser(sandbox.sslConfiguration());
    const SandboxBrowser::Decision decision = browser.authorize(url, user, password, true);
    if (!decision.ok) {
        reason = decision.error;
        return {};
    }
    const QUrlQuery back(decision.location);
    const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        reason = QStringLiteral("no code in ") + decision.location.toString();
        return {};
    }
    const HttpResult r = client.postForm(QUrl(d.value(u"token_endpoint").toString()),
                                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("redirect_uri"), redirect},
                                          {QStringLiteral("code_verifier"), pkce.verifier},
                                          {QStringLiteral("client_id"), issuer.clientId}});
    Tokens t;
    t.status = r.status;
    t.raw = r.json();
    t.access = t.raw.value(u"access_token").toString();
    t.refresh = t.raw.value(u"refresh_token").toString();
    if (t.access.isEmpty())
        reason = QStringLiteral("token request: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
    return t;
}

QUrl apiUrl(const QJsonObject& discovery, const QString& path, const QUrlQuery& query)
{
    QUrl url(discovery.value(u"api_base_url").toString() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}
