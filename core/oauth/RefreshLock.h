#pragma once

// One refresh per connection across processes. Two Meisai processes on one
// profile (the app and meisai-cli, or two meisai-cli runs) must not send the
// same refresh token: with rotation the issuer sees a reuse and ends the whole
// grant. The lock is an advisory flock() on <profile>/locks/refresh-<id>.lock;
// the kernel drops it when its holder exits or crashes, so it is never left
// stale. Every open of the file is its own lock, so two holders in one process
// exclude each other as well.
//
//   auto lock = std::make_shared<RefreshLock>(RefreshLock::pathFor(profileDir, id));
//   lock->acquire(45000, this, [lock](Status held) { …re-read the tokens, refresh… lock->release(); });

#include "common/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace meisai {

class RefreshLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshLock)

public:
    explicit RefreshLock(QString path, QObject* parent = nullptr);
    ~RefreshLock() override; // releases

    static QString pathFor(const QString& profileDir, qint64 connectionId);

    // Tries at once, then every pollMs until timeoutMs have passed. done runs
    // once, on the event loop, unless context is destroyed first: ok when held,
    // Timeout when another holder kept it, Io when the file cannot be opened.
    void acquire(int timeoutMs, QObject* context, std::function<void(Status)> done, int pollMs = 25);
    bool isHeld() const { return m_held; }
    void release();

private:
    bool tryOnce(Status* error);

    QString m_path;
    int m_fd = -1;
    bool m_held = false;
    QTimer* m_poll = nullptr;
};

} // namespace meisai
