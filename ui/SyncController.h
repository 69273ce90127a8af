#pragma once

// Runs the sync engine for the UI: on demand (Sync now) and on the chosen
// interval, never blocking the UI thread, and reports progress.

#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class QTimer;

namespace meisai::ui {

class AppContext;

class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(AppContext& app, QObject* parent = nullptr);
    ~SyncController() override;

    // connectionId 0: every active connection.
    void syncNow(qint64 connectionId = 0);
    void stopAll();
    bool isRunning() const { return !m_running.isEmpty(); }
    void setIntervalMinutes(int minutes);
    // When the interval's timer fires next; invalid while no interval runs.
    QDateTime nextRunAt() const;
    // The engine's retry and budget settings (tests cap the waits with delayCapMs).
    void setOptions(const SyncOptions& options);

Q_SIGNALS:
    void started(qint64 connectionId);
    void progress(qint64 connectionId, const QString& text, int percent);
    void connectionFinished(qint64 connectionId, bool ok, const QString& message);
    void finished();

private:
    void finishOne(qint64 connectionId, bool ok, const QString& message);

    AppContext& m_app;
    QTimer* m_timer;
    QSet<qint64> m_running;
    struct Engine;
    Engine* m_engine = nullptr;
};

} // namespace meisai::ui
