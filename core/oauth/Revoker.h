#pragma once

// Stopping access (G8): revoke(connectionId) and revokeAll() delete the
// local tokens at once and mark the connection Revoked, then ask the issuer
// to revoke the refresh and the access token (RFC 7009). Each token to
// revoke is queued in the vault (RevocationQueue) first, so a network failure
// or a crash leaves it there to be retried with backoff until the issuer
// confirms.

#include "common/Result.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <vector>

class QTimer;

namespace meisai {

class OAuthContext;
class TokenManager;
struct PendingRevocation;

struct RevokeReport
{
    int connections = 0; // connections whose local tokens were deleted
    int confirmed = 0;   // tokens the issuer confirmed as revoked
    int queued = 0;      // tokens still waiting (issuer unreachable); retried later
    QStringList messages; // why some are still queued
};

class Revoker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Revoker)

public:
    using Callback = std::function<void(Result<RevokeReport>)>;

    // tokens may be null; when given, its refreshes for the connection are cancelled.
    Revoker(OAuthContext& context, TokenManager* tokens, QObject* parent = nullptr);

    void revoke(qint64 connectionId, QObject* context, Callback done);
    void revokeAll(QObject* context, Callback done);

    // Attempts every queued revocation whose time has come; done gets a report.
    void retryPending(QObject* context = nullptr, Callback done = {});
    // Calls retryPending() every intervalMs (default 60 s) while the app runs.
    void startRetrying(int intervalMs = 60000);
    void stopRetrying();

    static qint64 backoffSecs(int attempts); // 30 s doubling, at most 1 hour

Q_SIGNALS:
    void revocationConfirmed(qint64 connectionId);
    void pendingCountChanged(int count);

private:
    Status revokeLocally(qint64 connectionId);
    void attempt(std::vector<PendingRevocation> items, QObject* context, Callback done, RevokeReport report);

    OAuthContext& m_context;
    TokenManager* m_tokens;
    QTimer* m_timer;
    QSet<qint64> m_attempting; // queue ids being tried
};

} // namespace meisai
