#include "SandboxServer.h"

#include "Pages.h"
#include "SandboxLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslServer>
#include <QTcpServer>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

namespace meisai::sandbox {
namespace {

constexpr int kJst = 9 * 3600;
constexpr int kTxnLifetimeSecs = 600;
constexpr int kMaxPageSize = 500;
constexpr char kApiVersion[] = "1.2.0"; // the card API version sent in x-api-version and /v1/profile

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray secretKey(const QString& value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256);
}

QString s256(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString rfc3339(const QDateTime& t)
{
    return t.toOffsetFromUtc(kJst).toString(Qt::ISODate);
}

QJsonValue rfc3339OrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(rfc3339(t)) : QJsonValue(QJsonValue::Null);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isBase64Url(const QString& s, int minLen, int maxLen)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-._~]+$"));
    return s.size() >= minLen && s.size() <= maxLen && re.match(s).hasMatch();
}

bool wantsEnglish(const HttpRequest& req)
{
    const QString lang = req.queryValue(QStringLiteral("lang"));
    if (!lang.isEmpty())
        return lang.startsWith(u"en");
    const QString locales = req.queryValue(QStringLiteral("ui_locales")).trimmed();
    return locales.startsWith(u"en");
}

void addPageHeaders(HttpResponse& r)
{
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
                "img-src data:; frame-ancestors 'none'; base-uri 'none'");
}

bool duplicatedParameter(const QUrlQuery& q, QString* name)
{
    const auto items = q.queryItems();
    QSet<QString> seen;
    for (const auto& [key, value] : items) {
        if (seen.contains(key)) {
            *name = key;
            return true;
        }
        seen.insert(key);
    }
    return false;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(kJst).date();
    for (const IssuerInfo& info : issuerCatalog()) {
        auto issuer = std::make_unique<Issuer>();
        issuer->info = &info;
        issuer->data = std::make_unique<CardData>(info, m_options.seed, m_options.transactionsPerCard, today);
        m_issuers.push_back(std::move(issuer));
    }
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SandboxServer::sweep);
    timer->start(30000);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const QSslConfiguration& tls, QString* error)
{
    const QHostAddress address(m_options.host);
    auto handler = [this](const HttpRequest& req) { return handle(req); };
    m_https = std::make_unique<HttpServer>(true, handler);
    m_https->sslSetup(tls);
    m_httpsPort = m_https->listen(address, m_options.httpsPort);
    if (m_httpsPort == 0) {
        *error = QStringLiteral("cannot listen for HTTPS on %1:%2").arg(m_options.host).arg(m_options.httpsPort);
        return false;
    }
    m_http = std::make_unique<HttpServer>(false, handler);
    m_httpPort = m_http->listen(address, m_options.httpPort);
    if (m_httpPort == 0) {
        *error = QStringLiteral("cannot listen for HTTP on %1:%2").arg(m_options.host).arg(m_options.httpPort);
        return false;
    }
    for (const auto& [issuerId, fault] : m_options.faults) {
        if (!setFault(issuerId, fault, error))
            return false;
    }
    return true;
}

QString SandboxServer::httpsBase() const
{
    const QString host = m_options.host.contains(u':') ? u'[' + m_options.host + u']' : m_options.host;
    return QStringLiteral("https://%1:%2").arg(host).arg(m_httpsPort);
}

QString SandboxServer::httpBase() const
{
    const QString host = m_options.host.contains(u':') ? u'[' + m_options.host + u']' : m_options.host;
    return QStringLiteral("http://%1:%2").arg(host).arg(m_httpPort);
}

QString SandboxServer::issuerUrl(const QString& issuerId) const
{
    return httpsBase() + QStringLiteral("/issuers/") + issuerId;
}

bool SandboxServer::hasIssuer(const QString& issuerId) const
{
    return std::any_of(m_issuers.begin(), m_issuers.end(), [&](const auto& i) { return i->info->id == issuerId; });
}

SandboxServer::Issuer* SandboxServer::issuerById(const QString& id)
{
    for (auto& i : m_issuers) {
        if (i->info->id == id)
            return i.get();
    }
    return nullptr;
}

QDateTime SandboxServer::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SandboxServer::sweep()
{
    const QDateTime t = now();
    for (auto it = m_txns.begin(); it != m_txns.end();)
        it = it->expiresAt < t ? m_txns.erase(it) : std::next(it);
    // Used codes are kept a while after expiry so that a replay is still recognised.
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expiresAt.addSecs(600) < t ? m_codes.erase(it) : std::next(it);
}

// ---------------------------------------------------------------- routing

HttpResponse SandboxServer::handle(const HttpRequest& req)
{
    const QString& path = req.path;
    qCDebug(lcSandbox) << req.method << path << (req.tls ? "tls" : "plain");
    HttpResponse r;
    static const QString wellKnown = QStringLiteral("/.well-known/oauth-authorization-server/issuers/");
    if (path == u"/" || path.isEmpty()) {
        r = HttpResponse::html(200, indexPage(issuerCatalog(), httpsBase(), httpBase()));
        addPageHeaders(r);
    } else if (path.startsWith(wellKnown)) {
        Issuer* issuer = issuerById(path.mid(wellKnown.size()));
        if (!issuer)
            r = oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such issuer"));
        else if (!req.tls)
            r = oauthError(403, QStringLiteral("invalid_request"), QStringLiteral("Discovery is served over HTTPS only: ") + httpsBase() + path);
        else
            r = discovery(*issuer, req);
    } else if (path.startsWith(u"/issuers/")) {
        const QString tail = path.mid(9);
        const qsizetype slash = tail.indexOf(u'/');
        const QString id = slash < 0 ? tail : tail.left(slash);
        Issuer* issuer = issuerById(id);
        if (!issuer) {
            r = HttpResponse::html(404, errorPage(nullptr, false, QStringLiteral("Not found"),
                                                  QStringLiteral("No issuer \"%1\" in this sandbox.").arg(id)));
        } else {
            r = handleIssuer(*issuer, slash < 0 ? QString() : tail.mid(slash), req);
        }
    } else if (path == u"/admin" || path.startsWith(u"/admin/")) {
        r = admin(path.mid(6), req);
    } else {
        r = HttpResponse::json(404, R"({"error":"not_found","error_description":"No such endpoint"})");
    }
    return r;
}

HttpResponse SandboxServer::handleIssuer(Issuer& issuer, const QString& rest, const HttpRequest& req)
{
    const bool browserFacing = rest == u"/authorize" || rest == u"/authorize/decision";
    if (!browserFacing && !req.tls) {
        return oauthError(403, QStringLiteral("invalid_request"),
                          QStringLiteral("This endpoint is served over HTTPS only: ") + issuerUrl(issuer.info->id) + rest);
    }
    if (rest == u"/.well-known/openid-configuration" || rest == u"/.well-known/oauth-authorization-server")
        return discovery(issuer, req);
    if (rest == u"/authorize") {
        if (req.method != "GET")
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use GET"));
        return authorize(issuer, req);
    }
    if (rest == u"/authorize/decision") {
        if (req.method != "POST")
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST"));
        return decision(issuer, req);
    }
    if (rest == u"/token" || rest == u"/revoke" || rest == u"/introspect") {
        if (req.method != "POST") {
            HttpResponse r = oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST"));
            r.setHeader("Allow", "POST");
            return r;
        }
        if (!req.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The body must be application/x-www-form-urlencoded"));
        if (rest == u"/token")
            return token(issuer, req);
        if (rest == u"/revoke")
            return revoke(issuer, req);
        return introspect(issuer, req);
    }
    if (rest.startsWith(u"/v1/") || rest == u"/v1")
        return cardApi(issuer, rest, req);
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint"));
}

// ---------------------------------------------------------------- discovery

HttpResponse SandboxServer::discovery(const Issuer& issuer, const HttpRequest& req) const
{
    if (req.method != "GET")
        return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use GET"));
    const QString id = issuer.info->id;
    const QString base = issuerUrl(id);
    QJsonObject o;
    o.insert(u"issuer", base);
    o.insert(u"authorization_endpoint", QString(httpBase() + QStringLiteral("/issuers/") + id + QStringLiteral("/authorize")));
    o.insert(u"token_endpoint", QString(base + QStringLiteral("/token")));
    o.insert(u"revocation_endpoint", QString(base + QStringLiteral("/revoke")));
    o.insert(u"introspection_endpoint", QString(base + QStringLiteral("/introspect")));
    o.insert(u"response_types_supported", QJsonArray{QStringLiteral("code")});
    o.insert(u"response_modes_supported", QJsonArray{QStringLiteral("query")});
    o.insert(u"grant_types_supported", QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")});
    o.insert(u"code_challenge_methods_supported", QJsonArray{QStringLiteral("S256")});
    o.insert(u"token_endpoint_auth_methods_supported", QJsonArray{QStringLiteral("none")});
    o.insert(u"revocation_endpoint_auth_methods_supported", QJsonArray{QStringLiteral("none")});
    o.insert(u"introspection_endpoint_auth_methods_supported", QJsonArray{QStringLiteral("none")});
    o.insert(u"authorization_response_iss_parameter_supported", true);
    o.insert(u"scopes_supported", QJsonArray::fromStringList(allScopes()));
    o.insert(u"ui_locales_supported", QJsonArray{QStringLiteral("ja"), QStringLiteral("en")});
    o.insert(u"api_base_url", base);
    o.insert(u"service_documentation", QString(httpBase() + QStringLiteral("/#") + id));
    HttpResponse r = HttpResponse::json(200, compact(o));
    r.setHeader("Cache-Control", "max-age=300");
    return r;
}

// ---------------------------------------------------------------- authorization

bool SandboxServer::redirectUriAllowed(const QString& uri) const
{
    // Registered: http://127.0.0.1/callback and http://[::1]/callback; any port (RFC 8252 §7.3).
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (url.host() != u"127.0.0.1" && url.host() != u"::1")
        return false;
    return url.path(QUrl::FullyEncoded) == u"/callback";
}

HttpResponse SandboxServer::redirectError(const Issuer& issuer, const QString& redirectUri, const QString& error,
                                          const QString& description, const QString& state) const
{
    QByteArray query = "error=" + QUrl::toPercentEncoding(error)
        + "&error_description=" + QUrl::toPercentEncoding(description);
    if (!state.isEmpty())
        query += "&state=" + QUrl::toPercentEncoding(state);
    query += "&iss=" + QUrl::toPercentEncoding(issuerUrl(issuer.info->id));
    qCInfo(lcSandbox) << issuer.info->id << "authorization refused:" << error;
    return HttpResponse::redirect(redirectUri.toUtf8() + '?' + query);
}

HttpResponse SandboxServer::authorize(Issuer& issuer, const HttpRequest& req)
{
    const bool english = wantsEnglish(req);
    const ClientInfo& client = meisaiClient();
    auto page = [&](int status, const QString& titleJa, const QString& titleEn, const QString& msgJa, const QString& msgEn) {
        HttpResponse r = HttpResponse::html(status, errorPage(issuer.info, english, english ? titleEn : titleJa,
                                                              english ? msgEn : msgJa));
        addPageHeaders(r);
        return r;
    };
    const QString clientId = req.queryValue(QStringLiteral("client_id"));
    if (clientId.isEmpty() || clientId != client.clientId) {
        return page(400, QStringLiteral("接続先を確認できません"), QStringLiteral("Unknown application"),
                    QStringLiteral("このリクエストの client_id（%1）は当社に登録されていません。ご利用のアプリの提供元にお問い合わせください。").arg(clientId),
                    QStringLiteral("The client_id of this request (%1) is not registered with us. Contact the provider of your app.").arg(clientId));
    }
    const QString redirectUri = req.queryValue(QStringLiteral("redirect_uri"));
    if (!redirectUriAllowed(redirectUri)) {
        return page(400, QStringLiteral("戻り先が登録と一致しません"), QStringLiteral("Redirect URI does not match"),
                    QStringLiteral("redirect_uri「%1」は、この接続先に登録された戻り先ではないため、処理を中止しました。").arg(redirectUri),
                    QStringLiteral("The redirect_uri \"%1\" is not registered for this application, so the request was stopped.").arg(redirectUri));
    }
    const QString state = req.queryValue(QStringLiteral("state"));
    QString duplicated;
    if (duplicatedParameter(req.query, &duplicated))
        return redirectError(issuer, redirectUri, QStringLiteral("invalid_request"),
                             QStringLiteral("Parameter %1 is repeated").arg(duplicated), state);
    if (req.queryValue(QStringLiteral("response_type")) != u"code")
        return redirectError(issuer, redirectUri, QStringLiteral("unsupported_response_type"),
                             QStringLiteral("Only response_type=code is supported"), state);
    const QStringList scopes = req.queryValue(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return redirectError(issuer, redirectUri, QStringLiteral("invalid_scope"), QStringLiteral("scope is required"), state);
    for (const QString& s : scopes) {
        if (!allScopes().contains(s))
            return redirectError(issuer, redirectUri, QStringLiteral("invalid_scope"), QStringLiteral("Unknown scope: ") + s, state);
    }
    const QString challenge = req.queryValue(QStringLiteral("code_challenge"));
    const QString method = req.queryValue(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty())
        return redirectError(issuer, redirectUri, QStringLiteral("invalid_request"),
                             QStringLiteral("PKCE is required: code_challenge is missing"), state);
    if (method != u"S256")
        return redirectError(issuer, redirectUri, QStringLiteral("invalid_request"),
                             method.isEmpty() ? QStringLiteral("PKCE is required: code_challenge_method=S256 is missing")
                                              : QStringLiteral("code_challenge_method %1 is not supported; use S256").arg(method),
                             state);
    if (challenge.size() != 43 || !isBase64Url(challenge, 43, 43))
        return redirectError(issuer, redirectUri, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge must be a base64url SHA-256 (43 characters)"), state);

    AuthTxn txn;
    txn.issuerId = issuer.info->id;
    txn.clientId = clientId;
    txn.redirectUri = redirectUri;
    txn.state = state;
    txn.challenge = challenge;
    txn.scopes = scopes;
    txn.english = english;
    txn.expiresAt = now().addSecs(kTxnLifetimeSecs);
    QUrlQuery other = req.query;
    other.removeAllQueryItems(QStringLiteral("lang"));
    other.addQueryItem(QStringLiteral("lang"), english ? QStringLiteral("ja") : QStringLiteral("en"));
    txn.query = other.query(QUrl::FullyEncoded);
    const QString txnId = randomToken(24);
    m_txns.insert(txnId, txn);

    ConsentPageModel model;
    model.issuer = issuer.info;
    model.client = &client;
    model.scopes = scopes;
    model.english = english;
    model.txn = txnId;
    model.action = QStringLiteral("/issuers/") + issuer.info->id + QStringLiteral("/authorize/decision");
    model.username = issuer.info->users.first().login;
    model.password = issuer.info->users.first().password;
    model.otherLanguageUrl = QStringLiteral("/issuers/") + issuer.info->id + QStringLiteral("/authorize?") + txn.query;
    model.redirectHost = QUrl(redirectUri).host();
    model.consentUntil = now().addDays(kConsentMaxDays).toOffsetFromUtc(kJst).date();
    model.refreshUntil = model.consentUntil;
    HttpResponse r = HttpResponse::html(200, consentPage(model));
    addPageHeaders(r);
    return r;
}

HttpResponse SandboxServer::decision(Issuer& issuer, const HttpRequest& req)
{
    const QUrlQuery form = req.form();
    const QString txnId = form.queryItemValue(QStringLiteral("txn"), QUrl::FullyDecoded);
    auto it = m_txns.find(txnId);
    if (txnId.isEmpty() || it == m_txns.end() || it->issuerId != issuer.info->id || it->expiresAt < now()) {
        HttpResponse r = HttpResponse::html(400, errorPage(issuer.info, false, QStringLiteral("この画面は有効期限が切れています / This page has expired"),
                                                           QStringLiteral("アプリに戻って、もう一度連携をやり直してください。 Go back to the app and start linking again.")));
        addPageHeaders(r);
        return r;
    }
    const AuthTxn txn = *it;
    const QString decisionValue = form.queryItemValue(QStringLiteral("decision"), QUrl::FullyDecoded);
    if (decisionValue == u"deny") {
        m_txns.erase(it);
        return redirectError(issuer, txn.redirectUri, QStringLiteral("access_denied"),
                             QStringLiteral("The user denied the request"), txn.state);
    }
    if (decisionValue != u"approve") {
        HttpResponse r = HttpResponse::html(400, errorPage(issuer.info, txn.english, QStringLiteral("Bad request"),
                                                           QStringLiteral("decision must be approve or deny")));
        addPageHeaders(r);
        return r;
    }
    const QString username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const DemoUser* user = nullptr;
    for (const DemoUser& u : issuer.info->users) {
        if (u.login == username && u.password == password)
            user = &u;
    }
    if (!user) {
        qCInfo(lcSandbox) << issuer.info->id << "login failed";
        ConsentPageModel model;
        model.issuer = issuer.info;
        model.client = &meisaiClient();
        model.scopes = txn.scopes;
        model.english = txn.english;
        model.txn = txnId;
        model.action = QStringLiteral("/issuers/") + issuer.info->id + QStringLiteral("/authorize/decision");
        model.username = username;
        model.error = txn.english ? QStringLiteral("The user ID or password is incorrect.")
                                  : QStringLiteral("ユーザーIDまたはパスワードが正しくありません。");
        model.otherLanguageUrl = QStringLiteral("/issuers/") + issuer.info->id + QStringLiteral("/authorize?") + txn.query;
        model.redirectHost = QUrl(txn.redirectUri).host();
        model.consentUntil = now().addDays(kConsentMaxDays).toOffsetFromUtc(kJst).date();
        model.refreshUntil = model.consentUntil;
        HttpResponse r = HttpResponse::html(200, consentPage(model));
        addPageHeaders(r);
        return r;
    }
    m_txns.erase(it);
    const QString code = randomToken(32);
    AuthCode ac;
    ac.issuerId = issuer.info->id;
    ac.clientId = txn.clientId;
    ac.redirectUri = txn.redirectUri;
    ac.challenge = txn.challenge;
    ac.user = user->login;
    ac.scopes = txn.scopes;
    ac.expiresAt = now().addSecs(m_options.codeLifetimeSecs);
    m_codes.insert(secretKey(code), ac);
    qCInfo(lcSandbox) << issuer.info->id << "consent approved by" << user->login << "scopes" << txn.scopes.join(u' ');
    QByteArray query = "code=" + QUrl::toPercentEncoding(code);
    if (!txn.state.isEmpty())
        query += "&state=" + QUrl::toPercentEncoding(txn.state);
    query += "&iss=" + QUrl::toPercentEncoding(issuerUrl(issuer.info->id));
    return HttpResponse::redirect(txn.redirectUri.toUtf8() + '?' + query);
}

// ---------------------------------------------------------------- token endpoint

HttpResponse SandboxServer::oauthError(int status, const QString& error, const QString& description) const
{
    QJsonObject o{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    HttpResponse r = HttpResponse::json(status, compact(o));
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

HttpResponse SandboxServer::token(Issuer& issuer, const HttpRequest& req)
{
    const QUrlQuery form = req.form();
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType == u"authorization_code")
        ++issuer.stats.authorizationCode;
    else if (grantType == u"refresh_token")
        ++issuer.stats.refreshToken;
    QString duplicated;
    if (duplicatedParameter(form, &duplicated))
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("Parameter %1 is repeated").arg(duplicated));
    if (!req.header("Authorization").isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("This public client authenticates with client_id only (token_endpoint_auth_method none)"));
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty() || clientId != meisaiClient().clientId) {
        HttpResponse r = oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown or missing client_id"));
        return r;
    }
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    if (grantType == u"authorization_code")
        return tokenFromCode(issuer, form);
    if (grantType == u"refresh_token")
        return tokenFromRefresh(issuer, form);
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Unsupported grant_type: ") + grantType);
}

HttpResponse SandboxServer::tokenFromCode(Issuer& issuer, const QUrlQuery& form)
{
    const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString redirectUri = form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code, redirect_uri and code_verifier are required"));
    auto it = m_codes.find(secretKey(code));
    if (it == m_codes.end() || it->issuerId != issuer.info->id)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown authorization code"));
    if (it->used) {
        // RFC 6749 §4.1.2: a code used twice revokes what was issued from it.
        qCWarning(lcSandbox) << issuer.info->id << "authorization code replayed; revoking grant" << it->grantId;
        if (!it->grantId.isEmpty())
            revokeGrant(it->grantId);
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The authorization code was already used; the tokens issued from it are revoked"));
    }
    if (it->expiresAt <= now())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code expired"));
    if (it->clientId != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The code was issued to another client"));
    if (it->redirectUri != redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match the authorization request"));
    if (!isBase64Url(verifier, 43, 128))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("code_verifier must be 43-128 unreserved characters"));
    if (s256(verifier) != it->challenge)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed: code_verifier does not match"));

    it->used = true;
    Grant grant;
    grant.id = QStringLiteral("g-") + randomToken(12);
    grant.issuerId = issuer.info->id;
    grant.clientId = clientId;
    grant.user = it->user;
    grant.scopes = it->scopes;
    grant.issuedAt = now();
    grant.expiresAt = grant.issuedAt.addDays(kConsentMaxDays);
    it->grantId = grant.id;
    m_grants.insert(grant.id, grant);
    qCInfo(lcSandbox) << issuer.info->id << "grant" << grant.id << "issued to" << clientId << "for" << grant.user;
    return issueTokens(issuer, m_grants[grant.id], grant.scopes);
}

HttpResponse SandboxServer::tokenFromRefresh(Issuer& issuer, const QUrlQuery& form)
{
    const QString value = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required"));
    Token* tok = findToken(value);
    if (!tok || !tok->refresh)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token"));
    auto git = m_grants.find(tok->grantId);
    if (git == m_grants.end() || git->issuerId != issuer.info->id || git->clientId != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token was not issued to this client by this issuer"));
    if (tok->rotated) {
        qCWarning(lcSandbox) << issuer.info->id << "rotated refresh token reused; revoking grant" << git->id;
        revokeGrant(git->id);
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was already used; the whole grant is revoked"));
    }
    if (git->revoked)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The grant was revoked"));
    if (tok->expiresAt <= now() || !git->active(now()))
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token expired; the user must consent again"));
    QStringList scopes = tok->scopes;
    const QString requested = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (!requested.isEmpty()) {
        const QStringList narrowed = requested.split(u' ', Qt::SkipEmptyParts);
        for (const QString& s : narrowed) {
            if (!git->scopes.contains(s))
                return oauthError(400, QStringLiteral("invalid_scope"), QStringLiteral("Scope %1 was not granted").arg(s));
        }
        scopes = narrowed;
    }
    tok->rotated = true;
    // The access tokens issued alongside the old refresh token stay valid until they expire.
    return issueTokens(issuer, *git, scopes);
}

HttpResponse SandboxServer::issueTokens(Issuer&, Grant& grant, const QStringList& scopes)
{
    const QDateTime t = now();
    const QString access = randomToken(32);
    const QString refresh = randomToken(32);
    m_tokens.insert(secretKey(access), Token{grant.id, scopes, t, t.addSecs(m_options.accessTokenLifetimeSecs), false, false});
    m_tokens.insert(secretKey(refresh), Token{grant.id, scopes, t, grant.expiresAt, true, false});
    QJsonObject o;
    o.insert(u"access_token", access);
    o.insert(u"token_type", QStringLiteral("Bearer"));
    o.insert(u"expires_in", m_options.accessTokenLifetimeSecs);
    o.insert(u"refresh_token", refresh);
    o.insert(u"refresh_token_expires_in", qint64(t.secsTo(grant.expiresAt)));
    o.insert(u"scope", scopes.join(u' '));
    HttpResponse r = HttpResponse::json(200, compact(o));
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

SandboxServer::Token* SandboxServer::findToken(const QString& value)
{
    auto it = m_tokens.find(secretKey(value));
    return it == m_tokens.end() ? nullptr : &*it;
}

void SandboxServer::revokeGrant(const QString& grantId)
{
    auto it = m_grants.find(grantId);
    if (it != m_grants.end() && !it->revoked) {
        it->revoked = true;
        qCInfo(lcSandbox) << it->issuerId << "grant" << grantId << "revoked";
    }
}

int SandboxServer::revokeUser(const QString& issuerId, const QString& user)
{
    int n = 0;
    for (Grant& g : m_grants) {
        if (g.issuerId == issuerId && g.user == user && !g.revoked) {
            g.revoked = true;
            ++n;
        }
    }
    qCInfo(lcSandbox) << issuerId << "revoked" << n << "grants of" << user;
    return n;
}

HttpResponse SandboxServer::revoke(Issuer& issuer, const HttpRequest& req)
{
    ++issuer.stats.revocations;
    const QUrlQuery form = req.form();
    const QString value = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId != meisaiClient().clientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown or missing client_id"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    if (Token* tok = findToken(value)) {
        auto git = m_grants.find(tok->grantId);
        // A client may revoke only its own tokens; others are ignored silently (RFC 7009 §2.2).
        if (git != m_grants.end() && git->issuerId == issuer.info->id && git->clientId == clientId)
            revokeGrant(git->id);
    }
    HttpResponse r;
    r.status = 200;
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse SandboxServer::introspect(Issuer& issuer, const HttpRequest& req)
{
    const QUrlQuery form = req.form();
    const QString value = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId != meisaiClient().clientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown or missing client_id"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    QJsonObject o{{QStringLiteral("active"), false}};
    if (Token* tok = findToken(value)) {
        auto git = m_grants.find(tok->grantId);
        const QDateTime t = now();
        if (git != m_grants.end() && git->issuerId == issuer.info->id && git->clientId == clientId
            && git->active(t) && tok->expiresAt > t && !(tok->refresh && tok->rotated)) {
            o.insert(u"active", true);
            o.insert(u"scope", tok->scopes.join(u' '));
            o.insert(u"client_id", git->clientId);
            o.insert(u"username", git->user);
            o.insert(u"sub", git->user);
            o.insert(u"token_type", tok->refresh ? QStringLiteral("refresh_token") : QStringLiteral("Bearer"));
            o.insert(u"exp", tok->expiresAt.toSecsSinceEpoch());
            o.insert(u"iat", tok->issuedAt.toSecsSinceEpoch());
            o.insert(u"iss", issuerUrl(issuer.info->id));
            o.insert(u"grant_id", git->id);
        }
    }
    HttpResponse r = HttpResponse::json(200, compact(o));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

// ---------------------------------------------------------------- faults

Fault* SandboxServer::activeFault(Issuer& issuer, const QString& mode)
{
    auto it = issuer.faults.find(mode);
    return it == issuer.faults.end() ? nullptr : &*it;
}

void SandboxServer::consumeFault(Issuer& issuer, const QString& mode)
{
    auto it = issuer.faults.find(mode);
    if (it == issuer.faults.end() || it->remaining == 0)
        return;
    if (--it->remaining == 0) {
        qCInfo(lcSandbox) << issuer.info->id << "fault" << mode << "used up";
        issuer.faults.erase(it);
    }
}

void SandboxServer::expireAccessTokens(const QString& issuerId)
{
    const QDateTime t = now();
    for (Token& tok : m_tokens) {
        if (tok.refresh || tok.expiresAt <= t)
            continue;
        auto git = m_grants.find(tok.grantId);
        if (git != m_grants.end() && git->issuerId == issuerId)
            tok.expiresAt = t;
    }
}

bool SandboxServer::setFault(const QString& issuerId, const Fault& fault, QString* error)
{
    Issuer* issuer = issuerById(issuerId);
    if (!issuer) {
        *error = QStringLiteral("unknown issuer \"%1\"").arg(issuerId);
        return false;
    }
    if (!validFaultArg(fault, error))
        return false;
    Fault f = fault;
    f.since = now();
    issuer->faults.insert(f.mode, f);
    if (f.mode == u"expire-tokens")
        expireAccessTokens(issuerId);
    qCInfo(lcSandbox) << issuerId << "fault" << f.mode << f.arg << "count" << f.remaining;
    return true;
}

QList<Notice> SandboxServer::notices(const Issuer& issuer) const
{
    QList<Notice> list = issuer.info->notices + issuer.published;
    auto it = issuer.faults.find(QStringLiteral("maintenance"));
    if (it != issuer.faults.end()) {
        const int retry = it->arg.isEmpty() ? 600 : it->arg.toInt();
        list.append(Notice{QStringLiteral("maintenance-now"), QStringLiteral("maintenance"),
                           QStringLiteral("緊急メンテナンスを実施しています"),
                           QStringLiteral("現在、システムメンテナンスのため API をご利用いただけません。終了予定: %1")
                               .arg(rfc3339(it->since.addSecs(retry))),
                           it->since, it->since, it->since.addSecs(retry)});
    }
    return list;
}

// ---------------------------------------------------------------- card API

HttpResponse SandboxServer::apiError(const Issuer&, int status, const QString& error, const QString& message,
                                     const QJsonArray& details) const
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("invalid_request"), QStringLiteral("E400-01")},
        {QStringLiteral("unauthorized"), QStringLiteral("E401-00")},
        {QStringLiteral("invalid_token"), QStringLiteral("E401-01")},
        {QStringLiteral("insufficient_scope"), QStringLiteral("E403-01")},
        {QStringLiteral("not_found"), QStringLiteral("E404-01")},
        {QStringLiteral("method_not_allowed"), QStringLiteral("E405-01")},
        {QStringLiteral("too_many_requests"), QStringLiteral("E429-01")},
        {QStringLiteral("server_error"), QStringLiteral("E500-01")},
        {QStringLiteral("maintenance"), QStringLiteral("E503-01")},
    };
    QJsonObject o;
    o.insert(u"error", error);
    o.insert(u"errorCode", codes.value(error, QStringLiteral("E000-00")));
    o.insert(u"errorMessage", message);
    o.insert(u"errorDetails", details);
    return HttpResponse::json(status, compact(o));
}

HttpResponse SandboxServer::cardApi(Issuer& issuer, const QString& rest, const HttpRequest& req)
{
    ++issuer.stats.apiRequests;
    QByteArray interactionId = req.header("x-fapi-interaction-id");
    if (interactionId.isEmpty())
        interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();

    const bool publicEndpoint = rest == u"/v1/notices" || rest == u"/v1/profile";
    HttpResponse r;
    bool bodyFaultsApply = false;
    if (!publicEndpoint && activeFault(issuer, QStringLiteral("maintenance"))) {
        const Fault f = *activeFault(issuer, QStringLiteral("maintenance"));
        consumeFault(issuer, f.mode);
        r = apiError(issuer, 503, QStringLiteral("maintenance"),
                     QStringLiteral("ただいまメンテナンス中です。お知らせ（GET /v1/notices）をご確認ください。"));
        r.setHeader("Retry-After", (f.arg.isEmpty() ? QByteArray("600") : f.arg.toLatin1()));
    } else if (!publicEndpoint && activeFault(issuer, QStringLiteral("500"))) {
        consumeFault(issuer, QStringLiteral("500"));
        r = apiError(issuer, 500, QStringLiteral("server_error"), QStringLiteral("An unexpected error occurred (injected fault)"));
    } else if (!publicEndpoint && activeFault(issuer, QStringLiteral("429"))) {
        const Fault f = *activeFault(issuer, QStringLiteral("429"));
        consumeFault(issuer, f.mode);
        r = apiError(issuer, 429, QStringLiteral("too_many_requests"), QStringLiteral("Too many requests; retry later"));
        r.setHeader("Retry-After", (f.arg.isEmpty() ? QByteArray("30") : f.arg.toLatin1()));
    } else {
        r = cardApiInner(issuer, rest, req, &bodyFaultsApply);
    }

    if (bodyFaultsApply && r.status / 100 == 2 && !publicEndpoint) {
        if (activeFault(issuer, QStringLiteral("malformed-json"))) {
            consumeFault(issuer, QStringLiteral("malformed-json"));
            // Cut mid-document and end inside an unterminated string: no JSON parser accepts it.
            r.body = r.body.left(r.body.size() * 2 / 3) + ",\"unterminated";
        } else if (activeFault(issuer, QStringLiteral("truncated-body"))) {
            consumeFault(issuer, QStringLiteral("truncated-body"));
            r.delivery = HttpResponse::Delivery::Truncated;
        } else if (Fault* f = activeFault(issuer, QStringLiteral("oversized-body"))) {
            const qint64 mib = f->arg.isEmpty() ? 64 : f->arg.toInt();
            consumeFault(issuer, QStringLiteral("oversized-body"));
            r.delivery = HttpResponse::Delivery::Oversized;
            r.oversizedBytes = std::max<qint64>(1, mib) << 20;
        }
    }
    if (Fault* f = activeFault(issuer, QStringLiteral("latency"))) {
        r.delayMs = f->arg.isEmpty() ? 2000 : f->arg.toInt();
        consumeFault(issuer, QStringLiteral("latency"));
    }
    if (!r.hasHeader("Content-Type"))
        r.setHeader("Content-Type", "application/json;charset=UTF-8");
    r.setHeader("x-fapi-interaction-id", interactionId);
    QByteArray apiVersion(kApiVersion);
    if (Fault* f = publicEndpoint ? nullptr : activeFault(issuer, QStringLiteral("api-version"))) {
        apiVersion = f->arg.isEmpty() ? QByteArray("2.0.0") : f->arg.toLatin1();
        consumeFault(issuer, QStringLiteral("api-version"));
    }
    r.setHeader("x-api-version", apiVersion);
    r.setHeader("Date", httpDate(now()));
    if (!r.hasHeader("Cache-Control"))
        r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse SandboxServer::cardApiInner(Issuer& issuer, const QString& rest, const HttpRequest& req, bool* bodyFaultsApply)
{
    if (req.method != "GET") {
        HttpResponse r = apiError(issuer, 405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET is supported"));
        r.setHeader("Allow", "GET");
        return r;
    }
    const IssuerInfo& info = *issuer.info;
    if (rest == u"/v1/notices") {
        QJsonArray arr;
        for (const Notice& n : notices(issuer)) {
            QJsonObject o;
            o.insert(u"noticeId", n.id);
            o.insert(u"kind", n.kind);
            o.insert(u"title", n.title);
            o.insert(u"body", n.body);
            o.insert(u"publishedAt", rfc3339(n.publishedAt));
            o.insert(u"startsAt", rfc3339OrNull(n.startsAt));
            o.insert(u"endsAt", rfc3339OrNull(n.endsAt));
            arr.append(o);
        }
        return HttpResponse::json(200, compact(QJsonObject{{QStringLiteral("notices"), arr},
                                                           {QStringLiteral("count"), arr.size()}}));
    }
    if (rest == u"/v1/profile") {
        auto contact = [](const Contact& c) {
            return QJsonObject{{QStringLiteral("name"), c.nameJa}, {QStringLiteral("nameEn"), c.nameEn},
                               {QStringLiteral("phone"), c.phone}, {QStringLiteral("email"), c.email},
                               {QStringLiteral("hours"), c.hoursJa}, {QStringLiteral("hoursEn"), c.hoursEn},
                               {QStringLiteral("url"), c.url}};
        };
        QJsonObject o;
        o.insert(u"issuerId", info.id);
        o.insert(u"legalName", info.legalNameJa);
        o.insert(u"legalNameEn", info.legalNameEn);
        o.insert(u"brandName", info.brandJa);
        o.insert(u"kind", info.kind);
        o.insert(u"services", QJsonArray::fromStringList(info.servicesJa));
        o.insert(u"servicesEn", QJsonArray::fromStringList(info.servicesEn));
        o.insert(u"inquiryContact", contact(info.inquiry));
        o.insert(u"incidentContact", contact(info.incident));
        o.insert(u"serviceHours", info.serviceHoursJa);
        o.insert(u"serviceHoursEn", info.serviceHoursEn);
        o.insert(u"maintenanceWindow", info.maintenanceWindowJa);
        o.insert(u"apiVersion", QString::fromLatin1(kApiVersion));
        o.insert(u"sandbox", true);
        return HttpResponse::json(200, compact(o));
    }

    // Everything else needs an access token.
    const QString realm = issuerUrl(info.id);
    auto unauthorized = [&](const QString& description) {
        HttpResponse r = apiError(issuer, 401, QStringLiteral("invalid_token"), description);
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\", error=\"invalid_token\", error_description=\"%2\"")
                                            .arg(realm, description).toUtf8());
        return r;
    };
    const QByteArray auth = req.header("Authorization");
    if (!auth.toLower().startsWith("bearer ") || auth.mid(7).trimmed().isEmpty()) {
        HttpResponse r = apiError(issuer, 401, QStringLiteral("unauthorized"), QStringLiteral("An access token is required"));
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\"").arg(realm).toUtf8());
        return r;
    }
    Token* tok = findToken(QString::fromLatin1(auth.mid(7).trimmed()));
    if (!tok || tok->refresh)
        return unauthorized(QStringLiteral("The access token is not valid"));
    auto git = m_grants.find(tok->grantId);
    if (git == m_grants.end() || git->issuerId != info.id)
        return unauthorized(QStringLiteral("The access token was not issued by this issuer"));
    if (activeFault(issuer, QStringLiteral("expire-tokens"))) {
        // Applies to this request whether or not the token was already expired when the fault was set.
        if (tok->expiresAt > now())
            tok->expiresAt = now();
        consumeFault(issuer, QStringLiteral("expire-tokens"));
    }
    if (git->revoked)
        return unauthorized(QStringLiteral("The access token was revoked"));
    if (tok->expiresAt <= now())
        return unauthorized(QStringLiteral("The access token expired"));
    if (!git->active(now()))
        return unauthorized(QStringLiteral("The consent expired"));
    git->lastUsedAt = now();

    auto needScope = [&](const QString& scope) -> std::optional<HttpResponse> {
        if (tok->scopes.contains(scope))
            return std::nullopt;
        HttpResponse r = apiError(issuer, 403, QStringLiteral("insufficient_scope"),
                                  QStringLiteral("This request needs the scope %1").arg(scope));
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\", error=\"insufficient_scope\", scope=\"%2\"")
                                            .arg(realm, scope).toUtf8());
        return r;
    };

    const QString user = git->user;
    CardData& data = *issuer.data;
    if (rest == u"/v1/cards") {
        if (auto denied = needScope(QStringLiteral("cards:read")))
            return *denied;
        QJsonArray arr;
        for (const Card* c : data.cards(user)) {
            arr.append(QJsonObject{{QStringLiteral("cardId"), c->id},
                                   {QStringLiteral("maskedPan"), c->maskedPan},
                                   {QStringLiteral("cardName"), c->name},
                                   {QStringLiteral("holderType"), c->family ? QStringLiteral("family") : QStringLiteral("principal")},
                                   {QStringLiteral("isVirtual"), c->isVirtual}});
        }
        *bodyFaultsApply = true;
        return HttpResponse::json(200, compact(QJsonObject{{QStringLiteral("cards"), arr},
                                                           {QStringLiteral("count"), arr.size()}}));
    }
    static const QRegularExpression cardPath(QStringLiteral("^/v1/cards/([A-Za-z0-9_\\-]+)/(transactions|statements/([^/]*)|limits)$"));
    const QRegularExpressionMatch m = cardPath.match(rest);
    if (!m.hasMatch())
        return apiError(issuer, 404, QStringLiteral("not_found"), QStringLiteral("No such resource"));
    const QString what = m.captured(2);
    const QString scope = what == u"transactions" ? QStringLiteral("transactions:read")
        : what == u"limits"                       ? QStringLiteral("limits:read")
                                                  : QStringLiteral("statements:read");
    if (auto denied = needScope(scope))
        return *denied;
    Card* card = data.card(user, m.captured(1));
    if (!card)
        return apiError(issuer, 404, QStringLiteral("not_found"), QStringLiteral("No such card for this user"));
    *bodyFaultsApply = true;

    if (what == u"transactions")
        return transactions(issuer, *card, req);
    if (what == u"limits") {
        qint64 open = 0;
        const int current = monthIndex(data.today());
        for (const Transaction& tx : card->transactions) {
            if (tx.status != TxStatus::Cancelled && tx.paymentMonth >= current)
                open += tx.amount;
        }
        const qint64 available = std::clamp<qint64>(card->shoppingLimit - open, 0, card->shoppingLimit);
        QJsonObject o;
        o.insert(u"cardId", card->id);
        o.insert(u"currencyCode", QStringLiteral("JPY"));
        o.insert(u"shoppingLimit", card->shoppingLimit);
        o.insert(u"shoppingAvailable", available);
        o.insert(u"cashingLimit", card->cashingLimit);
        o.insert(u"cashingAvailable", card->cashingLimit);
        if (!info.isCodePayment()) {
            o.insert(u"installmentAvailable", available);
            o.insert(u"revolvingAvailable", available);
        }
        HttpResponse r = HttpResponse::json(200, compact(o));
        // RFC 9745 (Deprecation, a structured-field date) and RFC 8594 (Sunset, an HTTP date).
        r.setHeader("Deprecation", "@1735657200"); // 2025-01-01T00:00:00+09:00
        r.setHeader("Sunset", "Thu, 31 Dec 2026 15:00:00 GMT");
        r.setHeader("Link", (QStringLiteral("<%1/#deprecations>; rel=\"deprecation\"; type=\"text/html\"").arg(httpBase())).toUtf8());
        return r;
    }
    // statements/{YYYY-MM}
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const QRegularExpressionMatch mm = monthRe.match(m.captured(3));
    if (!mm.hasMatch()) {
        return apiError(issuer, 400, QStringLiteral("invalid_request"), QStringLiteral("The billing month must be YYYY-MM"),
                        QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("billingMonth")},
                                               {QStringLiteral("message"), QStringLiteral("expected YYYY-MM")}}});
    }
    const int billing = mm.captured(1).toInt() * 12 + mm.captured(2).toInt() - 1;
    const Statement s = data.statement(*card, billing);
    QJsonObject o;
    o.insert(u"cardId", card->id);
    o.insert(u"billingMonth", monthString(billing));
    o.insert(u"closingDate", s.closingDate.toString(Qt::ISODate));
    o.insert(u"dueDate", s.dueDate.toString(Qt::ISODate));
    o.insert(u"billingStatus", s.billingStatus);
    o.insert(u"totalBilledAmount", s.totalBilledAmount);
    o.insert(u"newUsageAmount", s.newUsageAmount);
    o.insert(u"transactionCount", s.transactionCount);
    o.insert(u"currencyCode", QStringLiteral("JPY"));
    return HttpResponse::json(200, compact(o));
}

HttpResponse SandboxServer::transactions(Issuer& issuer, Card& card, const HttpRequest& req)
{
    const CardData& data = *issuer.data;
    QJsonArray details;
    auto parseDate = [&](const QString& field, QDate fallback) {
        const QString v = req.queryValue(field);
        if (v.isEmpty())
            return fallback;
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid() || !iso.match(v).hasMatch())
            details.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), QStringLiteral("expected YYYY-MM-DD")}});
        return d;
    };
    const QDate from = parseDate(QStringLiteral("dateFrom"), data.firstDay());
    const QDate to = parseDate(QStringLiteral("dateTo"), data.today());
    if (details.isEmpty() && from > to)
        details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("dateFrom")}, {QStringLiteral("message"), QStringLiteral("dateFrom is after dateTo")}});
    bool statusWanted[3] = {true, true, true};
    const QString statusParam = req.queryValue(QStringLiteral("status"));
    if (!statusParam.isEmpty()) {
        statusWanted[0] = statusWanted[1] = statusWanted[2] = false;
        for (const QString& s : statusParam.split(u',')) {
            if (s == u"confirmed")
                statusWanted[0] = true;
            else if (s == u"unconfirmed")
                statusWanted[1] = true;
            else if (s == u"cancelled")
                statusWanted[2] = true;
            else
                details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                           {QStringLiteral("message"), QString(QStringLiteral("unknown status: ") + s)}});
        }
    }
    int pageSize = kMaxPageSize;
    const QString limitParam = req.queryValue(QStringLiteral("limit"));
    if (!limitParam.isEmpty()) {
        bool ok = false;
        pageSize = limitParam.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("limit")}, {QStringLiteral("message"), QStringLiteral("1 to 500")}});
    }
    // nextItemKey: base64url("v1|cardId|position|filter") — opaque to clients.
    const QString filterKey = QString::fromLatin1(QCryptographicHash::hash(
        (from.toString(Qt::ISODate) + u'|' + to.toString(Qt::ISODate) + u'|' + statusParam).toUtf8(),
        QCryptographicHash::Sha256).toHex().left(12));
    qsizetype position = 0;
    const QString keyParam = req.queryValue(QStringLiteral("nextItemKey"));
    if (!keyParam.isEmpty()) {
        const QStringList parts = QString::fromUtf8(QByteArray::fromBase64(keyParam.toLatin1(), QByteArray::Base64UrlEncoding)).split(u'|');
        bool ok = false;
        if (parts.size() == 4 && parts.at(0) == u"v1" && parts.at(1) == card.id && parts.at(3) == filterKey)
            position = parts.at(2).toLongLong(&ok);
        if (!ok || position < 0 || position > qsizetype(card.transactions.size()))
            details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("nextItemKey")},
                                       {QStringLiteral("message"), QStringLiteral("not a key returned for this card and these filters")}});
    }
    if (!details.isEmpty())
        return apiError(issuer, 400, QStringLiteral("invalid_request"), QStringLiteral("Invalid query parameters"), details);

    const auto& txs = card.transactions; // newest first
    const qint32 fromDay = qint32(from.toJulianDay());
    const qint32 toDay = qint32(to.toJulianDay());
    // Skip, by binary search, what is newer than dateTo.
    const auto firstInRange = std::partition_point(txs.begin(), txs.end(), [&](const Transaction& t) { return t.useDay > toDay; });
    qsizetype i = std::max<qsizetype>(position, firstInRange - txs.begin());
    const qsizetype n = qsizetype(txs.size());
    // The pan-leak fault puts the card's full number into the first item's remarks.
    const bool leak = activeFault(issuer, QStringLiteral("pan-leak")) != nullptr;
    QByteArray items;
    items.reserve(pageSize * 400);
    int count = 0;
    auto matches = [&](const Transaction& t) { return statusWanted[int(t.status)]; };
    for (; i < n && txs[size_t(i)].useDay >= fromDay; ++i) {
        if (!matches(txs[size_t(i)]))
            continue;
        if (count == pageSize)
            break;
        if (count > 0)
            items.append(',');
        data.appendTransactionJson(&items, card, txs[size_t(i)],
                                   leak && count == 0 ? QStringLiteral("ご利用カード番号 %1").arg(card.fullPan) : QString());
        ++count;
    }
    if (leak && count > 0)
        consumeFault(issuer, QStringLiteral("pan-leak"));
    // i is now at the first unreturned candidate; find whether any match remains.
    bool hasNext = false;
    for (qsizetype j = i; j < n && txs[size_t(j)].useDay >= fromDay; ++j) {
        if (matches(txs[size_t(j)])) {
            hasNext = true;
            i = j;
            break;
        }
    }
    const QDateTime t = now().toOffsetFromUtc(kJst);
    QJsonObject o;
    o.insert(u"cardId", card.id);
    o.insert(u"dateFrom", from.toString(Qt::ISODate));
    o.insert(u"dateTo", to.toString(Qt::ISODate));
    o.insert(u"baseDate", t.date().toString(Qt::ISODate));
    o.insert(u"baseTime", t.toString(Qt::ISODate));
    o.insert(u"count", count);
    o.insert(u"hasNext", hasNext);
    if (hasNext) {
        const QByteArray key = (QStringLiteral("v1|%1|%2|%3").arg(card.id).arg(i).arg(filterKey)).toUtf8();
        o.insert(u"nextItemKey", QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    } else {
        o.insert(u"nextItemKey", QJsonValue::Null);
    }
    // Splice the pre-serialised items in as the last member.
    QByteArray body = compact(o);
    body.chop(1);
    body += ",\"transactions\":[" + items + "]}";
    return HttpResponse::json(200, body);
}

// ---------------------------------------------------------------- admin

QJsonObject SandboxServer::grantJson(const Grant& g) const
{
    QJsonObject o;
    o.insert(u"id", g.id);
    o.insert(u"issuer", g.issuerId);
    o.insert(u"client_id", g.clientId);
    o.insert(u"connector", meisaiClient().connectorJa);
    o.insert(u"service", meisaiClient().serviceJa);
    o.insert(u"user", g.user);
    o.insert(u"scopes", QJsonArray::fromStringList(g.scopes));
    o.insert(u"issued_at", rfc3339(g.issuedAt));
    o.insert(u"expires_at", rfc3339(g.expiresAt));
    o.insert(u"last_used_at", rfc3339OrNull(g.lastUsedAt));
    o.insert(u"active", g.active(now()));
    return o;
}

HttpResponse SandboxServer::admin(const QString& rest, const HttpRequest& req)
{
    if (rest.isEmpty() || rest == u"/") {
        HttpResponse r = HttpResponse::html(200, adminPage(issuerCatalog()));
        addPageHeaders(r);
        return r;
    }
    if (rest.startsWith(u"/api/"))
        return adminApi(rest.mid(4), req);
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such admin page"));
}

HttpResponse SandboxServer::adminApi(const QString& rest, const HttpRequest& req)
{
    auto ok = [](const QJsonObject& o) { return HttpResponse::json(200, compact(o)); };
    auto bad = [this](int status, const QString& message) {
        return oauthError(status, status == 404 ? QStringLiteral("not_found") : QStringLiteral("invalid_request"), message);
    };
    const bool mutating = req.method == "POST" || req.method == "DELETE";
    // Browsers cannot send a cross-site JSON POST without a preflight we never answer.
    if (mutating && !req.header("Content-Type").toLower().startsWith("application/json"))
        return bad(415, QStringLiteral("Admin requests must be Content-Type: application/json"));
    QJsonObject body;
    if (req.method == "POST" && !req.body.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return bad(400, QStringLiteral("The body must be a JSON object"));
        body = doc.object();
    }

    if (rest == u"/grants" && req.method == "GET") {
        const QString filter = req.queryValue(QStringLiteral("issuer"));
        QJsonArray arr;
        for (const Grant& g : m_grants) {
            if (filter.isEmpty() || g.issuerId == filter)
                arr.append(grantJson(g));
        }
        return ok(QJsonObject{{QStringLiteral("grants"), arr}});
    }
    if (rest == u"/issuers" && req.method == "GET") {
        QJsonArray arr;
        for (const auto& i : m_issuers) {
            QJsonArray faults;
            for (const Fault& f : i->faults)
                faults.append(QJsonObject{{QStringLiteral("mode"), f.mode}, {QStringLiteral("arg"), f.arg}, {QStringLiteral("count"), f.remaining}});
            arr.append(QJsonObject{{QStringLiteral("id"), i->info->id}, {QStringLiteral("name"), i->info->legalNameJa},
                                   {QStringLiteral("issuer"), issuerUrl(i->info->id)}, {QStringLiteral("faults"), faults},
                                   {QStringLiteral("maintenance"), i->faults.contains(QStringLiteral("maintenance"))}});
        }
        return ok(QJsonObject{{QStringLiteral("issuers"), arr}});
    }
    static const QRegularExpression grantRevoke(QStringLiteral("^/grants/([^/]+)/revoke$"));
    if (auto m = grantRevoke.match(rest); m.hasMatch() && req.method == "POST") {
        if (!m_grants.contains(m.captured(1)))
            return bad(404, QStringLiteral("No such grant"));
        revokeGrant(m.captured(1));
        return ok(QJsonObject{{QStringLiteral("revoked"), true}, {QStringLiteral("grant"), grantJson(m_grants.value(m.captured(1)))}});
    }
    static const QRegularExpression issuerPath(QStringLiteral("^/issuers/([^/]+)/(revoke-user|faults|notices|maintenance|confirm-pending|stats|stats/reset)$"));
    const auto m = issuerPath.match(rest);
    if (!m.hasMatch())
        return bad(404, QStringLiteral("No such admin endpoint"));
    Issuer* issuer = issuerById(m.captured(1));
    if (!issuer)
        return bad(404, QStringLiteral("No such issuer"));
    const QString action = m.captured(2);
    const QByteArray method = req.method;
    auto faultList = [&] {
        QJsonArray faults;
        for (const Fault& f : issuer->faults)
            faults.append(QJsonObject{{QStringLiteral("mode"), f.mode}, {QStringLiteral("arg"), f.arg}, {QStringLiteral("count"), f.remaining}});
        return QJsonObject{{QStringLiteral("faults"), faults}};
    };

    if (action == u"revoke-user" && method == "POST") {
        const QString user = body.value(u"user").toString();
        if (user.isEmpty())
            return bad(400, QStringLiteral("user is required"));
        return ok(QJsonObject{{QStringLiteral("revoked"), revokeUser(issuer->info->id, user)}});
    }
    if (action == u"faults") {
        if (method == "GET")
            return ok(faultList());
        if (method == "DELETE") {
            const QString mode = req.queryValue(QStringLiteral("mode"));
            if (mode.isEmpty())
                issuer->faults.clear();
            else
                issuer->faults.remove(mode);
            qCInfo(lcSandbox) << issuer->info->id << "faults cleared" << mode;
            return ok(faultList());
        }
        if (method == "POST") {
            Fault f;
            f.mode = body.value(u"mode").toVariant().toString();
            f.arg = body.value(u"arg").toVariant().toString();
            f.remaining = body.value(u"count").toInt(0);
            if (f.remaining < 0)
                return bad(400, QStringLiteral("count must be 0 (until cleared) or more"));
            QString error;
            if (!setFault(issuer->info->id, f, &error))
                return bad(400, error);
            return ok(faultList());
        }
    }
    if (action == u"notices" && method == "POST") {
        const QString kind = body.value(u"kind").toString(QStringLiteral("security"));
        const QString title = body.value(u"title").toString();
        if (kind != u"security" && kind != u"maintenance" && kind != u"info")
            return bad(400, QStringLiteral("kind must be security, maintenance or info"));
        if (title.isEmpty())
            return bad(400, QStringLiteral("title is required"));
        Notice n;
        n.id = QStringLiteral("%1-admin-%2").arg(issuer->info->id).arg(++m_noticeSerial);
        n.kind = kind;
        n.title = title;
        n.body = body.value(u"body").toString();
        n.publishedAt = now();
        issuer->published.append(n);
        qCInfo(lcSandbox) << issuer->info->id << "notice published:" << kind;
        return ok(QJsonObject{{QStringLiteral("notice"), QJsonObject{{QStringLiteral("noticeId"), n.id},
                                                                      {QStringLiteral("kind"), n.kind},
                                                                      {QStringLiteral("title"), n.title},
                                                                      {QStringLiteral("body"), n.body},
                                                                      {QStringLiteral("publishedAt"), rfc3339(n.publishedAt)}}}});
    }
    if (action == u"maintenance" && method == "POST") {
        if (body.value(u"on").toBool()) {
            Fault f;
            f.mode = QStringLiteral("maintenance");
            const int retry = body.value(u"retry_after").toInt(600);
            f.arg = QString::number(std::max(0, retry));
            QString error;
            if (!setFault(issuer->info->id, f, &error))
                return bad(400, error);
        } else {
            issuer->faults.remove(QStringLiteral("maintenance"));
        }
        return ok(QJsonObject{{QStringLiteral("maintenance"), issuer->faults.contains(QStringLiteral("maintenance"))}});
    }
    if (action == u"confirm-pending" && method == "POST")
        return ok(QJsonObject{{QStringLiteral("confirmed"), issuer->data->confirmPending()}});
    if (action == u"stats" && method == "GET") {
        const Stats& s = issuer->stats;
        return ok(QJsonObject{{QStringLiteral("token_requests"), QJsonObject{{QStringLiteral("authorization_code"), s.authorizationCode},
                                                                           {QStringLiteral("refresh_token"), s.refreshToken}}},
                              {QStringLiteral("api_requests"), s.apiRequests},
                              {QStringLiteral("revocations"), s.revocations}});
    }
    if (action == u"stats/reset" && method == "POST") {
        issuer->stats = Stats{};
        return ok(QJsonObject{{QStringLiteral("reset"), true}});
    }
    return bad(405, QStringLiteral("Method not allowed here"));
}

} // namespace meisai::sandbox
