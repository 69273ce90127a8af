#include "SyncJob.h"

#include "SyncEngine.h"
#include "model/Month.h"
#include "model/Scope.h"
#include "common/Log.h"
#include "oauth/OAuthContext.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace meisai {

namespace {

QDate minValid(const QDate& a, const QDate& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

SyncJob::SyncJob(Services services, qint64 connectionId, QObject* parent)
    : QObject(parent)
    , m_vault(services.vault)
    , m_context(services.context)
    , m_api(services.api)
    , m_rules(services.rules)
    , m_options(services.options)
    , m_retry(services.options)
{
    m_summary.connectionId = connectionId;
    m_progress.connectionId = connectionId;
}

void SyncJob::cancel()
{
    if (m_ended)
        return;
    m_api.cancel(m_summary.connectionId);
    finish(SyncOutcome::Cancelled, SyncEngine::trText("The sync was stopped."));
}


void SyncJob::emitProgress(SyncPhase phase, const QString& message)
{
    m_progress.phase = phase;
    m_progress.message = message;
    Q_EMIT progress(m_progress);
}

void SyncJob::resolve(const QString& alertKey)
{
    if (const Status resolved = vault().alerts().resolveByKey(alertKey); !resolved)
        qCWarning(lcSync).noquote() << "alert not resolved:" << resolved.error().message;
}

void SyncJob::raise(const Alert& alert)
{
    auto id = vault().alerts().raise(alert);
    if (!id) {
        qCWarning(lcSync).noquote() << "alert not raised:" << id.error().message;
        return;
    }
    if (!m_summary.alertIds.contains(*id)) {
        m_summary.alertIds << *id;
        Q_EMIT alertRaised(*id);
    }
}

void SyncJob::start()
{
    m_summary.startedAt = vault().clock().now();
    auto connection = vault().connections().get(m_summary.connectionId);
    if (!connection || !connection->has_value()) {
        finish(SyncOutcome::Skipped,
               connection ? SyncEngine::trText("This connection no longer exists.") : connection.error().describe());
        return;
    }
    m_connection = **connection;
    m_summary.issuerId = m_connection.issuerId;
    m_summary.label = m_connection.label;
    m_progress.issuerId = m_connection.issuerId;
    if (m_connection.status != ConnectionStatus::Active) {
        finish(SyncOutcome::Skipped, m_connection.status == ConnectionStatus::NeedsReconnect
                                         ? SyncEngine::trText("This connection needs to be connected again.")
                                         : Text());
        return;
    }
    m_cursor = SyncCursor::fromJson(m_connection.syncState);
    qCInfo(lcSync) << "sync of connection" << m_summary.connectionId << "at" << m_connection.issuerId << "started";
    fetchCards();
}

bool SyncJob::overTimeBudget()
{
    const qint64 budget = options().connectionBudgetSecs;
    if (m_summary.startedAt.secsTo(vault().clock().now()) < budget)
        return false;
    const Text name = m_rules.issuerNameText(m_connection.issuerId);
    stopByGuard(budget % 60 == 0
                    ? SyncEngine::trText("The sync of %1 took longer than %n minute(s), the limit of one sync, and was "
                                     "stopped. What was stored stays, and the next sync continues from there.",
                                     nullptr, int(budget / 60))
                          .arg(name)
                    : SyncEngine::trText("The sync of %1 took longer than %n second(s), the limit of one sync, and was "
                                     "stopped. What was stored stays, and the next sync continues from there.",
                                     nullptr, int(budget))
                          .arg(name));
    return true;
}

void SyncJob::stopByGuard(const Text& message)
{
    qCWarning(lcSync).noquote() << "sync of connection" << m_summary.connectionId << "stopped by the page-chain guard"
                                << "after" << m_summary.pages << "pages";
    raise(m_rules.syncStopped(m_connection, message));
    finish(SyncOutcome::Failed, message);
}

template <typename T>
void SyncJob::request(Issue<T> issue, std::function<void(T)> onValue, int attempt)
{
    // Every request, retries included, is within the connection's time budget.
    if (overTimeBudget())
        return;
    QPointer<SyncJob> self(this);
    issue([self, issue, onValue, attempt](ApiReply<T> reply) {
        if (!self || self->m_ended)
            return;
        self->handleMeta(reply.meta);
        if (reply.ok()) {
            onValue(std::move(reply.result.value()));
            return;
        }
        const Error& error = reply.result.error();
        const ApiMeta& meta = reply.meta;
        const RetryDecision decision = self->m_retry.decide(error, meta, attempt);
        if (!decision.retry) {
            self->fail(error, meta);
            return;
        }
        const qint64 delayMs = decision.delayMs;
        qCInfo(lcSync).noquote() << "connection" << self->m_summary.connectionId << meta.endpoint << "failed ("
                                 << errorCodeName(error.code) << "), attempt" << attempt << "- retrying in"
                                 << delayMs << "ms";
        self->emitProgress(SyncPhase::Waiting,
                           SyncEngine::tr("%1 Trying again in %2 s.").arg(error.message).arg((delayMs + 999) / 1000));
        QTimer::singleShot(int(delayMs), self, [self, issue, onValue, attempt] {
            if (self && !self->m_ended)
                self->request<T>(issue, onValue, attempt + 1);
        });
    });
}

void SyncJob::handleMeta(const ApiMeta& meta)
{
    if (meta.deprecation && !m_deprecationsSeen.contains(meta.deprecation->endpoint)) {
        m_deprecationsSeen.insert(meta.deprecation->endpoint);
        const Alert alert = m_rules.apiDeprecated(m_connection.issuerId, *meta.deprecation);
        raise(alert);
        m_summary.warnings << alert.whatHappened;
    }
    if (!meta.panFindings.isEmpty()) {
        QStringList fields;
        for (const PanFinding& f : meta.panFindings)
            fields << f.field;
        fields.removeDuplicates();
        qCWarning(lcSync).noquote() << "a full card number arrived from" << m_connection.issuerId << meta.endpoint
                                    << "in" << fields.join(QStringLiteral(", ")) << "- removed";
        m_context.audit(m_summary.connectionId, m_connection.issuerId, QStringLiteral("pan_dropped"),
                                 QStringLiteral("ok"),
                                 QStringLiteral("%1: %2 card number(s) removed from %3")
                                     .arg(meta.endpoint)
                                     .arg(meta.panFindings.size())
                                     .arg(fields.join(QStringLiteral(", "))));
        const Alert alert = m_rules.panReceived(m_connection, meta.endpoint, meta.panFindings);
        raise(alert);
        m_summary.warnings << alert.whatHappened;
    }
}

void SyncJob::fail(const Error& error, const ApiMeta& meta)
{
    if (m_ended)
        return;
    // The issuer no longer accepts the page key an interrupted sync kept
    // (it expired, the data moved on): read that card's window again, once.
    if (m_inTransactions && meta.httpStatus == 400 && !m_restartedWindow
        && m_cardIndex < m_cards.size()) {
        CardCursor& cc = m_cursor.cards[m_cards.at(m_cardIndex).cardId];
        if (cc.resuming) {
            qCInfo(lcSync) << "the issuer rejected the saved page key; reading the window again";
            m_restartedWindow = true;
            cc.resuming = false;
            m_pageKeys.clear();
            fetchTransactions();
            return;
        }
    }
    switch (error.code) {
    case ErrorCode::Maintenance: {
        const QDateTime retryAt = meta.retryAt.isValid() ? meta.retryAt : vault().clock().now().addSecs(600);
        m_summary.nextSyncAt = retryAt;
        QPointer<SyncJob> self(this);
        const QString issuerMessage = meta.issuerMessage;
        const Text message = error.describe();
        // The notices are public and still served during maintenance: show the issuer's own words.
        api().notices(m_connection.issuerId, this, [self, message, retryAt, issuerMessage](ApiReply<NoticeList> reply) {
            if (!self || self->m_ended)
                return;
            self->handleMeta(reply.meta); // a card number in the notices is reported like anywhere else
            std::optional<IssuerNotice> notice;
            if (reply.ok()) {
                if (auto stored = self->vault().notices().replace(self->m_connection.issuerId, reply.result->notices);
                    !stored)
                    qCWarning(lcSync).noquote() << "notices not stored:" << stored.error().message;
                for (const IssuerNotice& n : reply.result->notices) {
                    const QDateTime now = self->vault().clock().now();
                    if (n.kind == NoticeKind::Maintenance && (!n.endsAt.isValid() || n.endsAt > now)
                        && (!n.startsAt.isValid() || n.startsAt <= now))
                        notice = n;
                }
            }
            self->raise(self->m_rules.maintenance(self->m_connection, issuerMessage, retryAt, notice));
            self->finish(SyncOutcome::Maintenance,
                         notice ? Text::sentences({message, SyncEngine::trText("Notice: \"%1\"").arg(notice->title)})
                                : message);
        });
        return;
    }
    case ErrorCode::InvalidGrant: {
        // The token manager has marked the connection and raised its alert; this one shares its key.
        raise(m_rules.issuerRevoked(m_connection, error.describe()));
        finish(SyncOutcome::NeedsReconnect, error.describe());
        return;
    }
    case ErrorCode::Cancelled:
        finish(SyncOutcome::Cancelled, error.describe());
        return;
    case ErrorCode::UnsupportedVersion:
        raise(m_rules.apiUnsupported(m_connection.issuerId, error.describe()));
        break;
    case ErrorCode::TooLarge: // an answer over the size limit or a decoder's budget
        raise(m_rules.syncStopped(m_connection, error.describe()));
        break;
    default:
        break;
    }
    if ((error.code == ErrorCode::RateLimited || error.code == ErrorCode::ServerError) && meta.retryAt.isValid())
        m_summary.nextSyncAt = meta.retryAt;
    finish(SyncOutcome::Failed, error.describe());
}

// ---- cards

void SyncJob::fetchCards()
{
    emitProgress(SyncPhase::Cards);
    const qint64 id = m_summary.connectionId;
    QPointer<SyncJob> self(this);
    request<CardList>(
        [self, id](CardApiClient::Callback<CardList> cb) { self->api().cards(id, self, std::move(cb)); },
        [self](CardList list) {
            Database::Transaction tx(self->vault().database());
            Status s = tx.begin();
            if (s)
                s = self->vault().cards().upsert(list.cards);
            if (s)
                s = tx.commit();
            if (!s) {
                self->finish(SyncOutcome::Failed, s.error().describe());
                return;
            }
            self->m_cards = list.cards;
            self->m_summary.cards = int(list.cards.size());
            self->m_progress.cardCount = int(list.cards.size());
            self->m_cardIndex = 0;
            self->fetchTransactions();
        });
}

// ---- transactions

void SyncJob::fetchTransactions()
{
    if (m_cardIndex >= m_cards.size()) {
        m_inTransactions = false;
        fetchStatements();
        return;
    }
    if (m_summary.pages >= options().maxPagesPerSync) {
        // Over all cards: many cards of one page each count too. The pages
        // stored and their cursor are committed: the next sync resumes after them.
        stopByGuard(SyncEngine::trText("%1 kept sending more pages of transactions: Meisai stopped this sync after "
                                   "%2 pages, the limit of one sync. What was stored stays, and the next sync "
                                   "continues from there.")
                        .arg(m_rules.issuerNameText(m_connection.issuerId))
                        .arg(qint64(m_summary.pages)));
        return;
    }
    m_inTransactions = true;
    const QString cardId = m_cards.at(m_cardIndex).cardId;
    m_progress.cardId = cardId;
    m_progress.cardIndex = m_cardIndex + 1;
    emitProgress(SyncPhase::Transactions);

    CardCursor& cc = m_cursor.cards[cardId];
    TransactionFilter filter;
    filter.limit = options().pageSize;
    if (cc.resuming) {
        // Resume the window an earlier sync did not finish.
        filter.dateFrom = cc.resumeFrom;
        filter.dateTo = cc.resumeTo;
        filter.nextItemKey = cc.resumeKey;
        m_pageKeys.insert(cc.resumeKey); // a page that sends it back is repeating itself
        m_windowOldestOpen = cc.resumeOldestOpen;
    } else {
        m_windowOldestOpen = {};
        if (cc.syncedTo.isValid()) {
            // From the last sync minus the overlap, and back to the oldest unconfirmed item.
            filter.dateFrom = minValid(cc.syncedTo.addDays(-options().overlapDays), cc.oldestOpen);
        } // else: the first sync takes everything the issuer has.
    }
    const qint64 id = m_summary.connectionId;
    QPointer<SyncJob> self(this);
    request<TransactionPage>(
        [self, id, cardId, filter](CardApiClient::Callback<TransactionPage> cb) {
            self->api().transactions(id, cardId, filter, self, std::move(cb));
        },
        [self](TransactionPage page) { self->storePage(std::move(page)); });
}

void SyncJob::storePage(TransactionPage page)
{
    const Card& card = m_cards.at(m_cardIndex);
    const QString cardId = card.cardId;
    if (page.hasNext && m_pageKeys.contains(page.nextItemKey)) {
        // Any key seen before in this chain, not only the last: A→B→A loops too.
        // The page is not stored: the cursor stays on the last page that moved on.
        stopByGuard(SyncEngine::trText("%1 sent a page key it had already sent while listing the transactions of "
                                   "the card \"%2\", so its pages would never end. Meisai stopped this sync; what "
                                   "was stored before stays.")
                        .arg(m_rules.issuerNameText(m_connection.issuerId))
                        .arg(card.cardName.isEmpty() ? card.maskedPan : card.cardName));
        return;
    }
    CardCursor& cc = m_cursor.cards[cardId];
    for (const CardTransaction& t : std::as_const(page.transactions)) {
        if (t.status == TransactionStatus::Unconfirmed)
            m_windowOldestOpen = minValid(m_windowOldestOpen, t.useDate);
    }
    // The page and the cursor that points past it are committed together.
    Database::Transaction tx(vault().database());
    Status s = tx.begin();
    Result<UpsertCounts> counts = UpsertCounts{};
    if (s) {
        counts = vault().transactions().upsert(page.transactions);
        if (!counts)
            s = counts.error();
    }
    const CardCursor before = cc;
    if (s) {
        if (page.hasNext) {
            cc.resuming = true;
            cc.resumeFrom = page.dateFrom;
            cc.resumeTo = page.dateTo;
            cc.resumeKey = page.nextItemKey;
            cc.resumeOldestOpen = m_windowOldestOpen;
        } else {
            cc.resuming = false;
            cc.resumeKey.clear();
            cc.syncedTo = page.baseDate.isValid() ? std::min(page.baseDate, page.dateTo) : page.dateTo;
            cc.oldestOpen = m_windowOldestOpen;
        }
        s = saveCursor();
    }
    if (s)
        s = tx.commit();
    if (!s) {
        cc = before;
        finish(SyncOutcome::Failed, SyncEngine::trText("The transactions could not be stored: %1").arg(s.error().describe()));
        return;
    }
    m_summary.transactions.inserted += counts->inserted;
    m_summary.transactions.updated += counts->updated;
    m_summary.transactions.unchanged += counts->unchanged;
    ++m_summary.pages;
    m_progress.pages = m_summary.pages;
    m_progress.items += int(page.transactions.size());
    emitProgress(SyncPhase::Transactions);

    if (!page.hasNext) {
        ++m_cardIndex;
        m_restartedWindow = false;
        m_pageKeys.clear();
    } else {
        m_pageKeys.insert(page.nextItemKey);
    }
    fetchTransactions();
}

Status SyncJob::saveCursor()
{
    auto fresh = vault().connections().get(m_summary.connectionId);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value())
        return makeError(ErrorCode::NotFound, SyncEngine::tr("This connection no longer exists."));
    Connection c = **fresh;
    c.syncState = m_cursor.toJson();
    return vault().connections().update(c);
}

// ---- statements, limits, notices

void SyncJob::fetchStatements()
{
    if (m_statementQueue.isEmpty() && m_summary.statements == 0) {
        const QDate today = vault().clock().now().toOffsetFromUtc(9 * 3600).date(); // issuers bill in JST
        const QDate thisMonth(today.year(), today.month(), 1);
        for (const Card& card : std::as_const(m_cards)) {
            for (int m = -options().statementMonthsBack; m <= options().statementMonthsAhead; ++m)
                m_statementQueue.append({card.cardId, monthOf(thisMonth.addMonths(m))});
        }
    }
    if (m_statementQueue.isEmpty()) {
        // A permission the user declined when linking is simply not used.
        const QStringList& granted = m_connection.grantedScopes;
        m_limitIndex = granted.isEmpty() || granted.contains(limitsScope()) ? 0 : int(m_cards.size());
        fetchLimits();
        return;
    }
    const QPair<QString, QString> next = m_statementQueue.takeFirst();
    const QString cardId = next.first;
    const QString month = next.second;
    m_progress.cardId = cardId;
    emitProgress(SyncPhase::Statements, month);
    const qint64 id = m_summary.connectionId;
    QPointer<SyncJob> self(this);
    request<CardStatement>(
        [self, id, cardId, month](CardApiClient::Callback<CardStatement> cb) {
            self->api().statement(id, cardId, month, self, std::move(cb));
        },
        [self](CardStatement statement) {
            if (Status s = self->vault().statements().upsert(statement); !s) {
                self->finish(SyncOutcome::Failed, s.error().describe());
                return;
            }
            ++self->m_summary.statements;
            self->fetchStatements();
        });
}

void SyncJob::fetchLimits()
{
    if (m_limitIndex >= m_cards.size()) {
        QPointer<SyncJob> self(this);
        fetchNotices([self] {
            if (self)
                self->complete();
        });
        return;
    }
    const QString cardId = m_cards.at(m_limitIndex).cardId;
    m_progress.cardId = cardId;
    emitProgress(SyncPhase::Limits);
    const qint64 id = m_summary.connectionId;
    QPointer<SyncJob> self(this);
    request<CardLimits>(
        [self, id, cardId](CardApiClient::Callback<CardLimits> cb) {
            self->api().limits(id, cardId, self, std::move(cb));
        },
        [self](CardLimits limits) {
            if (Status s = self->vault().limits().upsert(limits); !s) {
                self->finish(SyncOutcome::Failed, s.error().describe());
                return;
            }
            ++self->m_summary.limits;
            ++self->m_limitIndex;
            self->fetchLimits();
        });
}

void SyncJob::fetchNotices(std::function<void()> next)
{
    emitProgress(SyncPhase::Notices);
    const QString issuerId = m_connection.issuerId;
    QPointer<SyncJob> self(this);
    request<NoticeList>(
        [self, issuerId](CardApiClient::Callback<NoticeList> cb) { self->api().notices(issuerId, self, std::move(cb)); },
        [self, next, issuerId](NoticeList list) {
            auto fresh = self->vault().notices().replace(issuerId, list.notices);
            if (!fresh) {
                self->finish(SyncOutcome::Failed, fresh.error().describe());
                return;
            }
            self->m_summary.newNotices = int(fresh->size());
            const QDateTime now = self->vault().clock().now();
            for (const IssuerNotice& n : std::as_const(list.notices)) {
                if (!fresh->contains(n.noticeId))
                    continue;
                if (n.kind == NoticeKind::Security) {
                    self->raise(self->m_rules.securityNotice(issuerId, n));
                } else if (n.kind == NoticeKind::Maintenance && (!n.endsAt.isValid() || n.endsAt > now)) {
                    Alert a = self->m_rules.maintenance(self->m_connection, {}, n.endsAt, n);
                    a.dedupKey = AlertRules::noticeKey(issuerId, n.noticeId);
                    a.connectionId = 0;
                    self->raise(a);
                }
            }
            next();
        });
}

void SyncJob::complete()
{
    finish(SyncOutcome::Completed);
}

void SyncJob::finish(SyncOutcome outcome, const Text& error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_summary.outcome = outcome;
    m_summary.finishedAt = vault().clock().now();
    if (!error.isEmpty())
        m_summary.errors << error.toString();

    if (outcome != SyncOutcome::Skipped) {
        auto fresh = vault().connections().get(m_summary.connectionId);
        if (fresh && fresh->has_value()) {
            Connection c = **fresh;
            // The cursor in the vault is the committed one; only the failure count changes here.
            SyncCursor cursor = SyncCursor::fromJson(c.syncState);
            const bool counts = outcome == SyncOutcome::Failed;
            cursor.failures = outcome == SyncOutcome::Completed ? 0 : cursor.failures + (counts ? 1 : 0);
            c.syncState = cursor.toJson();
            if (outcome == SyncOutcome::Completed) {
                c.lastSyncAt = m_summary.finishedAt;
                c.lastError.clear();
                c.lastErrorText = {};
                c.nextSyncAt = QDateTime();
            } else if (outcome != SyncOutcome::Cancelled) {
                c.lastErrorText = error;
                c.lastError = error.toString();
                c.nextSyncAt = m_summary.nextSyncAt;
            }
            if (Status s = vault().connections().update(c); !s)
                qCWarning(lcSync).noquote() << "connection state not saved:" << s.error().message;
            if (outcome == SyncOutcome::Completed) {
                for (const QString& key : {AlertRules::maintenanceKey(c.id), AlertRules::syncFailingKey(c.id),
                                           AlertRules::syncStoppedKey(c.id)})
                    resolve(key);
                // The issuer's API was readable again (Meisai was updated, or the issuer went back).
                resolve(AlertRules::apiUnsupportedKey(c.issuerId));
            }
            if (counts && cursor.failures >= m_options.failuresBeforeAlert)
                raise(m_rules.syncFailing(c, cursor.failures, error));
        }
        m_context.audit(m_summary.connectionId, m_connection.issuerId, QStringLiteral("sync"),
                                 outcome == SyncOutcome::Completed ? QStringLiteral("ok") : toString(outcome),
                                 QStringLiteral("inserted %1, updated %2, unchanged %3, pages %4")
                                     .arg(m_summary.transactions.inserted)
                                     .arg(m_summary.transactions.updated)
                                     .arg(m_summary.transactions.unchanged)
                                     .arg(m_summary.pages));
    }
    qCInfo(lcSync).noquote() << "sync of connection" << m_summary.connectionId << "ended:" << toString(outcome)
                             << "inserted" << m_summary.transactions.inserted << "updated"
                             << m_summary.transactions.updated << "unchanged" << m_summary.transactions.unchanged;
    emitProgress(SyncPhase::Done, label(outcome));
    const ConnectionSyncSummary summary = m_summary;
    QPointer<SyncJob> self(this);
    // Report from the event loop, so that no caller sees the job end inside its own call.
    QTimer::singleShot(0, this, [self, summary] {
        if (self)
            Q_EMIT self->done(summary);
    });
}

} // namespace meisai
