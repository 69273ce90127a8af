// Alert rules: consent expiry with an injected clock, audit tampering, and
// what each alert says (what happened, what to do, whom to contact).

#include "TempProfile.h"
#include "api/ApiTypes.h"
#include "issuer/IssuerDirectory.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QTest>

using namespace meisai;

class TestAlertRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consentThresholds_data();
    void consentThresholds();
    void alertsSayWhatAndWhom();
    void panReceivedSaysHowManyWhereAndWhatWasDone();
    void auditTampering();
};

void TestAlertRules::consentThresholds_data()
{
    QTest::addColumn<qint64>("hoursLeft");
    QTest::addColumn<QString>("expectedKey"); // empty: no alert
    QTest::newRow("30 days left: nothing") << qint64(30 * 24) << QString();
    QTest::newRow("13 days left: the 14-day alert") << qint64(13 * 24) << QStringLiteral("consent:%1:14");
    QTest::newRow("6 days left: the 7-day alert") << qint64(6 * 24) << QStringLiteral("consent:%1:7");
    QTest::newRow("20 hours left: the 1-day alert") << qint64(20) << QStringLiteral("consent:%1:1");
    QTest::newRow("expired an hour ago") << qint64(-1) << QStringLiteral("reconnect:%1");
}

void TestAlertRules::consentThresholds()
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

void TestAlertRules::alertsSayWhatAndWhom()
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
        rules.issuerRevoked(c, Text::verbatim(QStringLiteral("revoked"))),
        rules.panReceived(c, QStringLiteral("GET /v1/cards/{cardId}/transactions"), 1),
        rules.maintenance(c, QStringLiteral("メンテナンス中"), QDateTime::currentDateTimeUtc().addSecs(600)),
        rules.securityNotice(c.issuerId, IssuerNotice{c.issuerId, QStringLiteral("n1"), NoticeKind::Security,
                                                      QStringLiteral("フィッシング注意"), QStringLiteral("本文"), {}, {}, {}, {}}),
        rules.syncFailing(c, 3, Text::verbatim(QStringLiteral("timeout"))),
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

void TestAlertRules::panReceivedSaysHowManyWhereAndWhatWasDone()
{
    IssuerDirectory directory;
    AlertRules rules(&directory);
    Connection c;
    c.id = 7;
    c.issuerId = QStringLiteral("hoshizora-card");
    const QString endpoint = QStringLiteral("GET /v1/cards/{cardId}/transactions");
    const QList<PanFinding> findings{{endpoint, QStringLiteral("transactions[0].remarks"), PanAction::Masked},
                                     {endpoint, QStringLiteral("transactions[0].remarks"), PanAction::Masked},
                                     {endpoint, QStringLiteral("transactions[3].transactionId"),
                                      PanAction::Fingerprinted}};
    const Alert a = rules.panReceived(c, endpoint, findings);
    QVERIFY(a.kind == AlertKind::PanReceived);
    QVERIFY(a.severity == AlertSeverity::Critical);
    const QString& what = a.whatHappened;
    QVERIFY2(what.contains(QStringLiteral("3 full card number")), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("transactions[0].remarks, transactions[3].transactionId")), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("2 of them were masked to their last four digits")), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("1 identifier")) && what.contains(QStringLiteral("replaced by a private fingerprint")),
             qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("No full card number was stored")), qPrintable(what));
    QVERIFY(!what.contains(QStringLiteral("dropped")));
    const Alert dropped = rules.panReceived(
        c, endpoint, QList<PanFinding>{{endpoint, QStringLiteral("cardId"), PanAction::Dropped}});
    QVERIFY2(dropped.whatHappened.contains(QStringLiteral("dropped whole")),
             qPrintable(dropped.whatHappened));
    // Only the count known: still says the number was not stored and where to look.
    const Alert counted = rules.panReceived(c, endpoint, 2);
    QVERIFY2(counted.whatHappened.contains(QStringLiteral("2 full card number")), qPrintable(counted.whatHappened));
    QVERIFY2(counted.whatHappened.contains(QStringLiteral("not stored")), qPrintable(counted.whatHappened));
}

void TestAlertRules::auditTampering()
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

QTEST_GUILESS_MAIN(TestAlertRules)
#include "TestAlertRules.moc"
