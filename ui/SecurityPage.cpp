#include "SecurityPage.h"

#include "AppContext.h"
#include "Ask.h"
#include "Html.h"
#include "Palette.h"
#include "RecordModels.h"
#include "Widgets.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace meisai::ui {

SecurityPage::SecurityPage(AppContext& app, QWidget* parent)
    : QWidget(parent), m_app(app),
      m_model(new AlertModel([&app](const QString& id) { return app.issuerName(id); }, this)),
      m_proxy(new RawSortProxy(this))
{
    setObjectName(QStringLiteral("securityPage"));
    m_proxy->setSourceModel(m_model);
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(20, 16, 20, 12);
    m_title = makeLabel(this, "heading");
    root->addWidget(m_title);
    m_alertsHeading = makeLabel(this, "subheading");
    root->addWidget(m_alertsHeading);
    auto* row = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertModel::Raised, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AlertModel::Title, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(AlertModel::Issuer, 170);
    m_view->setColumnWidth(AlertModel::Raised, 130);
    row->addWidget(m_view, 3);
    auto* detailCard = makeCard(this);
    auto* dl = new QVBoxLayout(detailCard);
    m_detail = makeLabel(detailCard, nullptr, true);
    m_detail->setObjectName(QStringLiteral("alertDetail"));
    m_detail->setProperty("data", true); // the alert's own text, stored in the language it was raised in
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_ack = new QPushButton(detailCard);
    dl->addWidget(m_detail, 1);
    dl->addWidget(m_ack, 0, Qt::AlignRight);
    row->addWidget(detailCard, 2);
    root->addLayout(row, 2);

    auto* bottom = new QHBoxLayout;
    auto* vaultCard = makeCard(this);
    auto* vl = new QVBoxLayout(vaultCard);
    m_vaultHeading = makeLabel(vaultCard, "subheading");
    m_vault = makeLabel(vaultCard, nullptr, true);
    vl->addWidget(m_vaultHeading);
    vl->addWidget(m_vault);
    vl->addStretch(1);
    auto* remCard = makeCard(this);
    auto* rl = new QVBoxLayout(remCard);
    m_remindersHeading = makeLabel(remCard, "subheading");
    m_reminders = makeLabel(remCard, nullptr, true);
    m_reminders->setTextFormat(Qt::RichText);
    rl->addWidget(m_remindersHeading);
    rl->addWidget(m_reminders);
    rl->addStretch(1);
    bottom->addWidget(vaultCard, 1);
    bottom->addWidget(remCard, 2);
    root->addLayout(bottom, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SecurityPage::showDetail);
    connect(m_ack, &QPushButton::clicked, this, &SecurityPage::acknowledgeCurrent);
    connect(&m_app, &AppContext::dataChanged, this, &SecurityPage::reload);
    retranslate();
    reload();
}

void SecurityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // what the vault keeps as Texts (names, alerts, problems) is read again in the new language
    }
    QWidget::changeEvent(event);
}

void SecurityPage::retranslate()
{
    const QString lang = m_app.language();
    const ConnectorProfile& c = m_app.connector();
    m_title->setText(tr("Security"));
    m_alertsHeading->setText(tr("Alerts"));
    m_view->setAccessibleName(tr("Alerts"));
    m_ack->setText(tr("&Acknowledge"));
    m_ack->setAccessibleName(tr("Acknowledge the selected alert"));
    m_vaultHeading->setText(tr("Your data on this computer"));
    if (m_app.vault().keyMode() == KeyMode::Keychain)
        m_vault->setText(tr("Encrypted. The key is kept in your system keychain (Secret Service), so Meisai opens "
                            "without a password while you are logged in."));
    else
        m_vault->setText(tr("Encrypted with a key derived from your Meisai passphrase (Argon2id). Meisai asks for "
                            "it at every start; nobody can recover it for you."));
    m_remindersHeading->setText(tr("Keep your accounts safe"));
    // The button's own label, from the window that shows it.
    const QString stopAll = QCoreApplication::translate("meisai::ui::MainWindow", "Stop all connections");
    m_reminders->setText(
        Html::list({Html::escaped(tr("Use a password for Meisai and your computer that differs from your card "
                                     "issuers' passwords.")),
                    Html::escaped(tr("Avoid passwords that are easy to guess; never lend or tell them to anyone.")),
                    Html::escaped(tr("Keep antivirus software installed and up to date.")),
                    Html::escaped(tr("Meisai never asks for your issuer ID or password; enter them only on your "
                                     "issuer's own page."))})
        + Html::escaped(tr("If a password may have leaked or you see access you do not recognise, press %1 and "
                           "contact us at once: %2. For your card, contact your issuer."))
              .arg(Html::bold(Html::escaped(stopAll)), Html::escaped(c.incident.summary(lang))));
    showDetail();
}

void SecurityPage::reload()
{
    const qint64 current = m_view->currentIndex().isValid()
        ? m_model->alert(m_proxy->mapToSource(m_view->currentIndex()).row()).id
        : 0;
    auto alerts = m_app.vault().alerts().list();
    m_model->setAlerts(alerts ? alerts.value() : QList<Alert>{});
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_model->alert(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).id == current || (!current && r == 0)) {
            m_view->setCurrentIndex(m_proxy->index(r, 0));
            break;
        }
    }
    showDetail();
}

bool SecurityPage::selectAlert(qint64 alertId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_model->alert(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).id == alertId) {
            m_view->setCurrentIndex(m_proxy->index(r, 0));
            showDetail();
            return true;
        }
    }
    return false;
}

namespace {
// About the safety of the user's access or data (a revoked grant, consent
// running out, a security notice, a card number received, a tampered log, a
// changed issuer), as opposed to how syncing goes (maintenance, API
// versions, failing syncs, a sync stopped at a limit).
bool isSecurityKind(AlertKind kind)
{
    switch (kind) {
    case AlertKind::IssuerRevoked:
    case AlertKind::ConsentExpiring:
    case AlertKind::ConsentExpired:
    case AlertKind::SecurityNotice:
    case AlertKind::PanReceived:
    case AlertKind::AuditTampered:
    case AlertKind::IssuerMismatch:
        return true;
    case AlertKind::Maintenance:
    case AlertKind::ApiDeprecated:
    case AlertKind::ApiUnsupported:
    case AlertKind::SyncFailing:
    case AlertKind::SyncStopped:
        return false;
    }
    return false;
}
} // namespace

int SecurityPage::needingAttention(const QList<Alert>& alerts, const QList<Connection>& connections)
{
    QSet<qint64> stopped;
    for (const Connection& c : connections) {
        if (c.status == ConnectionStatus::Revoked)
            stopped.insert(c.id);
    }
    int n = 0;
    for (const Alert& a : alerts) {
        // The user stopped that connection: what its issuer does with the
        // grant now is the user's own doing, nothing to warn about.
        if (a.state == AlertState::New && isSecurityKind(a.kind) && !(a.connectionId && stopped.contains(a.connectionId)))
            ++n;
    }
    return n;
}

void SecurityPage::showDetail()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid()) {
        m_detail->setText(tr("No alerts. Meisai tells you here when an issuer revokes access, a consent is about "
                             "to expire or an issuer publishes a security notice."));
        m_ack->setEnabled(false);
        return;
    }
    const Alert& a = m_model->alert(m_proxy->mapToSource(idx).row());
    QString contact = a.contact;
    if (contact.isEmpty() && !a.issuerId.isEmpty()) {
        if (auto p = m_app.issuer(a.issuerId))
            contact = p->disclosures.incident.isEmpty() ? p->disclosures.inquiry.summary(m_app.language())
                                                        : p->disclosures.incident.summary(m_app.language());
    }
    if (contact.isEmpty())
        contact = m_app.connector().incident.summary(m_app.language());
    auto part = [](const QString& name, const QString& text) {
        return Html::paragraph(Html::bold(Html::escaped(name)) + QLatin1Char(' ') + Html::escaped(text));
    };
    m_detail->setText(Html::heading(a.title) + part(tr("What happened:"), a.whatHappened)
                      + part(tr("What to do:"), a.whatToDo) + part(tr("Whom to contact:"), contact)
                      + Html::paragraph(Html::escaped(label(a.severity) + QStringLiteral(" · ")
                                                      + formatDateTime(a.createdAt)),
                                        Palette::muted));
    m_ack->setEnabled(a.state == AlertState::New);
}

void SecurityPage::acknowledgeCurrent()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid())
        return;
    const Alert& a = m_model->alert(m_proxy->mapToSource(idx).row());
    if (auto done = m_app.vault().alerts().setState(a.id, AlertState::Acknowledged); !done) {
        Ask::inform(this, tr("Acknowledge the alert"),
                    tr("The alert could not be marked as acknowledged: %1").arg(done.error().message));
        return;
    }
    m_app.notifyDataChanged();
}

} // namespace meisai::ui
