#pragma once

// Hands out valid access tokens per connection, refreshing at most once at a
// time per connection however many callers ask: callers that find the token
// expired while a refresh is in flight wait for that refresh. The same holds
// across processes: a refresh first takes the connection's RefreshLock (another
// process holding it is waited for, up to lockTimeoutMs), then reads the tokens
// again, and uses the ones another process just stored instead of refreshing a
// second time. The new refresh token is committed to the vault
// (TokenStore::put) before anyone gets the new access token. The refresh token
// goes only to the token endpoint of the connection's binding
// (OAuthContext::admitToken). invalid_grant marks the connection NeedsReconnect
// and raises an alert naming the issuer's contact instead of retrying.

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

#include <memory>

namespace meisai {

class OAuthContext;
class RefreshLock;
struct TokenSet;
struct TokenResponse;

struct AccessGrant
{
    SecretBytes accessToken;
    QString tokenType;      // "Bearer"
    QDateTime expiresAt;
    QDateTime authTime;     // send as x-fapi-auth-date
    QString issuerId;
    QByteArray fingerprint; // SHA-256 of the access token: names it in invalidateAccessToken()
};

class TokenManager final : public QObject
{
    Q_OBJECT
    MEISAI_TR_TEXT
    Q_DISABLE_COPY_MOVE(TokenManager)

public:
    using Callback = std::function<void(Result<AccessGrant>)>;

    explicit TokenManager(OAuthContext& context, QObject* parent = nullptr);
    ~TokenManager() override;

    // Calls back (always asynchronously, on the event loop) with an access
    // token valid for at least the skew, refreshing first when needed.
    void withAccessToken(qint64 connectionId, QObject* context, Callback callback);
    // The API rejected an access token (401 invalid_token): the next
    // withAccessToken() refreshes unless the vault meanwhile holds another
    // token (refreshed by another caller or process). fingerprint is the
    // rejected grant's; empty: the token in the vault now.
    void invalidateAccessToken(qint64 connectionId, const QByteArray& fingerprint = {});
    // Fails waiting callers with Cancelled and discards a refresh in flight
    // (its new tokens are queued for revocation): the connection is being revoked.
    void cancel(qint64 connectionId);
    bool isRefreshing(qint64 connectionId) const { return m_inFlight.contains(connectionId); }

    void setRefreshSkewSecs(int secs) { m_skewSecs = secs; } // default 60
    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }  // default 45 s (a refresh times out after 30 s)

    static QByteArray fingerprint(const SecretBytes& accessToken);

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
        std::shared_ptr<RefreshLock> lock; // held from before the tokens are re-read until the new ones are stored
    };

    // Whether the stored access token may be handed out as it is.
    bool usable(qint64 connectionId, const TokenSet& tokens) const;
    void lockAndRefresh(qint64 connectionId);
    void startRefresh(qint64 connectionId);
    void finishRefresh(qint64 connectionId, const QString& issuerId, Result<TokenResponse> response);
    void deliver(qint64 connectionId, const Result<AccessGrant>& result);
    void markNeedsReconnect(qint64 connectionId, const QString& issuerId, const Text& message, bool consentExpired);

    OAuthContext& m_context;
    QHash<qint64, Flight> m_inFlight;
    QHash<qint64, QByteArray> m_invalidated; // connection → fingerprint of the rejected access token
    int m_skewSecs = 60;
    int m_lockTimeoutMs = 45000;
};

} // namespace meisai
