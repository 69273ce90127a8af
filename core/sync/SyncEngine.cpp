#include "SyncEngine.h"

#include "api/CardApiClient.h"
#include "common/Log.h"
#include "oauth/OAuthContext.h"
#include "oauth/TokenManager.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace meisai {

namespace {

// The sync cursor kept in Connection::syncState (opaque to the vault):
// {"v":1,"failures":N,"cards":{"<cardId>":{"syncedTo":"YYYY-MM-DD",
//   "oldestOpen":"YYYY-MM-DD","resume":{"from","to","key","oldestOpen"}}}}
struct CardCursor
{
    QDate syncedTo;   // transactions were complete up to this day (the issuer's base date)
    QDate oldestOpen; // the oldest unconfirmed transaction seen: re-read from there
    bool resuming = false;
    QDate resumeFrom;
    QDate resumeTo;
    QString resumeKey;
    QDate resumeOldestOpen;
};

struct Cursor
{
    int failures = 0;
    QHash<QString, CardCursor> cards;

    static QDate date(const QJsonObject& o, const char* key)
    {
        return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    }

    static Cursor fromJson(const QString& text)
    {
        Cursor c;
        const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
        if (root.value(QStringLiteral("v")).toInt() != 1)
            return c;
        c.failures = root.value(QStringLiteral("failures")).toInt();
        const QJsonObject cards = root.value(QStringLiteral("cards")).toObject();
        for (auto it = cards.begin(); it != cards.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            CardCursor cc;
            cc.syncedTo = date(o, "syncedTo");
            cc.oldestOpen = date(o, "oldestOpen");
            const QJsonObject r = o.value(QStringLiteral("resume")).toObject();
            if (!r.isEmpty()) {
                cc.resuming = true;
                cc.resumeFrom = date(r, "from");
                cc.resumeTo = date(r, "to");
                cc.resumeKey = r.value(QStringLiteral("key")).toString();
                cc.resumeOldestOpen = date(r, "oldestOpen");
                if (!cc.resumeFrom.isValid() || !cc.resumeTo.isValid() || cc.resumeKey.isEmpty())
                    cc.resuming = false;
            }
            c.cards.insert(it.key(), cc);
        }
        return c;
    }

    QString toJson() const
    {
        const auto put = [](QJsonObject& o, const char* key, const QDate& d) {
            if (d.isValid())
                o.insert(QLatin1String(key), d.toString(Qt::ISODate));
        };
        QJsonObject cards;
        for (auto it = this->cards.begin(); it != this->cards.end(); ++it) {
            QJsonObject o;
            put(o, "syncedTo", it->syncedTo);
            put(o, "oldestOpen", it->oldestOpen);
            if (it->resuming) {
                QJsonObject r;
                put(r, "from", it->resumeFrom);
                put(r, "to", it->resumeTo);
                r.insert(QStringLiteral("key"), it->resumeKey);
                put(r, "oldestOpen", it->resumeOldestOpen);
                o.insert(QStringLiteral("resume"), r);
            }
            cards.insert(it.key(), o);
        }
        QJsonObject root{{QStringLiteral("v"), 1}, {QStringLiteral("failures"), failures}, {QStringLiteral("cards"), cards}};
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
};

QString monthString(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

QDate minValid(const QDate& a, const QDate& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

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

// ---------------------------------------------------------------- one connection

class SyncEngine::Job final : public QObject
{
public:
    Job(SyncEngine& engine, qint64 connectionId) : QObject(&engine), m_engine(engine)
    {
        m_summary.connectionId = connectionId;
        m_progress.connectionId = connectionId;
    }

    void start();
    void cancel()
    {
        if (m_ended)
            return;
        m_engine.m_api->cancel(m_summary.connectionId);
        finish(SyncOutcome::Cancelled, SyncEngine::tr("The sync was stopped."));
    }

private:
    template <typename T>
    using Issue = std::function<void(CardApiClient::Callback<T>)>;

    // Sends a request, retrying network errors, 5xx and 429 with backoff.
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
    void finish(SyncOutcome outcome, const QString& error = {});

    Status saveCursor(); // inside the caller's transaction
    void emitProgress(SyncPhase phase, const QString& message = {});
    Vault& vault() { return m_engine.m_vault; }
    CardApiClient& api() { return *m_engine.m_api; }
    const SyncOptions& options() const { return m_engine.m_options; }
    void raise(const Alert& alert);

    SyncEngine& m_engine;
    Connection m_connection;
    Cursor m_cursor;
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
};

void SyncEngine::Job::emitProgress(SyncPhase phase, const QString& message)
{
    m_progress.phase = phase;
    m_progress.message = message;
    Q_EMIT m_engine.progress(m_progress);
}

void SyncEngine::Job::raise(const Alert& alert)
{
    auto id = vault().alerts().raise(alert);
    if (!id) {
        qCWarning(lcSync).noquote() << "alert not raised:" << id.error().message;
        return;
    }
    if (!m_summary.alertIds.contains(*id)) {
        m_summary.alertIds << *id;
        Q_EMIT m_engine.alertRaised(*id);
    }
}

void SyncEngine::Job::start()
{
    m_summary.startedAt = vault().clock().now();
    auto connection = vault().connections().get(m_summary.connectionId);
    if (!connection || !connection->has_value()) {
        finish(SyncOutcome::Skipped, connection ? SyncEngine::tr("This connection no longer exists.") : connection.error().message);
        return;
    }
    m_connection = **connection;
    m_summary.issuerId = m_connection.issuerId;
    m_summary.label = m_connection.label;
    m_progress.issuerId = m_connection.issuerId;
    if (m_connection.status != ConnectionStatus::Active) {
        finish(SyncOutcome::Skipped, m_connection.status == ConnectionStatus::NeedsReconnect
                                         ? SyncEngine::tr("This connection needs to be connected again.")
                                         : QString());
        return;
    }
    m_cursor = Cursor::fromJson(m_connection.syncState);
    qCInfo(lcSync) << "sync of connection" << m_summary.connectionId << "at" << m_connection.issuerId << "started";
    fetchCards();
}

template <typename T>
void SyncEngine::Job::request(Issue<T> issue, std::function<void(T)> onValue, int attempt)
{
    QPointer<Job> self(this);
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
        const SyncOptions& o = self->options();
        const bool retry = meta.retryable && error.code != ErrorCode::Maintenance && attempt < o.maxAttempts;
        if (!retry) {
            self->fail(error, meta);
            return;
        }
        qint64 delayMs = 0;
        if (meta.retryAfterSecs >= 0) {
            if (meta.retryAfterSecs > o.maxRetryAfterWaitSecs) {
                self->fail(error, meta);
                return;
            }
            delayMs = qint64(meta.retryAfterSecs) * 1000;
        } else {
            const qint64 base = std::min<qint64>(qint64(o.backoffBaseMs) << (attempt - 1), o.backoffMaxMs);
            delayMs = base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1); // jitter
        }
        if (o.delayCapMs >= 0)
            delayMs = std::min<qint64>(delayMs, o.delayCapMs);
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

void SyncEngine::Job::handleMeta(const ApiMeta& meta)
{
    if (meta.deprecation && !m_deprecationsSeen.contains(meta.deprecation->endpoint)) {
        m_deprecationsSeen.insert(meta.deprecation->endpoint);
        const Alert alert = m_engine.m_rules->apiDeprecated(m_connection.issuerId, *meta.deprecation);
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
        m_engine.m_context.audit(m_summary.connectionId, m_connection.issuerId, QStringLiteral("pan_dropped"),
                                 QStringLiteral("ok"),
                                 QStringLiteral("%1: %2 card number(s) removed from %3")
                                     .arg(meta.endpoint)
                                     .arg(meta.panFindings.size())
                                     .arg(fields.join(QStringLiteral(", "))));
        const Alert alert = m_engine.m_rules->panReceived(m_connection, meta.endpoint, int(meta.panFindings.size()));
        raise(alert);
        m_summary.warnings << alert.whatHappened;
    }
}

void SyncEngine::Job::fail(const Error& error, const ApiMeta& meta)
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
            fetchTransactions();
            return;
        }
    }
    switch (error.code) {
    case ErrorCode::Maintenance: {
        const QDateTime retryAt = meta.retryAt.isValid() ? meta.retryAt : vault().clock().now().addSecs(600);
        m_summary.nextSyncAt = retryAt;
        QPointer<Job> self(this);
        const QString issuerMessage = meta.issuerMessage;
        // The notices are public and still served during maintenance: show the issuer's own words.
        api().notices(m_connection.issuerId, this, [self, error, retryAt, issuerMessage](ApiReply<NoticeList> reply) {
            if (!self || self->m_ended)
                return;
            std::optional<IssuerNotice> notice;
            if (reply.ok()) {
                (void)self->vault().notices().replace(self->m_connection.issuerId, reply.result->notices);
                for (const IssuerNotice& n : reply.result->notices) {
                    const QDateTime now = self->vault().clock().now();
                    if (n.kind == NoticeKind::Maintenance && (!n.endsAt.isValid() || n.endsAt > now)
                        && (!n.startsAt.isValid() || n.startsAt <= now))
                        notice = n;
                }
            }
            self->raise(self->m_engine.m_rules->maintenance(self->m_connection, issuerMessage, retryAt, notice));
            QString message = error.message;
            if (notice)
                message += QLatin1Char(' ') + SyncEngine::tr("Notice: %1").arg(notice->title);
            self->finish(SyncOutcome::Maintenance, message);
        });
        return;
    }
    case ErrorCode::InvalidGrant: {
        // The token manager has marked the connection and raised its alert; this one shares its key.
        raise(m_engine.m_rules->issuerRevoked(m_connection, error.message));
        finish(SyncOutcome::NeedsReconnect, error.message);
        return;
    }
    case ErrorCode::Cancelled:
        finish(SyncOutcome::Cancelled, error.message);
        return;
    case ErrorCode::UnsupportedVersion:
        raise(m_engine.m_rules->apiUnsupported(m_connection.issuerId, error.message));
        break;
    default:
        break;
    }
    if ((error.code == ErrorCode::RateLimited || error.code == ErrorCode::ServerError) && meta.retryAt.isValid())
        m_summary.nextSyncAt = meta.retryAt;
    finish(SyncOutcome::Failed, error.message);
}

// ---- cards

void SyncEngine::Job::fetchCards()
{
    emitProgress(SyncPhase::Cards);
    const qint64 id = m_summary.connectionId;
    QPointer<Job> self(this);
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
                self->finish(SyncOutcome::Failed, s.error().message);
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

void SyncEngine::Job::fetchTransactions()
{
    if (m_cardIndex >= m_cards.size()) {
        m_inTransactions = false;
        fetchStatements();
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
        m_windowOldestOpen = cc.resumeOldestOpen;
    } else {
        m_windowOldestOpen = {};
        if (cc.syncedTo.isValid()) {
            // From the last sync minus the overlap, and back to the oldest unconfirmed item.
            filter.dateFrom = minValid(cc.syncedTo.addDays(-options().overlapDays), cc.oldestOpen);
        } // else: the first sync takes everything the issuer has.
    }
    const qint64 id = m_summary.connectionId;
    QPointer<Job> self(this);
    request<TransactionPage>(
        [self, id, cardId, filter](CardApiClient::Callback<TransactionPage> cb) {
            self->api().transactions(id, cardId, filter, self, std::move(cb));
        },
        [self](TransactionPage page) { self->storePage(std::move(page)); });
}

void SyncEngine::Job::storePage(TransactionPage page)
{
    const QString cardId = m_cards.at(m_cardIndex).cardId;
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
        finish(SyncOutcome::Failed, SyncEngine::tr("The transactions could not be stored: %1").arg(s.error().message));
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
    }
    fetchTransactions();
}

Status SyncEngine::Job::saveCursor()
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

void SyncEngine::Job::fetchStatements()
{
    if (m_statementQueue.isEmpty() && m_summary.statements == 0) {
        const QDate today = vault().clock().now().toOffsetFromUtc(9 * 3600).date(); // issuers bill in JST
        const QDate thisMonth(today.year(), today.month(), 1);
        for (const Card& card : std::as_const(m_cards)) {
            for (int m = -options().statementMonthsBack; m <= options().statementMonthsAhead; ++m)
                m_statementQueue.append({card.cardId, monthString(thisMonth.addMonths(m))});
        }
    }
    if (m_statementQueue.isEmpty()) {
        m_limitIndex = 0;
        fetchLimits();
        return;
    }
    const QPair<QString, QString> next = m_statementQueue.takeFirst();
    const QString cardId = next.first;
    const QString month = next.second;
    m_progress.cardId = cardId;
    emitProgress(SyncPhase::Statements, month);
    const qint64 id = m_summary.connectionId;
    QPointer<Job> self(this);
    request<CardStatement>(
        [self, id, cardId, month](CardApiClient::Callback<CardStatement> cb) {
            self->api().statement(id, cardId, month, self, std::move(cb));
        },
        [self](CardStatement statement) {
            if (Status s = self->vault().statements().upsert(statement); !s) {
                self->finish(SyncOutcome::Failed, s.error().message);
                return;
            }
            ++self->m_summary.statements;
            self->fetchStatements();
        });
}

void SyncEngine::Job::fetchLimits()
{
    if (m_limitIndex >= m_cards.size()) {
        QPointer<Job> self(this);
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
    QPointer<Job> self(this);
    request<CardLimits>(
        [self, id, cardId](CardApiClient::Callback<CardLimits> cb) {
            self->api().limits(id, cardId, self, std::move(cb));
        },
        [self](CardLimits limits) {
            if (Status s = self->vault().limits().upsert(limits); !s) {
                self->finish(SyncOutcome::Failed, s.error().message);
                return;
            }
            ++self->m_summary.limits;
            ++self->m_limitIndex;
            self->fetchLimits();
        });
}

void SyncEngine::Job::fetchNotices(std::function<void()> next)
{
    emitProgress(SyncPhase::Notices);
    const QString issuerId = m_connection.issuerId;
    QPointer<Job> self(this);
    request<NoticeList>(
        [self, issuerId](CardApiClient::Callback<NoticeList> cb) { self->api().notices(issuerId, self, std::move(cb)); },
        [self, next, issuerId](NoticeList list) {
            auto fresh = self->vault().notices().replace(issuerId, list.notices);
            if (!fresh) {
                self->finish(SyncOutcome::Failed, fresh.error().message);
                return;
            }
            self->m_summary.newNotices = int(fresh->size());
            const QDateTime now = self->vault().clock().now();
            for (const IssuerNotice& n : std::as_const(list.notices)) {
                if (!fresh->contains(n.noticeId))
                    continue;
                if (n.kind == NoticeKind::Security) {
                    self->raise(self->m_engine.m_rules->securityNotice(issuerId, n));
                } else if (n.kind == NoticeKind::Maintenance && (!n.endsAt.isValid() || n.endsAt > now)) {
                    Alert a = self->m_engine.m_rules->maintenance(self->m_connection, {}, n.endsAt, n);
                    a.dedupKey = AlertRules::noticeKey(issuerId, n.noticeId);
                    a.connectionId = 0;
                    self->raise(a);
                }
            }
            next();
        });
}

void SyncEngine::Job::complete()
{
    finish(SyncOutcome::Completed);
}

void SyncEngine::Job::finish(SyncOutcome outcome, const QString& error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_summary.outcome = outcome;
    m_summary.finishedAt = vault().clock().now();
    if (!error.isEmpty())
        m_summary.errors << error;

    if (outcome != SyncOutcome::Skipped) {
        auto fresh = vault().connections().get(m_summary.connectionId);
        if (fresh && fresh->has_value()) {
            Connection c = **fresh;
            // The cursor in the vault is the committed one; only the failure count changes here.
            Cursor cursor = Cursor::fromJson(c.syncState);
            const bool counts = outcome == SyncOutcome::Failed;
            cursor.failures = outcome == SyncOutcome::Completed ? 0 : cursor.failures + (counts ? 1 : 0);
            c.syncState = cursor.toJson();
            if (outcome == SyncOutcome::Completed) {
                c.lastSyncAt = m_summary.finishedAt;
                c.lastError.clear();
                c.nextSyncAt = QDateTime();
            } else if (outcome != SyncOutcome::Cancelled) {
                c.lastError = error;
                c.nextSyncAt = m_summary.nextSyncAt;
            }
            if (Status s = vault().connections().update(c); !s)
                qCWarning(lcSync).noquote() << "connection state not saved:" << s.error().message;
            if (outcome == SyncOutcome::Completed) {
                (void)vault().alerts().resolveByKey(AlertRules::maintenanceKey(c.id));
                (void)vault().alerts().resolveByKey(AlertRules::syncFailingKey(c.id));
                // The issuer's API was readable again (Meisai was updated, or the issuer went back).
                (void)vault().alerts().resolveByKey(AlertRules::apiUnsupportedKey(c.issuerId));
            }
            if (counts && cursor.failures >= m_engine.m_options.failuresBeforeAlert)
                raise(m_engine.m_rules->syncFailing(c, cursor.failures, error));
        }
        m_engine.m_context.audit(m_summary.connectionId, m_connection.issuerId, QStringLiteral("sync"),
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
    QPointer<SyncEngine> engine(&m_engine);
    Job* self = this;
    // Report from the event loop, so that no caller sees the job end inside its own call.
    QTimer::singleShot(0, &m_engine, [engine, self, summary] {
        if (engine)
            engine->jobDone(self, summary);
    });
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
        auto* job = new Job(*this, id);
        m_running.insert(id, job);
        job->start();
    }
}

void SyncEngine::jobDone(Job* job, const ConnectionSyncSummary& summary)
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
    if (Job* job = m_running.value(connectionId))
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
    for (Job* job : jobs)
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
