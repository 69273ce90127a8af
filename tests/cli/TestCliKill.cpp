// meisai-cli sync is SIGKILLed halfway through 100,000 transactions; the
// next sync completes with no duplicates and nothing missing.

#include "CliSandbox.h"
#include "TempProfile.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {
constexpr int kPerCard = 33334; // taro has three cards: 100,002 transactions
}

class TestCliKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncResumes()
    {
        SandboxProcess sandbox({QStringLiteral("--transactions-per-card"), QString::number(kPerCard)});
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        TempProfile profile;
        CliRunner cli(profile.dir());
        const CliResult add = cli.run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("--discovery"),
                                       sandbox.issuer(QStringLiteral("hoshizora-card")).discovery.toString(),
                                       QStringLiteral("--client-id"), sandbox.issuer(QStringLiteral("hoshizora-card")).clientId,
                                       QStringLiteral("--ca"), sandbox.caPath()});
        QVERIFY2(add.exitCode == 0, add.describe());
        LinkResult link = linkWithBrowser(sandbox, cli, QStringLiteral("hoshizora-card"));
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));

        auto sync = cli.start({QStringLiteral("sync")});
        QVERIFY(sync->waitForStarted(10000));
        static const QRegularExpression progress(QStringLiteral("([\\d,]+) transactions in"));
        QByteArray err;
        int seen = 0;
        QElapsedTimer timer;
        timer.start();
        // Well into the first card (of three, 33,334 each); fewer under
        // AddressSanitizer (./run test --sanitize), which syncs several times slower.
#ifdef __SANITIZE_ADDRESS__
        constexpr int kKillAfter = 10000;
#else
        constexpr int kKillAfter = 50000;
#endif
        while (seen < kKillAfter && timer.elapsed() < 60000 && sync->state() == QProcess::Running) {
            sync->waitForReadyRead(200);
            err += sync->readAllStandardError();
            auto it = progress.globalMatch(QString::fromUtf8(err));
            while (it.hasNext())
                seen = std::max(seen, it.next().captured(1).remove(QLatin1Char(',')).toInt());
        }
        QVERIFY2(sync->state() == QProcess::Running, err.right(2000).constData());
        QVERIFY2(seen >= kKillAfter, err.right(2000).constData());
        sync->kill(); // SIGKILL: no chance to clean up
        QVERIFY(sync->waitForFinished(10000));
        QCOMPARE(sync->exitStatus(), QProcess::CrashExit);

        qint64 afterKill = 0;
        {
            auto vault = Vault::open(profile.dir(), UnlockOptions{std::nullopt, false, nullptr});
            QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
            afterKill = (*vault)->transactions().count().value();
        }
        QVERIFY2(afterKill > 0 && afterKill < 3 * kPerCard, qPrintable(QString::number(afterKill)));

        CliResult again = cli.run({QStringLiteral("sync")}, 60000);
        QVERIFY2(again.exitCode == 0, again.describe());
        // It resumed: what the killed sync committed is not counted as new again.
        static const QRegularExpression counts(QStringLiteral("(\\d+) new, (\\d+) updated"));
        const auto m = counts.match(again.outText());
        QVERIFY2(m.hasMatch(), again.out.constData());
        QCOMPARE(m.captured(1).toLongLong(), 3 * kPerCard - afterKill);

        auto vault = Vault::open(profile.dir(), UnlockOptions{std::nullopt, false, nullptr});
        QVERIFY(vault.ok());
        auto rows = (*vault)->transactions().query();
        QVERIFY(rows.ok());
        QSet<QString> keys;
        for (const CardTransaction& t : *rows)
            keys.insert(t.cardId + QLatin1Char('/') + t.transactionId);
        QCOMPARE(rows->size(), qsizetype(3 * kPerCard)); // nothing missing
        QCOMPARE(keys.size(), qsizetype(3 * kPerCard));  // no duplicates
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "TestCliKill.moc"
