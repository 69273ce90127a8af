#include "SyncController.h"

#include "AppContext.h"
#include "UiLog.h"

#include <QTimer>

#include "sync/SyncEngine.h"

namespace meisai::ui {

struct SyncController::Engine
{
    explicit Engine(AppContext& app) : engine(app.vault(), app.oauth(), app.tokens()) {}
    SyncEngine engine;
};

SyncController::SyncController(AppContext& app, QObject* parent)
    : QObject(parent), m_app(app), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    m_engine = new Engine(app);
    SyncEngine& e = m_engine->engine;
    connect(&e, &SyncEngine::progress, this, [this](const SyncProgress& p) {
        const QString issuer = m_app.issuerName(p.issuerId);
        QString text;
        switch (p.phase) {
        case SyncPhase::Queued: text = tr("%1: waiting…").arg(issuer); break;
        case SyncPhase::Cards: text = tr("%1: reading cards…").arg(issuer); break;
        case SyncPhase::Transactions:
            text = tr("%1: card %2 of %3, %n transaction(s) received…", nullptr, p.items)
                       .arg(issuer).arg(p.cardIndex).arg(p.cardCount);
            break;
        case SyncPhase::Statements: text = tr("%1: reading statements…").arg(issuer); break;
        case SyncPhase::Limits: text = tr("%1: reading credit limits…").arg(issuer); break;
        case SyncPhase::Notices: text = tr("%1: reading notices…").arg(issuer); break;
        case SyncPhase::Waiting: text = tr("%1: waiting (%2)").arg(issuer, p.message); break;
        case SyncPhase::Done: text = tr("%1: done").arg(issuer); break;
        }
        const int percent = p.cardCount > 0 ? qBound(0, 100 * qMax(0, p.cardIndex - 1) / p.cardCount, 100) : -1;
        Q_EMIT progress(p.connectionId, text, percent);
    });
    connect(&e, &SyncEngine::connectionFinished, this, [this](const ConnectionSyncSummary& s) {
        const QString issuer = m_app.issuerName(s.issuerId);
        QString message;
        switch (s.outcome) {
        case SyncOutcome::Completed:
            message = tr("%1: synced, %n new transaction(s).", nullptr, s.transactions.inserted).arg(issuer);
            break;
        case SyncOutcome::Maintenance:
            message = tr("%1 is under maintenance; Meisai tries again later.").arg(issuer);
            break;
        case SyncOutcome::NeedsReconnect:
            message = tr("%1 no longer accepts Meisai's access: reconnect it under Connections.").arg(issuer);
            break;
        case SyncOutcome::Cancelled: message = tr("%1: sync stopped.").arg(issuer); break;
        case SyncOutcome::Skipped: message = tr("%1: not synced (not active).").arg(issuer); break;
        case SyncOutcome::Failed:
            message = tr("%1: sync failed: %2").arg(issuer, s.errors.join(QStringLiteral("; ")));
            break;
        }
        Q_EMIT connectionFinished(s.connectionId, s.ok(), message);
    });
    connect(&e, &SyncEngine::finished, this, [this](const QList<ConnectionSyncSummary>&) {
        m_running.clear();
        Q_EMIT finished();
        m_app.notifyDataChanged();
    });
    QTimer::singleShot(0, this, [this] {
        if (auto checked = m_engine->engine.runChecks(); !checked)
            qCWarning(lcUi).noquote() << "the consent and activity log checks at start failed:"
                                      << checked.error().message;
    });
}

SyncController::~SyncController()
{
    if (m_engine)
        m_engine->engine.cancelAll();
    delete m_engine;
}

void SyncController::setIntervalMinutes(int minutes)
{
    m_timer->start(minutes * 60 * 1000);
}

QDateTime SyncController::nextRunAt() const
{
    if (!m_timer->isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_timer->remainingTime());
}

void SyncController::syncNow(qint64 connectionId)
{
    m_running.insert(connectionId);
    Q_EMIT started(connectionId);
    if (connectionId)
        m_engine->engine.sync(connectionId);
    else
        m_engine->engine.syncAll();
}

void SyncController::stopAll()
{
    m_engine->engine.cancelAll();
}

void SyncController::finishOne(qint64 connectionId, bool ok, const QString& message)
{
    m_running.remove(connectionId);
    Q_EMIT connectionFinished(connectionId, ok, message);
    if (m_running.isEmpty()) {
        Q_EMIT finished();
        m_app.notifyDataChanged();
    }
}

void SyncController::setOptions(const SyncOptions& options)
{
    m_engine->engine.setOptions(options);
}

} // namespace meisai::ui
