#include "Revoker.h"

#include "OAuthContext.h"
#include "TokenClient.h"
#include "TokenManager.h"
#include "common/Log.h"
#include "vault/Vault.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace meisai {

namespace {

PendingRevocation clonePending(const PendingRevocation& p)
{
    return PendingRevocation{p.id, p.connectionId, p.issuerId, p.token.clone(), p.tokenTypeHint,
                             p.binding, p.attempts, p.nextAttemptAt, p.lastError};
}

} // namespace

Revoker::Revoker(OAuthContext& context, TokenManager* tokens, QObject* parent)
    : QObject(parent), m_context(context), m_tokens(tokens), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { retryPending(); });
    if (m_tokens)
        connect(m_tokens, &TokenManager::revocationQueued, this, [this] { retryPending(); });
}

qint64 Revoker::backoffSecs(int attempts)
{
    qint64 secs = 30;
    for (int i = 0; i < attempts && secs < 3600; ++i)
        secs *= 2;
    return std::min<qint64>(secs, 3600);
}

void Revoker::startRetrying(int intervalMs)
{
    m_timer->start(intervalMs);
}

void Revoker::stopRetrying()
{
    m_timer->stop();
}

Status Revoker::revokeLocally(qint64 connectionId)
{
    Vault& vault = m_context.vault();
    if (m_tokens)
        m_tokens->cancel(connectionId);
    auto connection = vault.connections().get(connectionId);
    if (!connection)
        return connection.error();
    if (!connection->has_value())
        return makeError(ErrorCode::NotFound, tr("This connection does not exist."));
    const QString issuerId = (*connection)->issuerId;
    const IssuerBinding binding = (*connection)->binding;
    auto tokens = vault.tokens().get(connectionId);
    if (!tokens)
        return tokens.error();
    const QDateTime now = m_context.clock().now();

    Database::Transaction tx(vault.database());
    MEISAI_TRY(tx.begin());
    if (tokens->has_value()) {
        const TokenSet& t = **tokens;
        // The refresh token first: revoking it ends the whole grant at most issuers.
        if (!t.refreshToken.isEmpty()) {
            PendingRevocation p;
            p.connectionId = connectionId;
            p.issuerId = issuerId;
            p.token = t.refreshToken.clone();
            p.tokenTypeHint = QStringLiteral("refresh_token");
            p.binding = binding;
            p.nextAttemptAt = now;
            MEISAI_TRY(vault.revocations().enqueue(p));
        }
        if (!t.accessToken.isEmpty() && (!t.accessExpiresAt.isValid() || t.accessExpiresAt > now)) {
            PendingRevocation p;
            p.connectionId = connectionId;
            p.issuerId = issuerId;
            p.token = t.accessToken.clone();
            p.tokenTypeHint = QStringLiteral("access_token");
            p.binding = binding;
            p.nextAttemptAt = now;
            MEISAI_TRY(vault.revocations().enqueue(p));
        }
        MEISAI_TRY(vault.tokens().remove(connectionId));
    }
    MEISAI_TRY(vault.connections().setStatus(connectionId, ConnectionStatus::Revoked));
    MEISAI_TRY(tx.commit());
    m_context.audit(connectionId, issuerId, QStringLiteral("revoke"), QStringLiteral("ok"),
                    QStringLiteral("local tokens deleted"));
    qCInfo(lcOAuth).noquote() << "connection" << connectionId << "revoked locally";
    return {};
}

void Revoker::revoke(qint64 connectionId, QObject* context, Callback done)
{
    const Status local = revokeLocally(connectionId);
    if (!local) {
        QTimer::singleShot(0, context ? context : this, [done, error = local.error()] { done(error); });
        return;
    }
    auto all = m_context.vault().revocations().all();
    if (!all) {
        QTimer::singleShot(0, context ? context : this, [done, error = all.error()] { done(error); });
        return;
    }
    std::vector<PendingRevocation> mine;
    for (const PendingRevocation& p : std::as_const(all.value())) {
        if (p.connectionId == connectionId && !m_attempting.contains(p.id))
            mine.push_back(clonePending(p));
    }
    RevokeReport report;
    report.connections = 1;
    attempt(std::move(mine), context, std::move(done), std::move(report));
}

void Revoker::revokeAll(QObject* context, Callback done)
{
    auto connections = m_context.vault().connections().list();
    if (!connections) {
        QTimer::singleShot(0, context ? context : this, [done, error = connections.error()] { done(error); });
        return;
    }
    RevokeReport report;
    QStringList failures;
    for (const Connection& c : connections.value()) {
        if (c.status == ConnectionStatus::Revoked)
            continue;
        const Status local = revokeLocally(c.id);
        if (local)
            ++report.connections;
        else
            failures << local.error().message;
    }
    auto all = m_context.vault().revocations().all();
    if (!all) {
        QTimer::singleShot(0, context ? context : this, [done, error = all.error()] { done(error); });
        return;
    }
    std::vector<PendingRevocation> items;
    for (const PendingRevocation& p : std::as_const(all.value())) {
        if (!m_attempting.contains(p.id))
            items.push_back(clonePending(p));
    }
    report.messages = failures;
    attempt(std::move(items), context, std::move(done), std::move(report));
}

void Revoker::retryPending(QObject* context, Callback done)
{
    auto due = m_context.vault().revocations().due();
    if (!due) {
        qCWarning(lcOAuth).noquote() << "revocation queue unreadable:" << due.error().message;
        if (done)
            QTimer::singleShot(0, context ? context : this, [done, error = due.error()] { done(error); });
        return;
    }
    std::vector<PendingRevocation> items;
    for (const PendingRevocation& p : std::as_const(due.value())) {
        if (!m_attempting.contains(p.id))
            items.push_back(clonePending(p));
    }
    attempt(std::move(items), context, done ? std::move(done) : Callback([](Result<RevokeReport>) {}), {});
}

void Revoker::attempt(std::vector<PendingRevocation> items, QObject* context, Callback done, RevokeReport report)
{
    struct Batch
    {
        int remaining = 0;
        RevokeReport report;
        Callback done;
        QPointer<QObject> context;
        bool hadContext = false;
    };
    auto batch = std::make_shared<Batch>();
    batch->remaining = int(items.size());
    batch->report = std::move(report);
    batch->done = std::move(done);
    batch->context = context;
    batch->hadContext = context != nullptr;
    QPointer<Revoker> self(this);
    const auto finishOne = [self, batch] {
        if (--batch->remaining > 0)
            return;
        if (self) {
            auto pending = self->m_context.vault().revocations().all();
            if (pending)
                Q_EMIT self->pendingCountChanged(int(pending->size()));
        }
        if (batch->done && (!batch->hadContext || batch->context))
            batch->done(batch->report);
    };
    if (items.empty()) {
        batch->remaining = 1;
        QTimer::singleShot(0, this, finishOne);
        return;
    }
    // The refresh token of a connection before its access token.
    std::stable_sort(items.begin(), items.end(), [](const PendingRevocation& a, const PendingRevocation& b) {
        return a.tokenTypeHint == QLatin1String("refresh_token") && b.tokenTypeHint != QLatin1String("refresh_token");
    });
    for (PendingRevocation& item : items) {
        m_attempting.insert(item.id);
        auto shared = std::make_shared<PendingRevocation>(std::move(item));
        m_context.resolve(shared->issuerId, this, [self, shared, batch, finishOne](Result<ResolvedIssuer> issuer) {
            if (!self)
                return;
            const auto onResult = [self, shared, batch, finishOne](Status status) {
                if (!self)
                    return;
                Vault& vault = self->m_context.vault();
                self->m_attempting.remove(shared->id);
                if (status) {
                    const Status removed = vault.revocations().remove(shared->id);
                    if (!removed)
                        qCWarning(lcOAuth).noquote() << "revocation not dequeued:" << removed.error().message;
                    ++batch->report.confirmed;
                    self->m_context.audit(shared->connectionId, shared->issuerId, QStringLiteral("revoke"),
                                          QStringLiteral("ok"),
                                          QStringLiteral("confirmed by the issuer: ") + shared->tokenTypeHint);
                    qCInfo(lcOAuth).noquote() << "issuer confirmed revocation of a" << shared->tokenTypeHint
                                              << "of connection" << shared->connectionId;
                    Q_EMIT self->revocationConfirmed(shared->connectionId);
                } else {
                    const QDateTime next =
                        self->m_context.clock().now().addSecs(backoffSecs(shared->attempts));
                    const Status rescheduled =
                        vault.revocations().reschedule(shared->id, next, status.error().message);
                    if (!rescheduled)
                        qCWarning(lcOAuth).noquote() << "revocation not rescheduled:" << rescheduled.error().message;
                    ++batch->report.queued;
                    batch->report.messages << status.error().message;
                    self->m_context.audit(shared->connectionId, shared->issuerId, QStringLiteral("revoke"),
                                          errorCodeName(status.error().code),
                                          QStringLiteral("queued for retry: ") + shared->tokenTypeHint + QStringLiteral(": ")
                                              + status.error().message);
                    qCWarning(lcOAuth).noquote() << "revocation queued for retry:" << status.error().message;
                }
                finishOne();
            };
            if (!issuer) {
                onResult(issuer.error());
                return;
            }
            // Without a revocation endpoint TokenClient says so; with one, the token goes only where it is bound.
            const QUrl endpoint = issuer->metadata.revocationEndpoint;
            if (!endpoint.isEmpty()) {
                if (Status admitted = self->m_context.admitToken(shared->connectionId, shared->binding, *issuer, endpoint,
                                                                 BindingGuard::Use::Revocation);
                    !admitted) {
                    onResult(admitted.error());
                    return;
                }
            }
            TokenClient client(*issuer->http, issuer->metadata, issuer->profile.clientId, issuer->profile.nameText());
            client.revoke(shared->token, shared->tokenTypeHint, shared->connectionId, self, onResult);
        });
    }
}

} // namespace meisai
