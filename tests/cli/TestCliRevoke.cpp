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

    // Rows of a vault table, read with SQLite directly (the key from the keychain), not through meisai-cli.
    qint64 vaultRows(const char* table)
    {
        auto profile = Profile::load(m_profile.dir());
        auto key = profile.ok() ? Keychain::read(profile->id()) : Result<SecretBytes>(profile.error());
        if (!key.ok())
            return -1;
        sqlite3* raw = nullptr;
        if (sqlite3_open(QFile::encodeName(profile->databasePath()).constData(), &raw) != SQLITE_OK) {
            sqlite3_close(raw);
            return -1;
        }
        const QByteArray keying = "PRAGMA key = \"x'" + key->toByteArray().toHex() + "'\"; PRAGMA cipher_page_size = 4096;";
        qint64 n = -1;
        const QByteArray count = QByteArrayLiteral("SELECT count(*) FROM ") + table;
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_exec(raw, keying.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(raw, count.constData(), -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
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
        CliResult s = m_cli->run({QStringLiteral("sync")}, 60000);
        QVERIFY2(s.exitCode == 0, s.describe());
        QCOMPARE(activeGrants(), 3);
        QCOMPARE(vaultRows("tokens"), 3);
    }

    void revokeOne()
    {
        CliResult r = m_cli->run({QStringLiteral("revoke"), QStringLiteral("momo-pay")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(activeGrants(QStringLiteral("momo-pay")), 0);
        QCOMPARE(activeGrants(), 2);
        QCOMPARE(vaultRows("tokens"), 2); // momo-pay's local tokens are gone, the others kept
        // The revoked connection is still named by its issuer id, and it no longer syncs.
        CliResult sync = m_cli->run({QStringLiteral("sync"), QStringLiteral("momo-pay")});
        QVERIFY2(sync.exitCode == 4, sync.describe());
        QVERIFY2(sync.errText().contains(QStringLiteral("revoked")), sync.describe());
        QCOMPARE(activeGrants(QStringLiteral("momo-pay")), 0);
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
        // No token is left in the vault, and none is waiting to be revoked.
        QCOMPARE(vaultRows("tokens"), 0);
        QCOMPARE(vaultRows("pending_revocations"), 0);
        QVERIFY(vaultRows("connections") == 3);
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
        // A row in the middle of the chain gets another HTTP status: the change must really alter it.
        const QByteArray sql = "PRAGMA key = \"x'" + key->toByteArray().toHex()
                               + "'\"; PRAGMA cipher_page_size = 4096; DROP TRIGGER audit_log_no_update; "
                                 "UPDATE audit_log SET http_status = http_status + 1 "
                                 "WHERE seq = (SELECT max(seq) / 2 FROM audit_log);";
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_changes(raw), 1);
        sqlite3_close(raw);
        CliResult bad = m_cli->run({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(bad.exitCode == 5, bad.describe());
        QVERIFY2(!bad.err.isEmpty(), bad.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliRevoke)
#include "TestCliRevoke.moc"
