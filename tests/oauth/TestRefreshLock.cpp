// RefreshLock: two holders exclude each other (also in one process), a waiter
// gets the lock as soon as it is released, gives up at its deadline with a
// message, and a holder that is killed leaves no stale lock behind. The other
// process is util-linux's flock(1) on the same file.

#include "oauth/RefreshLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace meisai;

class TestRefreshLock final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<Status> acquire(RefreshLock& lock, int timeoutMs)
    {
        std::optional<Status> result;
        lock.acquire(timeoutMs, this, [&](Status s) { result = s; });
        QElapsedTimer t;
        t.start();
        while (!result && t.elapsed() < timeoutMs + 5000)
            QTest::qWait(5);
        return result; // empty: no answer in time, which the caller's check reports

    }

    // flock(1) holding the lock file until it is killed or the command ends.
    std::unique_ptr<QProcess> holdElsewhere(const QString& path, const QString& seconds)
    {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral("flock"), {QStringLiteral("--exclusive"), QStringLiteral("--close"), path, QStringLiteral("sleep"), seconds});
        if (!p->waitForStarted(5000))
            return nullptr;
        // Wait until flock(1) really holds it: a non-blocking probe fails then.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            QProcess probe;
            probe.start(QStringLiteral("flock"), {QStringLiteral("--nonblock"), path, QStringLiteral("true")});
            probe.waitForFinished(5000);
            if (probe.exitCode() != 0)
                return p;
            QTest::qWait(20);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("flock")).isEmpty())
            QFAIL("flock(1) from util-linux is missing");
    }

    void pathIsInTheProfilesLockFolder()
    {
        QCOMPARE(RefreshLock::pathFor(QStringLiteral("/p"), 7), QStringLiteral("/p/locks/refresh-7.lock"));
    }

    void twoHoldersInOneProcessExcludeEachOther()
    {
        const QString path = RefreshLock::pathFor(m_dir.path(), 1);
        RefreshLock first(path);
        RefreshLock second(path);
        auto a = acquire(first, 1000);
        QVERIFY(a && a->ok());
        QVERIFY(first.isHeld());
        QFile::Permissions perms = QFileInfo(path).permissions();
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        QElapsedTimer t;
        t.start();
        auto b = acquire(second, 300);
        QVERIFY(b && !b->ok());
        QCOMPARE(b->error().code, ErrorCode::Timeout);
        QVERIFY(t.elapsed() >= 290);
        QVERIFY(!b->error().message.isEmpty());
        // Released while waiting: the waiter gets it within a poll.
        second.acquire(5000, this, [](Status) {});
        QTimer::singleShot(100, this, [&first] { first.release(); });
        QTRY_VERIFY_WITH_TIMEOUT(second.isHeld(), 3000);
        QVERIFY(!first.isHeld());
    }

    void waitsForAnotherProcessThenGetsIt()
    {
        const QString path = RefreshLock::pathFor(m_dir.path(), 2);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        auto holder = holdElsewhere(path, QStringLiteral("1"));
        QVERIFY(holder);
        RefreshLock lock(path);
        QElapsedTimer t;
        t.start();
        auto got = acquire(lock, 10000);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "");
        QVERIFY(t.elapsed() > 300); // it did wait for the other process
        holder->waitForFinished(5000);
    }

    void aKilledHolderLeavesNoStaleLock()
    {
        const QString path = RefreshLock::pathFor(m_dir.path(), 3);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        auto holder = holdElsewhere(path, QStringLiteral("60"));
        QVERIFY(holder);
        RefreshLock lock(path);
        auto blocked = acquire(lock, 200);
        QVERIFY(blocked && !blocked->ok());
        holder->kill(); // SIGKILL: no chance to clean up
        holder->waitForFinished(5000);
        auto got = acquire(lock, 5000);
        QVERIFY(got && got->ok());
    }
};

QTEST_GUILESS_MAIN(TestRefreshLock)
#include "TestRefreshLock.moc"
