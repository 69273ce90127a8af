#pragma once

// The OAuth 2.0 authorization server of every issuer (RFC 6749 code flow with
// PKCE, RFC 8414, 7009, 7662, 9207): discovery documents, the authorization
// endpoint with the login and consent page and its decision, the token
// endpoint (authorization code, refresh with rotation), revocation and
// introspection; and the index page that lists the issuers' discovery URLs.
//
// It owns the grants and everything issued under them: the consent page's
// transactions (10 minutes, single use), authorization codes and tokens (kept
// by their SHA-256 only). The others reach them through the calls below: the
// card API resolves a bearer token, the admin API lists and revokes grants,
// the expire-tokens fault expires access tokens.
//
// Requests arrive through SandboxServer, already checked for the issuer and
// for HTTPS where it is required.

#include "HttpServer.h"
#include "IssuerDirectory.h"
#include "RequestStats.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace meisai::sandbox {

class AuthorizationServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationServer)

public:
    // One user's consent to one client at one issuer; the tokens live and die with it.
    struct Grant
    {
        QString id;
        QString issuerId;
        QString clientId;
        QString user;
        QStringList scopes;
        QDateTime issuedAt;
        QDateTime expiresAt;  // at most 90 days after the approval; refreshing does not extend it
        QDateTime lastUsedAt; // invalid until the card API first accepts one of its tokens
        bool revoked = false;
        bool active(const QDateTime& now) const { return !revoked && now < expiresAt; }
    };

    // What a bearer token allows: the user and scopes, or why it is refused
    // (the card API's invalid_token error_description).
    struct BearerAccess
    {
        QString refusal; // empty when the token is accepted
        QString user;
        QStringList scopes;
    };

    AuthorizationServer(const IssuerDirectory& directory, RequestStats& stats, int codeLifetimeSecs,
                        int accessTokenLifetimeSecs, QObject* parent = nullptr);

    // "/" on either port.
    HttpResponse index() const;
    // The issuer's RFC 8414 metadata (also at I/.well-known/...).
    HttpResponse discovery(const QString& issuerId, const HttpRequest& req) const;
    // Everything under /issuers/<id> that is not the card API: rest is the path after the id.
    HttpResponse handle(const QString& issuerId, const QString& rest, const HttpRequest& req);

    // For the card API: the access token, checked in the order the card API
    // reports refusals (unknown, another issuer's, revoked, expired, consent
    // expired). expireFirst is asked once the token is known to be this
    // issuer's; when it says so, the token expires now, before the checks of
    // revocation and expiry. An accepted token marks its grant as used.
    BearerAccess resolveBearer(const QString& issuerId, const QString& token, const std::function<bool()>& expireFirst);

    // For the admin API. Grants in the order of their ids; an empty issuerId means all issuers.
    QList<Grant> grants(const QString& issuerId = {}) const;
    std::optional<Grant> grant(const QString& grantId) const;
    bool revokeGrant(const QString& grantId); // false if there is no such grant
    int revokeUser(const QString& issuerId, const QString& user);

    // For the expire-tokens fault: every current access token of the issuer expires now.
    void expireAccessTokens(const QString& issuerId);

private:
    struct AuthTxn
    {
        QString issuerId;
        QString clientId;
        QString redirectUri;
        QString state;
        QString challenge;
        QStringList scopes;
        bool english = false;
        QDateTime expiresAt;
        QString query; // the original query, for the language link
    };
    struct AuthCode
    {
        QString issuerId;
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString user;
        QStringList scopes;
        QDateTime expiresAt;
        bool used = false;
        QString grantId;
    };
    struct Token
    {
        QString grantId;
        QStringList scopes;
        QDateTime issuedAt;
        QDateTime expiresAt;
        bool refresh = false;
        bool rotated = false; // refresh tokens: already exchanged
    };

    HttpResponse authorize(const IssuerInfo& issuer, const HttpRequest& req);
    HttpResponse decision(const IssuerInfo& issuer, const HttpRequest& req);
    HttpResponse token(const IssuerInfo& issuer, const HttpRequest& req);
    HttpResponse tokenFromCode(const IssuerInfo& issuer, const QUrlQuery& form);
    HttpResponse tokenFromRefresh(const IssuerInfo& issuer, const QUrlQuery& form);
    HttpResponse revoke(const IssuerInfo& issuer, const HttpRequest& req);
    HttpResponse introspect(const IssuerInfo& issuer, const HttpRequest& req);

    HttpResponse issueTokens(const Grant& grant, const QStringList& scopes);
    HttpResponse redirectError(const IssuerInfo& issuer, const QString& redirectUri, const QString& error,
                               const QString& description, const QString& state) const;
    void markRevoked(Grant& grant);
    Token* findToken(const QString& value);
    QDateTime now() const;
    void sweep();

    const IssuerDirectory& m_directory;
    RequestStats& m_stats;
    int m_codeLifetimeSecs;
    int m_accessTokenLifetimeSecs;
    QHash<QString, AuthTxn> m_txns;
    QHash<QByteArray, AuthCode> m_codes; // keyed by SHA-256 of the code
    QHash<QByteArray, Token> m_tokens;   // keyed by SHA-256 of the token
    QMap<QString, Grant> m_grants;
};

} // namespace meisai::sandbox
