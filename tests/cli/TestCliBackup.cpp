// meisai-cli backup create | verify | restore: a backup passphrase of its own,
// no token in the file unless asked for, a restore only into an empty
// profile, and a damaged file, a wrong passphrase or a weak one refused with
// a message and nothing written.

#include "CliRunner.h"
#include "SqlCipherPages.h"
#include "TempProfile.h"

#include "vault/Profile.h"
#include "vault/Vault.h"
#include "vault/VaultKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

const QByteArray kRefresh = "RT-cli-backup-5f4e3d2c1b0a99887766554433-refresh";
const QByteArray kAccess = "AT-cli-backup-0a1b2c3d4e5f66778899";
const QByteArray kPass = "meisai backup 2026: 琥珀の灯台と七つの鍵\n";
const QString kMerchant = QStringLiteral("かえで書店 本店");
constexpr int kTransactions = 300;

// A vault with one active connection, its tokens, transactions and an audit row.
bool seed(const QString& dir)
{
    auto v = Vault::open(dir);
    if (!v)
        return false;
    Connection c;
    c.issuerId = QStringLiteral("kaede-card");
    c.label = QStringLiteral("Kaede");
    c.status = ConnectionStatus::Active;
    auto id = (*v)->connections().add(c);
    if (!id)
        return false;
    TokenSet t;
    t.accessToken = SecretBytes(kAccess);
    t.refreshToken = SecretBytes(kRefresh);
    t.tokenType = QStringLiteral("Bearer");
    if (!(*v)->tokens().put(*id, t).ok())
        return false;
    if (!(*v)->transactions().upsert(sampleTransactions(*id, QStringLiteral("card-1"), kTransactions, kMerchant)).ok())
        return false;
    AuditEntry e;
    e.operation = QStringLiteral("link");
    e.result = QStringLiteral("ok");
    return (*v)->audit().append(e).ok();
}

CliResult withStdin(const CliRunner& cli, const QStringList& args, const QByteArray& input)
{
    auto p = cli.start(args);
    p->write(input);
    p->closeWriteChannel();
    CliResult r;
    if (!p->waitForFinished(120000)) {
        r.timedOut = true;
        p->kill();
        p->waitForFinished();
    }
    r.exitCode = p->exitCode();
    r.crashed = p->exitStatus() != QProcess::NormalExit;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

QStringList fd0() { return {QStringLiteral("--backup-passphrase-fd"), QStringLiteral("0")}; }

QByteArray decryptedVault(const QString& dir)
{
    auto profile = Profile::load(dir);
    if (!profile)
        return {};
    auto key = Keychain::read(profile->id());
    if (!key)
        return {};
    return decryptSqlCipherPages(profile->databasePath(), *key);
}

} // namespace

class TestCliBackup final : public QObject
{
    Q_OBJECT

    TempProfile m_source;
    QTemporaryDir m_out;

    QString file(const char* name) const { return m_out.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY(seed(m_source.dir()));
    }

    void withoutAPassphraseNothingIsWritten()
    {
        CliRunner cli(m_source.dir());
        // No terminal and no --backup-passphrase-fd.
        const CliResult r = cli.run({QStringLiteral("backup"), QStringLiteral("create"), file("none.backup")});
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("backup passphrase is needed")), r.describe());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(file("none.backup")));
        // A weak one is refused too, in Japanese for a Japanese user.
        const CliResult weak = withStdin(cli, QStringList{QStringLiteral("--language"), QStringLiteral("ja"),
                                                          QStringLiteral("backup"), QStringLiteral("create"),
                                                          file("weak.backup")} + fd0(),
                                         "password1\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY2(weak.errText().contains(QStringLiteral("バックアップ")), weak.describe());
        QVERIFY(!QFile::exists(file("weak.backup")));
    }

    void withoutTokensRestoresTheHistoryAndLinksAgain()
    {
        CliRunner cli(m_source.dir());
        const QString backup = file("plain.backup");
        const CliResult created =
            withStdin(cli, QStringList{QStringLiteral("backup"), QStringLiteral("create"), backup} + fd0(), kPass);
        QVERIFY2(created.exitCode == 0, created.describe());
        QVERIFY2(created.outText().contains(QStringLiteral("without tokens")), created.describe());
        // An existing file is never overwritten.
        const CliResult again =
            withStdin(cli, QStringList{QStringLiteral("backup"), QStringLiteral("create"), backup} + fd0(), kPass);
        QCOMPARE(again.exitCode, 1);

        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("MEISAI-BACKUP-1\n"));
        for (const QByteArray& secret : {QByteArray("SQLite format 3"), kMerchant.toUtf8(), kRefresh, kAccess})
            QVERIFY2(!bytes.contains(secret), secret.constData());

        const CliResult verified = withStdin(
            cli, QStringList{QStringLiteral("backup"), QStringLiteral("verify"), backup} + fd0(), kPass);
        QVERIFY2(verified.exitCode == 0, verified.describe());
        QVERIFY2(verified.outText().contains(QStringLiteral("%1 transactions").arg(kTransactions)), verified.describe());

        TempProfile target;
        CliRunner restoreCli(target.dir());
        const CliResult restored = withStdin(
            restoreCli, QStringList{QStringLiteral("backup"), QStringLiteral("restore"), backup} + fd0(), kPass);
        QVERIFY2(restored.exitCode == 0, restored.describe());
        QVERIFY2(restored.outText().contains(QStringLiteral("came without tokens")), restored.describe());
        const QJsonArray connections =
            restoreCli.run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.first()[QStringLiteral("status")].toString(), QStringLiteral("needs_reconnect"));
        QCOMPARE(connections.first()[QStringLiteral("label")].toString(), QStringLiteral("Kaede"));
        const QJsonArray transactions =
            restoreCli.run({QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(transactions.size(), kTransactions);
        const CliResult audit = restoreCli.run({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(audit.exitCode == 0, audit.describe());
        // Not even decrypted, in a free page of the restored vault.
        const QByteArray plain = decryptedVault(target.dir());
        QVERIFY(plain.contains(kMerchant.toUtf8())); // really decrypted
        QVERIFY(!plain.contains(kRefresh) && !plain.contains(kAccess));

        // A restore never goes into a profile that exists.
        const CliResult twice = withStdin(
            restoreCli, QStringList{QStringLiteral("backup"), QStringLiteral("restore"), backup} + fd0(), kPass);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.errText().contains(QStringLiteral("already holds a Meisai profile")), twice.describe());
    }

    void withTokensTheConnectionStaysLinked()
    {
        CliRunner cli(m_source.dir());
        const QString backup = file("tokens.backup");
        const CliResult created = withStdin(
            cli, QStringList{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--with-tokens"), backup} + fd0(),
            kPass);
        QVERIFY2(created.exitCode == 0, created.describe());
        TempProfile target;
        CliRunner restoreCli(target.dir());
        const CliResult restored = withStdin(
            restoreCli, QStringList{QStringLiteral("backup"), QStringLiteral("restore"), backup} + fd0(), kPass);
        QVERIFY2(restored.exitCode == 0, restored.describe());
        const QJsonArray connections =
            restoreCli.run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.first()[QStringLiteral("status")].toString(), QStringLiteral("active"));
    }

    void damagedOrWrongIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("a flipped byte") << QStringLiteral("flip") << 8 << QStringLiteral("damaged");
        QTest::newRow("cut short") << QStringLiteral("truncate") << 8 << QStringLiteral("damaged");
        QTest::newRow("a wrong passphrase") << QStringLiteral("passphrase") << 2 << QStringLiteral("not correct");
        QTest::newRow("not a backup") << QStringLiteral("header") << 8 << QStringLiteral("not a Meisai backup");
    }
    void damagedOrWrongIsRefusedAndNothingWritten()
    {
        QFETCH(QString, damage);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString backup = file("plain.backup");
        QVERIFY(QFile::exists(backup)); // from withoutTokensRestoresTheHistoryAndLinksAgain
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QByteArray pass = kPass;
        if (damage == u"flip")
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        else if (damage == u"truncate")
            bytes.chop(bytes.size() / 3);
        else if (damage == u"header")
            bytes[3] = 'X';
        else
            pass = "meisai backup 2026: 琥珀の灯台と六つの鍵\n";
        const QString damaged = file("damaged.backup");
        QFile::remove(damaged);
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        TempProfile target;
        CliRunner cli(target.dir());
        const CliResult verified =
            withStdin(cli, QStringList{QStringLiteral("backup"), QStringLiteral("verify"), damaged} + fd0(), pass);
        QVERIFY2(verified.exitCode == exitCode, verified.describe());
        QVERIFY2(verified.errText().contains(says), verified.describe());
        const CliResult restored =
            withStdin(cli, QStringList{QStringLiteral("backup"), QStringLiteral("restore"), damaged} + fd0(), pass);
        QVERIFY2(restored.exitCode == exitCode, restored.describe());
        auto profile = Profile::load(target.dir());
        QVERIFY(profile && !profile->exists());
        QVERIFY(!QFile::exists(profile->databasePath()));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
