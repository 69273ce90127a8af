#include "MainWindow.h"

#include "ActivityPage.h"
#include "AppContext.h"
#include "Ask.h"
#include "ConnectionsPage.h"
#include "OverviewPage.h"
#include "Palette.h"
#include "SecurityPage.h"
#include "SettingsPage.h"
#include "StatementsPage.h"
#include "SyncController.h"
#include "oauth/Revoker.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace meisai::ui {

namespace {

// The app's look, in the palette's colours.
QString appStyleSheet()
{
    using namespace Palette;
    const QString rules[] = {
        QStringLiteral("QMainWindow, QWidget#central { background: %1; }").arg(window),
        QStringLiteral("QFrame#connectorBanner { background: %1; }").arg(brand),
        QStringLiteral("QFrame#connectorBanner QLabel { color: %1; }").arg(onBrand),
        QStringLiteral("QLabel#bannerTitle { font-weight: 600; font-size: 11pt; }"),
        QStringLiteral("QLabel#sandboxBadge { background: %1; color: %2; font-weight: 700; border-radius: 3px; "
                       "padding: 2px 8px; }").arg(sandbox, onSandbox),
        QStringLiteral("QPushButton#stopAll { background: %1; color: %2; font-weight: 600; border: 1px solid %2; "
                       "border-radius: 4px; padding: 5px 12px; }").arg(surface, danger),
        QStringLiteral("QPushButton#stopAll:hover { background: %1; }").arg(dangerHover),
        QStringLiteral("QPushButton#stopAll:focus { border: 2px solid %1; }").arg(focus),
        QStringLiteral("QListWidget#navigation { background: %1; border: none; font-size: 10.5pt; padding-top: 8px; "
                       "outline: 0; }").arg(navigation),
        QStringLiteral("QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; "
                       "color: %1; }").arg(text),
        QStringLiteral("QListWidget#navigation::item:selected { background: %1; color: %2; }").arg(brand, onBrand),
        QStringLiteral("QLabel[role=\"heading\"] { font-size: 15pt; font-weight: 600; color: %1; }").arg(heading),
        QStringLiteral("QLabel[role=\"subheading\"] { font-size: 11pt; font-weight: 600; color: %1; }").arg(heading),
        QStringLiteral("QLabel[role=\"muted\"] { color: %1; }").arg(muted),
        QStringLiteral("QFrame[role=\"card\"] { background: %1; border: 1px solid %2; border-radius: 6px; }")
            .arg(surface, border),
        QStringLiteral("QLabel#provenance { background: %1; border: 1px solid %2; border-radius: 4px; "
                       "padding: 6px 8px; color: %3; }").arg(note, noteBorder, text),
        QStringLiteral("QTableView { background: %1; alternate-background-color: %2; gridline-color: %3; "
                       "selection-background-color: %4; selection-color: %5; }")
            .arg(surface, alternateRow, grid, selection, onSelection),
        QStringLiteral("QHeaderView::section { background: %1; border: none; border-bottom: 1px solid %2; "
                       "padding: 4px 6px; font-weight: 600; color: %3; }").arg(header, border, onHeader),
    };
    QString out;
    for (const QString& rule : rules)
        out += rule + QLatin1Char('\n');
    return out;
}

} // namespace

MainWindow::MainWindow(AppContext& app, QWidget* parent) : QMainWindow(parent), m_app(app)
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(appStyleSheet());
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* root = new QVBoxLayout(central);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto* banner = new QFrame(central);
    banner->setObjectName(QStringLiteral("connectorBanner"));
    auto* bl = new QHBoxLayout(banner);
    bl->setContentsMargins(16, 8, 12, 8);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_bannerTitle = new QLabel(banner);
    m_bannerTitle->setTextFormat(Qt::PlainText);
    m_bannerTitle->setObjectName(QStringLiteral("bannerTitle"));
    m_bannerText = new QLabel(banner);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    texts->addWidget(m_bannerTitle);
    texts->addWidget(m_bannerText);
    bl->addLayout(texts, 1);
    m_sandbox = new QLabel(banner);
    m_sandbox->setTextFormat(Qt::PlainText);
    m_sandbox->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandbox->setVisible(m_app.isSandbox());
    bl->addWidget(m_sandbox, 0, Qt::AlignVCenter);
    m_stopAll = new QPushButton(banner);
    m_stopAll->setObjectName(QStringLiteral("stopAll"));
    m_stopAll->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    bl->addWidget(m_stopAll, 0, Qt::AlignVCenter);
    root->addWidget(banner);

    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(190);
    m_nav->setIconSize(QSize(18, 18));
    const QStyle::StandardPixmap icons[PageCount] = {
        QStyle::SP_DesktopIcon, QStyle::SP_FileDialogDetailedView, QStyle::SP_DriveNetIcon,
        QStyle::SP_MessageBoxWarning, QStyle::SP_FileDialogInfoView, QStyle::SP_FileDialogListView};
    for (int i = 0; i < PageCount; ++i)
        new QListWidgetItem(style()->standardIcon(icons[i]), QString(), m_nav);
    body->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_overview = new OverviewPage(app, m_stack);
    m_statements = new StatementsPage(app, m_stack);
    m_connections = new ConnectionsPage(app, m_stack);
    m_security = new SecurityPage(app, m_stack);
    m_activity = new ActivityPage(app, m_stack);
    m_settings = new SettingsPage(app, m_stack);
    for (QWidget* w : {static_cast<QWidget*>(m_overview), static_cast<QWidget*>(m_statements),
                       static_cast<QWidget*>(m_connections), static_cast<QWidget*>(m_security),
                       static_cast<QWidget*>(m_activity), static_cast<QWidget*>(m_settings)})
        m_stack->addWidget(w);
    body->addWidget(m_stack, 1);
    root->addLayout(body, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_statusText = new QLabel(this);
    m_statusText->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stopAll, &QPushButton::clicked, this, &MainWindow::stopAllConnections);
    connect(m_overview, &OverviewPage::linkRequested, m_connections, &ConnectionsPage::startLink);
    connect(m_overview, &OverviewPage::linkRequested, this, [this] { showPage(Connections); });
    connect(&m_app, &AppContext::dataChanged, this, [this] {
        m_sandbox->setVisible(m_app.isSandbox());
        updateAlertBadge();
    });
    auto& sync = m_app.sync();
    connect(&sync, &SyncController::started, this, [this] {
        m_progress->show();
        m_statusText->setText(tr("Syncing…"));
    });
    connect(&sync, &SyncController::progress, this, [this](qint64, const QString& text, int percent) {
        m_statusText->setText(text);
        if (percent >= 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(percent);
        }
    });
    connect(&sync, &SyncController::connectionFinished, this, [this](qint64, bool ok, const QString& message) {
        if (!ok)
            m_statusText->setText(message);
    });
    connect(&sync, &SyncController::finished, this, [this] {
        m_progress->hide();
        m_progress->setRange(0, 0);
        if (m_statusText->text() == tr("Syncing…"))
            m_statusText->setText(tr("Sync finished."));
    });

    // Keyboard: Ctrl+1…6 switch pages.
    for (int i = 0; i < PageCount; ++i) {
        auto* sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(sc, &QShortcut::activated, this, [this, i] { showPage(Page(i)); });
    }
    retranslate();
    updateAlertBadge();
    m_nav->setCurrentRow(Overview);
    resize(1180, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page p)
{
    m_nav->setCurrentRow(p);
}

QWidget* MainWindow::page(Page p) const
{
    return m_stack->widget(p);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString company = m_app.connector().companyName.text(m_app.language());
    const QString service = m_app.connector().serviceName.text(m_app.language());
    setWindowTitle(tr("%1 — a service of %2, not a card issuer's app").arg(service, company));
    m_bannerTitle->setText(tr("%1 by %2").arg(service, company));
    m_bannerText->setText(tr("This app is run by %1, not by your card issuer. Your issuers provide the data "
                             "through their APIs; %1 shows it to you. Meisai never asks for your issuer password.")
                              .arg(company));
    m_sandbox->setText(tr("SANDBOX"));
    m_sandbox->setToolTip(tr("This profile is linked to test issuers; no real card data is shown."));
    m_stopAll->setText(tr("Stop all connections"));
    m_stopAll->setToolTip(tr("Revoke Meisai's access at every issuer now and stop syncing"));
    m_stopAll->setAccessibleName(tr("Stop all connections"));
    m_nav->setAccessibleName(tr("Pages"));
    const QString names[PageCount] = {tr("Overview"), tr("Statements"), tr("Connections"),
                                      tr("Security"), tr("Activity log"), tr("Settings")};
    for (int i = 0; i < PageCount; ++i)
        m_nav->item(i)->setText(names[i]);
    m_progress->setAccessibleName(tr("Sync progress"));
    updateAlertBadge();
}

void MainWindow::updateAlertBadge()
{
    auto open = m_app.vault().alerts().list(true);
    auto connections = m_app.vault().connections().list();
    const int n = open ? SecurityPage::needingAttention(open.value(), connections ? connections.value()
                                                                                   : QList<Connection>{})
                       : 0;
    m_nav->item(Security)->setText(n ? tr("Security (%1)").arg(n) : tr("Security"));
}

void MainWindow::stopAllConnections()
{
    if (!Ask::confirm(this, tr("Stop all connections"),
                      tr("Meisai will delete its access tokens, ask every issuer to revoke its access and stop "
                         "syncing. Your downloaded statements stay in this app. To see new data later, link "
                         "the issuers again."),
                      tr("Stop all connections")))
        return;
    m_app.sync().stopAll();
    m_stopAll->setEnabled(false);
    m_statusText->setText(tr("Revoking access at every issuer…"));
    m_progress->show();
    m_app.revoker().revokeAll(this, [this](Result<RevokeReport> report) {
        m_stopAll->setEnabled(true);
        m_progress->hide();
        QString text;
        if (!report) {
            text = tr("Could not stop all connections: %1").arg(report.error().message);
        } else {
            text = tr("Stopped %n connection(s). The issuers confirmed the revocation of %1 token(s).", nullptr,
                      report->connections)
                       .arg(report->confirmed);
            if (report->queued > 0)
                text += QLatin1Char('\n')
                        + tr("%n token(s) could not be revoked yet because an issuer could not be reached; "
                             "Meisai keeps retrying. Meisai can no longer use them.",
                             nullptr, report->queued);
        }
        m_statusText->setText(text.section(QLatin1Char('\n'), 0, 0));
        m_app.notifyDataChanged();
        Ask::inform(this, tr("Stop all connections"), text);
    });
}

} // namespace meisai::ui
