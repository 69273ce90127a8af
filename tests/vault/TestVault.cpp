// The vault against the real keychain (gnome-keyring on a private bus) and
// real SQLCipher: round trip, nothing in plaintext, wrong key, no keychain,
// passphrase mode, crash safety, secure delete, a tamper-evident audit log.

#include "SqlCipherPages.h"
#include "TempProfile.h"
#include "vault/Vault.h"
#include "vault/VaultKey.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>

using namespace meisai;
using namespace meisai::test;

namespace {

const QByteArray kAccessToken = "AT-9f3c1e0b7d2a4c58b6e1f0a9d8c7b6a5-access";
const QByteArray kRefreshToken = "RT-0a1b2c3d4e5f60718293a4b5c6d7e8f9-refresh";

std::unique_ptr<Vault> openVault(const QString& dir, UnlockOptions options = {})
{
    auto v = Vault::open(dir, std::move(options));
    if (!v) {
        qWarning("%s", qPrintable(v.error().message));
        return nullptr;
    }
    return std::move(*v);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Raw SQLCipher access, behind the vault's back, as an attacker with the key would have.
sqlite3* rawOpen(const QString& path, const SecretBytes& key)
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const QByteArray pragma = "PRAGMA key = \"x'" + key.toByteArray().toHex() + "'\"; PRAGMA cipher_page_size = 4096;";
    sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    return db;
}

qint64 createConnection(Vault& vault, const QString& issuer = QStringLiteral("hoshizora-card"))
{
    Connection c;
    c.issuerId = issuer;
    c.label = QStringLiteral("ほしぞらカード");
    c.status = ConnectionStatus::Active;
    c.requestedScopes = {QStringLiteral("cards:read"), QStringLiteral("transactions:read")};
    c.grantedScopes = {QStringLiteral("cards:read")};
    c.consentGrantedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    c.consentExpiresAt = c.consentGrantedAt.addDays(90);
    auto id = vault.connections().add(c);
    return id ? *id : -1;
}

TokenSet sampleTokens()
{
    TokenSet t;
    t.accessToken = SecretBytes(kAccessToken);
    t.refreshToken = SecretBytes(kRefreshToken);
    t.tokenType = QStringLiteral("Bearer");
    t.accessExpiresAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    return t;
}

SecretBytes keychainKey(const QString& dir)
{
    auto profile = Profile::load(dir);
    if (!profile)
        return {};
    auto key = Keychain::read(profile->id());
    return key ? std::move(*key) : SecretBytes();
}

} // namespace

class TestVault final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheKeychain()
    {
        TempProfile profile;
        QList<CardTransaction> written;
        qint64 connectionId = 0;
        {
            auto vault = openVault(profile.dir());
            QVERIFY(vault);
            QCOMPARE(vault->keyMode(), KeyMode::Keychain);
            connectionId = createConnection(*vault);
            QVERIFY(connectionId > 0);
            QVERIFY(vault->tokens().put(connectionId, sampleTokens()).ok());
            written = sampleTransactions(connectionId, QStringLiteral("card-1"), 1000);
            auto counts = vault->transactions().upsert(written);
            QVERIFY(counts.ok());
            QCOMPARE(counts->inserted, 1000);
            for (int i = 0; i < 5; ++i) {
                AuditEntry e;
                e.connectionId = connectionId;
                e.operation = QStringLiteral("GET /v1/cards");
                e.httpStatus = 200;
                e.result = QStringLiteral("ok");
                e.interactionId = QStringLiteral("3f1c%1").arg(i);
                QVERIFY(vault->audit().append(e).ok());
            }
        }
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        auto tokens = vault->tokens().get(connectionId);
        QVERIFY(tokens.ok() && tokens->has_value());
        QCOMPARE((*tokens)->accessToken.view(), QByteArrayView(kAccessToken));
        QCOMPARE((*tokens)->refreshToken.view(), QByteArrayView(kRefreshToken));
        QCOMPARE((*tokens)->tokenType, QStringLiteral("Bearer"));
        QCOMPARE((*tokens)->accessExpiresAt, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));

        auto conn = vault->connections().get(connectionId);
        QVERIFY(conn.ok() && conn->has_value());
        QCOMPARE((*conn)->grantedScopes, QStringList{QStringLiteral("cards:read")});
        QCOMPARE((*conn)->consentExpiresAt, QDateTime(QDate(2027, 1, 30), QTime(9, 0), Qt::UTC));

        auto read = vault->transactions().query(TransactionQuery::forConnection(connectionId));
        QVERIFY(read.ok());
        QCOMPARE(read->size(), written.size());
        std::sort(read->begin(), read->end(),
                  [](const CardTransaction& a, const CardTransaction& b) { return a.transactionId < b.transactionId; });
        for (int i = 0; i < written.size(); ++i) {
            QVERIFY2(read->at(i).sameContent(written.at(i)), qPrintable(written.at(i).transactionId));
            QCOMPARE(read->at(i).fetchedAt, written.at(i).fetchedAt);
        }
        auto audit = vault->audit().list();
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 5);
        QCOMPARE(audit->first().interactionId, QStringLiteral("3f1c4"));
        QVERIFY(vault->audit().verify()->intact);

        // Nothing in plaintext on disk, though the decrypted pages do hold the data.
        vault.reset();
        const QByteArray disk = profile.readAll();
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains(kAccessToken));
        QVERIFY(!disk.contains(kRefreshToken));
        QVERIFY(!disk.contains(QStringLiteral("テスト商店").toUtf8()));
        QVERIFY(!disk.contains("SQLite format 3"));
        const QByteArray pages = decryptSqlCipherPages(profile.dir() + QStringLiteral("/vault.db"),
                                                       keychainKey(profile.dir()));
        QVERIFY2(pages.contains(kAccessToken), "control: the decrypted pages hold the token");
        QVERIFY(pages.contains(QStringLiteral("テスト商店").toUtf8()));
    }

    void privateFilePermissions()
    {
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        QVERIFY(vault->tokens().put(createConnection(*vault), sampleTokens()).ok());
        QCOMPARE(QFileInfo(profile.dir()).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        const QStringList files = profile.files();
        QVERIFY(files.size() >= 2);
        for (const QString& f : files)
            QCOMPARE(QFileInfo(f).permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void wrongKeyIsRefusedAndTheFileUntouched()
    {
        TempProfile profile;
        {
            auto vault = openVault(profile.dir());
            QVERIFY(vault);
            QVERIFY(vault->tokens().put(createConnection(*vault), sampleTokens()).ok());
            QVERIFY(vault->database().checkpoint().ok());
        }
        auto p = Profile::load(profile.dir());
        QVERIFY(p.ok());
        QVERIFY(Keychain::write(p->id(), SecretBytes::random(32)).ok());
        const QString dbPath = p->databasePath();
        const QByteArray before = fileBytes(dbPath);
        const QStringList filesBefore = profile.files();

        auto v = Vault::open(profile.dir());
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::KeyMismatch);
        QVERIFY2(v.error().message.contains(QStringLiteral("vault key does not match this database")),
                 qPrintable(v.error().message));
        QCOMPARE(fileBytes(dbPath), before);
        QCOMPARE(profile.files(), filesBefore);
    }

    void noKeychainFailsFastWithPassphraseOption()
    {
        TempProfile profile;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/meisai-bus"));
        child.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-child"), profile.dir()});
        QVERIFY(child.waitForFinished(10000));
        const qint64 elapsed = timer.elapsed();
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 3);
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        QVERIFY2(out.contains(QStringLiteral("system keychain could not be used")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("passphrase")), qPrintable(out));
        // The reason from the keychain is named, in parentheses.
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("used \\([^)]{8,}\\)"))), qPrintable(out));
        QVERIFY(!QFile::exists(profile.dir() + QStringLiteral("/vault.db")));
        QVERIFY(profile.files().isEmpty());
    }

    void passphraseMode()
    {
        TempProfile profile;
        const QByteArray pass = "correct horse battery staple 明細";
        qint64 connectionId = 0;
        {
            UnlockOptions o;
            o.passphrase = SecretBytes(pass);
            auto vault = openVault(profile.dir(), std::move(o));
            QVERIFY(vault);
            QCOMPARE(vault->keyMode(), KeyMode::Passphrase);
            connectionId = createConnection(*vault);
            QVERIFY(vault->tokens().put(connectionId, sampleTokens()).ok());
        }
        auto p = Profile::load(profile.dir());
        QVERIFY(p.ok());
        QCOMPARE(p->keyMode(), KeyMode::Passphrase);
        QVERIFY(p->kdf().memoryKiB >= 65536);
        QVERIFY(p->kdf().iterations >= 3);
        // The key is never stored: not in the keychain, not on disk.
        auto inKeychain = Keychain::read(p->id());
        QVERIFY(!inKeychain.ok());
        auto key = PassphraseKdf::derive(SecretBytes(pass), p->kdf());
        QVERIFY(key.ok());
        const QByteArray disk = profile.readAll();
        QVERIFY(!disk.contains(key->toByteArray()));
        QVERIFY(!disk.contains(key->toHex().toLatin1()));
        QVERIFY(!disk.contains(pass));

        UnlockOptions wrong;
        wrong.passphrase = SecretBytes(QByteArrayView("correct horse battery stapler"));
        auto bad = Vault::open(profile.dir(), std::move(wrong));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(bad.error().message.contains(QStringLiteral("passphrase is not correct")));

        auto none = Vault::open(profile.dir());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::WrongPassphrase);

        UnlockOptions right;
        right.passphrase = SecretBytes(pass);
        auto vault = openVault(profile.dir(), std::move(right));
        QVERIFY(vault);
        auto tokens = vault->tokens().get(connectionId);
        QVERIFY(tokens.ok() && tokens->has_value());
        QCOMPARE((*tokens)->refreshToken.view(), QByteArrayView(kRefreshToken));
    }

    void killedWriterLeavesAllOrNothing_data()
    {
        QTest::addColumn<bool>("commitBeforeKill");
        QTest::newRow("killed halfway through the batch") << false;
        QTest::newRow("killed after the batch committed") << true;
    }

    void killedWriterLeavesAllOrNothing()
    {
        QFETCH(bool, commitBeforeKill);
        TempProfile profile;
        {
            auto vault = openVault(profile.dir());
            QVERIFY(vault);
            QCOMPARE(createConnection(*vault), qint64(1));
            QVERIFY(vault->transactions().upsert(sampleTransactions(1, QStringLiteral("before"), 10)).ok());
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--crash-child"), profile.dir(), commitBeforeKill ? QStringLiteral("commit")
                                                                                      : QStringLiteral("hold")});
        QVERIFY(child.waitForStarted());
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains(commitBeforeKill ? "committed" : "halfway") && timer.elapsed() < 60000) {
            child.waitForReadyRead(200);
            seen += child.readAllStandardOutput();
            QVERIFY2(child.state() == QProcess::Running, seen.constData());
        }
        QVERIFY2(seen.contains(commitBeforeKill ? "committed" : "halfway"), seen.constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        auto integrity = vault->database().integrityCheck();
        QVERIFY(integrity.ok());
        QCOMPARE(*integrity, QStringLiteral("ok"));
        auto batch = vault->database().queryInt("SELECT count(*) FROM transactions WHERE card_id = 'batch'");
        QVERIFY(batch.ok());
        QVERIFY2(*batch == 0 || *batch == 100000, qPrintable(QString::number(*batch)));
        QCOMPARE(*batch, commitBeforeKill ? 100000 : 0);
        auto before = vault->database().queryInt("SELECT count(*) FROM transactions WHERE card_id = 'before'");
        QCOMPARE(*before, 10);
    }

    void deletedTokensLeaveNoTrace()
    {
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        const qint64 id = createConnection(*vault);
        QVERIFY(vault->tokens().put(id, sampleTokens()).ok());
        QVERIFY(vault->database().checkpoint().ok());
        const QString dbPath = vault->profile().databasePath();
        const SecretBytes key = keychainKey(profile.dir());
        QVERIFY(decryptSqlCipherPages(dbPath, key).contains(kRefreshToken)); // control

        QVERIFY(vault->tokens().remove(id).ok());
        QVERIFY(vault->database().checkpoint().ok());
        const QByteArray pages = decryptSqlCipherPages(dbPath, key);
        QVERIFY(!pages.isEmpty());
        QVERIFY(!pages.contains(kRefreshToken));
        QVERIFY(!pages.contains(kAccessToken));
        QVERIFY(!profile.readAll().contains(kRefreshToken));
    }

    void scannerSeesDeletedBytesWithoutSecureDelete()
    {
        // Control for the test above: with secure_delete off, a deleted row's
        // bytes stay in the page, and the scanner finds them.
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/plain-control.db");
        const SecretBytes key = SecretBytes::random(32);
        sqlite3* db = rawOpen(path, key);
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA secure_delete = OFF; PRAGMA journal_mode = WAL;"
                              "CREATE TABLE t (v BLOB); INSERT INTO t VALUES ('RT-0a1b2c3d4e5f60718293a4b5c6d7e8f9-refresh');"
                              "INSERT INTO t VALUES ('keep'); DELETE FROM t WHERE v != 'keep';"
                              "PRAGMA wal_checkpoint(TRUNCATE);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(decryptSqlCipherPages(path, key).contains(kRefreshToken));
    }

    void auditLogDetectsTampering_data()
    {
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("row edited") << QByteArray("UPDATE audit_log SET result = 'ok' WHERE seq = 3") << qint64(3);
        QTest::newRow("row deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 2") << qint64(3);
        QTest::newRow("status changed") << QByteArray("UPDATE audit_log SET http_status = 200 WHERE seq = 4")
                                        << qint64(4);
    }

    void auditLogDetectsTampering()
    {
        QFETCH(QByteArray, attack);
        QFETCH(qint64, firstBad);
        TempProfile profile;
        {
            auto vault = openVault(profile.dir());
            QVERIFY(vault);
            for (int i = 1; i <= 5; ++i) {
                AuditEntry e;
                e.operation = QStringLiteral("POST /token");
                e.httpStatus = 400;
                e.result = QStringLiteral("invalid_grant");
                e.detail = QStringLiteral("attempt %1").arg(i);
                QVERIFY(vault->audit().append(e).ok());
            }
            auto v = vault->audit().verify();
            QVERIFY(v.ok() && v->intact);
            QCOMPARE(v->rowsChecked, qint64(5));
            // The vault itself refuses to change history.
            QVERIFY(!vault->database().exec("UPDATE audit_log SET result = 'ok'").ok());
            QVERIFY(!vault->database().exec("DELETE FROM audit_log").ok());
        }
        const SecretBytes key = keychainKey(profile.dir());
        sqlite3* raw = rawOpen(profile.dir() + QStringLiteral("/vault.db"), key);
        const QByteArray sql = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + attack + ';';
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        auto v = vault->audit().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, firstBad);
        QVERIFY(v->message.contains(QStringLiteral("changed outside Meisai")));
    }

    void upsertInsertsUpdatesAndSkips()
    {
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        const qint64 id = createConnection(*vault);
        auto batch = sampleTransactions(id, QStringLiteral("c"), 100);
        QCOMPARE(vault->transactions().upsert(batch)->inserted, 100);
        auto again = vault->transactions().upsert(batch);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 100);
        for (int i = 0; i < 5; ++i) {
            batch[i].status = TransactionStatus::Confirmed;
            batch[i].amount += 1;
        }
        auto changed = vault->transactions().upsert(batch);
        QCOMPARE(changed->updated, 5);
        QCOMPARE(changed->unchanged, 95);
        QCOMPARE(*vault->transactions().count(id), qint64(100));
        auto first = vault->transactions().query(TransactionQuery::forConnection(id));
        auto it = std::find_if(first->begin(), first->end(),
                               [](const CardTransaction& t) { return t.transactionId == u"T00000000"; });
        QVERIFY(it != first->end());
        QCOMPARE(it->amount, batch[0].amount);
    }

    void forEachYieldsWhatQueryYields_data()
    {
        QTest::addColumn<int>("connection"); // 0: any, 1: the first, 2: the second
        QTest::addColumn<QString>("cardId");
        QTest::addColumn<QString>("paymentMonth");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("every row") << 0 << QString() << QString() << QDate() << QDate() << 330;
        QTest::newRow("one connection") << 2 << QString() << QString() << QDate() << QDate() << 30;
        QTest::newRow("one card") << 1 << QStringLiteral("b") << QString() << QDate() << QDate() << 100;
        QTest::newRow("one billing month") << 0 << QString() << QStringLiteral("2026-02") << QDate() << QDate() << 91;
        QTest::newRow("a range of use dates")
            << 0 << QString() << QString() << QDate(2026, 1, 10) << QDate(2026, 1, 19) << 30;
        QTest::newRow("nothing matches") << 0 << QString() << QStringLiteral("1999-01") << QDate() << QDate() << 0;
    }

    void forEachYieldsWhatQueryYields()
    {
        QFETCH(int, connection);
        QFETCH(QString, cardId);
        QFETCH(QString, paymentMonth);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        const qint64 ids[2] = {createConnection(*vault), createConnection(*vault, QStringLiteral("other-card"))};
        auto rows = sampleTransactions(ids[0], QStringLiteral("a"), 200, QStringLiteral("店"));
        rows += sampleTransactions(ids[0], QStringLiteral("b"), 100, QStringLiteral("ストア "));
        rows += sampleTransactions(ids[1], QStringLiteral("a"), 30);
        rows[3].postingDate = QDate(); // stored as NULL
        rows[4].remarks = QString();
        rows[5].paymentMonth = QString();
        QVERIFY(vault->transactions().upsert(rows).ok());

        TransactionQuery q;
        q.connectionId = connection ? ids[connection - 1] : 0;
        q.cardId = cardId;
        q.paymentMonth = paymentMonth;
        q.useDateFrom = from;
        q.useDateTo = to;
        auto queried = vault->transactions().query(q);
        QVERIFY(queried.ok());
        QList<CardTransaction> streamed;
        QHash<qint64, qint64> days; // row id -> julianDay(UseDate)
        int bytesDiffer = 0;
        const auto status = vault->transactions().forEach(q, [&](const TransactionRow& row) {
            streamed << row.record();
            days.insert(row.integer(TransactionRow::RowId), row.julianDay(TransactionRow::UseDate));
            if (row.utf8(TransactionRow::MerchantName).toByteArray() != streamed.last().merchantName.toUtf8())
                ++bytesDiffer;
            return true;
        });
        QVERIFY(status.ok());
        QCOMPARE(bytesDiffer, 0);
        QVERIFY(std::is_sorted(streamed.cbegin(), streamed.cend(),
                               [](const CardTransaction& a, const CardTransaction& b) { return a.rowId > b.rowId; }));
        QCOMPARE(streamed.size(), expected);
        QCOMPARE(queried->size(), expected);
        // query() sorts by date; forEach() leaves the order to the caller.
        auto byId = [](const CardTransaction& a, const CardTransaction& b) { return a.rowId < b.rowId; };
        std::sort(queried->begin(), queried->end(), byId);
        std::sort(streamed.begin(), streamed.end(), byId);
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            const CardTransaction& a = queried->at(i);
            const CardTransaction& b = streamed[i];
            QCOMPARE(b.rowId, a.rowId);
            QCOMPARE(b.connectionId, a.connectionId);
            QCOMPARE(b.cardId, a.cardId);
            QCOMPARE(b.transactionId, a.transactionId);
            QCOMPARE(b.fetchedAt, a.fetchedAt);
            QVERIFY2(b.sameContent(a), qPrintable(a.transactionId));
            QCOMPARE(days.value(b.rowId), b.useDate.toJulianDay());
        }
    }

    void forEachStopsWhenAsked()
    {
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        const qint64 id = createConnection(*vault);
        QVERIFY(vault->transactions().upsert(sampleTransactions(id, QStringLiteral("c"), 50)).ok());
        int seen = 0;
        QVERIFY(vault->transactions().forEach({}, [&seen](const TransactionRow&) { return ++seen < 7; }).ok());
        QCOMPARE(seen, 7);
    }

    void transactionRollsBackUnlessCommitted()
    {
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        const qint64 id = createConnection(*vault);
        {
            Database::Transaction tx(vault->database());
            QVERIFY(tx.begin().ok());
            QVERIFY(vault->transactions().upsert(sampleTransactions(id, QStringLiteral("c"), 10)).ok());
        }
        QCOMPARE(*vault->transactions().count(id), qint64(0));
    }

    void newerSchemaIsRefused()
    {
        TempProfile profile;
        {
            auto vault = openVault(profile.dir());
            QVERIFY(vault);
            QCOMPARE(*vault->database().userVersion(), Vault::schemaVersion());
            QVERIFY(vault->database().setUserVersion(Vault::schemaVersion() + 1).ok());
        }
        auto v = Vault::open(profile.dir());
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(QStringLiteral("newer version of Meisai")));
    }

    void firstSchemaIsMigratedWithNothingLost()
    {
        TempProfile profile;
        qint64 id = 0;
        {
            auto vault = openVault(profile.dir());
            QVERIFY(vault);
            id = createConnection(*vault);
            QVERIFY(vault->tokens().put(id, sampleTokens()).ok());
            PendingRevocation p;
            p.connectionId = id;
            p.issuerId = QStringLiteral("hoshizora-card");
            p.token = SecretBytes(kRefreshToken);
            p.tokenTypeHint = QStringLiteral("refresh_token");
            QVERIFY(vault->revocations().enqueue(p).ok());
            // Back to the tables of schema 1, as a vault written by the first release has them.
            Database& db = vault->database();
            QVERIFY(db.exec("PRAGMA foreign_keys = OFF;").ok());
            QVERIFY(db.exec(R"sql(
CREATE TABLE c1 AS SELECT id, issuer_id, label, status, requested_scopes, granted_scopes, consent_granted_at,
    consent_expires_at, auth_time, last_sync_at, next_sync_at, last_error, sync_state, created_at, updated_at
    FROM connections;
DROP TABLE connections;
ALTER TABLE c1 RENAME TO connections;
CREATE TABLE a1 AS SELECT id, kind, dedup_key, severity, state, connection_id, issuer_id, title, what_happened,
    what_to_do, contact, created_at, updated_at FROM alerts;
DROP TABLE alerts;
ALTER TABLE a1 RENAME TO alerts;
CREATE TABLE r1 AS SELECT id, connection_id, issuer_id, token, token_type_hint, attempts, next_attempt_at, last_error
    FROM pending_revocations;
DROP TABLE pending_revocations;
ALTER TABLE r1 RENAME TO pending_revocations;
)sql").ok());
            QVERIFY(db.setUserVersion(1).ok());
        }
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        QCOMPARE(*vault->database().userVersion(), Vault::schemaVersion());
        auto c = vault->connections().get(id);
        QVERIFY(c.ok() && c->has_value());
        QCOMPARE((*c)->label, QStringLiteral("ほしぞらカード"));
        QCOMPARE((*c)->grantedScopes, QStringList{QStringLiteral("cards:read")});
        QVERIFY((*c)->binding.isEmpty()); // bound on first use (test_oauth_IssuerBinding)
        auto t = vault->tokens().get(id);
        QVERIFY(t.ok() && t->has_value());
        QCOMPARE((*t)->refreshToken.toByteArray(), QByteArray(kRefreshToken));
        auto pending = vault->revocations().all();
        QVERIFY(pending.ok());
        QCOMPARE(int(pending->size()), 1);
        QCOMPARE(pending->front().token.toByteArray(), QByteArray(kRefreshToken));
        QVERIFY(pending->front().binding.isEmpty());
        // And the new columns keep what is written now.
        Connection bound = **c;
        bound.binding = IssuerBinding{QUrl(QStringLiteral("https://auth.example-card.jp")),
                                      QUrl(QStringLiteral("https://auth.example-card.jp/token")), QUrl(),
                                      QUrl(QStringLiteral("https://api.example-card.jp/v"))};
        QVERIFY(vault->connections().update(bound).ok());
        QCOMPARE((*vault->connections().get(id))->binding, bound.binding);
    }

    void alertsDeduplicateAndChangeState()
    {
        TempProfile profile;
        auto vault = openVault(profile.dir());
        QVERIFY(vault);
        Alert a;
        a.kind = AlertKind::IssuerRevoked;
        a.dedupKey = QStringLiteral("issuer_revoked:1");
        a.title = QStringLiteral("revoked");
        auto first = vault->alerts().raise(a);
        auto second = vault->alerts().raise(a);
        QCOMPARE(*first, *second);
        QVERIFY(vault->alerts().setState(*first, AlertState::Acknowledged).ok());
        QCOMPARE(vault->alerts().list(true)->size(), 1);
        QVERIFY(vault->alerts().resolveByKey(a.dedupKey).ok());
        QCOMPARE(vault->alerts().list(true)->size(), 0);
        QVERIFY(*vault->alerts().raise(a) != *first);
    }
};

namespace {

// Child modes used by the tests above.

int openChild(const QString& dir)
{
    auto v = Vault::open(dir);
    std::printf("%s\n", v ? "opened" : qPrintable(v.error().message));
    return v ? 0 : 3;
}

int crashChild(const QString& dir, bool commit)
{
    auto v = Vault::open(dir);
    if (!v)
        return 4;
    Vault& vault = **v;
    const auto rows = sampleTransactions(1, QStringLiteral("batch"), 100000);
    Database::Transaction tx(vault.database());
    if (!tx.begin().ok())
        return 5;
    for (int start = 0; start < rows.size(); start += 10000) {
        if (!vault.transactions().upsert(rows.mid(start, 10000)).ok())
            return 6;
        if (start == 50000 && !commit) {
            std::printf("halfway\n");
            std::fflush(stdout);
        }
    }
    if (commit) {
        if (!tx.commit().ok())
            return 7;
        std::printf("committed\n");
        std::fflush(stdout);
    }
    QThread::sleep(60);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--open-child") == 0)
        return openChild(QString::fromLocal8Bit(argv[2]));
    if (argc >= 4 && qstrcmp(argv[1], "--crash-child") == 0)
        return crashChild(QString::fromLocal8Bit(argv[2]), qstrcmp(argv[3], "commit") == 0);
    TestVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVault.moc"
