#include "SyncEngine.h"

#include "SyncJob.h"
#include "api/CardApiClient.h"
#include "common/Log.h"
#include "oauth/OAuthContext.h"
#include "oauth/TokenManager.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QTimer>

#include <algorithm>

namespace meisai {

QString label(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Queued: return SyncEngine::tr("waiting to start");
    case SyncPhase::Cards: return SyncEngine::tr("reading cards");
    case SyncPhase::Transactions: return SyncEngine::tr("reading transactions");
    case SyncPhase::Statements: return SyncEngine::tr("reading statements");
    case SyncPhase::Limits: return SyncEngine::tr("reading limits");
    case SyncPhase::Notices: return SyncEngine::tr("reading notices");
    case SyncPhase::Waiting: return SyncEngine::tr("waiting before trying again");
    case SyncPhase::Done: return SyncEngine::tr("done");
    }
    return {};
}

QString toString(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Completed: return QStringLiteral("completed");
    case SyncOutcome::Failed: return QStringLiteral("failed");
    case SyncOutcome::Maintenance: return QStringLiteral("maintenance");
    case SyncOutcome::NeedsReconnect: return QStringLiteral("needs_reconnect");
    case SyncOutcome::Cancelled: return QStringLiteral("cancelled");
    case SyncOutcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString label(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Completed: return SyncEngine::tr("completed");
    case SyncOutcome::Failed: return SyncEngine::tr("failed");
    case SyncOutcome::Maintenance: return SyncEngine::tr("issuer under maintenance");
    case SyncOutcome::NeedsReconnect: return SyncEngine::tr("needs to be connected again");
    case SyncOutcome::Cancelled: return SyncEngine::tr("stopped");
    case SyncOutcome::Skipped: return SyncEngine::tr("skipped");
    }
    return {};
}

// ---------------------------------------------------------------- engine

SyncEngine::SyncEngine(Vault& vault, OAuthContext& context, TokenManager& tokens, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_context(context)
    , m_tokens(tokens)
    , m_api(new CardApiClient(context, tokens, this))
    , m_rules(std::make_unique<AlertRules>(&context.directory()))
{
    qRegisterMetaType<meisai::SyncProgress>();
    qRegisterMetaType<meisai::ConnectionSyncSummary>();
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::isRunning() const
{
    return !m_running.isEmpty() || !m_queue.isEmpty();
}

bool SyncEngine::isSyncing(qint64 connectionId) const
{
    return m_running.contains(connectionId) || m_queue.contains(connectionId);
}

void SyncEngine::syncAll()
{
    auto connections = m_vault.connections().list();
    if (!connections) {
        qCWarning(lcSync).noquote() << "connections not listed:" << connections.error().message;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}); });
        return;
    }
    QList<qint64> ids;
    for (const Connection& c : *connections) {
        if (c.status == ConnectionStatus::Active)
            ids << c.id;
    }
    sync(ids);
}

void SyncEngine::sync(qint64 connectionId)
{
    sync(QList<qint64>{connectionId});
}

void SyncEngine::sync(const QList<qint64>& connectionIds)
{
    for (qint64 id : connectionIds)
        enqueue(id);
    if (!isRunning()) {
        QTimer::singleShot(0, this, [this] {
            if (!isRunning()) {
                const auto done = std::exchange(m_done, {});
                Q_EMIT finished(done);
            }
        });
        return;
    }
    pump();
}

void SyncEngine::enqueue(qint64 connectionId)
{
    if (isSyncing(connectionId))
        return;
    m_queue.append(connectionId);
    SyncProgress p;
    p.connectionId = connectionId;
    p.phase = SyncPhase::Queued;
    Q_EMIT progress(p);
}

void SyncEngine::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < std::max(1, m_options.maxConcurrentConnections)) {
        const qint64 id = m_queue.takeFirst();
        auto* job = new SyncJob(SyncJob::Services{m_vault, m_context, *m_api, *m_rules, m_options}, id, this);
        connect(job, &SyncJob::progress, this, &SyncEngine::progress);
        connect(job, &SyncJob::alertRaised, this, &SyncEngine::alertRaised);
        connect(job, &SyncJob::done, this, [this, job](const ConnectionSyncSummary& summary) { jobDone(job, summary); });
        m_running.insert(id, job);
        job->start();
    }
}

void SyncEngine::jobDone(SyncJob* job, const ConnectionSyncSummary& summary)
{
    m_running.remove(summary.connectionId);
    job->deleteLater();
    m_done.append(summary);
    Q_EMIT connectionFinished(summary);
    pump();
    if (!isRunning()) {
        if (auto checks = runChecks(); !checks)
            qCWarning(lcSync).noquote() << "checks after sync failed:" << checks.error().message;
        const auto done = std::exchange(m_done, {});
        Q_EMIT finished(done);
    }
}

void SyncEngine::cancel(qint64 connectionId)
{
    m_queue.removeAll(connectionId);
    if (SyncJob* job = m_running.value(connectionId))
        job->cancel();
}

void SyncEngine::cancelAll()
{
    const QList<qint64> queued = std::exchange(m_queue, {});
    for (qint64 id : queued) {
        ConnectionSyncSummary s;
        s.connectionId = id;
        s.outcome = SyncOutcome::Cancelled;
        m_done.append(s);
    }
    const auto jobs = m_running.values();
    for (SyncJob* job : jobs)
        job->cancel();
    if (jobs.isEmpty() && !queued.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (!isRunning()) {
                const auto done = std::exchange(m_done, {});
                Q_EMIT finished(done);
            }
        });
    }
}

Result<QList<qint64>> SyncEngine::runChecks()
{
    QList<qint64> ids;
    auto consents = m_rules->checkConsents(m_vault, m_vault.clock());
    if (!consents)
        return consents.error();
    ids << *consents;
    auto audit = m_rules->checkAuditLog(m_vault);
    if (!audit)
        return audit.error();
    ids << *audit;
    for (qint64 id : std::as_const(ids))
        Q_EMIT alertRaised(id);
    return ids;
}

} // namespace meisai
