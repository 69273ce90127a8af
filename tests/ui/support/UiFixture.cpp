#include "UiFixture.h"

#include "Ask.h"
#include "Language.h"
#include "LinkWizard.h"
#include "ConnectionsPage.h"
#include "SyncController.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/AuthorizationSession.h"
#include "security/AlertRules.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace meisai::test {

BrowserStandIn::BrowserStandIn(SandboxProcess& sandbox, QObject* parent) : QObject(parent), m_sandbox(sandbox)
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

BrowserStandIn::~BrowserStandIn()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void BrowserStandIn::openUrl(const QUrl& url)
{
    opened << url;
    // A real browser works on its own time: never inside the app's call.
    QTimer::singleShot(0, this, [this, url] {
        SandboxBrowser b(m_sandbox.sslConfiguration());
        const auto decision = b.authorize(url, user, password, approve);
        if (!decision.ok) {
            lastError = QStringLiteral("consent: ") + decision.error;
            return;
        }
        const auto page = b.deliver(decision.location);
        if (!page.error.isEmpty())
            lastError = QStringLiteral("redirect: ") + page.error;
    });
}

UiFixture::UiFixture() = default;

UiFixture::~UiFixture()
{
    ui::Ask::setHandler({});
    m_window.reset();
    m_app.reset();
    m_browser.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

bool UiFixture::setUp(QString* error, bool withSandbox, const QStringList& sandboxArguments, bool seed)
{
    ui::Ask::setHandler([this](const QString&, const QString&, const QStringList& buttons) {
        if (buttons.isEmpty())
            return -1;
        return m_answers.isEmpty() ? 0 : m_answers.takeFirst();
    });
    UnlockOptions options;
    if (seed)
        options.clock = &m_clock;
    auto vault = Vault::open(m_profile.dir(), std::move(options));
    if (!vault) {
        *error = QStringLiteral("vault: ") + vault.error().message;
        return false;
    }
    if (seed)
        seedDemoData(*vault.value());
    if (withSandbox) {
        m_sandbox = std::make_unique<SandboxProcess>(sandboxArguments);
        if (!m_sandbox->isReady()) {
            *error = QStringLiteral("sandbox: ") + m_sandbox->errorString();
            return false;
        }
        IssuerDirectory directory(vault.value().get());
        auto added = directory.addFromSandbox(QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact));
        if (!added) {
            *error = QStringLiteral("directory: ") + added.error().message;
            return false;
        }
        m_browser = std::make_unique<BrowserStandIn>(*m_sandbox);
    }
    m_app = std::make_unique<ui::AppContext>(std::move(vault.value()));
    m_window = std::make_unique<ui::MainWindow>(*m_app);
    m_window->resize(1280, 800);
    return true;
}

void UiFixture::answer(QList<int> answers)
{
    m_answers = std::move(answers);
}

QString UiFixture::lastNotice()
{
    return ui::Ask::lastText();
}

bool UiFixture::waitForSync(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_app->sync().isRunning(); }, timeoutMs);
}

qint64 UiFixture::linkThroughWizard(const QString& issuerId, QString* error)
{
    auto* page = m_window->connectionsPage();
    m_window->showPage(ui::MainWindow::Connections);
    page->startLink();
    ui::LinkWizard* wizard = page->wizard();
    if (!wizard || !wizard->selectIssuer(issuerId)) {
        *error = QStringLiteral("the wizard does not offer ") + issuerId;
        return 0;
    }
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    if (wizard->step() != ui::LinkWizard::Consent) {
        *error = QStringLiteral("no consent step");
        return 0;
    }
    if (wizard->continueButton()->isEnabled()) {
        *error = QStringLiteral("Continue is enabled before the user agreed");
        return 0;
    }
    wizard->agreeBox()->setChecked(true);
    QTest::mouseClick(wizard->continueButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !wizard || wizard->step() == ui::LinkWizard::Result; }, 30000) || !wizard) {
        *error = QStringLiteral("the wizard did not finish; browser: ") + m_browser->lastError;
        return 0;
    }
    if (!wizard->succeeded()) {
        *error = QStringLiteral("link failed: ") + wizard->resultText()->text();
        return 0;
    }
    const qint64 id = wizard->connectionId();
    wizard->accept();
    return id;
}

void UiFixture::seedDemoData(Vault& vault)
{
    struct Issuer
    {
        QString id;
        QString cardName;
        QString pan;
        QStringList merchants;
    };
    const QList<Issuer> issuers = {
        {QStringLiteral("hoshizora-card"), QStringLiteral("ほしぞらカード ゴールド"), QStringLiteral("5302-32**-****-1234"),
         {QStringLiteral("スーパーあおば 中野店"), QStringLiteral("東京メトロ 定期券"), QStringLiteral("カフェ・ド・ソラ"),
          QStringLiteral("ABCドラッグ"), QStringLiteral("まるやま書店"), QStringLiteral("AMAZON.CO.JP"),
          QStringLiteral("東京ガス"), QStringLiteral("NETFLIX.COM")}},
        {QStringLiteral("kaede-card"), QStringLiteral("かえでカード"), QStringLiteral("4980-11**-****-5678"),
         {QStringLiteral("かえでマート"), QStringLiteral("ENEOS 新宿SS"), QStringLiteral("ユニクロ 新宿店"),
          QStringLiteral("楽々トラベル"), QStringLiteral("そば処 きくや")}},
        {QStringLiteral("momo-pay"), QStringLiteral("ももペイ"), QStringLiteral("3560-00**-****-9012"),
         {QStringLiteral("コンビニ ももマート"), QStringLiteral("自販機 ドリンク"), QStringLiteral("ももカフェ")}},
    };
    const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(9, 30));
    const IssuerDirectory directory(&vault);
    QList<Connection> connections;
    int serial = 0;
    for (int k = 0; k < issuers.size(); ++k) {
        const Issuer& is = issuers[k];
        Connection c;
        c.issuerId = is.id;
        c.label = is.cardName;
        c.status = k == 2 ? ConnectionStatus::NeedsReconnect : ConnectionStatus::Active;
        c.requestedScopes = {QStringLiteral("cards:read"), QStringLiteral("transactions:read"),
                             QStringLiteral("statements:read"), QStringLiteral("limits:read")};
        // Kaede granted three of the four asked for; at Hoshizora the user left the optional one out.
        if (k == 0)
            c.requestedScopes = c.requestedScopes.mid(0, 3);
        c.grantedScopes = k == 1 ? c.requestedScopes.mid(0, 3) : c.requestedScopes;
        c.consentGrantedAt = now.addDays(-40 - k * 10);
        c.consentExpiresAt = c.consentGrantedAt.addDays(90);
        c.lastSyncAt = now.addSecs(-3600 * (k + 1));
        c.nextSyncAt = now.addSecs(3600 * 5);
        if (k == 2) {
            // As the token manager keeps it: rendered in the language of the moment.
            c.lastErrorText = describeOAuthError(QStringLiteral("invalid_grant"), {}, directory.find(is.id)->nameText());
            c.lastError = c.lastErrorText.toString();
        }
        const qint64 id = vault.connections().add(c).value();
        c.id = id;
        connections << c;
        Card card{id, QStringLiteral("card-%1").arg(k + 1), is.pan, is.cardName, HolderType::Principal, false, now};
        (void)vault.cards().upsert({card});
        QList<CardTransaction> txs;
        for (int m = 0; m < 6; ++m) {
            const QDate monthStart = QDate(2026, 5 + m, 1);
            const QString paymentMonth = monthStart.addMonths(1).toString(u"yyyy-MM");
            qint64 billed = 0;
            int count = 0;
            const int n = 14 + (k * 5 + m * 3) % 11;
            for (int i = 0; i < n; ++i, ++serial) {
                CardTransaction t;
                t.connectionId = id;
                t.cardId = card.cardId;
                t.transactionId = QStringLiteral("%1-%2").arg(k + 1).arg(serial, 6, 10, QLatin1Char('0'));
                t.useDate = monthStart.addDays((i * 7 + k) % monthStart.daysInMonth());
                t.postingDate = t.useDate.addDays(2);
                t.merchantName = is.merchants[(i + m) % is.merchants.size()];
                t.holderType = i % 9 == 4 ? HolderType::Family : HolderType::Principal;
                t.amount = 300 + ((serial * 7919) % 180) * 50;
                t.paymentMethod = PaymentMethod::OneTime;
                t.installmentCount = 1;
                if (i == 5 && k == 0) {
                    t.paymentMethod = PaymentMethod::Installments;
                    t.installmentCount = 3;
                    t.amount = 36000;
                }
                t.paymentAmount = t.installmentCount > 1 ? t.amount / t.installmentCount : t.amount;
                t.feeAmount = t.installmentCount > 1 ? 240 : 0;
                t.paymentMonth = paymentMonth;
                t.status = m == 5 ? TransactionStatus::Unconfirmed
                                  : (i == 9 ? TransactionStatus::Cancelled : TransactionStatus::Confirmed);
                t.approvalNumber = QStringLiteral("%1").arg(100000 + serial * 37 % 900000);
                if (t.merchantName == QLatin1String("NETFLIX.COM")) {
                    t.foreign = ForeignAmount{QStringLiteral("15.49"), QStringLiteral("USD"), QStringLiteral("151.32"),
                                              t.useDate};
                    t.amount = 2344;
                    t.paymentAmount = 2344;
                    t.remarks = QStringLiteral("海外利用");
                }
                t.fetchedAt = c.lastSyncAt;
                if (t.status != TransactionStatus::Cancelled) {
                    billed += t.paymentAmount + t.feeAmount;
                    ++count;
                }
                txs << t;
            }
            CardStatement s;
            s.connectionId = id;
            s.cardId = card.cardId;
            s.billingMonth = paymentMonth;
            s.closingDate = QDate(2026, 5 + m, 15 + k * 5).addMonths(1).addDays(-30);
            s.closingDate = QDate(monthStart.year(), monthStart.month(), monthStart.daysInMonth());
            s.dueDate = monthStart.addMonths(1).addDays(26 - k * 5);
            s.billingStatus = m == 5 ? BillingStatus::Unconfirmed : BillingStatus::Confirmed;
            s.totalBilledAmount = billed;
            s.newUsageAmount = billed;
            s.transactionCount = count;
            s.fetchedAt = c.lastSyncAt;
            (void)vault.statements().upsert(s);
        }
        (void)vault.transactions().upsert(txs);
        AuditEntry e;
        e.connectionId = id;
        e.issuerId = is.id;
        e.operation = QStringLiteral("link");
        e.result = QStringLiteral("ok");
        e.detail = QStringLiteral("scopes: ") + c.grantedScopes.join(QLatin1Char(' '));
        (void)vault.audit().append(e);
        for (const char* op : {"GET /v1/cards", "GET /v1/cards/{cardId}/transactions", "GET /v1/cards/{cardId}/statements/{month}"}) {
            AuditEntry a;
            a.connectionId = id;
            a.issuerId = is.id;
            a.operation = QString::fromLatin1(op);
            a.httpStatus = k == 2 && QByteArray(op) == "GET /v1/cards" ? 401 : 200;
            a.result = a.httpStatus == 200 ? QStringLiteral("ok") : QStringLiteral("InvalidGrant");
            a.interactionId = QStringLiteral("6f1c%1-2a4b-4c1d-9e0f-%2").arg(k).arg(serial, 12, 10, QLatin1Char('0'));
            a.durationMs = 80 + serial % 90;
            (void)vault.audit().append(a);
        }
    }
    // Alerts as AlertRules raises them: kept as Texts, shown in the language of the moment.
    const AlertRules rules(&directory);
    (void)vault.alerts().raise(rules.issuerRevoked(connections[2], {}));
    (void)vault.alerts().raise(rules.consentExpiring(connections[0], 14));
}

} // namespace meisai::test
