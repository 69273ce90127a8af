#include "OverviewPage.h"

#include "AppContext.h"
#include "Palette.h"
#include "RecordModels.h"
#include "SyncController.h"
#include "Widgets.h"
#include "model/Yen.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <iterator>

namespace meisai::ui {

OverviewPage::OverviewPage(AppContext& app, QWidget* parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(20, 16, 20, 12);
    auto* top = new QHBoxLayout;
    m_title = makeLabel(this, "heading");
    top->addWidget(m_title, 1);
    m_link = new QPushButton(this);
    top->addWidget(m_link);
    root->addLayout(top);
    m_connectionsHeading = makeLabel(this, "subheading");
    root->addWidget(m_connectionsHeading);
    m_empty = makeLabel(this, "muted", true);
    root->addWidget(m_empty);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    root->addWidget(m_table);
    m_noticesHeading = makeLabel(this, "subheading");
    root->addWidget(m_noticesHeading);
    m_notices = makeLabel(this, nullptr, true);
    m_notices->setObjectName(QStringLiteral("issuerNotices"));
    m_notices->setProperty("data", true); // the issuers' own notices, in their words
    m_notices->setTextFormat(Qt::RichText);
    root->addWidget(m_notices);
    m_chartHeading = makeLabel(this, "subheading");
    root->addWidget(m_chartHeading);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    root->addWidget(m_chart, 1);

    connect(m_link, &QPushButton::clicked, this, &OverviewPage::linkRequested);
    connect(&m_app, &AppContext::dataChanged, this, &OverviewPage::reload);
    retranslate();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_title->setText(tr("Overview"));
    m_link->setText(tr("&Link an issuer…"));
    m_link->setAccessibleName(tr("Link an issuer"));
    m_connectionsHeading->setText(tr("Your connections"));
    m_chartHeading->setText(tr("Billed amount per month"));
    m_noticesHeading->setText(tr("Notices from your issuers"));
    m_table->setHorizontalHeaderLabels({tr("Issuer"), tr("Status"), tr("Last sync"), tr("Next sync"),
                                        tr("Next payment due"), tr("Billed amount")});
    m_table->setAccessibleName(tr("Connections overview"));
    m_chart->setAccessibleName(tr("Chart of billed amounts per month and issuer"));
    reload();
}

void OverviewPage::reload()
{
    auto connections = m_app.vault().connections().list();
    auto statements = m_app.vault().statements().list();
    const QList<Connection> conns = connections ? connections.value() : QList<Connection>{};
    const QList<CardStatement> sts = statements ? statements.value() : QList<CardStatement>{};
    const QDateTime now = m_app.vault().clock().now();
    const QDate today = now.toLocalTime().date();
    const QDateTime scheduled = m_app.sync().nextRunAt();
    const int interval = m_app.syncIntervalMinutes();
    m_table->setRowCount(0);
    int row = 0, stopped = 0;
    for (const Connection& c : conns) {
        if (c.status == ConnectionStatus::Revoked) {
            ++stopped;
            continue;
        }
        // The next due date still ahead, else the latest one, summed over the connection's cards.
        QDate due;
        for (const CardStatement& s : sts) {
            if (s.connectionId != c.id || !s.dueDate.isValid())
                continue;
            if (s.dueDate >= today ? (!due.isValid() || due < today || s.dueDate < due)
                                   : (!due.isValid() || (due < today && s.dueDate > due)))
                due = s.dueDate;
        }
        qint64 billed = 0;
        for (const CardStatement& s : sts) {
            if (s.connectionId == c.id && s.dueDate == due)
                billed += s.totalBilledAmount;
        }
        m_table->insertRow(row);
        const QString cells[6] = {m_app.issuerName(c.issuerId),
                                  label(c.status),
                                  formatDateTime(c.lastSyncAt),
                                  formatDateTime(nextSyncAt(c, now, scheduled, interval)),
                                  due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QStringLiteral("—"),
                                  due.isValid() ? formatYen(billed) : QStringLiteral("—")};
        for (int col = 0; col < 6; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
        ++row;
    }
    // Maintenance windows and security notices (§3.4(2)ii): current and coming ones.
    QStringList notices;
    if (auto list = m_app.vault().notices().list()) {
        const QDateTime now = m_app.vault().clock().now();
        for (const IssuerNotice& n : list.value()) {
            if (n.endsAt.isValid() && n.endsAt < now)
                continue;
            QString when;
            if (n.startsAt.isValid())
                when = QStringLiteral(" (%1 – %2)").arg(formatDateTime(n.startsAt), formatDateTime(n.endsAt));
            const QString kind = label(n.kind);
            notices << QStringLiteral("<b>%1</b> · %2: %3%4")
                           .arg(m_app.issuerName(n.issuerId).toHtmlEscaped(), kind.toHtmlEscaped(), n.title.toHtmlEscaped(),
                                when.toHtmlEscaped());
            if (notices.size() >= 4)
                break;
        }
    }
    m_noticesHeading->setVisible(!notices.isEmpty());
    m_notices->setVisible(!notices.isEmpty());
    m_notices->setText(notices.join(QStringLiteral("<br>")));
    // Stopped connections keep their statements: saying none was ever linked
    // would make the user think the data is gone.
    if (stopped > 0)
        m_empty->setText(tr("Your %n connection(s) were stopped, so Meisai no longer reads anything from the issuers. "
                            "The statements already received are kept under Statements. To read new ones, choose "
                            "\"Link an issuer\", or Reconnect under Connections.",
                            nullptr, stopped));
    else
        m_empty->setText(tr("No issuer is linked yet. Choose \"Link an issuer\" to connect your first card account; "
                            "you approve the access on the issuer's own page."));
    m_empty->setVisible(row == 0);
    m_table->setVisible(row > 0);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 4
                            + m_table->verticalHeader()->defaultSectionSize() * qMax(1, row));
    rebuildChart();
}

QDateTime OverviewPage::nextSyncAt(const Connection& c, const QDateTime& now, const QDateTime& scheduled,
                                   int intervalMinutes)
{
    if (c.status != ConnectionStatus::Active)
        return {};
    // A time the issuer asked for (maintenance, rate limit) comes first.
    if (c.nextSyncAt.isValid() && c.nextSyncAt > now)
        return c.nextSyncAt;
    if (scheduled.isValid())
        return scheduled;
    if (intervalMinutes > 0 && c.lastSyncAt.isValid())
        return qMax(c.lastSyncAt.addSecs(qint64(intervalMinutes) * 60), now);
    return {};
}

void OverviewPage::rebuildChart()
{
    auto statements = m_app.vault().statements().list();
    auto connections = m_app.vault().connections().list();
    QHash<qint64, QString> issuerOf;
    if (connections) {
        for (const Connection& c : connections.value())
            issuerOf.insert(c.id, c.issuerId);
    }
    // The last six billing months that have a statement.
    QMap<QString, QMap<QString, qint64>> byIssuer; // issuer -> month -> total
    QStringList months;
    if (statements) {
        for (const CardStatement& s : statements.value()) {
            byIssuer[issuerOf.value(s.connectionId)][s.billingMonth] += s.totalBilledAmount;
            if (!months.contains(s.billingMonth))
                months << s.billingMonth;
        }
    }
    std::sort(months.begin(), months.end());
    if (months.size() > 6)
        months = months.mid(months.size() - 6);

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(4);
    auto* series = new QBarSeries;
    qint64 maxValue = 0;
    size_t colour = 0;
    for (auto it = byIssuer.cbegin(); it != byIssuer.cend(); ++it) {
        auto* set = new QBarSet(m_app.issuerName(it.key()));
        set->setColor(QColor(Palette::series[colour++ % std::size(Palette::series)]));
        set->setBorderColor(Qt::transparent);
        for (const QString& m : months) {
            const qint64 v = it.value().value(m);
            maxValue = qMax(maxValue, v);
            *set << double(v) / 1000.0; // the axis counts thousands of yen
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(months.isEmpty() ? QStringList{QStringLiteral(" ")} : months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, maxValue > 0 ? double(maxValue) * 1.1 / 1000.0 : 10.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Thousand yen"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(!byIssuer.isEmpty());
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace meisai::ui
