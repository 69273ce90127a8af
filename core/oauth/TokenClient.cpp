#include "TokenClient.h"

#include "AuthorizationSession.h"
#include "common/Log.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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

TokenClient::TokenClient(HttpClient& http, ServerMetadata metadata, QString clientId, QString issuerName)
    : m_http(http), m_metadata(std::move(metadata)), m_clientId(std::move(clientId)), m_issuerName(std::move(issuerName))
{
}

Result<TokenResponse> TokenClient::parseTokenResponse(int status, const QByteArray& body, const QString& issuerName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    if (status != 200) {
        const QString error = o.value(QLatin1String("error")).toString();
        if (status >= 500 || error.isEmpty()) {
            if (status == 503)
                return makeError(ErrorCode::Maintenance,
                                 tr("%1 is under maintenance. Try again later.").arg(issuerName));
            if (status == 429)
                return makeError(ErrorCode::RateLimited, tr("%1 asks Meisai to slow down. Try again later.").arg(issuerName));
            return makeError(status >= 500 ? ErrorCode::ServerError : ErrorCode::Protocol,
                             tr("%1 answered the token request with HTTP status %2.").arg(issuerName).arg(status));
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
        return makeError(ErrorCode::Protocol, tr("%1 sent a token answer Meisai cannot use: %2").arg(issuerName, what));
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
        bool ok = expires.isDouble();
        const double seconds = ok ? expires.toDouble() : expires.toString().toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 10 * 365 * 86400.0 || seconds != qint64(seconds))
            return bad(tr("expires_in is not a positive whole number of seconds."));
        r.expiresIn = qint64(seconds);
    }
    const QJsonValue refreshExpires = o.value(QLatin1String("refresh_expires_in"));
    // Bounded before the cast: a double beyond qint64 is undefined behaviour.
    if (refreshExpires.isDouble() && refreshExpires.toDouble() >= 1 && refreshExpires.toDouble() <= 10 * 365 * 86400.0)
        r.refreshExpiresIn = qint64(refreshExpires.toDouble());
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
    const QString issuerName = m_issuerName;
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
                                      tr("%1 offers no way for Meisai to revoke access; stop it at the issuer's "
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
    const QString issuerName = m_issuerName;
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
                                 ? tr("%1 did not confirm the revocation (HTTP %2).").arg(issuerName).arg(response.status)
                                 : describeOAuthError(error, o.value(QLatin1String("error_description")).toString(),
                                                      issuerName)));
    });
}

} // namespace meisai
