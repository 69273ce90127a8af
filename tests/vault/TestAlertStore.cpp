// AlertStore: one open alert per dedup key. Raising the same cause again
// returns the open alert; raising it at a graver severity makes that alert say
// so and shows it to the user again; resolving a key closes only its alert.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::AlertKind)
Q_DECLARE_METATYPE(meisai::AlertSeverity)
Q_DECLARE_METATYPE(meisai::AlertState)

namespace {

Alert alert(const QString& key, AlertSeverity severity = AlertSeverity::Warning,
            AlertKind kind = AlertKind::SyncFailing)
{
    Alert a;
    a.kind = kind;
    a.dedupKey = key;
    a.severity = severity;
    a.connectionId = 1;
    a.issuerId = QStringLiteral("hoshizora-card");
    a.title = QStringLiteral("同期できません（%1）").arg(toString(severity));
    a.whatHappened = QStringLiteral("カード会社から応答がありません。");
    a.whatToDo = QStringLiteral("しばらくしてから再度お試しください。");
    a.contact = QStringLiteral("ほしぞらカード デスク 0120-000-000");
    return a;
}

Alert byId(Vault& vault, qint64 id)
{
    for (const Alert& a : *vault.alerts().list())
        if (a.id == id)
            return a;
    return {};
}

void compareTexts(const Alert& a, const Alert& e)
{
    QCOMPARE(toString(a.kind), toString(e.kind));
    QCOMPARE(a.dedupKey, e.dedupKey);
    QCOMPARE(toString(a.severity), toString(e.severity));
    QCOMPARE(a.connectionId, e.connectionId);
    QCOMPARE(a.issuerId, e.issuerId);
    QCOMPARE(a.title, e.title);
    QCOMPARE(a.whatHappened, e.whatHappened);
    QCOMPARE(a.whatToDo, e.whatToDo);
    QCOMPARE(a.contact, e.contact);
}

} // namespace

class TestAlertStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<AlertKind>("kind");
        QTest::addColumn<AlertSeverity>("severity");
        QTest::addColumn<QString>("kindCode");
        QTest::addColumn<QString>("severityCode");
        const std::pair<AlertKind, const char*> kinds[] = {
            {AlertKind::IssuerRevoked, "issuer_revoked"},   {AlertKind::ConsentExpiring, "consent_expiring"},
            {AlertKind::ConsentExpired, "consent_expired"}, {AlertKind::SecurityNotice, "security_notice"},
            {AlertKind::Maintenance, "maintenance"},        {AlertKind::PanReceived, "pan_received"},
            {AlertKind::ApiDeprecated, "api_deprecated"},   {AlertKind::ApiUnsupported, "api_unsupported"},
            {AlertKind::SyncFailing, "sync_failing"},       {AlertKind::AuditTampered, "audit_tampered"},
            {AlertKind::IssuerMismatch, "issuer_mismatch"},   {AlertKind::SyncStopped, "sync_stopped"}};
        for (const auto& [kind, code] : kinds)
            QTest::addRow("kind %s", code)
                << kind << AlertSeverity::Warning << QString::fromLatin1(code) << QStringLiteral("warning");
        QTest::newRow("severity info") << AlertKind::Maintenance << AlertSeverity::Info
                                       << QStringLiteral("maintenance") << QStringLiteral("info");
        QTest::newRow("severity critical") << AlertKind::IssuerRevoked << AlertSeverity::Critical
                                           << QStringLiteral("issuer_revoked") << QStringLiteral("critical");
    }

    void everyFieldRoundTrips()
    {
        QFETCH(AlertKind, kind);
        QFETCH(AlertSeverity, severity);
        QFETCH(QString, kindCode);
        QFETCH(QString, severityCode);
        StoreFixture f;
        QVERIFY(f.open());
        Alert a = alert(QStringLiteral("key:1"), severity, kind);
        a.state = AlertState::Resolved; // a new alert is new, whatever the caller says
        a.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        auto id = f.vault().alerts().raise(a);
        QVERIFY(id.ok());
        QVERIFY(*id > 0);
        QVERIFY(f.reopen());
        auto all = f.vault().alerts().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const Alert& r = all->first();
        QCOMPARE(r.id, *id);
        compareTexts(r, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(toString(r.state), QStringLiteral("new"));
        QCOMPARE(r.createdAt, storeTestStart());
        QCOMPARE(r.updatedAt, storeTestStart());
        QCOMPARE(f.queryText("SELECT kind FROM alerts"), kindCode);
        QCOMPARE(f.queryText("SELECT severity FROM alerts"), severityCode);
        QCOMPARE(f.queryText("SELECT state FROM alerts"), QStringLiteral("new"));
    }

    void aSecondRaiseOfAnOpenKeyReturnsTheSameAlert_data()
    {
        QTest::addColumn<AlertSeverity>("first");
        QTest::addColumn<bool>("acknowledged"); // the user acknowledged the first before the second raise
        QTest::addColumn<AlertSeverity>("second");
        QTest::addColumn<bool>("upgraded");
        QTest::newRow("same severity: unchanged")
            << AlertSeverity::Warning << false << AlertSeverity::Warning << false;
        QTest::newRow("lower severity: the graver one stays")
            << AlertSeverity::Critical << false << AlertSeverity::Info << false;
        QTest::newRow("acknowledged, same severity: stays acknowledged")
            << AlertSeverity::Warning << true << AlertSeverity::Warning << false;
        QTest::newRow("higher severity: upgraded")
            << AlertSeverity::Warning << false << AlertSeverity::Critical << true;
        QTest::newRow("info to warning: upgraded")
            << AlertSeverity::Info << false << AlertSeverity::Warning << true;
        QTest::newRow("acknowledged, then graver: shown again")
            << AlertSeverity::Warning << true << AlertSeverity::Critical << true;
    }

    void aSecondRaiseOfAnOpenKeyReturnsTheSameAlert()
    {
        QFETCH(AlertSeverity, first);
        QFETCH(bool, acknowledged);
        QFETCH(AlertSeverity, second);
        QFETCH(bool, upgraded);
        StoreFixture f;
        QVERIFY(f.open());
        const Alert a = alert(QStringLiteral("sync_failing:1"), first, AlertKind::SyncFailing);
        auto id = f.vault().alerts().raise(a);
        QVERIFY(id.ok());
        if (acknowledged)
            QVERIFY(f.vault().alerts().setState(*id, AlertState::Acknowledged).ok());
        f.clock().advance(600);

        Alert graver = alert(QStringLiteral("sync_failing:1"), second, AlertKind::IssuerRevoked);
        graver.title = QStringLiteral("連携が取り消されました");
        graver.whatHappened = QStringLiteral("カード会社で連携が取り消されました。");
        graver.whatToDo = QStringLiteral("もう一度連携してください。");
        graver.contact = QStringLiteral("ほしぞらカード 会員デスク");
        auto again = f.vault().alerts().raise(graver);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QCOMPARE(f.vault().alerts().list()->size(), 1);

        const Alert r = byId(f.vault(), *id);
        QCOMPARE(r.createdAt, storeTestStart());
        if (upgraded) {
            compareTexts(r, graver);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(toString(r.state), QStringLiteral("new"));
            QCOMPARE(r.updatedAt, storeTestStart().addSecs(600));
        } else {
            compareTexts(r, a);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(toString(r.state),
                     acknowledged ? QStringLiteral("acknowledged") : QStringLiteral("new"));
            QCOMPARE(r.updatedAt, storeTestStart());
        }
    }

    void differentKeysAreDifferentAlerts()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto a = f.vault().alerts().raise(alert(QStringLiteral("sync_failing:1")));
        auto b = f.vault().alerts().raise(alert(QStringLiteral("sync_failing:2")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b);
        QCOMPARE(f.vault().alerts().list(true)->size(), 2);
    }

    void alertsWithoutAKeyAreNeverMerged()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto a = f.vault().alerts().raise(alert(QString()));
        auto b = f.vault().alerts().raise(alert(QString(), AlertSeverity::Critical));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b);
        QCOMPARE(f.vault().alerts().list()->size(), 2);
        QCOMPARE(toString(byId(f.vault(), *a).severity), QStringLiteral("warning"));
        QCOMPARE(f.queryInt("SELECT count(*) FROM alerts WHERE dedup_key IS NULL"), qint64(2));
    }

    void aResolvedKeyRaisesANewAlert()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const Alert a =
            alert(QStringLiteral("consent_expiring:1"), AlertSeverity::Info, AlertKind::ConsentExpiring);
        auto first = f.vault().alerts().raise(a);
        QVERIFY(f.vault().alerts().resolveByKey(a.dedupKey).ok());
        f.clock().advance(60);
        auto second = f.vault().alerts().raise(a);
        QVERIFY(second.ok());
        QVERIFY(*second != *first);
        QCOMPARE(toString(byId(f.vault(), *first).state), QStringLiteral("resolved"));
        QCOMPARE(toString(byId(f.vault(), *second).state), QStringLiteral("new"));
        QCOMPARE(byId(f.vault(), *second).createdAt, storeTestStart().addSecs(60));
    }

    void resolveByKeyResolvesOnlyThatKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("stillOpen"); // newest first
        const QString a = QStringLiteral("sync_failing:1"), b = QStringLiteral("sync_failing:2"),
                      c = QStringLiteral("sync_failing:10");
        QTest::newRow("the middle one") << b << QStringList{c, a};
        QTest::newRow("an acknowledged one, whose key is a prefix of another") << a << QStringList{c, b};
        QTest::newRow("a key with no alert") << QStringLiteral("sync_failing:3") << QStringList{c, b, a};
        QTest::newRow("an empty key") << QStringLiteral("") << QStringList{c, b, a};
    }

    void resolveByKeyResolvesOnlyThatKey()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, stillOpen);
        StoreFixture f;
        QVERIFY(f.open());
        QList<qint64> ids;
        for (const char* k : {"sync_failing:1", "sync_failing:2", "sync_failing:10"})
            ids << *f.vault().alerts().raise(alert(QString::fromLatin1(k)));
        QVERIFY(f.vault().alerts().setState(ids[0], AlertState::Acknowledged).ok());
        f.clock().advance(30);
        QVERIFY(f.vault().alerts().resolveByKey(key).ok());
        QStringList open;
        for (const Alert& a : *f.vault().alerts().list(true))
            open << a.dedupKey;
        QCOMPARE(open, stillOpen);
        for (const Alert& a : *f.vault().alerts().list()) {
            const bool resolved = a.dedupKey == key;
            QCOMPARE(a.state == AlertState::Resolved, resolved);
            QCOMPARE(a.updatedAt, resolved ? storeTestStart().addSecs(30) : storeTestStart());
        }
    }

    void resolvingAgainKeepsTheTimeItWasResolved()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto id = f.vault().alerts().raise(alert(QStringLiteral("k")));
        f.clock().advance(10);
        QVERIFY(f.vault().alerts().resolveByKey(QStringLiteral("k")).ok());
        f.clock().advance(10);
        QVERIFY(f.vault().alerts().resolveByKey(QStringLiteral("k")).ok());
        QCOMPARE(byId(f.vault(), *id).updatedAt, storeTestStart().addSecs(10));
    }

    void setStateChangesTheStateAndItsTime_data()
    {
        QTest::addColumn<AlertState>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("open");
        QTest::newRow("acknowledged: still open")
            << AlertState::Acknowledged << QStringLiteral("acknowledged") << true;
        QTest::newRow("resolved: closed") << AlertState::Resolved << QStringLiteral("resolved") << false;
        QTest::newRow("back to new") << AlertState::New << QStringLiteral("new") << true;
    }

    void setStateChangesTheStateAndItsTime()
    {
        QFETCH(AlertState, state);
        QFETCH(QString, code);
        QFETCH(bool, open);
        StoreFixture f;
        QVERIFY(f.open());
        auto id = f.vault().alerts().raise(alert(QStringLiteral("k")));
        auto other = f.vault().alerts().raise(alert(QStringLiteral("other")));
        f.clock().advance(45);
        QVERIFY(f.vault().alerts().setState(*id, state).ok());
        const Alert r = byId(f.vault(), *id);
        QCOMPARE(toString(r.state), code);
        QCOMPARE(r.updatedAt, storeTestStart().addSecs(45));
        QCOMPARE(f.vault().alerts().list(true)->size(), open ? 2 : 1);
        QCOMPARE(toString(byId(f.vault(), *other).state), QStringLiteral("new"));
    }

    void listIsNewestFirstAndCanLeaveResolvedOut_data()
    {
        QTest::addColumn<bool>("openOnly");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("every alert, newest first") << false
                                                   << QStringList{QStringLiteral("d"), QStringLiteral("c"),
                                                                  QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("open only: acknowledged kept, resolved left out")
            << true << QStringList{QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a")};
    }

    void listIsNewestFirstAndCanLeaveResolvedOut()
    {
        QFETCH(bool, openOnly);
        QFETCH(QStringList, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QList<qint64> ids;
        for (const char* k : {"a", "b", "c", "d"})
            ids << *f.vault().alerts().raise(alert(QString::fromLatin1(k)));
        QVERIFY(f.vault().alerts().setState(ids[1], AlertState::Acknowledged).ok());
        QVERIFY(f.vault().alerts().resolveByKey(QStringLiteral("c")).ok());
        QStringList keys;
        for (const Alert& a : *f.vault().alerts().list(openOnly))
            keys << a.dedupKey;
        QCOMPARE(keys, expected);
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "TestAlertStore.moc"
