// meisai-cli revoke: one connection, then --all; every grant is gone at the
// sandbox (admin API) and the local tokens are deleted. Then the audit log of
// all that verifies, and fails once a row is altered behind the vault's back.

#include "CliSandbox.h"
#include "TempProfile.h"
#include "vault/Profile.h"
#include "vault/VaultKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

using namespace meisai;
using namespace meisai::test;

class TestCliRevoke final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    TempProfile m_profile;
    std::unique_ptr<CliRunner> m_cli;

    int activeGrants(const QString& issuer = {})
    {
        int n = 0;
        for (const QJsonValue& g : m_sandbox->grants(issuer))
            n += g.toObject().value(QStringLiteral("active")).toBool() ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"), QStringLiteral("50")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_cli = std::make_unique<CliRunner>(m_profile.dir());
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, *m_cli, &why), qPrintable(why));
        for (const SandboxProcess::Issuer& issuer : m_sandbox->issuers()) {
            LinkResult r = linkWithBrowser(*m_sandbox, *m_cli, issuer.id);
            QVERIFY2(r.ok(), qPrintable(r.why + QString::fromUtf8(r.cli.describe())));
        }
        CliResult s = m_cli->run({QStringLiteral("sync")}, 120000);
        QVERIFY2(s.exitCode == 0, s.describe());
        QCOMPARE(activeGrants(), 3);
    }

    void revokeOne()
    {
        CliResult r = m_cli->run({QStringLiteral("revoke"), QStringLiteral("momo-pay")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(activeGrants(QStringLiteral("momo-pay")), 0);
        QCOMPARE(activeGrants(), 2);
        CliResult sync = m_cli->run({QStringLiteral("sync"), QStringLiteral("momo-pay")});
        QVERIFY2(sync.exitCode == 4, sync.describe());
    }

    void revokeAll()
    {
        CliResult usage = m_cli->run({QStringLiteral("revoke")});
        QCOMPARE(usage.exitCode, 1);
        CliResult r = m_cli->run({QStringLiteral("revoke"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(activeGrants(), 0);
        const QJsonArray conns =
            m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(conns.size(), 3);
        for (const QJsonValue& v : conns) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
            QCOMPARE(v.toObject().value(QStringLiteral("hasTokens")).toBool(), false);
        }
        // Syncing stops: nothing is active.
        CliResult sync = m_cli->run({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.describe());
        QVERIFY(sync.outText().contains(QStringLiteral("No active connections")));
    }

    void auditVerifiesThenDetectsTampering()
    {
        const QJsonArray log = m_cli->run({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("0"),
                                           QStringLiteral("--format"), QStringLiteral("json")}).json();
        QVERIFY(log.size() > 10);
        bool sawRevoke = false, sawApi = false;
        for (const QJsonValue& v : log) {
            const QString op = v.toObject().value(QStringLiteral("operation")).toString();
            sawRevoke |= op.contains(QStringLiteral("revo"));
            sawApi |= op.contains(QStringLiteral("/v1/cards"));
            QVERIFY2(!op.contains(QLatin1Char('?')), qPrintable(op));
        }
        QVERIFY(sawRevoke && sawApi);
        CliResult ok = m_cli->run({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(ok.exitCode == 0, ok.describe());

        auto profile = Profile::load(m_profile.dir());
        QVERIFY(profile.ok());
        auto key = Keychain::read(profile->id());
        QVERIFY(key.ok());
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(profile->databasePath()).constData(), &raw), SQLITE_OK);
        const QByteArray sql = "PRAGMA key = \"x'" + key->toByteArray().toHex()
                               + "'\"; PRAGMA cipher_page_size = 4096; DROP TRIGGER audit_log_no_update; "
                                 "UPDATE audit_log SET result = 'ok' WHERE seq = (SELECT max(seq) / 2 FROM audit_log);";
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        CliResult bad = m_cli->run({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(bad.exitCode == 5, bad.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliRevoke)
#include "TestCliRevoke.moc"
