#pragma once

// The card API v1 client for the connections of one vault. It finds the
// connection's issuer and API base URL, gets an access token from the
// TokenManager, sends the request through the issuer's HttpClient (which
// writes the audit row with the path template), checks the API version and
// the Deprecation/Sunset headers, runs the PAN guard and decodes strictly.
//
// Errors (Result error code, and ApiMeta for the details):
//   401 invalid_token   → the token is invalidated, refreshed once and the call
//                         retried once; a second 401 is Unauthorized
//   invalid_grant       → InvalidGrant (TokenManager marks the connection)
//   403 insufficient_scope → InsufficientScope, naming the scope
//   429                 → RateLimited, retryable, meta.retryAfterSecs
//   5xx, network        → ServerError/Network/Timeout, retryable
//   503 maintenance     → Maintenance, meta.issuerMessage and meta.retryAt
//   too large, bad JSON → TooLarge / Protocol
//   major version ≠ 1   → UnsupportedVersion
//
// Callbacks run once, on the event loop, unless context is destroyed first.

#include "ApiTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>
#include <memory>

namespace meisai {

class OAuthContext;
class TokenManager;
struct HttpResponse;
struct HttpRequest;

class CardApiClient final : public QObject
{
    Q_OBJECT
    MEISAI_TR_TEXT
    Q_DISABLE_COPY_MOVE(CardApiClient)

public:
    template <typename T>
    using Callback = std::function<void(ApiReply<T>)>;

    CardApiClient(OAuthContext& context, TokenManager& tokens, QObject* parent = nullptr);
    ~CardApiClient() override;

    // With an access token of the connection:
    void cards(qint64 connectionId, QObject* context, Callback<CardList> done);
    void transactions(qint64 connectionId, const QString& cardId, const TransactionFilter& filter,
                      QObject* context, Callback<TransactionPage> done);
    void statement(qint64 connectionId, const QString& cardId, const QString& billingMonth,
                   QObject* context, Callback<CardStatement> done);
    void limits(qint64 connectionId, const QString& cardId, QObject* context, Callback<CardLimits> done);

    // Public information, no login (G19):
    void notices(const QString& issuerId, QObject* context, Callback<NoticeList> done);
    void profile(const QString& issuerId, QObject* context, Callback<IssuerPublicProfile> done);

    // Stops everything in flight for the connection (callbacks get Cancelled).
    void cancel(qint64 connectionId);

    // Path templates used in audit rows and ApiMeta::endpoint.
    static QString endpointCards();
    static QString endpointTransactions();
    static QString endpointStatement();
    static QString endpointLimits();
    static QString endpointNotices();
    static QString endpointProfile();

private:
    struct Call;
    using RawDone = std::function<void(Result<HttpResponse>, ApiMeta)>;

    void authorizedGet(qint64 connectionId, const QString& pathTemplate, const QString& path,
                       const QList<QPair<QString, QString>>& query, QObject* context, RawDone done);
    void publicGet(const QString& issuerId, const QString& pathTemplate, const QString& path, QObject* context,
                   RawDone done);
    void attempt(std::shared_ptr<Call> call);

    OAuthContext& m_context;
    TokenManager& m_tokens;
    QHash<qint64, quint64> m_generation; // cancel() bumps it
};

} // namespace meisai
