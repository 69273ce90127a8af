#pragma once

// Hands out valid access tokens per connection, refreshing at most once at a
// time per connection however many callers ask: callers that find the token
// expired while a refresh is in flight wait for that refresh. The new refresh
// token is committed to the vault (TokenStore::put) before anyone gets the
// new access token. invalid_grant marks the connection NeedsReconnect and
// raises an alert naming the issuer's contact instead of retrying.

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace meisai {

class OAuthContext;
struct TokenResponse;

struct AccessGrant
{
    SecretBytes accessToken;
    QString tokenType;      // "Bearer"
    QDateTime expiresAt;
    QDateTime authTime;     // send as x-fapi-auth-date
    QString issuerId;
};

class TokenManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenManager)

public:
    using Callback = std::function<void(Result<AccessGrant>)>;

    explicit TokenManager(OAuthContext& context, QObject* parent = nullptr);
    ~TokenManager() override;

    // Calls back (always asynchronously, on the event loop) with an access
    // token valid for at least the skew, refreshing first when needed.
    void withAccessToken(qint64 connectionId, QObject* context, Callback callback);
    // The API rejected the current access token (401 invalid_token): the next
    // withAccessToken() refreshes even if the token looks unexpired.
    void invalidateAccessToken(qint64 connectionId);
    // Fails waiting callers with Cancelled and discards a refresh in flight
    // (its new tokens are queued for revocation): the connection is being revoked.
    void cancel(qint64 connectionId);
    bool isRefreshing(qint64 connectionId) const { return m_inFlight.contains(connectionId); }

    void setRefreshSkewSecs(int secs) { m_skewSecs = secs; } // default 60

Q_SIGNALS:
    void refreshed(qint64 connectionId);
    void needsReconnect(qint64 connectionId, const QString& message);
    void revocationQueued(); // tokens of a cancelled refresh await revocation

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback callback;
    };
    struct Flight
    {
        QList<Waiter> waiters;
        bool cancelled = false;
    };

    void startRefresh(qint64 connectionId);
    void finishRefresh(qint64 connectionId, const QString& issuerId, Result<TokenResponse> response);
    void deliver(qint64 connectionId, const Result<AccessGrant>& result);
    void markNeedsReconnect(qint64 connectionId, const QString& issuerId, const QString& message, bool consentExpired);

    OAuthContext& m_context;
    QHash<qint64, Flight> m_inFlight;
    QSet<qint64> m_invalidated;
    int m_skewSecs = 60;
};

} // namespace meisai
