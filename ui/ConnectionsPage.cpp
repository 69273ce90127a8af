#include "ConnectionsPage.h"

#include "AddIssuerDialog.h"
#include "AppContext.h"
#include "Ask.h"
#include "Html.h"
#include "LinkWizard.h"
#include "Palette.h"
#include "RecordModels.h"
#include "SyncController.h"
#include "Widgets.h"
#include "model/Scope.h"
#include "oauth/Revoker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace meisai::ui {

ConnectionsPage::ConnectionsPage(AppContext& app, QWidget* parent)
    : QWidget(parent), m_app(app),
      m_model(new ConnectionModel([&app](const QString& id) { return app.issuerName(id); }, this)),
      m_proxy(new RawSortProxy(this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    m_proxy->setSourceModel(m_model);
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(20, 16, 20, 12);
    auto* top = new QHBoxLayout;
    m_title = makeLabel(this, "heading");
    top->addWidget(m_title, 1);
    m_addIssuer = new QPushButton(this);
    m_addIssuer->setObjectName(QStringLiteral("addIssuerButton"));
    top->addWidget(m_addIssuer);
    m_link = new QPushButton(this);
    top->addWidget(m_link);
    root->addLayout(top);
    m_intro = makeLabel(this, "muted", true);
    root->addWidget(m_intro);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionModel::Issuer, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionModel::Scopes, QHeaderView::Stretch);
    root->addWidget(m_view, 1);

    auto* detailCard = makeCard(this);
    auto* dl = new QVBoxLayout(detailCard);
    m_detail = makeLabel(detailCard, nullptr, true);
    m_detail->setObjectName(QStringLiteral("connectionDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    dl->addWidget(m_detail, 1);
    auto* buttons = new QHBoxLayout;
    m_sync = new QPushButton(detailCard);
    m_reconnect = new QPushButton(detailCard);
    m_disconnect = new QPushButton(detailCard);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_reconnect);
    buttons->addStretch(1);
    buttons->addWidget(m_disconnect);
    dl->addLayout(buttons);
    root->addWidget(detailCard, 1);

    connect(m_addIssuer, &QPushButton::clicked, this, &ConnectionsPage::startAddIssuer);
    connect(m_link, &QPushButton::clicked, this, &ConnectionsPage::startLink);
    connect(m_sync, &QPushButton::clicked, this, &ConnectionsPage::syncCurrent);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionsPage::reconnectCurrent);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionsPage::disconnectCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConnectionsPage::showDetail);
    connect(&m_app, &AppContext::dataChanged, this, &ConnectionsPage::reload);
    retranslate();
    reload();
}

void ConnectionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // what the vault keeps as Texts (names, alerts, problems) is read again in the new language
    }
    QWidget::changeEvent(event);
}

void ConnectionsPage::retranslate()
{
    m_title->setText(tr("Connections"));
    m_intro->setText(tr("Each connection is an access you granted Meisai at an issuer. You can stop any of them "
                        "at any time; Meisai then asks the issuer to revoke the access."));
    m_addIssuer->setText(tr("&Add an issuer…"));
    m_link->setText(tr("&Link an issuer…"));
    m_sync->setText(tr("&Sync now"));
    m_reconnect->setText(tr("&Reconnect…"));
    m_disconnect->setText(tr("&Disconnect…"));
    m_addIssuer->setAccessibleName(tr("Add an issuer from a profile file or its discovery address"));
    m_link->setAccessibleName(tr("Link an issuer"));
    m_sync->setAccessibleName(tr("Sync the selected connection now"));
    m_reconnect->setAccessibleName(tr("Reconnect the selected connection"));
    m_disconnect->setAccessibleName(tr("Disconnect the selected connection"));
    m_view->setAccessibleName(tr("Connections"));
    showDetail();
}

void ConnectionsPage::reload()
{
    const qint64 current = currentConnectionId();
    auto list = m_app.vault().connections().list();
    m_model->setConnections(list ? list.value() : QList<Connection>{});
    selectConnection(current);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showDetail();
}

void ConnectionsPage::selectConnection(qint64 connectionId)
{
    const int row = m_model->rowOf(connectionId);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

qint64 ConnectionsPage::currentConnectionId() const
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid())
        return 0;
    return m_model->connection(m_proxy->mapToSource(idx).row()).id;
}

void ConnectionsPage::showDetail()
{
    const QModelIndex idx = m_view->currentIndex();
    const bool has = idx.isValid();
    m_sync->setEnabled(false);
    m_reconnect->setEnabled(has);
    m_disconnect->setEnabled(false);
    if (!has) {
        m_detail->setText(tr("No connections yet. Choose \"Link an issuer\" to add one."));
        return;
    }
    const Connection& c = m_model->connection(m_proxy->mapToSource(idx).row());
    const QString lang = m_app.language();
    const auto profile = m_app.issuer(c.issuerId);
    m_sync->setEnabled(c.status == ConnectionStatus::Active);
    m_disconnect->setEnabled(c.status != ConnectionStatus::Revoked);
    QStringList granted;
    for (const QString& s : c.grantedScopes) {
        const ScopeInfo* info = profile ? profile->scope(s) : nullptr;
        const QString purpose = info ? info->purpose.text(lang) : QString();
        granted << Html::escaped(purpose.isEmpty() ? scopeLabel(s) : tr("%1 (%2)").arg(scopeLabel(s), purpose));
    }
    QStringList notGranted;
    for (const QString& s : c.requestedScopes) {
        if (!c.grantedScopes.contains(s))
            notGranted << scopeLabel(s);
    }
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>").arg(m_app.issuerName(c.issuerId).toHtmlEscaped(),
                                                             label(c.status));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&](const QString& k, const QString& v) { html += Html::nameValueRow(k, v); };
    row(tr("Granted access"), granted.isEmpty() ? QStringLiteral("—") : granted.join(QStringLiteral("<br>")));
    if (!notGranted.isEmpty())
        row(tr("Requested, not granted"), Html::escaped(QLocale().createSeparatedList(notGranted)));
    // What the issuer offers and the user left out when linking: Meisai never asks for it.
    QStringList notShared;
    if (profile) {
        for (const ScopeInfo& info : profile->scopes) {
            if (!c.grantedScopes.contains(info.name) && !c.requestedScopes.contains(info.name))
                notShared << scopeLabel(info.name);
        }
    }
    if (!notShared.isEmpty())
        row(tr("Not shared"),
            Html::escaped(tr("%1 (left out when linking; Meisai does not read it)")
                              .arg(QLocale().createSeparatedList(notShared))));
    row(tr("Consent given"), formatDateTime(c.consentGrantedAt));
    row(tr("Consent expires"), formatDateTime(c.consentExpiresAt));
    row(tr("Last sync"), formatDateTime(c.lastSyncAt));
    if (!c.lastError.isEmpty())
        row(tr("Last problem"), c.lastError.toHtmlEscaped());
    if (profile)
        row(tr("Issuer inquiries"), profile->disclosures.inquiry.summary(lang).toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (c.status == ConnectionStatus::NeedsReconnect)
        html += Html::paragraph(Html::escaped(tr("The issuer no longer accepts this access. Choose Reconnect to "
                                                 "approve it again; your history is kept.")),
                                Palette::warning);
    m_detail->setText(html);
}

void ConnectionsPage::startLink()
{
    openWizard({}, 0);
}

void ConnectionsPage::startAddIssuer()
{
    if (m_addIssuerDialog) {
        m_addIssuerDialog->raise();
        m_addIssuerDialog->activateWindow();
        return;
    }
    m_addIssuerDialog = new AddIssuerDialog(m_app, this);
    m_addIssuerDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addIssuerDialog->open();
}

void ConnectionsPage::openWizard(const QString& issuerId, qint64 reconnectId)
{
    if (m_wizard)
        m_wizard->close();
    m_wizard = new LinkWizard(m_app, issuerId, reconnectId, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &LinkWizard::linked, this, [this](qint64 id) {
        m_app.notifyDataChanged();
        selectConnection(id);
        m_app.sync().syncNow(id);
    });
    m_wizard->open();
}

void ConnectionsPage::syncCurrent()
{
    if (const qint64 id = currentConnectionId())
        m_app.sync().syncNow(id);
}

void ConnectionsPage::reconnectCurrent()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid())
        return;
    const Connection& c = m_model->connection(m_proxy->mapToSource(idx).row());
    openWizard(c.issuerId, c.id);
}

void ConnectionsPage::disconnectCurrent()
{
    const qint64 id = currentConnectionId();
    if (!id)
        return;
    const QString issuer = m_app.issuerName(m_model->connection(m_model->rowOf(id)).issuerId);
    if (!Ask::confirm(this, tr("Disconnect %1").arg(issuer),
                      tr("Meisai will delete its access to %1 and ask %1 to revoke it. Syncing stops at once.")
                          .arg(issuer),
                      tr("Disconnect")))
        return;
    m_disconnect->setEnabled(false);
    m_app.revoker().revoke(id, this, [this, id, issuer](Result<RevokeReport> report) {
        QString outcome;
        if (!report)
            outcome = tr("Meisai could not disconnect %1: %2").arg(issuer, report.error().message);
        else if (report->queued > 0)
            outcome = tr("Meisai deleted its access to %1 and can no longer use it. %1 could not be reached to "
                         "confirm the revocation; Meisai keeps trying.").arg(issuer);
        else
            outcome = tr("%1 confirmed that Meisai's access is revoked.").arg(issuer);
        bool deleted = false;
        if (report) {
            const int choice = Ask::choose(this, tr("Disconnect %1").arg(issuer),
                                           tr("Keep the statements already downloaded from %1 in Meisai, or "
                                              "delete them from this computer?").arg(issuer),
                                           {tr("Keep the data"), tr("Delete the data")}, 0);
            if (choice == 1) {
                auto removed = m_app.vault().connections().remove(id);
                deleted = removed.ok();
                outcome += QLatin1Char('\n')
                           + (deleted ? tr("The data from %1 was deleted.").arg(issuer)
                                      : tr("The data could not be deleted: %1").arg(removed.error().message));
            } else {
                outcome += QLatin1Char('\n') + tr("The data from %1 stays in Meisai.").arg(issuer);
            }
        }
        m_app.notifyDataChanged();
        Ask::inform(this, tr("Disconnect %1").arg(issuer), outcome);
        Q_EMIT disconnectFinished(id);
    });
}

} // namespace meisai::ui
