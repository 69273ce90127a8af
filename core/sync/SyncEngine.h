#pragma once

// Syncs the connections of one vault with their issuers: a few connections
// at once, each one cards → transactions (per card, incrementally, page by
// page) → statements → limits → notices. Each page of transactions is
// committed in its own vault transaction together with the connection's
// cursor, so an interrupted sync loses nothing and the next one resumes
// where it stopped; upserts make repeated syncs idempotent. See docs/sync.md.
//
//   SyncEngine engine(vault, oauthContext, tokenManager);
//   connect(&engine, &SyncEngine::progress, …);
//   connect(&engine, &SyncEngine::finished, …);
//   engine.syncAll();

#include "SyncTypes.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace meisai {

class Vault;
class OAuthContext;
class TokenManager;
class CardApiClient;
class AlertRules;
class SyncJob;

class SyncEngine final : public QObject
{
    Q_OBJECT
    MEISAI_TR_TEXT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    // The vault, context and token manager must outlive the engine.
    SyncEngine(Vault& vault, OAuthContext& context, TokenManager& tokens, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const SyncOptions& options) { m_options = options; }
    const SyncOptions& options() const { return m_options; }
    CardApiClient& api() { return *m_api; }

    // Syncs every active connection (or the given ones); connections already
    // syncing are not queued twice. finished() comes once all of them ended.
    void syncAll();
    void sync(qint64 connectionId);
    void sync(const QList<qint64>& connectionIds);

    // Stops at once (G8): requests in flight are aborted; what was committed stays.
    void cancel(qint64 connectionId);
    void cancelAll();

    bool isRunning() const;
    bool isSyncing(qint64 connectionId) const;

    // Consent expiry and audit-log checks (run at start and after each sync).
    // Returns the ids of alerts raised or still open.
    Result<QList<qint64>> runChecks();

Q_SIGNALS:
    void progress(const meisai::SyncProgress& progress);
    void connectionFinished(const meisai::ConnectionSyncSummary& summary);
    void alertRaised(qint64 alertId);
    // Every connection asked for has ended.
    void finished(const QList<meisai::ConnectionSyncSummary>& summaries);

private:
    void enqueue(qint64 connectionId);
    void pump();
    void jobDone(SyncJob* job, const ConnectionSyncSummary& summary);

    Vault& m_vault;
    OAuthContext& m_context;
    TokenManager& m_tokens;
    CardApiClient* m_api;
    std::unique_ptr<AlertRules> m_rules;
    SyncOptions m_options;
    QList<qint64> m_queue;
    QHash<qint64, SyncJob*> m_running;
    QList<ConnectionSyncSummary> m_done;
};

} // namespace meisai

