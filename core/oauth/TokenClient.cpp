#include "TokenClient.h"

#include "AuthorizationSession.h"
#include "common/Log.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <optional>

namespace meisai {

namespace {

void appendParam(QByteArray& body, QByteArrayView key, QByteArrayView value)
{
    if (!body.isEmpty())
        body += '&';
    body += key;
    body += '=';
    QByteArray raw = value.toByteArray();
    QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(raw));
    body += encoded;
    SecretBytes::wipe(raw);
    SecretBytes::wipe(encoded);
}

constexpr qint64 assumedLifetimeSecs = 600; // when the issuer does not say
// Ten years: no issuer grants a longer refresh token; beyond it a value is
// nonsense (and past 2^63 its conversion would be undefined).
constexpr qint64 kMaxRefreshLifetimeSecs = 10LL * 365 * 86400;
constexpr qint64 kMaxAccessLifetimeSecs = kMaxRefreshLifetimeSecs;

// A JSON number or numeric string that is a whole number of seconds in
// [1, max]; nullopt otherwise (negative, zero, fractional, huge, NaN, text).
std::optional<qint64> boundedSeconds(const QJsonValue& v, qint64 max)
{
    bool ok = v.isDouble();
    const double seconds = ok ? v.toDouble() : v.toString().toDouble(&ok);
    // The comparisons are false for NaN, and the cast runs only inside the range.
    if (!ok || !(seconds >= 1 && seconds <= double(max)) || seconds != std::floor(seconds))
        return std::nullopt;
    return qint64(seconds);
}

} // namespace

TokenSet TokenResponse::toTokenSet(const QDateTime& now, const SecretBytes* previousRefresh,
                                   const QDateTime& previousRefreshExpiry) const
{
    TokenSet set;
    set.accessToken = accessToken.clone();
    set.tokenType = tokenType;
    set.accessExpiresAt = now.addSecs(expiresIn > 0 ? expiresIn : assumedLifetimeSecs);
    if (!refreshToken.isEmpty()) {
        set.refreshToken = refreshToken.clone();
        if (refreshExpiresIn)
            set.refreshExpiresAt = now.addSecs(*refreshExpiresIn);
    } else if (previousRefresh) {
        set.refreshToken = previousRefresh->clone();
        set.refreshExpiresAt = previousRefreshExpiry;
    }
    set.updatedAt = now;
    return set;
}

TokenClient::TokenClient(HttpClient& http, ServerMetadata metadata, QString clientId, Text issuerName)
    : m_http(http), m_metadata(std::move(metadata)), m_clientId(std::move(clientId)), m_issuerName(std::move(issuerName))
{
}

Result<TokenResponse> TokenClient::parseTokenResponse(int status, const QByteArray& body, const Text& issuerName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    if (status != 200) {
        const QString error = o.value(QLatin1String("error")).toString();
        if (status >= 500 || error.isEmpty()) {
            if (status == 503)
                return makeError(ErrorCode::Maintenance,
                                 trText("%1 is under maintenance. Try again later.").arg(issuerName));
            if (status == 429)
                return makeError(ErrorCode::RateLimited, trText("%1 asks Meisai to slow down. Try again later.").arg(issuerName));
            return makeError(status >= 500 ? ErrorCode::ServerError : ErrorCode::Protocol,
                             trText("%1 answered the token request with HTTP status %2.").arg(issuerName).arg(status));
        }
        ErrorCode code = ErrorCode::Protocol;
        if (error == QLatin1String("invalid_grant"))
            code = ErrorCode::InvalidGrant;
        else if (error == QLatin1String("invalid_scope"))
            code = ErrorCode::InsufficientScope;
        else if (error == QLatin1String("temporarily_unavailable"))
            code = ErrorCode::Maintenance;
        else if (error == QLatin1String("server_error"))
            code = ErrorCode::ServerError;
        return makeError(code, describeOAuthError(error, o.value(QLatin1String("error_description")).toString(),
                                                  issuerName));
    }
    const auto bad = [&issuerName](const QString& what) {
        return makeError(ErrorCode::Protocol, trText("%1 sent a token answer Meisai cannot use: %2").arg(issuerName).arg(what));
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("it is not a JSON object."));
    const QJsonValue access = o.value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return bad(tr("the access token is missing."));
    const QString type = o.value(QLatin1String("token_type")).toString();
    if (type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return bad(tr("the token type \"%1\" is not supported (Bearer expected).").arg(type.left(32)));
    TokenResponse r;
    r.tokenType = QStringLiteral("Bearer");
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    if (!expires.isUndefined() && !expires.isNull()) {
        const std::optional<qint64> seconds = boundedSeconds(expires, kMaxAccessLifetimeSecs);
        if (!seconds)
            return bad(tr("expires_in is not a positive whole number of seconds."));
        r.expiresIn = *seconds;
    }
    // The refresh token's lifetime is not standard: some issuers send
    // "refresh_expires_in", others (the sandbox) "refresh_token_expires_in".
    // It only tells when the user will have to link again, so a value that is
    // not a whole number of seconds within kMaxRefreshLifetimeSecs is ignored
    // (the token is then used until the issuer refuses it); both sent: the
    // shorter one.
    for (const QLatin1String name : {QLatin1String("refresh_expires_in"), QLatin1String("refresh_token_expires_in")}) {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            continue;
        const std::optional<qint64> seconds = boundedSeconds(v, kMaxRefreshLifetimeSecs);
        if (!seconds) {
            qCWarning(lcOAuth).noquote() << issuerName.toString() << "sent an unusable" << name << "- ignored";
            continue;
        }
        if (!r.refreshExpiresIn || *seconds < *r.refreshExpiresIn)
            r.refreshExpiresIn = *seconds;
    }
    const QJsonValue refresh = o.value(QLatin1String("refresh_token"));
    if (!refresh.isUndefined() && !refresh.isNull()) {
        if (!refresh.isString() || refresh.toString().isEmpty())
            return bad(tr("the refresh token is malformed."));
        QByteArray bytes = refresh.toString().toUtf8();
        r.refreshToken = SecretBytes::takeFrom(bytes);
    }
    const QJsonValue scope = o.value(QLatin1String("scope"));
    if (scope.isString()) {
        r.scopePresent = true;
        r.scope = scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QByteArray accessBytes = access.toString().toUtf8();
    r.accessToken = SecretBytes::takeFrom(accessBytes);
    return r;
}

void TokenClient::postToken(QByteArray body, const QString& detail, qint64 connectionId, QObject* context,
                            TokenCallback done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_metadata.tokenEndpoint;
    request.pathTemplate = m_metadata.tokenEndpoint.path();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = std::move(body);
    request.connectionId = connectionId;
    request.auditDetail = detail;
    const Text issuerName = m_issuerName;
    m_http.send(std::move(request), context, [done, issuerName](HttpResponse response) {
        if (!response.transportOk()) {
            done(response.error);
            return;
        }
        auto result = parseTokenResponse(response.status, response.body, issuerName);
        SecretBytes::wipe(response.body);
        done(std::move(result));
    });
}

void TokenClient::exchangeCode(const SecretBytes& code, const SecretBytes& verifier, const QUrl& redirectUri,
                               qint64 connectionId, QObject* context, TokenCallback done)
{
    QByteArray body;
    appendParam(body, "grant_type", "authorization_code");
    appendParam(body, "code", code.view());
    appendParam(body, "redirect_uri", redirectUri.toString(QUrl::FullyEncoded).toUtf8());
    appendParam(body, "client_id", m_clientId.toUtf8());
    appendParam(body, "code_verifier", verifier.view());
    qCDebug(lcOAuth).noquote() << "exchanging an authorization code at" << redactUrl(m_metadata.tokenEndpoint);
    postToken(std::move(body), QStringLiteral("grant_type=authorization_code"), connectionId, context, std::move(done));
}

void TokenClient::refresh(const SecretBytes& refreshToken, qint64 connectionId, QObject* context, TokenCallback done)
{
    QByteArray body;
    appendParam(body, "grant_type", "refresh_token");
    appendParam(body, "refresh_token", refreshToken.view());
    appendParam(body, "client_id", m_clientId.toUtf8());
    qCDebug(lcOAuth).noquote() << "refreshing at" << redactUrl(m_metadata.tokenEndpoint);
    postToken(std::move(body), QStringLiteral("grant_type=refresh_token"), connectionId, context, std::move(done));
}

void TokenClient::revoke(const SecretBytes& token, const QString& tokenTypeHint, qint64 connectionId,
                         QObject* context, RevokeCallback done)
{
    if (m_metadata.revocationEndpoint.isEmpty()) {
        const Error error = makeError(ErrorCode::NotFound,
                                      trText("%1 offers no way for Meisai to revoke access; stop it at the issuer's "
                                             "own site.").arg(m_issuerName));
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    QByteArray body;
    appendParam(body, "token", token.view());
    appendParam(body, "token_type_hint", tokenTypeHint.toUtf8());
    appendParam(body, "client_id", m_clientId.toUtf8());
    HttpRequest request;
    request.method = "POST";
    request.url = m_metadata.revocationEndpoint;
    request.pathTemplate = m_metadata.revocationEndpoint.path();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = std::move(body);
    request.connectionId = connectionId;
    request.auditDetail = QStringLiteral("token_type_hint=") + tokenTypeHint;
    const Text issuerName = m_issuerName;
    m_http.send(std::move(request), context, [done, issuerName](HttpResponse response) {
        if (!response.transportOk()) {
            done(response.error);
            return;
        }
        if (response.status == 200) {
            done({});
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        const QString error = o.value(QLatin1String("error")).toString();
        if (response.status == 400 && error == QLatin1String("unsupported_token_type")) {
            // The issuer cannot revoke this kind of token (often access tokens): nothing more to do.
            done({});
            return;
        }
        ErrorCode code = response.status == 503 ? ErrorCode::Maintenance
            : response.status >= 500           ? ErrorCode::ServerError
                                               : ErrorCode::Protocol;
        done(makeError(code, error.isEmpty()
                                 ? trText("%1 did not confirm the revocation (HTTP %2).").arg(issuerName).arg(response.status)
                                 : describeOAuthError(error, o.value(QLatin1String("error_description")).toString(),
                                                      issuerName)));
    });
}

} // namespace meisai
