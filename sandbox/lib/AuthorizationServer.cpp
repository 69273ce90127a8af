#include "AuthorizationServer.h"

#include "Pages.h"
#include "Responses.h"
#include "SandboxLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace meisai::sandbox {
namespace {

constexpr int kTxnLifetimeSecs = 600;

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
    // ui_locales (OpenID Connect Core §3.1.2.1): space-separated BCP 47 tags,
    // most wanted first. The first tag whose language the page has wins;
    // none of them: the page's own default, Japanese.
    const QStringList tags = req.queryValue(QStringLiteral("ui_locales")).split(u' ', Qt::SkipEmptyParts);
    for (const QString& tag : tags) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (language == u"en")
            return true;
        if (language == u"ja")
            return false;
    }
    return false;
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

bool redirectUriAllowed(const QString& uri)
{
    // Registered: http://127.0.0.1/callback and http://[::1]/callback; any port (RFC 8252 §7.3).
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (url.host() != u"127.0.0.1" && url.host() != u"::1")
        return false;
    return url.path(QUrl::FullyEncoded) == u"/callback";
}

} // namespace

AuthorizationServer::AuthorizationServer(const IssuerDirectory& directory, RequestStats& stats, int codeLifetimeSecs,
                                         int accessTokenLifetimeSecs, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_stats(stats)
    , m_codeLifetimeSecs(codeLifetimeSecs)
    , m_accessTokenLifetimeSecs(accessTokenLifetimeSecs)
{
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &AuthorizationServer::sweep);
    timer->start(30000);
}

QDateTime AuthorizationServer::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void AuthorizationServer::sweep()
{
    const QDateTime t = now();
    for (auto it = m_txns.begin(); it != m_txns.end();)
        it = it->expiresAt < t ? m_txns.erase(it) : std::next(it);
    // Used codes are kept a while after expiry so that a replay is still recognised.
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expiresAt.addSecs(600) < t ? m_codes.erase(it) : std::next(it);
}

// ---------------------------------------------------------------- routing

HttpResponse AuthorizationServer::index() const
{
    HttpResponse r = HttpResponse::html(200, indexPage(m_directory.issuers(), m_directory.httpsBase(), m_directory.httpBase()));
    addPageHeaders(r);
    return r;
}

HttpResponse AuthorizationServer::handle(const QString& issuerId, const QString& rest, const HttpRequest& req)
{
    const IssuerInfo* issuer = m_directory.find(issuerId);
    if (!issuer) // SandboxServer routes only our issuers here
        return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such issuer"));
    if (rest == u"/.well-known/openid-configuration" || rest == u"/.well-known/oauth-authorization-server")
        return discovery(issuerId, req);
    if (rest == u"/authorize") {
        if (req.method != "GET")
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use GET"));
        return authorize(*issuer, req);
    }
    if (rest == u"/authorize/decision") {
        if (req.method != "POST")
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST"));
        return decision(*issuer, req);
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
            return token(*issuer, req);
        if (rest == u"/revoke")
            return revoke(*issuer, req);
        return introspect(*issuer, req);
    }
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint"));
}

// ---------------------------------------------------------------- discovery

HttpResponse AuthorizationServer::discovery(const QString& issuerId, const HttpRequest& req) const
{
    if (req.method != "GET")
        return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use GET"));
    const QString& id = issuerId;
    const QString base = m_directory.issuerUrl(id);
    const QString httpBase = m_directory.httpBase();
    QJsonObject o;
    o.insert(u"issuer", base);
    o.insert(u"authorization_endpoint", QString(httpBase + QStringLiteral("/issuers/") + id + QStringLiteral("/authorize")));
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
    o.insert(u"service_documentation", QString(httpBase + QStringLiteral("/#") + id));
    HttpResponse r = HttpResponse::json(200, compactJson(o));
    r.setHeader("Cache-Control", "max-age=300");
    return r;
}

// ---------------------------------------------------------------- authorization

HttpResponse AuthorizationServer::redirectError(const IssuerInfo& issuer, const QString& redirectUri, const QString& error,
                                                const QString& description, const QString& state) const
{
    QByteArray query = "error=" + QUrl::toPercentEncoding(error)
        + "&error_description=" + QUrl::toPercentEncoding(description);
    if (!state.isEmpty())
        query += "&state=" + QUrl::toPercentEncoding(state);
    query += "&iss=" + QUrl::toPercentEncoding(m_directory.issuerUrl(issuer.id));
    qCInfo(lcSandbox) << issuer.id << "authorization refused:" << error;
    return HttpResponse::redirect(redirectUri.toUtf8() + '?' + query);
}

HttpResponse AuthorizationServer::authorize(const IssuerInfo& issuer, const HttpRequest& req)
{
    const bool english = wantsEnglish(req);
    const ClientInfo& client = meisaiClient();
    auto page = [&](int status, const QString& titleJa, const QString& titleEn, const QString& msgJa, const QString& msgEn) {
        HttpResponse r = HttpResponse::html(status, errorPage(&issuer, english, english ? titleEn : titleJa,
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
    txn.issuerId = issuer.id;
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
    model.issuer = &issuer;
    model.client = &client;
    model.scopes = scopes;
    model.english = english;
    model.txn = txnId;
    model.action = QStringLiteral("/issuers/") + issuer.id + QStringLiteral("/authorize/decision");
    model.username = issuer.users.first().login;
    model.password = issuer.users.first().password;
    model.otherLanguageUrl = QStringLiteral("/issuers/") + issuer.id + QStringLiteral("/authorize?") + txn.query;
    model.redirectHost = QUrl(redirectUri).host();
    model.consentUntil = now().addDays(kConsentMaxDays).toOffsetFromUtc(kJstOffsetSecs).date();
    model.refreshUntil = model.consentUntil;
    HttpResponse r = HttpResponse::html(200, consentPage(model));
    addPageHeaders(r);
    return r;
}

HttpResponse AuthorizationServer::decision(const IssuerInfo& issuer, const HttpRequest& req)
{
    const QUrlQuery form = req.form();
    const QString txnId = form.queryItemValue(QStringLiteral("txn"), QUrl::FullyDecoded);
    auto it = m_txns.find(txnId);
    if (txnId.isEmpty() || it == m_txns.end() || it->issuerId != issuer.id || it->expiresAt < now()) {
        HttpResponse r = HttpResponse::html(400, errorPage(&issuer, false, QStringLiteral("この画面は有効期限が切れています / This page has expired"),
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
        HttpResponse r = HttpResponse::html(400, errorPage(&issuer, txn.english, QStringLiteral("Bad request"),
                                                           QStringLiteral("decision must be approve or deny")));
        addPageHeaders(r);
        return r;
    }
    const QString username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const DemoUser* user = nullptr;
    for (const DemoUser& u : issuer.users) {
        if (u.login == username && u.password == password)
            user = &u;
    }
    if (!user) {
        qCInfo(lcSandbox) << issuer.id << "login failed";
        ConsentPageModel model;
        model.issuer = &issuer;
        model.client = &meisaiClient();
        model.scopes = txn.scopes;
        model.english = txn.english;
        model.txn = txnId;
        model.action = QStringLiteral("/issuers/") + issuer.id + QStringLiteral("/authorize/decision");
        model.username = username;
        model.error = txn.english ? QStringLiteral("The user ID or password is incorrect.")
                                  : QStringLiteral("ユーザーIDまたはパスワードが正しくありません。");
        model.otherLanguageUrl = QStringLiteral("/issuers/") + issuer.id + QStringLiteral("/authorize?") + txn.query;
        model.redirectHost = QUrl(txn.redirectUri).host();
        model.consentUntil = now().addDays(kConsentMaxDays).toOffsetFromUtc(kJstOffsetSecs).date();
        model.refreshUntil = model.consentUntil;
        HttpResponse r = HttpResponse::html(200, consentPage(model));
        addPageHeaders(r);
        return r;
    }
    m_txns.erase(it);
    const QString code = randomToken(32);
    AuthCode ac;
    ac.issuerId = issuer.id;
    ac.clientId = txn.clientId;
    ac.redirectUri = txn.redirectUri;
    ac.challenge = txn.challenge;
    ac.user = user->login;
    ac.scopes = txn.scopes;
    ac.expiresAt = now().addSecs(m_codeLifetimeSecs);
    m_codes.insert(secretKey(code), ac);
    qCInfo(lcSandbox) << issuer.id << "consent approved by" << user->login << "scopes" << txn.scopes.join(u' ');
    QByteArray query = "code=" + QUrl::toPercentEncoding(code);
    if (!txn.state.isEmpty())
        query += "&state=" + QUrl::toPercentEncoding(txn.state);
    query += "&iss=" + QUrl::toPercentEncoding(m_directory.issuerUrl(issuer.id));
    return HttpResponse::redirect(txn.redirectUri.toUtf8() + '?' + query);
}

// ---------------------------------------------------------------- token endpoint

HttpResponse AuthorizationServer::token(const IssuerInfo& issuer, const HttpRequest& req)
{
    const QUrlQuery form = req.form();
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType == u"authorization_code")
        m_stats.count(issuer.id, RequestStats::Counter::AuthorizationCodeGrant);
    else if (grantType == u"refresh_token")
        m_stats.count(issuer.id, RequestStats::Counter::RefreshTokenGrant);
    QString duplicated;
    if (duplicatedParameter(form, &duplicated))
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("Parameter %1 is repeated").arg(duplicated));
    if (!req.header("Authorization").isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("This public client authenticates with client_id only (token_endpoint_auth_method none)"));
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (clientId.isEmpty() || clientId != meisaiClient().clientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown or missing client_id"));
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    if (grantType == u"authorization_code")
        return tokenFromCode(issuer, form);
    if (grantType == u"refresh_token")
        return tokenFromRefresh(issuer, form);
    return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Unsupported grant_type: ") + grantType);
}

HttpResponse AuthorizationServer::tokenFromCode(const IssuerInfo& issuer, const QUrlQuery& form)
{
    const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString redirectUri = form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code, redirect_uri and code_verifier are required"));
    auto it = m_codes.find(secretKey(code));
    if (it == m_codes.end() || it->issuerId != issuer.id)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown authorization code"));
    if (it->used) {
        // RFC 6749 §4.1.2: a code used twice revokes what was issued from it.
        qCWarning(lcSandbox) << issuer.id << "authorization code replayed; revoking grant" << it->grantId;
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
    grant.issuerId = issuer.id;
    grant.clientId = clientId;
    grant.user = it->user;
    grant.scopes = it->scopes;
    grant.issuedAt = now();
    grant.expiresAt = grant.issuedAt.addDays(kConsentMaxDays);
    it->grantId = grant.id;
    m_grants.insert(grant.id, grant);
    qCInfo(lcSandbox) << issuer.id << "grant" << grant.id << "issued to" << clientId << "for" << grant.user;
    return issueTokens(grant, grant.scopes);
}

HttpResponse AuthorizationServer::tokenFromRefresh(const IssuerInfo& issuer, const QUrlQuery& form)
{
    const QString value = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required"));
    Token* tok = findToken(value);
    if (!tok || !tok->refresh)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token"));
    auto git = m_grants.find(tok->grantId);
    if (git == m_grants.end() || git->issuerId != issuer.id || git->clientId != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token was not issued to this client by this issuer"));
    if (tok->rotated) {
        qCWarning(lcSandbox) << issuer.id << "rotated refresh token reused; revoking grant" << git->id;
        markRevoked(*git);
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
    return issueTokens(*git, scopes);
}

HttpResponse AuthorizationServer::issueTokens(const Grant& grant, const QStringList& scopes)
{
    const QDateTime t = now();
    const QString access = randomToken(32);
    const QString refresh = randomToken(32);
    m_tokens.insert(secretKey(access), Token{grant.id, scopes, t, t.addSecs(m_accessTokenLifetimeSecs), false, false});
    m_tokens.insert(secretKey(refresh), Token{grant.id, scopes, t, grant.expiresAt, true, false});
    QJsonObject o;
    o.insert(u"access_token", access);
    o.insert(u"token_type", QStringLiteral("Bearer"));
    o.insert(u"expires_in", m_accessTokenLifetimeSecs);
    o.insert(u"refresh_token", refresh);
    o.insert(u"refresh_token_expires_in", qint64(t.secsTo(grant.expiresAt)));
    o.insert(u"scope", scopes.join(u' '));
    HttpResponse r = HttpResponse::json(200, compactJson(o));
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

AuthorizationServer::Token* AuthorizationServer::findToken(const QString& value)
{
    auto it = m_tokens.find(secretKey(value));
    return it == m_tokens.end() ? nullptr : &*it;
}

// ---------------------------------------------------------------- revocation and introspection

HttpResponse AuthorizationServer::revoke(const IssuerInfo& issuer, const HttpRequest& req)
{
    m_stats.count(issuer.id, RequestStats::Counter::Revocation);
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
        if (git != m_grants.end() && git->issuerId == issuer.id && git->clientId == clientId)
            markRevoked(*git);
    }
    HttpResponse r;
    r.status = 200;
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse AuthorizationServer::introspect(const IssuerInfo& issuer, const HttpRequest& req)
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
        if (git != m_grants.end() && git->issuerId == issuer.id && git->clientId == clientId
            && git->active(t) && tok->expiresAt > t && !(tok->refresh && tok->rotated)) {
            o.insert(u"active", true);
            o.insert(u"scope", tok->scopes.join(u' '));
            o.insert(u"client_id", git->clientId);
            o.insert(u"username", git->user);
            o.insert(u"sub", git->user);
            o.insert(u"token_type", tok->refresh ? QStringLiteral("refresh_token") : QStringLiteral("Bearer"));
            o.insert(u"exp", tok->expiresAt.toSecsSinceEpoch());
            o.insert(u"iat", tok->issuedAt.toSecsSinceEpoch());
            o.insert(u"iss", m_directory.issuerUrl(issuer.id));
            o.insert(u"grant_id", git->id);
        }
    }
    HttpResponse r = HttpResponse::json(200, compactJson(o));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

// ---------------------------------------------------------------- for the card API

AuthorizationServer::BearerAccess AuthorizationServer::resolveBearer(const QString& issuerId, const QString& token,
                                                                     const std::function<bool()>& expireFirst)
{
    Token* tok = findToken(token);
    if (!tok || tok->refresh)
        return {QStringLiteral("The access token is not valid"), {}, {}};
    auto git = m_grants.find(tok->grantId);
    if (git == m_grants.end() || git->issuerId != issuerId)
        return {QStringLiteral("The access token was not issued by this issuer"), {}, {}};
    if (expireFirst()) {
        // Applies to this request whether or not the token was already expired when the fault was set.
        if (tok->expiresAt > now())
            tok->expiresAt = now();
    }
    if (git->revoked)
        return {QStringLiteral("The access token was revoked"), {}, {}};
    if (tok->expiresAt <= now())
        return {QStringLiteral("The access token expired"), {}, {}};
    if (!git->active(now()))
        return {QStringLiteral("The consent expired"), {}, {}};
    git->lastUsedAt = now();
    return {QString(), git->user, tok->scopes};
}

void AuthorizationServer::expireAccessTokens(const QString& issuerId)
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

// ---------------------------------------------------------------- for the admin API

QList<AuthorizationServer::Grant> AuthorizationServer::grants(const QString& issuerId) const
{
    QList<Grant> list;
    for (const Grant& g : m_grants) {
        if (issuerId.isEmpty() || g.issuerId == issuerId)
            list.append(g);
    }
    return list;
}

std::optional<AuthorizationServer::Grant> AuthorizationServer::grant(const QString& grantId) const
{
    const auto it = m_grants.constFind(grantId);
    if (it == m_grants.constEnd())
        return std::nullopt;
    return *it;
}

bool AuthorizationServer::revokeGrant(const QString& grantId)
{
    auto it = m_grants.find(grantId);
    if (it == m_grants.end())
        return false;
    markRevoked(*it);
    return true;
}

void AuthorizationServer::markRevoked(Grant& grant)
{
    if (grant.revoked)
        return;
    grant.revoked = true;
    qCInfo(lcSandbox) << grant.issuerId << "grant" << grant.id << "revoked";
}

int AuthorizationServer::revokeUser(const QString& issuerId, const QString& user)
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

} // namespace meisai::sandbox
