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

#include "common/Result.h"
#include "model/Connection.h"
#include "vault/Vault.h"

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

struct SyncOptions
{
    int maxConcurrentConnections = 3;
    int overlapDays = 35;        // re-read this far back from the last sync (late postings, confirmations)
    int statementMonthsBack = 12; // statements of the current month and this many before…
    int statementMonthsAhead = 2; // …and after (installments, bonus payments)
    int pageSize = 0;             // 0: the issuer's default (500)

    // Retries of one request (network errors, timeouts, 5xx, 429).
    int maxAttempts = 4;
    int backoffBaseMs = 1000;     // doubled each attempt, with jitter
    int backoffMaxMs = 30000;
    // A Retry-After longer than this stops the connection for now (nextSyncAt
    // is set from it) instead of waiting.
    int maxRetryAfterWaitSecs = 120;
    // Tests: every wait is capped at this many ms (the real delay still sets nextSyncAt). -1: no cap.
    int delayCapMs = -1;

    int failuresBeforeAlert = 3; // consecutive failed syncs of a connection before an alert
};

enum class SyncPhase { Queued, Cards, Transactions, Statements, Limits, Notices, Waiting, Done };
QString label(SyncPhase phase); // for people

struct SyncProgress
{
    qint64 connectionId = 0;
    QString issuerId;
    SyncPhase phase = SyncPhase::Queued;
    QString cardId;        // the card being synced, when there is one
    int cardIndex = 0;     // 1-based
    int cardCount = 0;
    int pages = 0;         // transaction pages stored so far in this sync
    int items = 0;         // transactions received so far in this sync
    QString message;       // e.g. "waiting 30 s: the issuer asked to slow down"
};

enum class SyncOutcome {
    Completed,      // everything was fetched (warnings possible)
    Failed,         // stopped by an error; what was stored stays; retried next sync
    Maintenance,    // the issuer is in maintenance; nextSyncAt tells when to try again
    NeedsReconnect, // the grant is gone (revoked, expired): the user must link again
    Cancelled,
    Skipped,        // not active (linking, needs reconnecting, revoked)
};
QString toString(SyncOutcome outcome); // the code in the audit log and logs: "completed", "failed", …
QString label(SyncOutcome outcome);    // for people

struct ConnectionSyncSummary
{
    qint64 connectionId = 0;
    QString issuerId;
    QString label;
    SyncOutcome outcome = SyncOutcome::Skipped;
    int cards = 0;
    UpsertCounts transactions; // inserted / updated / unchanged over all cards
    int pages = 0;
    int statements = 0;
    int limits = 0;
    int newNotices = 0;
    QList<qint64> alertIds;  // alerts raised (or found open) in this sync
    QStringList errors;      // for people
    QStringList warnings;    // for people (e.g. a deprecated API, a card number dropped)
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime nextSyncAt;    // when the issuer asked us to come back (maintenance, rate limit)

    bool ok() const { return outcome == SyncOutcome::Completed; }
};

class SyncEngine final : public QObject
{
    Q_OBJECT
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
    class Job;
    friend class Job;

    void enqueue(qint64 connectionId);
    void pump();
    void jobDone(Job* job, const ConnectionSyncSummary& summary);

    Vault& m_vault;
    OAuthContext& m_context;
    TokenManager& m_tokens;
    CardApiClient* m_api;
    std::unique_ptr<AlertRules> m_rules;
    SyncOptions m_options;
    QList<qint64> m_queue;
    QHash<qint64, Job*> m_running;
    QList<ConnectionSyncSummary> m_done;
};

} // namespace meisai

Q_DECLARE_METATYPE(meisai::SyncProgress)
Q_DECLARE_METATYPE(meisai::ConnectionSyncSummary)
