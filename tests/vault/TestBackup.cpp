// Encrypted backup and restore of a vault (G10).

#include "TempProfile.h"
#include "vault/Backup.h"
#include "vault/VaultKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

const QByteArray kRefresh = "RT-backup-7c1d2e3f4a5b6c7d8e9f00112233-refresh";
const QByteArray kBackupPass = "backup passphrase for 明細";

std::unique_ptr<Vault> seeded(const QString& dir)
{
    auto v = Vault::open(dir);
    if (!v)
        return nullptr;
    Connection c;
    c.issuerId = QStringLiteral("kaede-card");
    c.status = ConnectionStatus::Active;
    const qint64 id = *(*v)->connections().add(c);
    TokenSet t;
    t.accessToken = SecretBytes(QByteArrayView("AT-backup"));
    t.refreshToken = SecretBytes(kRefresh);
    t.tokenType = QStringLiteral("Bearer");
    if (!(*v)->tokens().put(id, t).ok())
        return nullptr;
    if (!(*v)->transactions().upsert(sampleTransactions(id, QStringLiteral("card"), 500, QStringLiteral("かえで書店"))).ok())
        return nullptr;
    AuditEntry e;
    e.operation = QStringLiteral("link");
    e.result = QStringLiteral("ok");
    if (!(*v)->audit().append(e).ok())
        return nullptr;
    return std::move(*v);
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIntoANewProfile()
    {
        TempProfile source, target;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("meisai.backup"));
        {
            auto vault = seeded(source.dir());
            QVERIFY(vault);
            BackupOptions withTokens;
            withTokens.withTokens = true;
            const Status created = Backup::create(*vault, file, SecretBytes(kBackupPass), withTokens);
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        }
        const QByteArray bytes = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.contains(kRefresh));
        QVERIFY(!bytes.contains(QStringLiteral("かえで書店").toUtf8()));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());

        auto restored = Backup::restore(file, SecretBytes(kBackupPass), target.dir());
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        Vault& v = **restored;
        QCOMPARE(*v.transactions().count(), qint64(500));
        auto tokens = v.tokens().get(1);
        QVERIFY(tokens.ok() && tokens->has_value());
        QCOMPARE((*tokens)->refreshToken.view(), QByteArrayView(kRefresh));
        QVERIFY(v.audit().verify()->intact);
        // The copy's chain was sealed again with the restored vault's own key, and that is on record.
        const auto newest = v.audit().list(0, 1);
        QVERIFY(newest.ok() && newest->size() == 1);
        QCOMPARE(newest->first().operation, QStringLiteral("audit_resealed"));
        QVERIFY(v.keys().auditMac().size() == 32);
        // A new key: the source's keychain entry does not open the restored vault.
        auto srcProfile = Profile::load(source.dir());
        QVERIFY(srcProfile->id() != v.profile().id());
        QVERIFY(!target.readAll().contains(kRefresh));
    }

    void withoutTokensTheConnectionIsLinkedAgain()
    {
        TempProfile source, target;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("meisai.backup"));
        {
            auto vault = seeded(source.dir());
            QVERIFY(vault);
            QVERIFY(Backup::create(*vault, file, SecretBytes(kBackupPass)).ok());
            // The backup is on record in the source's log.
            const auto newest = vault->audit().list(0, 1);
            QVERIFY(newest.ok() && newest->size() == 1);
            QCOMPARE(newest->first().operation, QStringLiteral("backup"));
        }
        auto info = Backup::verify(file, SecretBytes(kBackupPass));
        QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
        QVERIFY(!info->withTokens);
        QCOMPARE(info->transactions, qint64(500));
        QCOMPARE(info->connections, qint64(1));
        auto restored = Backup::restore(file, SecretBytes(kBackupPass), target.dir());
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        Vault& v = **restored;
        QCOMPARE(*v.transactions().count(), qint64(500));
        auto tokens = v.tokens().get(1);
        QVERIFY(tokens.ok() && !tokens->has_value());
        auto c = v.connections().get(1);
        QVERIFY(c.ok() && c->has_value());
        QVERIFY((*c)->status == ConnectionStatus::NeedsReconnect);
        QVERIFY(!(*c)->lastError.isEmpty());
        QVERIFY(v.audit().verify()->intact);
    }

    void wrongPassphraseIsRefused()
    {
        TempProfile source, target;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("meisai.backup"));
        {
            auto vault = seeded(source.dir());
            QVERIFY(vault);
            QVERIFY(Backup::create(*vault, file, SecretBytes(kBackupPass)).ok());
        }
        auto restored = Backup::restore(file, SecretBytes(QByteArrayView("not the passphrase")), target.dir());
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(target.files().isEmpty());
    }

    void damagedBackupsAreRefused_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("flipAt");
        QTest::newRow("truncated header") << 10 << -1;
        QTest::newRow("truncated body") << 30000 << -1;
        QTest::newRow("a byte flipped in the body") << -1 << 20000;
        QTest::newRow("magic damaged") << -1 << 3;
    }

    void damagedBackupsAreRefused()
    {
        QFETCH(int, cut);
        QFETCH(int, flipAt);
        TempProfile source, target;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("meisai.backup"));
        {
            auto vault = seeded(source.dir());
            QVERIFY(vault);
            QVERIFY(Backup::create(*vault, file, SecretBytes(kBackupPass)).ok());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (cut >= 0)
            bytes.truncate(cut);
        if (flipAt >= 0)
            bytes[flipAt] = char(bytes[flipAt] ^ 0x5a);
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        f.close();
        auto restored = Backup::restore(file, SecretBytes(kBackupPass), target.dir());
        QVERIFY(!restored.ok());
        QVERIFY(!restored.error().message.isEmpty());
        QVERIFY(!QFile::exists(target.dir() + QStringLiteral("/vault.db")));
    }

    void restoreRefusesAnExistingProfile()
    {
        TempProfile source;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("meisai.backup"));
        auto vault = seeded(source.dir());
        QVERIFY(vault);
        QVERIFY(Backup::create(*vault, file, SecretBytes(kBackupPass)).ok());
        auto restored = Backup::restore(file, SecretBytes(kBackupPass), source.dir());
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().message.contains(QStringLiteral("already holds")));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
