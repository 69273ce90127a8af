#include "RefreshLock.h"

#include "common/Log.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace meisai {

RefreshLock::RefreshLock(QString path, QObject* parent) : QObject(parent), m_path(std::move(path)) {}

RefreshLock::~RefreshLock()
{
    release();
}

QString RefreshLock::pathFor(const QString& profileDir, qint64 connectionId)
{
    return profileDir + QStringLiteral("/locks/refresh-%1.lock").arg(connectionId);
}

bool RefreshLock::tryOnce(Status* error)
{
    if (m_fd < 0) {
        const QString dir = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(dir) || ::chmod(QFile::encodeName(dir).constData(), 0700) != 0) {
            *error = makeError(ErrorCode::Io, tr("Meisai could not create the folder %1 for its locks.").arg(dir));
            return false;
        }
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0) {
            *error = makeError(ErrorCode::Io, tr("Meisai could not open its lock file %1: %2")
                                                  .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        m_held = true;
        return true;
    }
    if (errno != EWOULDBLOCK && errno != EINTR) {
        *error = makeError(ErrorCode::Io, tr("Meisai could not lock %1: %2")
                                              .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return false;
}

void RefreshLock::acquire(int timeoutMs, QObject* context, std::function<void(Status)> done, int pollMs)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [this, guard, hadContext, done](Status status) {
        if (m_poll) {
            m_poll->stop();
            m_poll->deleteLater();
            m_poll = nullptr;
        }
        QTimer::singleShot(0, this, [guard, hadContext, done, status] {
            if (!hadContext || guard)
                done(status);
        });
    };
    Status error;
    if (m_held || tryOnce(&error)) {
        finish({});
        return;
    }
    if (!error) {
        finish(error);
        return;
    }
    qCInfo(lcOAuth).noquote() << "another process is refreshing; waiting for" << QFileInfo(m_path).fileName();
    const QDeadlineTimer deadline(timeoutMs);
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, [this, deadline, timeoutMs, finish] {
        Status failed;
        if (tryOnce(&failed)) {
            finish({});
        } else if (!failed) {
            finish(failed);
        } else if (deadline.hasExpired()) {
            finish(makeError(ErrorCode::Timeout,
                             tr("Another Meisai program is renewing this connection's access and did not finish "
                                "within %1 seconds. Try again in a moment.")
                                 .arg(timeoutMs / 1000)));
        }
    });
    m_poll->start(pollMs);
}

void RefreshLock::release()
{
    if (m_poll) {
        m_poll->stop();
        m_poll->deleteLater();
        m_poll = nullptr;
    }
    if (m_fd >= 0) {
        if (m_held)
            ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
    m_held = false;
}

} // namespace meisai
