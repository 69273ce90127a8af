#include "ActivityPage.h"

#include "AppContext.h"
#include "Palette.h"
#include "RecordModels.h"
#include "Widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace meisai::ui {

ActivityPage::ActivityPage(AppContext& app, QWidget* parent)
    : QWidget(parent), m_app(app),
      m_model(new AuditLogModel([&app](const QString& id) { return app.issuerName(id); }, this)),
      m_proxy(new RawSortProxy(this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_proxy->setSourceModel(m_model);
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(20, 16, 20, 12);
    m_title = makeLabel(this, "heading");
    m_intro = makeLabel(this, "muted", true);
    root->addWidget(m_title);
    root->addWidget(m_intro);
    auto* bar = new QHBoxLayout;
    m_filterLabel = makeLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_verify = new QPushButton(this);
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_verify);
    root->addLayout(bar);
    m_result = makeLabel(this, nullptr, true);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    root->addWidget(m_result);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::Seq, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    const int widths[AuditLogModel::ColumnCount] = {56, 130, 190, 290, 56, 100, 190, 90, 120};
    for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    root->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_verify, &QPushButton::clicked, this, &ActivityPage::verifyIntegrity);
    connect(&m_app, &AppContext::dataChanged, this, &ActivityPage::reload);
    retranslate();
    reload();
}

void ActivityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActivityPage::retranslate()
{
    m_title->setText(tr("Activity log"));
    m_intro->setText(tr("Every call Meisai made to an issuer and every change to a connection, with the "
                        "interaction ID the issuer can look up. The log is chained so changes to it can be detected."));
    m_filterLabel->setText(tr("&Filter"));
    m_filter->setPlaceholderText(tr("Issuer, operation, result or interaction ID"));
    m_filter->setAccessibleName(tr("Filter the activity log"));
    m_verify->setText(tr("&Verify integrity"));
    m_verify->setAccessibleName(tr("Verify the integrity of the activity log"));
    m_view->setAccessibleName(tr("Activity log"));
    m_result->clear();
}

void ActivityPage::reload()
{
    auto entries = m_app.vault().audit().list(0, 5000);
    m_model->setEntries(entries ? entries.value() : QList<AuditEntry>{});
}

void ActivityPage::verifyIntegrity()
{
    auto v = m_app.vault().audit().verify();
    if (!v) {
        m_result->setText(tr("Could not check the log: %1").arg(v.error().message));
    } else if (v->intact) {
        m_result->setText(tr("✔ The activity log is intact (%n entries checked).", nullptr, int(v->rowsChecked)));
        m_result->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::success));
        return;
    } else {
        m_result->setText(tr("✘ The activity log was altered at entry %1. %2 Contact %3.")
                              .arg(v->firstBadSeq)
                              .arg(v->message, m_app.connector().incident.summary(m_app.language())));
    }
    m_result->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::danger));
}

} // namespace meisai::ui
