#pragma once

// The sandbox: several issuers in one process. Each issuer is an OAuth 2.0
// authorization server (RFC 6749 + PKCE, RFC 8414, 7009, 7662, 9207) and a
// card API (v1 of DESIGN.md), with synthetic data, fault injection and an
// admin page and API for demos and tests.

#include "CardData.h"
#include "Faults.h"
#include "HttpServer.h"
#include "IssuerCatalog.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace meisai::sandbox {

struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 httpsPort = 0;
    quint16 httpPort = 0;
    quint64 seed = 1;
    int transactionsPerCard = 360;
    int codeLifetimeSecs = 60;
    int accessTokenLifetimeSecs = kAccessTokenLifetimeSecs;
    QList<QPair<QString, Fault>> faults;
};

class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on both ports; false with *error when a port cannot be bound.
    bool start(const QSslConfiguration& tls, QString* error);

    QString httpsBase() const;
    QString httpBase() const;
    QString issuerUrl(const QString& issuerId) const;
    bool hasIssuer(const QString& issuerId) const;
    bool setFault(const QString& issuerId, const Fault& fault, QString* error);

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
    struct Grant
    {
        QString id;
        QString issuerId;
        QString clientId;
        QString user;
        QStringList scopes;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QDateTime lastUsedAt;
        bool revoked = false;
        bool active(const QDateTime& now) const { return !revoked && now < expiresAt; }
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
    struct Stats
    {
        int authorizationCode = 0;
        int refreshToken = 0;
        int apiRequests = 0;
        int revocations = 0;
    };
    struct Issuer
    {
        const IssuerInfo* info = nullptr;
        std::unique_ptr<CardData> data;
        QList<Notice> published;
        QMap<QString, Fault> faults;
        Stats stats;
    };

    HttpResponse handle(const HttpRequest& req);
    HttpResponse handleIssuer(Issuer& issuer, const QString& rest, const HttpRequest& req);
    HttpResponse discovery(const Issuer& issuer, const HttpRequest& req) const;
    HttpResponse authorize(Issuer& issuer, const HttpRequest& req);
    HttpResponse decision(Issuer& issuer, const HttpRequest& req);
    HttpResponse token(Issuer& issuer, const HttpRequest& req);
    HttpResponse tokenFromCode(Issuer& issuer, const QUrlQuery& form);
    HttpResponse tokenFromRefresh(Issuer& issuer, const QUrlQuery& form);
    HttpResponse revoke(Issuer& issuer, const HttpRequest& req);
    HttpResponse introspect(Issuer& issuer, const HttpRequest& req);
    HttpResponse cardApi(Issuer& issuer, const QString& rest, const HttpRequest& req);
    HttpResponse cardApiInner(Issuer& issuer, const QString& rest, const HttpRequest& req, bool* bodyFaultsApply);
    HttpResponse transactions(Issuer& issuer, Card& card, const HttpRequest& req);
    HttpResponse admin(const QString& rest, const HttpRequest& req);
    HttpResponse adminApi(const QString& rest, const HttpRequest& req);

    HttpResponse issueTokens(Issuer& issuer, Grant& grant, const QStringList& scopes);
    HttpResponse oauthError(int status, const QString& error, const QString& description) const;
    HttpResponse apiError(const Issuer& issuer, int status, const QString& error, const QString& message,
                          const QJsonArray& details = {}) const;
    HttpResponse redirectError(const Issuer& issuer, const QString& redirectUri, const QString& error,
                               const QString& description, const QString& state) const;
    bool redirectUriAllowed(const QString& uri) const;
    void revokeGrant(const QString& grantId);
    int revokeUser(const QString& issuerId, const QString& user);
    Token* findToken(const QString& value);
    Fault* activeFault(Issuer& issuer, const QString& mode);
    void consumeFault(Issuer& issuer, const QString& mode);
    void expireAccessTokens(const QString& issuerId);
    QList<Notice> notices(const Issuer& issuer) const;
    QJsonObject grantJson(const Grant& grant) const;
    Issuer* issuerById(const QString& id);
    QDateTime now() const;
    void sweep();

    SandboxOptions m_options;
    std::unique_ptr<HttpServer> m_https;
    std::unique_ptr<HttpServer> m_http;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    std::vector<std::unique_ptr<Issuer>> m_issuers;
    QHash<QString, AuthTxn> m_txns;
    QHash<QByteArray, AuthCode> m_codes;   // keyed by SHA-256 of the code
    QHash<QByteArray, Token> m_tokens;     // keyed by SHA-256 of the token
    QMap<QString, Grant> m_grants;
    int m_noticeSerial = 0;
};

} // namespace meisai::sandbox
