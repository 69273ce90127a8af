// Alert rules (consent expiry with an injected clock, audit tampering, the
// contents of each alert) and the passphrase strength check (G16).

#include "TempProfile.h"
#include "api/ApiTypes.h"
#include "issuer/IssuerDirectory.h"
#include "security/AlertRules.h"
#include "security/PasswordCheck.h"
#include "vault/Vault.h"

#include <QTest>

using namespace meisai;

class TestSecurity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphrase_data();
    void passphrase();
    void newVaultPassphrase_data();
    void newVaultPassphrase();
    void consentThresholds_data();
    void consentThresholds();
    void alertsSayWhatAndWhom();
    void auditTampering();
};

void TestSecurity::passphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QStringList>("userWords");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("empty") << QString() << QStringList{} << false;
    QTest::newRow("too short") << QStringLiteral("Xk3$p9") << QStringList{} << false;
    QTest::newRow("common password") << QStringLiteral("password123") << QStringList{} << false;
    QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop12") << QStringList{} << false;
    QTest::newRow("repeated characters") << QStringLiteral("aaaaaaaaaaaaaa") << QStringList{} << false;
    QTest::newRow("user's own name")
        << QStringLiteral("hanakomeisai2024") << QStringList{QStringLiteral("hanako"), QStringLiteral("meisai")} << false;
    QTest::newRow("four random words") << QStringLiteral("lantern orbit cedar plum") << QStringList{} << true;
    QTest::newRow("long random") << QStringLiteral("vX9#qL2!mZ7@rT4$") << QStringList{} << true;
}

void TestSecurity::passphrase()
{
    QFETCH(QString, passphrase);
    QFETCH(QStringList, userWords);
    QFETCH(bool, acceptable);
    QByteArray utf8 = passphrase.toUtf8();
    const SecretBytes secret = SecretBytes::takeFrom(utf8);
    const PasswordAssessment a = PasswordCheck::assess(secret, userWords);
    QVERIFY2(a.acceptable == acceptable, qPrintable(QStringLiteral("entropy %1, reason: %2").arg(a.entropyBits).arg(a.reason)));
    const Status s = PasswordCheck::check(secret, userWords);
    QCOMPARE(s.ok(), acceptable);
    if (!acceptable) {
        QVERIFY(!a.reason.isEmpty());
        QVERIFY(s.error().message.contains(a.reason));
    }
}

void TestSecurity::newVaultPassphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("acceptable");
    // Each rejected row passes the plain check(): the known words are what rejects it.
    QTest::newRow("two issuers' names and digits") << QStringLiteral("kaedehoshizora9154") << false;
    QTest::newRow("the profile folder's name in words") << QStringLiteral("tanuki household 4412") << false;
    QTest::newRow("the app, an issuer, the folder") << QStringLiteral("tanukihoshizorameisai") << false;
    QTest::newRow("four random words") << QStringLiteral("lantern orbit cedar plum") << true;
}

void TestSecurity::newVaultPassphrase()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, acceptable);
    const QString profileDir = QStringLiteral("/home/someone/.local/share/tanuki-household");
    const QStringList words = PasswordCheck::knownWords(profileDir);
    for (const char* w : {"meisai", "tanuki-household", "tanuki", "household", "hoshizora-card", "hoshizora"})
        QVERIFY2(words.contains(QLatin1String(w)), w);
    QByteArray utf8 = passphrase.toUtf8();
    const SecretBytes secret = SecretBytes::takeFrom(utf8);
    const Status s = PasswordCheck::checkNewVaultPassphrase(secret, profileDir);
    QVERIFY2(s.ok() == acceptable, qPrintable(s.ok() ? QStringLiteral("accepted") : s.error().message));
    // Without those words the same passphrase would pass: the known words are what rejects it.
    if (!acceptable)
        QVERIFY2(PasswordCheck::check(secret).ok(), "the row should test the known words, not plain weakness");
}

void TestSecurity::consentThresholds_data()
{
    QTest::addColumn<qint64>("hoursLeft");
    QTest::addColumn<QString>("expectedKey"); // empty: no alert
    QTest::newRow("30 days left: nothing") << qint64(30 * 24) << QString();
    QTest::newRow("13 days left: the 14-day alert") << qint64(13 * 24) << QStringLiteral("consent:%1:14");
    QTest::newRow("6 days left: the 7-day alert") << qint64(6 * 24) << QStringLiteral("consent:%1:7");
    QTest::newRow("20 hours left: the 1-day alert") << qint64(20) << QStringLiteral("consent:%1:1");
    QTest::newRow("expired an hour ago") << qint64(-1) << QStringLiteral("reconnect:%1");
}

void TestSecurity::consentThresholds()
{
    QFETCH(qint64, hoursLeft);
    QFETCH(QString, expectedKey);
    test::TempProfile profile;
    ManualClock clock(QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC));
    UnlockOptions options;
    options.clock = &clock;
    auto vault = Vault::open(profile.dir(), std::move(options));
    QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
    Connection c;
    c.issuerId = QStringLiteral("hoshizora-card");
    c.label = QStringLiteral("星空カード");
    c.status = ConnectionStatus::Active;
    c.consentExpiresAt = clock.now().addSecs(hoursLeft * 3600);
    auto id = (*vault)->connections().add(c);
    QVERIFY(id.ok());

    IssuerDirectory directory(vault->get());
    AlertRules rules(&directory);
    // First at 15 days out: the 14-day alert comes later, when the clock gets there.
    auto ids = rules.checkConsents(**vault, clock);
    QVERIFY(ids.ok());
    auto alerts = (*vault)->alerts().list(true);
    QVERIFY(alerts.ok());
    if (expectedKey.isEmpty()) {
        QVERIFY(alerts->isEmpty());
        return;
    }
    QCOMPARE(alerts->size(), 1);
    QCOMPARE(alerts->at(0).dedupKey, expectedKey.arg(*id));
    QCOMPARE(alerts->at(0).connectionId, *id);
    QVERIFY(!alerts->at(0).whatToDo.isEmpty());
    // Running the check again raises nothing new.
    QVERIFY(rules.checkConsents(**vault, clock).ok());
    QCOMPARE((*vault)->alerts().list(true)->size(), 1);
}

void TestSecurity::alertsSayWhatAndWhom()
{
    IssuerDirectory directory;
    AlertRules rules(&directory);
    auto profile = directory.find(QStringLiteral("hoshizora-card"));
    QVERIFY2(profile.ok(), "the bundled hoshizora-card profile is needed");
    const QString incident = profile->disclosures.incident.phone;

    Connection c;
    c.id = 7;
    c.issuerId = QStringLiteral("hoshizora-card");
    c.label = QStringLiteral("星空カード");
    const QList<Alert> alerts{
        rules.issuerRevoked(c, QStringLiteral("revoked")),
        rules.panReceived(c, QStringLiteral("GET /v1/cards/{cardId}/transactions"), 1),
        rules.maintenance(c, QStringLiteral("メンテナンス中"), QDateTime::currentDateTimeUtc().addSecs(600)),
        rules.securityNotice(c.issuerId, IssuerNotice{c.issuerId, QStringLiteral("n1"), NoticeKind::Security,
                                                      QStringLiteral("フィッシング注意"), QStringLiteral("本文"), {}, {}, {}, {}}),
        rules.syncFailing(c, 3, QStringLiteral("timeout")),
        rules.apiDeprecated(c.issuerId, DeprecationInfo{QStringLiteral("GET /v1/cards/{cardId}/limits"), {},
                                                        QDateTime(QDate(2026, 12, 31), QTime(15, 0), Qt::UTC), {}}),
    };
    for (const Alert& a : alerts) {
        QVERIFY2(!a.title.isEmpty() && !a.whatHappened.isEmpty() && !a.whatToDo.isEmpty(), qPrintable(toString(a.kind)));
        QVERIFY2(!a.contact.isEmpty(), qPrintable(toString(a.kind)));
        QVERIFY(!a.dedupKey.isEmpty());
    }
    if (!incident.isEmpty()) {
        QVERIFY2(alerts.at(0).contact.contains(incident), qPrintable(alerts.at(0).contact));
        QVERIFY2(alerts.at(1).contact.contains(incident), qPrintable(alerts.at(1).contact));
    }
    QVERIFY(alerts.at(2).whatHappened.contains(QStringLiteral("メンテナンス中")));
    QVERIFY(alerts.at(5).whatHappened.contains(QStringLiteral("2026")));
}

void TestSecurity::auditTampering()
{
    test::TempProfile profile;
    auto vault = Vault::open(profile.dir());
    QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
    for (int i = 0; i < 3; ++i) {
        AuditEntry e;
        e.operation = QStringLiteral("GET /v1/cards");
        e.result = QStringLiteral("ok");
        QVERIFY((*vault)->audit().append(e).ok());
    }
    AlertRules rules(nullptr);
    auto clean = rules.checkAuditLog(**vault);
    QVERIFY(clean.ok());
    QVERIFY(clean->isEmpty());
    // Someone with the key edits the file directly, past the append-only trigger.
    QVERIFY((*vault)->database().exec("DROP TRIGGER audit_log_no_update").ok());
    QVERIFY((*vault)->database().exec("UPDATE audit_log SET result='error' WHERE seq=2").ok());
    auto tampered = rules.checkAuditLog(**vault);
    QVERIFY(tampered.ok());
    QCOMPARE(tampered->size(), 1);
    auto alerts = (*vault)->alerts().list(true);
    QVERIFY(alerts->at(0).kind == AlertKind::AuditTampered);
    QVERIFY(alerts->at(0).severity == AlertSeverity::Critical);
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "TestSecurity.moc"
