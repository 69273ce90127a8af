#pragma once

// The sync engine's plain types: its options, the progress it reports, and
// each connection's outcome and summary.

#include "vault/stores/TransactionStore.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace meisai {

// The page-chain guard (docs/sync.md): an issuer cannot keep one sync
// running forever. A sync of one connection that reaches either limit stops
// with an error and a sync_stopped alert; the pages committed stay, and the
// next sync resumes after the last of them.
//
// Transaction pages over all cards of one connection, per sync: 1,000 pages
// of the issuers' default 500 items are 500,000 transactions, far beyond a
// personal card's history (about 12,000 in ten years), and still enough with
// an issuer that pages by 50.
inline constexpr int kMaxPagesPerSync = 1000;
// Wall-clock time of one connection's sync: a first sync of a long history
// over a slow line takes a few minutes, retries and Retry-After waits
// included.
inline constexpr int kConnectionBudgetSecs = 20 * 60;

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

    int maxPagesPerSync = kMaxPagesPerSync;           // transaction pages of one connection per sync
    int connectionBudgetSecs = kConnectionBudgetSecs; // by the vault's clock, from the start of the connection's sync
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

} // namespace meisai

Q_DECLARE_METATYPE(meisai::SyncProgress)
Q_DECLARE_METATYPE(meisai::ConnectionSyncSummary)
