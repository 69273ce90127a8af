#include "TokenManager.h"

#include "OAuthContext.h"
#include "RefreshLock.h"
#include "TokenClient.h"
#include "common/Log.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QTimer>

namespace meisai {

namespace {

AccessGrant cloneGrant(const AccessGrant& g)
{
    return AccessGrant{g.accessToken.clone(), g.tokenType, g.expiresAt, g.authTime, g.issuerId, g.fingerprint};
}

Result<AccessGrant> cloneResult(const Result<AccessGrant>& r)
{
    if (r)
        return cloneGrant(r.value());
    return r.error();
}

} // namespace

TokenManager::TokenManager(OAuthContext& context, QObject* parent) : QObject(parent), m_context(context) {}

TokenManager::~TokenManager()
{
    const auto ids = m_inFlight.keys();
    for (qint64 id : ids)
        cancel(id);
}

QByteArray TokenManager::fingerprint(const SecretBytes& accessToken)
{
    return QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(accessToken.data()), qsizetype(accessToken.size())),
        QCryptographicHash::Sha256);
}

void TokenManager::invalidateAccessToken(qint64 connectionId, const QByteArray& rejected)
{
    if (!rejected.isEmpty()) {
        m_invalidated.insert(connectionId, rejected);
        return;
    }
    auto tokens = m_context.vault().tokens().get(connectionId);
    if (tokens && tokens->has_value())
        m_invalidated.insert(connectionId, fingerprint((*tokens)->accessToken));
}

bool TokenManager::usable(qint64 connectionId, const TokenSet& t) const
{
    if (t.accessToken.isEmpty() || !t.accessExpiresAt.isValid()
        || m_context.clock().now().secsTo(t.accessExpiresAt) <= m_skewSecs)
        return false;
    const auto rejected = m_invalidated.constFind(connectionId);
    return rejected == m_invalidated.cend() || *rejected != fingerprint(t.accessToken);
}

void TokenManager::withAccessToken(qint64 connectionId, QObject* context, Callback callback)
{
    Waiter waiter{context, context != nullptr, std::move(callback)};
    const auto failLater = [this, &waiter](Error error) {
        QTimer::singleShot(0, this, [waiter = std::move(waiter), error]() {
            if (!waiter.hadContext || waiter.context)
                waiter.callback(error);
        });
    };

    if (auto it = m_inFlight.find(connectionId); it != m_inFlight.end()) {
        it->waiters.append(std::move(waiter));
        return;
    }
    Vault& vault = m_context.vault();
    auto connection = vault.connections().get(connectionId);
    if (!connection)
        return failLater(connection.error());
    if (!connection->has_value())
        return failLater(makeError(ErrorCode::NotFound, tr("This connection no longer exists.")));
    const Connection& c = **connection;
    if (c.status == ConnectionStatus::NeedsReconnect)
        return failLater(makeError(ErrorCode::InvalidGrant,
                                   tr("This connection needs to be connected again before it can be used.")));
    if (c.status != ConnectionStatus::Active)
        return failLater(makeError(ErrorCode::Cancelled, tr("This connection is not active.")));
    auto tokens = vault.tokens().get(connectionId);
    if (!tokens)
        return failLater(tokens.error());
    if (!tokens->has_value())
        return failLater(makeError(ErrorCode::NotFound, tr("This connection holds no tokens; connect it again.")));
    const TokenSet& t = **tokens;
    if (usable(connectionId, t)) {
        m_invalidated.remove(connectionId);
        AccessGrant grant{t.accessToken.clone(), t.tokenType, t.accessExpiresAt, c.authTime, c.issuerId,
                          fingerprint(t.accessToken)};
        QTimer::singleShot(0, this, [waiter = std::move(waiter), grant = std::move(grant)]() mutable {
            if (!waiter.hadContext || waiter.context)
                waiter.callback(std::move(grant));
        });
        return;
    }
    m_inFlight[connectionId].waiters.append(std::move(waiter));
    // Deferred so that callers are always called back from the event loop,
    // never from inside withAccessToken().
    QTimer::singleShot(0, this, [this, connectionId] {
        if (!m_inFlight.contains(connectionId))
            return;
        if (m_inFlight[connectionId].cancelled)
            finishRefresh(connectionId, {}, makeError(ErrorCode::Cancelled, tr("The connection was disconnected.")));
        else
            lockAndRefresh(connectionId);
    });
}

void TokenManager::lockAndRefresh(qint64 connectionId)
{
    auto lock = std::make_shared<RefreshLock>(RefreshLock::pathFor(m_context.vault().profile().dir(), connectionId));
    m_inFlight[connectionId].lock = lock;
    lock->acquire(m_lockTimeoutMs, this, [this, connectionId](Status held) {
        if (!m_inFlight.contains(connectionId))
            return;
        if (m_inFlight[connectionId].cancelled) {
            finishRefresh(connectionId, {}, makeError(ErrorCode::Cancelled, tr("The connection was disconnected.")));
            return;
        }
        if (!held) {
            qCWarning(lcOAuth).noquote() << "refresh lock of connection" << connectionId << ":" << held.error().message;
            deliver(connectionId, held.error());
            return;
        }
        // Another process may have refreshed while this one waited: its tokens are in the vault now.
        Vault& vault = m_context.vault();
        auto connection = vault.connections().get(connectionId);
        auto tokens = vault.tokens().get(connectionId);
        if (connection && connection->has_value() && tokens && tokens->has_value()
            && (*connection)->status == ConnectionStatus::Active && usable(connectionId, **tokens)) {
            const TokenSet& t = **tokens;
            const Connection& c = **connection;
            qCInfo(lcOAuth).noquote() << "connection" << connectionId << "was refreshed by another process meanwhile";
            m_invalidated.remove(connectionId);
            deliver(connectionId, AccessGrant{t.accessToken.clone(), t.tokenType, t.accessExpiresAt, c.authTime,
                                              c.issuerId, fingerprint(t.accessToken)});
            return;
        }
        if (connection && connection->has_value() && (*connection)->status == ConnectionStatus::NeedsReconnect) {
            deliver(connectionId, makeError(ErrorCode::InvalidGrant,
                                            tr("This connection needs to be connected again before it can be used.")));
            return;
        }
        if (connection && connection->has_value() && (*connection)->status != ConnectionStatus::Active) {
            deliver(connectionId, makeError(ErrorCode::Cancelled, tr("This connection is not active.")));
            return;
        }
        startRefresh(connectionId);
    });
}

void TokenManager::startRefresh(qint64 connectionId)
{
    Vault& vault = m_context.vault();
    auto connection = vault.connections().get(connectionId);
    auto tokens = vault.tokens().get(connectionId);
    if (!connection || !connection->has_value() || !tokens || !tokens->has_value()) {
        deliver(connectionId, makeError(ErrorCode::NotFound, tr("This connection holds no tokens; connect it again.")));
        return;
    }
    const QString issuerId = (*connection)->issuerId;
    const IssuerBinding binding = (*connection)->binding;
    const TokenSet& t = **tokens;
    if (t.refreshToken.isEmpty()) {
        markNeedsReconnect(connectionId, issuerId,
                           trText("The access has expired and the issuer gave no way to renew it. Connect again."), false);
        return;
    }
    if (t.refreshExpiresAt.isValid() && t.refreshExpiresAt <= m_context.clock().now()) {
        markNeedsReconnect(connectionId, issuerId,
                           trText("Your consent for this connection has expired. Connect again to renew it."), true);
        return;
    }
    auto refreshToken = std::make_shared<SecretBytes>(t.refreshToken.clone());
    qCInfo(lcOAuth).noquote() << "refreshing the access token of connection" << connectionId << "at" << issuerId;
    QPointer<TokenManager> self(this);
    m_context.resolve(issuerId, this,
                      [self, connectionId, issuerId, binding, refreshToken](Result<ResolvedIssuer> issuer) {
        if (!self)
            return;
        if (!issuer) {
            self->finishRefresh(connectionId, issuerId, issuer.error());
            return;
        }
        if (Status admitted = self->m_context.admitToken(connectionId, binding, *issuer, issuer->metadata.tokenEndpoint,
                                                         BindingGuard::Use::Refresh);
            !admitted) {
            refreshToken->clear();
            self->finishRefresh(connectionId, issuerId, admitted.error());
            return;
        }
        TokenClient client(*issuer->http, issuer->metadata, issuer->profile.clientId, issuer->profile.nameText());
        client.refresh(*refreshToken, connectionId, self,
                       [self, connectionId, issuerId, refreshToken](Result<TokenResponse> response) {
                           refreshToken->clear();
                           if (self)
                               self->finishRefresh(connectionId, issuerId, std::move(response));
                       });
    });
}

void TokenManager::finishRefresh(qint64 connectionId, const QString& issuerId, Result<TokenResponse> response)
{
    Vault& vault = m_context.vault();
    const bool cancelled = !m_inFlight.contains(connectionId) || m_inFlight[connectionId].cancelled;
    if (cancelled) {
        const Flight flight = m_inFlight.take(connectionId);
        if (flight.lock)
            flight.lock->release();
        for (const Waiter& waiter : flight.waiters) {
            if (!waiter.hadContext || waiter.context)
                waiter.callback(makeError(ErrorCode::Cancelled, tr("The connection was disconnected.")));
        }
        // The connection was revoked meanwhile: the new tokens must not live on.
        if (response) {
            const QDateTime now = m_context.clock().now();
            auto connection = vault.connections().get(connectionId);
            const IssuerBinding binding =
                connection && connection->has_value() ? (*connection)->binding : IssuerBinding{};
            for (const auto& [token, hint] : {std::pair{&response->refreshToken, QStringLiteral("refresh_token")},
                                              std::pair{&response->accessToken, QStringLiteral("access_token")}}) {
                if (token->isEmpty())
                    continue;
                PendingRevocation pending;
                pending.connectionId = connectionId;
                pending.issuerId = issuerId;
                pending.token = token->clone();
                pending.tokenTypeHint = hint;
                pending.binding = binding;
                pending.nextAttemptAt = now;
                const Status queued = vault.revocations().enqueue(pending);
                if (!queued)
                    qCWarning(lcOAuth).noquote() << "revocation not queued:" << queued.error().message;
            }
            Q_EMIT revocationQueued();
        }
        return;
    }
    if (!response) {
        const Error error = response.error();
        m_context.audit(connectionId, issuerId, QStringLiteral("refresh"), errorCodeName(error.code), error.message);
        if (error.code == ErrorCode::InvalidGrant) {
            markNeedsReconnect(connectionId, issuerId, error.describe(), false);
            return;
        }
        qCWarning(lcOAuth).noquote() << "refresh failed for connection" << connectionId << ":" << error.message;
        deliver(connectionId, error);
        return;
    }

    auto old = vault.tokens().get(connectionId);
    auto connection = vault.connections().get(connectionId);
    if (!old || !old->has_value() || !connection || !connection->has_value()) {
        deliver(connectionId, makeError(ErrorCode::NotFound, tr("This connection no longer exists.")));
        return;
    }
    const QDateTime now = m_context.clock().now();
    TokenSet fresh = response->toTokenSet(now, &(*old)->refreshToken, (*old)->refreshExpiresAt);
    {
        Database::Transaction tx(vault.database());
        Status status = tx.begin();
        if (status)
            status = vault.tokens().put(connectionId, fresh);
        if (status && response->scopePresent) {
            Connection c = **connection;
            if (c.grantedScopes != response->scope) {
                c.grantedScopes = response->scope;
                status = vault.connections().update(c);
            }
        }
        if (status)
            status = tx.commit();
        if (!status) {
            // The issuer rotated the refresh token but we could not keep it:
            // the old one is dead. Say so instead of pretending.
            qCCritical(lcOAuth).noquote() << "the new tokens could not be stored:" << status.error().message;
            m_context.audit(connectionId, issuerId, QStringLiteral("refresh"), errorCodeName(status.error().code),
                            status.error().message);
            deliver(connectionId, status.error());
            return;
        }
    }
    m_invalidated.remove(connectionId);
    qCInfo(lcOAuth).noquote() << "refreshed connection" << connectionId;
    if (const auto& lock = m_inFlight[connectionId].lock)
        lock->release(); // the new tokens are stored: another process may read them now
    const QByteArray print = fingerprint(fresh.accessToken);
    AccessGrant grant{std::move(fresh.accessToken), fresh.tokenType, fresh.accessExpiresAt, (*connection)->authTime,
                      issuerId, print};
    deliver(connectionId, std::move(grant));
    Q_EMIT refreshed(connectionId);
}

void TokenManager::deliver(qint64 connectionId, const Result<AccessGrant>& result)
{
    const Flight flight = m_inFlight.take(connectionId);
    if (flight.lock)
        flight.lock->release();
    for (const Waiter& waiter : flight.waiters) {
        if (waiter.hadContext && !waiter.context)
            continue;
        waiter.callback(cloneResult(result));
    }
}

void TokenManager::markNeedsReconnect(qint64 connectionId, const QString& issuerId, const Text& message,
                                      bool consentExpired)
{
    Vault& vault = m_context.vault();
    const Status set = vault.connections().setStatus(connectionId, ConnectionStatus::NeedsReconnect, message);
    if (!set)
        qCWarning(lcOAuth).noquote() << "status not saved:" << set.error().message;
    const Status removed = vault.tokens().remove(connectionId); // the grant is dead; keep nothing
    if (!removed)
        qCWarning(lcOAuth).noquote() << "tokens not removed:" << removed.error().message;

    const AlertRules rules(&m_context.directory());
    Connection c;
    if (auto stored = vault.connections().get(connectionId); stored && stored->has_value())
        c = **stored;
    c.id = connectionId;
    c.issuerId = issuerId;
    const Alert alert = consentExpired ? rules.consentExpired(c) : rules.issuerRevoked(c, message);
    auto raised = vault.alerts().raise(alert);
    if (!raised)
        qCWarning(lcOAuth).noquote() << "alert not raised:" << raised.error().message;
    m_context.audit(connectionId, issuerId, QStringLiteral("refresh"), toString(ConnectionStatus::NeedsReconnect),
                    message.toString());
    qCWarning(lcOAuth).noquote() << "connection" << connectionId << "needs reconnecting";
    deliver(connectionId, makeError(ErrorCode::InvalidGrant, message));
    Q_EMIT needsReconnect(connectionId, message.toString());
}

void TokenManager::cancel(qint64 connectionId)
{
    auto it = m_inFlight.find(connectionId);
    if (it == m_inFlight.end())
        return;
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    it->cancelled = true;
    const Error error = makeError(ErrorCode::Cancelled, tr("The connection was disconnected."));
    for (const Waiter& waiter : waiters) {
        if (!waiter.hadContext || waiter.context)
            waiter.callback(error);
    }
}

} // namespace meisai
