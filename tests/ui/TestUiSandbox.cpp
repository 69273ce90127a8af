// The app end to end against the sandbox issuer: link through the wizard
// (the URL handler acts as the browser), sync, read the statement with its
// provenance; Disconnect and "Stop all" revoke at the issuer; a revocation
// by the issuer shows under Security with the issuer's contact.

#include "ActivityPage.h"
#include "ConnectionsPage.h"
#include "Language.h"
#include "LinkWizard.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "RecordModels.h"
#include "SecurityPage.h"
#include "StatementsPage.h"
#include "SyncController.h"
#include "UiFixture.h"
#include "model/Scope.h"
#include "model/Yen.h"
#include "oauth/TokenManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace meisai;
using namespace meisai::ui;

class TestUiSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linkSyncAndReadStatements();
    void disconnectRevokesAtTheIssuer();
    void stopAllRevokesEverything();
    void issuerRevocationShowsUnderSecurity();
    void reconnectKeepsTheSameConnection();
    void activityLogIsIntact();
    void cleanupTestCase() { m_fixture.reset(); }

private:
    int activeGrants(const QString& issuer);
    qint64 link(const QString& issuerId);

    std::unique_ptr<test::UiFixture> m_fixture;
};

void TestUiSandbox::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    m_fixture = std::make_unique<test::UiFixture>();
    QString error;
    QVERIFY2(m_fixture->setUp(&error, true, {QStringLiteral("--transactions-per-card"), QStringLiteral("80")}),
             qPrintable(error));
    m_fixture->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_fixture->window()));
}

int TestUiSandbox::activeGrants(const QString& issuer)
{
    int n = 0;
    const QJsonArray grants = m_fixture->sandbox().grants(issuer);
    for (const auto& g : grants)
        n += g.toObject().value(QStringLiteral("active")).toBool() ? 1 : 0;
    return n;
}

qint64 TestUiSandbox::link(const QString& issuerId)
{
    QString error;
    const qint64 id = m_fixture->linkThroughWizard(issuerId, &error);
    if (!id)
        qWarning().noquote() << error;
    return id;
}

void TestUiSandbox::linkSyncAndReadStatements()
{
    auto& w = m_fixture->window();
    auto* page = w.connectionsPage();
    page->startLink();
    LinkWizard* wizard = page->wizard();
    QVERIFY(wizard);
    QVERIFY(wizard->selectIssuer(QStringLiteral("hoshizora-card")));
    wizard->nextButton()->click();
    QCOMPARE(wizard->step(), LinkWizard::Consent);
    // The connector's own consent screen: §3.4(2)i items and the roles.
    const QString consent = wizard->consentText()->text();
    for (const QString& needle : {QStringLiteral("Meisai Technologies K.K."), QStringLiteral("Hoshizora Card"),
                                  QStringLiteral("90 days"), QStringLiteral("Disconnect")})
        QVERIFY2(consent.contains(needle), qPrintable(needle));
    QVERIFY(!wizard->continueButton()->isEnabled());
    QVERIFY(wizard->continueButton()->text().contains(QStringLiteral("Continue to Hoshizora Card")));
    wizard->agreeBox()->setChecked(true);
    QSignalSpy synced(&m_fixture->app().sync(), &SyncController::finished);
    wizard->continueButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return wizard->step() == LinkWizard::Result; }, 30000));
    QVERIFY2(wizard->succeeded(), qPrintable(wizard->resultText()->text() + m_fixture->browser().lastError));
    QCOMPARE(m_fixture->browser().opened.size(), 1);
    const QString result = wizard->resultText()->text();
    for (const QString& scope : {QStringLiteral("cards:read"), QStringLiteral("transactions:read"),
                                 QStringLiteral("statements:read")}) {
        // In words, not as codes.
        QVERIFY2(result.contains(scopeLabel(scope)), qPrintable(result));
        QVERIFY2(!result.contains(scope), qPrintable(result));
    }
    QVERIFY(result.contains(QStringLiteral("Granted")));
    const qint64 id = wizard->connectionId();
    wizard->accept();
    QCOMPARE(activeGrants(QStringLiteral("hoshizora-card")), 1);

    // Linking starts a sync by itself.
    QVERIFY(synced.wait(120000) || !synced.isEmpty());
    QVERIFY(m_fixture->waitForSync());
    auto count = m_fixture->app().vault().transactions().count(id);
    QVERIFY(count && count.value() > 0);

    // Statements: a confirmed month of the first card, totals as the issuer billed.
    auto* st = w.statementsPage();
    w.showPage(MainWindow::Statements);
    QVERIFY(QTest::qWaitFor([st] { return !st->isLoading(); }, 20000));
    auto statements = m_fixture->app().vault().statements().list(id);
    QVERIFY(statements && !statements->isEmpty());
    int matched = 0;
    const auto& cards = st->model()->table().cards();
    for (const CardStatement& s : statements.value()) {
        if (s.billingStatus != BillingStatus::Confirmed || s.transactionCount == 0)
            continue;
        int card = -1;
        for (int i = 0; i < cards.size(); ++i) {
            if (cards[i].connectionId == s.connectionId && cards[i].cardId == s.cardId)
                card = i;
        }
        QVERIFY(card >= 0);
        auto* cardCombo = st->findChildren<QComboBox*>().at(1);
        cardCombo->setCurrentIndex(cardCombo->findData(card));
        st->selectMonth(s.billingMonth);
        QCOMPARE(st->model()->filter().month, s.billingMonth);
        QCOMPARE(st->model()->filter().card, card);
        QCOMPARE(st->model()->visibleBilledTotal(), s.totalBilledAmount);
        QVERIFY(st->model()->rowCount() > 0);
        QVERIFY2(st->headerLabel()->text().contains(formatYen(s.totalBilledAmount)),
                 qPrintable(st->headerLabel()->text()));
        ++matched;
        if (matched >= 2)
            break;
    }
    QVERIFY2(matched > 0, "no confirmed statement with transactions");
    // Provenance (G15): who provided the data, who shows it, both contacts.
    const QString prov = st->provenanceLabel()->text();
    const auto issuer = m_fixture->app().issuer(QStringLiteral("hoshizora-card"));
    QVERIFY(issuer);
    for (const QString& needle : {issuer->disclosures.legalName.text(QStringLiteral("en")), QStringLiteral("card API"),
                                  QStringLiteral("fetched"), QStringLiteral("Meisai Technologies K.K."),
                                  issuer->disclosures.inquiry.phone, QStringLiteral("0120-000-900")})
        QVERIFY2(!needle.isEmpty() && prov.contains(needle), qPrintable(needle + QStringLiteral(" not in ") + prov));
    QVERIFY(st->provenanceLabel()->isVisible());
    // A search narrows the rows.
    const int before = st->model()->rowCount();
    const QString merchant = st->model()->index(0, TransactionModel::Merchant).data().toString();
    st->setSearchText(merchant);
    QVERIFY(st->model()->rowCount() >= 1 && st->model()->rowCount() <= before);
    st->setSearchText({});
}

void TestUiSandbox::disconnectRevokesAtTheIssuer()
{
    auto& w = m_fixture->window();
    auto* page = w.connectionsPage();
    auto list = m_fixture->app().vault().connections().list();
    QVERIFY(list && list->size() == 1);
    const qint64 id = list->first().id;
    QCOMPARE(activeGrants(QStringLiteral("hoshizora-card")), 1);
    w.showPage(MainWindow::Connections);
    page->selectConnection(id);
    QSignalSpy done(page, &ConnectionsPage::disconnectFinished);
    m_fixture->answer({0, 0}); // yes, disconnect; keep the data
    page->disconnectCurrent();
    QVERIFY(done.wait(20000));
    QCOMPARE(activeGrants(QStringLiteral("hoshizora-card")), 0);
    auto conn = m_fixture->app().vault().connections().get(id);
    QVERIFY(conn && conn.value());
    QVERIFY(conn.value()->status == ConnectionStatus::Revoked);
    QVERIFY2(test::UiFixture::lastNotice().contains(QStringLiteral("confirmed")), qPrintable(test::UiFixture::lastNotice()));
    auto kept = m_fixture->app().vault().transactions().count(id);
    QVERIFY(kept && kept.value() > 0);
}

void TestUiSandbox::stopAllRevokesEverything()
{
    QVERIFY(link(QStringLiteral("kaede-card")));
    QVERIFY(link(QStringLiteral("momo-pay")));
    QVERIFY(m_fixture->waitForSync());
    QCOMPARE(activeGrants(QStringLiteral("kaede-card")), 1);
    QCOMPARE(activeGrants(QStringLiteral("momo-pay")), 1);
    m_fixture->answer({0});
    auto& w = m_fixture->window();
    QVERIFY(w.stopAllButton()->isVisible());
    w.stopAllConnections();
    QVERIFY(QTest::qWaitFor([&] { return w.stopAllButton()->isEnabled(); }, 20000));
    QCOMPARE(activeGrants(QStringLiteral("kaede-card")), 0);
    QCOMPARE(activeGrants(QStringLiteral("momo-pay")), 0);
    auto list = m_fixture->app().vault().connections().list();
    QVERIFY(list);
    for (const Connection& c : list.value())
        QVERIFY(c.status == ConnectionStatus::Revoked);
    // Overview: the connections were stopped, their data kept; not "never linked".
    const QString overview = w.overviewPage()->emptyLabel()->text();
    QVERIFY2(w.overviewPage()->emptyLabel()->isVisibleTo(w.overviewPage()), qPrintable(overview));
    QVERIFY2(!overview.contains(QStringLiteral("No issuer is linked yet")), qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("were stopped")), qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("kept under Statements")), qPrintable(overview));
    QVERIFY2(overview.contains(QStringLiteral("Link an issuer")), qPrintable(overview));
    QVERIFY(m_fixture->app().vault().transactions().count().value() > 0);
}

void TestUiSandbox::issuerRevocationShowsUnderSecurity()
{
    const qint64 id = link(QStringLiteral("kaede-card"));
    QVERIFY(id);
    QVERIFY(m_fixture->waitForSync());
    QVERIFY(m_fixture->sandbox().revokeUser(QStringLiteral("kaede-card"), QStringLiteral("taro")) >= 1);
    // The next sync meets invalid_grant: the connection needs the user, and an alert names the issuer's contact.
    auto tokens = m_fixture->app().vault().tokens().get(id);
    QVERIFY(tokens && tokens.value());
    m_fixture->app().tokens().invalidateAccessToken(id);
    m_fixture->app().sync().syncNow(id);
    QVERIFY(m_fixture->waitForSync());
    QVERIFY(QTest::qWaitFor([&] {
        auto c = m_fixture->app().vault().connections().get(id);
        return c && c.value() && c.value()->status == ConnectionStatus::NeedsReconnect;
    }, 20000));
    auto& w = m_fixture->window();
    w.showPage(MainWindow::Security);
    auto* sec = w.securityPage();
    QVERIFY(QTest::qWaitFor([&] { return sec->model()->rowCount() > 0; }, 5000));
    qint64 alertId = 0;
    for (int r = 0; r < sec->model()->rowCount(); ++r) {
        const Alert& a = sec->model()->alert(r);
        const bool revoked = a.kind == AlertKind::IssuerRevoked;
        if (revoked && a.connectionId == id && a.issuerId == QLatin1String("kaede-card"))
            alertId = a.id;
    }
    QVERIFY2(alertId, "no issuer_revoked alert for the connection");
    QVERIFY(sec->selectAlert(alertId));
    const auto issuer = m_fixture->app().issuer(QStringLiteral("kaede-card"));
    QVERIFY(issuer);
    const QString detail = sec->detailLabel()->text();
    const QString phone = issuer->disclosures.incident.phone.isEmpty() ? issuer->disclosures.inquiry.phone
                                                                       : issuer->disclosures.incident.phone;
    QVERIFY2(detail.contains(phone) || detail.contains(issuer->disclosures.inquiry.phone), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("What to do")));
    // Acknowledging it keeps it listed, no longer new.
    sec->acknowledgeCurrent();
    bool acknowledged = false;
    for (int r = 0; r < sec->model()->rowCount(); ++r) {
        if (sec->model()->alert(r).id == alertId)
            acknowledged = sec->model()->alert(r).state == AlertState::Acknowledged;
    }
    QVERIFY(acknowledged);
}

void TestUiSandbox::reconnectKeepsTheSameConnection()
{
    auto& w = m_fixture->window();
    auto* page = w.connectionsPage();
    auto before = m_fixture->app().vault().connections().list();
    QVERIFY(before);
    qint64 id = 0;
    for (const Connection& c : before.value()) {
        if (c.status == ConnectionStatus::NeedsReconnect)
            id = c.id;
    }
    QVERIFY2(id, "no connection needs reconnecting");
    const auto history = m_fixture->app().vault().transactions().count(id);
    QVERIFY(history && history.value() > 0);
    w.showPage(MainWindow::Connections);
    page->selectConnection(id);
    page->reconnectCurrent();
    LinkWizard* wizard = page->wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->step(), LinkWizard::Consent); // the issuer is known: straight to the consent screen
    wizard->agreeBox()->setChecked(true);
    wizard->continueButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return wizard->step() == LinkWizard::Result; }, 30000));
    QVERIFY2(wizard->succeeded(), qPrintable(wizard->resultText()->text()));
    QCOMPARE(wizard->connectionId(), id);
    wizard->accept();
    QVERIFY(m_fixture->waitForSync());
    auto after = m_fixture->app().vault().connections().list();
    QVERIFY(after);
    QCOMPARE(after->size(), before->size()); // never a duplicate connection
    auto c = m_fixture->app().vault().connections().get(id);
    QVERIFY(c && c.value() && c.value()->status == ConnectionStatus::Active);
    auto kept = m_fixture->app().vault().transactions().count(id);
    QVERIFY(kept && kept.value() >= history.value());
}

void TestUiSandbox::activityLogIsIntact()
{
    auto& w = m_fixture->window();
    w.showPage(MainWindow::Activity);
    auto* page = w.activityPage();
    QVERIFY(page->model()->rowCount() > 10);
    page->verifyIntegrity();
    QVERIFY2(page->verifyResult()->text().contains(QStringLiteral("intact")), qPrintable(page->verifyResult()->text()));
}

QTEST_MAIN(TestUiSandbox)
#include "TestUiSandbox.moc"
