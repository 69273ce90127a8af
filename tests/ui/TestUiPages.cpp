// What a newcomer reads on the pages, on seeded data: Statements opens on a
// month with data and its All-cards header does not pass one issuer's dates
// off as everyone's; Overview's "Next sync" and what it says once every
// connection was stopped; scopes in words; times in local time; the Security
// badge counts what needs the user's attention.

#include "ConnectionsPage.h"
#include "Language.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "RecordModels.h"
#include "SecurityPage.h"
#include "StatementsPage.h"
#include "UiFixture.h"
#include "model/Scope.h"
#include "model/Yen.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <ctime>
#include <memory>

using namespace meisai;
using namespace meisai::ui;

class TestUiPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_fixture.reset(); }
    void statementsOpenOnTheLatestMonthWithData();
    void defaultMonth_data();
    void defaultMonth();
    void allCardsHeaderHasNoOneIssuersDates();
    void nextSyncIsShown_data();
    void nextSyncIsShown();
    void nextSyncOnTheOverview();
    void overviewAfterEveryConnectionWasStopped();
    void scopesAreShownInWords();
    void alertTimesAreLocal();
    void securityBadgeCountsWhatNeedsAttention();

private:
    QList<CardStatement> statementsOf(const QString& month)
    {
        QList<CardStatement> out;
        for (const CardStatement& s : m_fixture->app().vault().statements().list().value()) {
            if (s.billingMonth == month)
                out << s;
        }
        return out;
    }
    QString badge()
    {
        auto* nav = m_fixture->window().findChild<QListWidget*>();
        return nav ? nav->item(MainWindow::Security)->text() : QString();
    }

    std::unique_ptr<test::UiFixture> m_fixture;
};

void TestUiPages::initTestCase()
{
    // The user's clock is Japan's: times must show as 9:30, not as the UTC 0:30 they are stored in.
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    Language::apply(QStringLiteral("en"));
}

void TestUiPages::init()
{
    m_fixture = std::make_unique<test::UiFixture>();
    QString error;
    QVERIFY2(m_fixture->setUp(&error, false, {}, true), qPrintable(error));
}

void TestUiPages::statementsOpenOnTheLatestMonthWithData()
{
    // The issuer already lists next billing months, empty (as the sandbox does).
    for (const QString& month : {QStringLiteral("2027-01"), QStringLiteral("2027-02")}) {
        CardStatement empty;
        empty.connectionId = 1;
        empty.cardId = QStringLiteral("card-1");
        empty.billingMonth = month;
        empty.billingStatus = BillingStatus::Unconfirmed;
        empty.closingDate = QDate::fromString(month + QStringLiteral("-10"), u"yyyy-MM-dd");
        empty.dueDate = empty.closingDate.addDays(17);
        QVERIFY(m_fixture->app().vault().statements().upsert(empty));
    }
    StatementsPage page(m_fixture->app());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.currentMonth(), QStringLiteral("2026-11"));
    QVERIFY(page.model()->rowCount() > 0);
    QVERIFY(page.headerLabel()->text().contains(QStringLiteral("Statement 2026-11")));
    // A reload (after a sync) keeps the month the user is on.
    page.selectMonth(QStringLiteral("2026-08"));
    m_fixture->app().notifyDataChanged();
    QCOMPARE(page.currentMonth(), QStringLiteral("2026-08"));
}

void TestUiPages::defaultMonth_data()
{
    QTest::addColumn<QStringList>("transactionMonths");
    QTest::addColumn<QStringList>("statementMonths"); // "yyyy-MM:count:billed"
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing at all: this month") << QStringList() << QStringList() << QStringLiteral("2026-11");
    QTest::newRow("only empty future statements: this month")
        << QStringList() << QStringList{QStringLiteral("2027-02:0:0")} << QStringLiteral("2026-11");
    QTest::newRow("transactions, and an empty later statement")
        << QStringList{QStringLiteral("2026-09"), QStringLiteral("2026-10")}
        << QStringList{QStringLiteral("2026-10:3:1200"), QStringLiteral("2026-12:0:0")} << QStringLiteral("2026-10");
    QTest::newRow("a later statement with an amount but no items fetched")
        << QStringList{QStringLiteral("2026-09")} << QStringList{QStringLiteral("2026-10:0:5000")}
        << QStringLiteral("2026-10");
    QTest::newRow("data in an older month only")
        << QStringList{QStringLiteral("2025-03")} << QStringList() << QStringLiteral("2025-03");
}

void TestUiPages::defaultMonth()
{
    QFETCH(QStringList, transactionMonths);
    QFETCH(QStringList, statementMonths);
    QFETCH(QString, expected);
    TransactionTable table;
    table.setCards({Card{1, QStringLiteral("c1"), QStringLiteral("5302-32**-****-1234"), QStringLiteral("Gold"),
                         HolderType::Principal, false, {}}});
    int n = 0;
    for (const QString& m : transactionMonths) {
        CardTransaction t;
        t.connectionId = 1;
        t.cardId = QStringLiteral("c1");
        t.transactionId = QString::number(++n);
        t.useDate = QDate::fromString(m + QStringLiteral("-01"), u"yyyy-MM-dd").addMonths(-1);
        t.paymentMonth = m;
        t.merchantName = QStringLiteral("Shop");
        t.amount = 100;
        t.paymentAmount = 100;
        table.append(t);
    }
    table.finish();
    QList<CardStatement> statements;
    for (const QString& spec : statementMonths) {
        CardStatement s;
        s.connectionId = 1;
        s.cardId = QStringLiteral("c1");
        s.billingMonth = spec.section(u':', 0, 0);
        s.transactionCount = spec.section(u':', 1, 1).toInt();
        s.totalBilledAmount = spec.section(u':', 2, 2).toLongLong();
        statements << s;
    }
    QCOMPARE(StatementsPage::defaultMonth(table, statements, QDate(2026, 11, 20)), expected);
}

void TestUiPages::allCardsHeaderHasNoOneIssuersDates()
{
    StatementsPage page(m_fixture->app());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString month = QStringLiteral("2026-10");
    page.selectMonth(month);
    const QList<CardStatement> statements = statementsOf(month);
    QCOMPARE(statements.size(), 3); // one per card, each with its own due date
    qint64 total = 0;
    for (const CardStatement& s : statements)
        total += s.totalBilledAmount;
    const auto longDate = [](const QDate& d) { return QLocale().toString(d, QLocale::LongFormat); };

    // All cards: the total of all, and no issuer's due date beside it.
    const QString all = page.headerLabel()->text();
    QVERIFY2(all.contains(formatYen(total)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("all cards")), qPrintable(all));
    for (const CardStatement& s : statements)
        QVERIFY2(!all.contains(longDate(s.dueDate)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("differ by card")), qPrintable(all));

    // One card: its own dates and amount.
    const auto& cards = page.model()->table().cards();
    for (int i = 0; i < cards.size(); ++i) {
        page.selectCard(i);
        const QString one = page.headerLabel()->text();
        const auto it = std::find_if(statements.cbegin(), statements.cend(), [&](const CardStatement& s) {
            return s.connectionId == cards[i].connectionId && s.cardId == cards[i].cardId;
        });
        QVERIFY(it != statements.cend());
        QVERIFY2(one.contains(longDate(it->dueDate)), qPrintable(one));
        QVERIFY2(one.contains(longDate(it->closingDate)), qPrintable(one));
        QVERIFY2(one.contains(formatYen(it->totalBilledAmount)), qPrintable(one));
        QVERIFY2(!one.contains(QStringLiteral("differ by card")), qPrintable(one));
    }
}

void TestUiPages::nextSyncIsShown_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDateTime>("retryAt");
    QTest::addColumn<QDateTime>("lastSync");
    QTest::addColumn<QDateTime>("scheduled");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime now(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
    const int active = int(ConnectionStatus::Active);
    QTest::newRow("interval, no timer yet: last sync + interval")
        << active << QDateTime() << now.addSecs(-3600) << QDateTime() << now.addSecs(-3600 + 360 * 60);
    QTest::newRow("the interval's timer") << active << QDateTime() << now.addSecs(-60) << now.addSecs(600)
                                          << now.addSecs(600);
    QTest::newRow("the issuer asked to come back later") << active << now.addSecs(7200) << now << now.addSecs(600)
                                                         << now.addSecs(7200);
    QTest::newRow("a retry time already past: the timer") << active << now.addSecs(-10) << now << now.addSecs(600)
                                                          << now.addSecs(600);
    QTest::newRow("overdue: now") << active << QDateTime() << now.addDays(-2) << QDateTime() << now;
    QTest::newRow("stopped: none") << int(ConnectionStatus::Revoked) << QDateTime() << now << now.addSecs(600)
                                   << QDateTime();
    QTest::newRow("needs reconnecting: none") << int(ConnectionStatus::NeedsReconnect) << QDateTime() << now
                                              << now.addSecs(600) << QDateTime();
}

void TestUiPages::nextSyncIsShown()
{
    QFETCH(int, status);
    QFETCH(QDateTime, retryAt);
    QFETCH(QDateTime, lastSync);
    QFETCH(QDateTime, scheduled);
    QFETCH(QDateTime, expected);
    Connection c;
    c.status = ConnectionStatus(status);
    c.nextSyncAt = retryAt;
    c.lastSyncAt = lastSync;
    const QDateTime now(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
    QCOMPARE(OverviewPage::nextSyncAt(c, now, scheduled, 360), expected);
}

void TestUiPages::nextSyncOnTheOverview()
{
    // After a clean sync the engine clears the retry time: Next sync follows the interval.
    auto& vault = m_fixture->app().vault();
    for (Connection c : vault.connections().list().value()) {
        c.nextSyncAt = QDateTime();
        QVERIFY(vault.connections().update(c));
    }
    OverviewPage* overview = m_fixture->window().overviewPage();
    overview->reload();
    QTableWidget* t = overview->table();
    int nextColumn = -1;
    for (int col = 0; col < t->columnCount(); ++col) {
        if (t->horizontalHeaderItem(col)->text() == QStringLiteral("Next sync"))
            nextColumn = col;
    }
    QVERIFY(nextColumn >= 0);
    int active = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QString next = t->item(row, nextColumn)->text();
        const QString status = t->item(row, 1)->text();
        if (status == label(ConnectionStatus::Active)) {
            ++active;
            QVERIFY2(next != QStringLiteral("—") && !next.isEmpty(), qPrintable(next));
        } else {
            QCOMPARE(next, QStringLiteral("—"));
        }
    }
    QCOMPARE(active, 2);
}

void TestUiPages::overviewAfterEveryConnectionWasStopped()
{
    OverviewPage* overview = m_fixture->window().overviewPage();
    overview->reload();
    QVERIFY(!overview->emptyLabel()->isVisibleTo(overview));
    auto& vault = m_fixture->app().vault();
    for (const Connection& c : vault.connections().list().value())
        QVERIFY(vault.connections().setStatus(c.id, ConnectionStatus::Revoked));
    m_fixture->app().notifyDataChanged();
    const QString text = overview->emptyLabel()->text();
    QVERIFY(overview->emptyLabel()->isVisibleTo(overview));
    QVERIFY2(!text.contains(QStringLiteral("No issuer is linked yet")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Your 3 connection")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("were stopped")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("kept under Statements")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reconnect")), qPrintable(text));
    // And the data is indeed there.
    StatementsPage* statements = m_fixture->window().statementsPage();
    QVERIFY(statements->model()->rowCount() > 0);

    Language::apply(QStringLiteral("ja"));
    const QString ja = overview->emptyLabel()->text();
    Language::apply(QStringLiteral("en"));
    QVERIFY2(!ja.contains(QStringLiteral("No issuer is linked yet")), qPrintable(ja));
}

void TestUiPages::scopesAreShownInWords()
{
    ConnectionsPage* page = m_fixture->window().connectionsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Kaede Card granted three of the four scopes.
    bool found = false, notShared = false;
    for (int row = 0; row < page->view()->model()->rowCount(); ++row) {
        const QModelIndex idx = page->view()->model()->index(row, ConnectionModel::Scopes);
        const QString scopes = idx.data().toString();
        QVERIFY2(!scopes.contains(QStringLiteral(":read")), qPrintable(scopes));
        QVERIFY2(scopes.contains(scopeLabel(QStringLiteral("cards:read"))), qPrintable(scopes));
        page->view()->setCurrentIndex(idx);
        const QString detail = page->detailLabel()->text();
        QVERIFY2(!detail.contains(QStringLiteral(":read")), qPrintable(detail));
        if (detail.contains(QStringLiteral("Requested, not granted"))) {
            found = true;
            QVERIFY2(detail.contains(QStringLiteral("Credit limit and available credit")), qPrintable(detail));
        }
        // Hoshizora: the optional scope left out when linking is named as not shared.
        if (detail.contains(QStringLiteral("Not shared"))) {
            notShared = true;
            QVERIFY2(detail.contains(QStringLiteral("Credit limit and available credit (left out when linking")),
                     qPrintable(detail));
        }
    }
    QVERIFY(found);
    QVERIFY(notShared);
    // Every scope Meisai asks for has words of its own, in both languages; unknown ones keep their code.
    for (const QString& s : {QStringLiteral("cards:read"), QStringLiteral("transactions:read"),
                             QStringLiteral("statements:read"), QStringLiteral("limits:read")})
        QVERIFY2(scopeLabel(s) != s, qPrintable(s));
    QCOMPARE(scopeLabel(QStringLiteral("points:read")), QStringLiteral("points:read"));
}

void TestUiPages::alertTimesAreLocal()
{
    // The seeded alerts were raised at 00:30 UTC, 09:30 in Japan.
    SecurityPage* page = m_fixture->window().securityPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page->view()->model()->rowCount() > 0);
    const QModelIndex first = page->view()->model()->index(0, 0);
    page->view()->setCurrentIndex(first);
    const QString detail = page->detailLabel()->text();
    QVERIFY2(detail.contains(QStringLiteral("9:30")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("0:30")) && !detail.contains(QStringLiteral("UTC")), qPrintable(detail));
    const QString raised = page->view()->model()->index(0, AlertModel::Raised).data().toString();
    QVERIFY2(raised.contains(QStringLiteral("9:30")) && !raised.contains(QStringLiteral("UTC")), qPrintable(raised));
}

void TestUiPages::securityBadgeCountsWhatNeedsAttention()
{
    // Seeded: Momo Pay revoked Meisai's access, Hoshizora's consent expires soon.
    QCOMPARE(badge(), QStringLiteral("Security (2)"));
    auto& vault = m_fixture->app().vault();
    // How syncing goes is listed, but is not a security matter to count.
    for (AlertKind kind : {AlertKind::Maintenance, AlertKind::SyncFailing, AlertKind::ApiDeprecated}) {
        Alert a;
        a.kind = kind;
        a.dedupKey = toString(kind) + QStringLiteral(":1");
        a.severity = AlertSeverity::Warning;
        a.connectionId = 1;
        a.issuerId = QStringLiteral("hoshizora-card");
        a.title = QStringLiteral("t");
        QVERIFY(vault.alerts().raise(a));
    }
    m_fixture->app().notifyDataChanged();
    QCOMPARE(vault.alerts().list(true).value().size(), 5);
    QCOMPARE(badge(), QStringLiteral("Security (2)"));
    // A card number the issuer should never have sent counts.
    Alert pan;
    pan.kind = AlertKind::PanReceived;
    pan.dedupKey = QStringLiteral("pan_received:2");
    pan.severity = AlertSeverity::Critical;
    pan.connectionId = 2;
    pan.title = QStringLiteral("t");
    QVERIFY(vault.alerts().raise(pan));
    m_fixture->app().notifyDataChanged();
    QCOMPARE(badge(), QStringLiteral("Security (3)"));
    // Acknowledged: no longer counted.
    for (const Alert& a : vault.alerts().list(true).value()) {
        if (a.kind == AlertKind::PanReceived)
            QVERIFY(vault.alerts().setState(a.id, AlertState::Acknowledged));
    }
    m_fixture->app().notifyDataChanged();
    QCOMPARE(badge(), QStringLiteral("Security (2)"));
    // The user stopped Momo Pay: its revocation alert is the user's own doing.
    QVERIFY(vault.connections().setStatus(3, ConnectionStatus::Revoked));
    QVERIFY(vault.connections().setStatus(1, ConnectionStatus::Revoked));
    m_fixture->app().notifyDataChanged();
    QCOMPARE(badge(), QStringLiteral("Security"));
}

QTEST_MAIN(TestUiPages)
#include "TestUiPages.moc"
