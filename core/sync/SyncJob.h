#pragma once

// One connection's sync, from start to its summary: cards → transactions (per
// card, page by page, each page committed with the cursor) → statements →
// limits → notices; the retry of failed requests (RetryPolicy), the cursor
// (SyncCursor), the alerts each failure calls for (AlertRules), and the
// report of every full card number the PAN guard dropped, whichever request
// brought it; the page-chain guard (SyncTypes.h: a repeated nextItemKey, the
// page cap, the time budget). SyncEngine runs several at once.

#include "RetryPolicy.h"
#include "SyncCursor.h"
#include "SyncTypes.h"
#include "api/CardApiClient.h"
#include "model/Alert.h"
#include "model/Card.h"
#include "model/Connection.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>

namespace meisai {

class AlertRules;
class OAuthContext;
class Vault;

class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    // What a job works with; all of it outlives the job (the engine owns them).
    struct Services
    {
        Vault& vault;
        OAuthContext& context;
        CardApiClient& api;
        const AlertRules& rules;
        const SyncOptions& options;
    };

    SyncJob(Services services, qint64 connectionId, QObject* parent = nullptr);

    void start();
    // Stops at once (requests in flight are aborted); what was committed stays.
    void cancel();

Q_SIGNALS:
    void progress(const meisai::SyncProgress& progress);
    void alertRaised(qint64 alertId);
    // Once, from the event loop, after start(): how the connection's sync ended.
    void done(const meisai::ConnectionSyncSummary& summary);

private:
    template <typename T>
    using Issue = std::function<void(CardApiClient::Callback<T>)>;

    // Sends a request, retrying as RetryPolicy decides.
    template <typename T>
    void request(Issue<T> issue, std::function<void(T)> onValue, int attempt = 1);
    void handleMeta(const ApiMeta& meta);
    void fail(const Error& error, const ApiMeta& meta);

    void fetchCards();
    void fetchTransactions();
    void storePage(TransactionPage page);
    void fetchStatements();
    void fetchLimits();
    void fetchNotices(std::function<void()> next);
    void complete();
    void finish(SyncOutcome outcome, const Text& error = {});
    // The page-chain guard: ends the sync as failed, with a sync_stopped alert.
    void stopByGuard(const Text& message);
    bool overTimeBudget();

    Status saveCursor(); // inside the caller's transaction
    void emitProgress(SyncPhase phase, const QString& message = {});
    Vault& vault() { return m_vault; }
    CardApiClient& api() { return m_api; }
    const SyncOptions& options() const { return m_options; }
    void raise(const Alert& alert);
    void resolve(const QString& alertKey);

    Vault& m_vault;
    OAuthContext& m_context;
    CardApiClient& m_api;
    const AlertRules& m_rules;
    const SyncOptions& m_options;
    RetryPolicy m_retry;
    Connection m_connection;
    SyncCursor m_cursor;
    ConnectionSyncSummary m_summary;
    SyncProgress m_progress;
    QList<Card> m_cards;
    int m_cardIndex = 0;
    bool m_restartedWindow = false;
    bool m_inTransactions = false;
    QDate m_windowOldestOpen;
    QList<QPair<QString, QString>> m_statementQueue; // (cardId, month)
    int m_limitIndex = 0;
    bool m_ended = false;
    QSet<QString> m_deprecationsSeen;
    QSet<QString> m_pageKeys; // every nextItemKey of the current card's page chain
};

} // namespace meisai
