// The desktop app and meisai-cli on one profile at the same time, the way a
// user runs a script beside the open window: after the issuer expired every
// access token, the app's sync and a `meisai-cli sync` both need a new one;
// between them the issuer sees one refresh request, both succeed and the
// grant stays alive. Without the cross-process refresh lock the second
// refresh reuses the rotated refresh token and the issuer ends the grant.

#include "CliRunner.h"
#include "SyncController.h"
#include "UiFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

class TestUiSyncBesideCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    qint64 m_connection = 0;

    bool grantActive(const QString& issuer)
    {
        for (const QJsonValue& g : m_fixture->sandbox().grants(issuer))
            if (g.toObject().value(QStringLiteral("active")).toBool())
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<UiFixture>();
        QString error;
        QVERIFY2(m_fixture->setUp(&error, true, {QStringLiteral("--transactions-per-card"), QStringLiteral("200")}),
                 qPrintable(error));
        m_connection = m_fixture->linkThroughWizard(QStringLiteral("kaede-card"), &error);
        QVERIFY2(m_connection, qPrintable(error));
        QVERIFY(m_fixture->waitForSync());
        m_fixture->app().sync().syncNow(m_connection);
        QVERIFY(m_fixture->waitForSync());
    }

    void appAndCliRefreshOnceBetweenThem()
    {
        SandboxProcess& sandbox = m_fixture->sandbox();
        QVERIFY(sandbox.setFault(QStringLiteral("kaede-card"), QStringLiteral("expire-tokens"), {}, 1));
        // The first two API answers (the app's and meisai-cli's first request) come late, so both
        // programs hold the expired token at the same time and both need a new one.
        QVERIFY(sandbox.setFault(QStringLiteral("kaede-card"), QStringLiteral("latency"), QStringLiteral("400"), 2));
        QVERIFY(sandbox.resetStats(QStringLiteral("kaede-card")));

        CliRunner cli(m_fixture->profileDir());
        QSignalSpy finished(&m_fixture->app().sync(), &ui::SyncController::connectionFinished);
        auto process = cli.start({QStringLiteral("sync")});
        m_fixture->app().sync().syncNow(m_connection);
        QVERIFY(m_fixture->waitForSync(60000));
        QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        const QJsonObject stats = sandbox.stats(QStringLiteral("kaede-card"));
        QCOMPARE(stats.value(QStringLiteral("token_requests")).toObject().value(QStringLiteral("refresh_token")).toInt(), 1);
        QVERIFY(grantActive(QStringLiteral("kaede-card")));
        auto c = m_fixture->app().vault().connections().get(m_connection);
        QVERIFY(c && c->has_value());
        QCOMPARE(toString((*c)->status), toString(ConnectionStatus::Active));
    }
};

QTEST_MAIN(TestUiSyncBesideCli)
#include "TestUiSyncBesideCli.moc"
