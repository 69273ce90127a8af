#include "StatementsPage.h"

#include "AppContext.h"
#include "Html.h"
#include "RecordModels.h"
#include "Widgets.h"
#include "model/Yen.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace meisai::ui {

namespace {
enum DetailField {
    FTransactionId, FUseDate, FPostingDate, FMerchant, FRemarks, FCard, FHolder, FAmount, FMethod,
    FInstallments, FPayment, FFee, FMonth, FStatus, FApproval, FForeign, FRate, FRateDate, FFetched, FieldCount
};

QString dateText(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QStringLiteral("—");
}
} // namespace

StatementsPage::StatementsPage(AppContext& app, QWidget* parent)
    : QWidget(parent), m_app(app), m_model(new TransactionModel(this))
{
    setObjectName(QStringLiteral("statementsPage"));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(20, 16, 20, 12);
    root->setSpacing(10);
    m_title = makeLabel(this, "heading");
    root->addWidget(m_title);

    auto* filters = new QHBoxLayout;
    m_monthLabel = makeLabel(this);
    m_month = new QComboBox(this);
    m_month->setMinimumWidth(110);
    m_cardLabel = makeLabel(this);
    m_card = new QComboBox(this);
    m_card->setMinimumWidth(180);
    m_statusLabel = makeLabel(this);
    m_status = new QComboBox(this);
    m_searchLabel = makeLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_monthLabel->setBuddy(m_month);
    m_cardLabel->setBuddy(m_card);
    m_statusLabel->setBuddy(m_status);
    m_searchLabel->setBuddy(m_search);
    for (QWidget* w : {static_cast<QWidget*>(m_monthLabel), static_cast<QWidget*>(m_month),
                       static_cast<QWidget*>(m_cardLabel), static_cast<QWidget*>(m_card),
                       static_cast<QWidget*>(m_statusLabel), static_cast<QWidget*>(m_status)})
        filters->addWidget(w);
    filters->addSpacing(12);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    root->addLayout(filters);

    auto* headerCard = makeCard(this);
    auto* hl = new QHBoxLayout(headerCard);
    hl->setContentsMargins(14, 10, 14, 10);
    m_header = makeLabel(headerCard, nullptr, true);
    m_header->setObjectName(QStringLiteral("statementHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_shown = makeLabel(headerCard, "muted");
    m_shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hl->addWidget(m_header, 1);
    hl->addWidget(m_shown);
    root->addWidget(headerCard);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("transactionsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TransactionModel::UseDate, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(TransactionModel::Merchant, QHeaderView::Stretch);
    const int widths[] = {100, 130, 200, 96, 88, 88, 76, 104};
    for (int c = 0; c < TransactionModel::ColumnCount; ++c) {
        if (c != TransactionModel::Merchant)
            m_view->setColumnWidth(c, widths[c]);
    }

    auto* detailScroll = new QScrollArea(split);
    detailScroll->setWidgetResizable(true);
    detailScroll->setMinimumWidth(240);
    auto* detail = new QWidget(detailScroll);
    auto* dl = new QVBoxLayout(detail);
    m_detailTitle = makeLabel(detail, "subheading");
    dl->addWidget(m_detailTitle);
    m_detailForm = new QFormLayout;
    m_detailForm->setLabelAlignment(Qt::AlignRight);
    for (int i = 0; i < FieldCount; ++i) {
        auto* name = makeLabel(detail, "muted");
        auto* value = makeLabel(detail, nullptr, true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setProperty("data", true);
        m_detailNames << name;
        m_detailValues << value;
        m_detailForm->addRow(name, value);
    }
    dl->addLayout(m_detailForm);
    dl->addStretch(1);
    detailScroll->setWidget(detail);
    split->addWidget(m_view);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({840, 250});
    root->addWidget(split, 1);

    m_empty = makeLabel(this, "muted", true);
    m_empty->hide();
    root->addWidget(m_empty);

    m_provenance = makeLabel(this, nullptr, true);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->setTextFormat(Qt::RichText); // issuer text in it is escaped
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextBrowserInteraction);
    m_provenance->setOpenExternalLinks(false);
    root->addWidget(m_provenance);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &StatementsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* c : {m_month, m_card, m_status})
        connect(c, &QComboBox::activated, this, &StatementsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StatementsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementsPage::showDetail);
    connect(&m_app, &AppContext::dataChanged, this, &StatementsPage::reload);

    retranslate();
    reload();
}

void StatementsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatementsPage::retranslate()
{
    m_title->setText(tr("Statements"));
    m_monthLabel->setText(tr("&Billing month"));
    m_cardLabel->setText(tr("&Card"));
    m_statusLabel->setText(tr("S&tatus"));
    m_searchLabel->setText(tr("&Search"));
    m_search->setPlaceholderText(tr("Merchant, remarks or approval number"));
    m_month->setAccessibleName(tr("Billing month"));
    m_card->setAccessibleName(tr("Card"));
    m_status->setAccessibleName(tr("Status"));
    m_search->setAccessibleName(tr("Search transactions"));
    m_view->setAccessibleName(tr("Transactions"));
    m_detailTitle->setText(tr("Transaction details"));
    const QString names[FieldCount] = {
        tr("Transaction ID"), tr("Date of use"), tr("Posting date"), tr("Merchant"), tr("Remarks"), tr("Card"),
        tr("User"), tr("Amount"), tr("Payment type"), tr("Installments"), tr("Payment amount"), tr("Fee"),
        tr("Billing month"), tr("Status"), tr("Approval number"), tr("Foreign currency"), tr("Conversion rate"),
        tr("Conversion date"), tr("Fetched at")};
    for (int i = 0; i < FieldCount; ++i)
        m_detailNames[i]->setText(names[i]);
    m_empty->setText(tr("No transactions yet. Link an issuer under Connections, then sync."));
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("All statuses"), 0);
    m_status->addItem(tr("Confirmed"), 1 << int(TransactionTable::Status::Confirmed));
    m_status->addItem(tr("Unconfirmed"), 1 << int(TransactionTable::Status::Unconfirmed));
    m_status->addItem(tr("Cancelled"), 1 << int(TransactionTable::Status::Cancelled));
    m_status->setCurrentIndex(qMax(0, status));
    if (m_month->count() > 0 && m_month->itemData(m_month->count() - 1).toString().isEmpty())
        m_month->setItemText(m_month->count() - 1, tr("All months"));
    if (m_card->count() > 0)
        m_card->setItemText(0, tr("All cards"));
    // Dates follow the new locale, statuses and payment types the new language.
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, TransactionModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                    m_model->index(m_model->rowCount() - 1, TransactionModel::ColumnCount - 1));
    updateHeader();
    updateProvenance();
    showDetail();
}

void StatementsPage::reload()
{
    // The rows stream from the vault straight into the table's compact form
    // (see TransactionTable::load). This runs on the UI thread because the
    // vault's connection belongs to it: a month's rows take milliseconds, a
    // million rows 1.2-1.7 s (docs/ui.md).
    auto cards = m_app.vault().cards().list();
    auto statements = m_app.vault().statements().list();
    auto table = TransactionTable::load(m_app.vault().transactions(), {}, cards ? cards.value() : QList<Card>{});
    m_loading = false;
    setTable(table ? std::move(table.value()) : TransactionTable{},
             statements ? statements.value() : QList<CardStatement>{});
    Q_EMIT loaded();
}

void StatementsPage::setTable(TransactionTable table, QList<CardStatement> statements)
{
    const QString month = m_month->currentData().toString();
    m_statements = std::move(statements);
    QStringList months = table.months();
    for (const CardStatement& s : m_statements) {
        if (!months.contains(s.billingMonth))
            months << s.billingMonth;
    }
    const QString opening = defaultMonth(table, m_statements, QDate::currentDate());
    if (!months.contains(opening))
        months << opening;
    std::sort(months.begin(), months.end(), std::greater<>());
    m_model->setTable(std::move(table));
    m_month->clear();
    for (const QString& m : months)
        m_month->addItem(m, m);
    m_month->addItem(tr("All months"), QString());
    int idx = month.isEmpty() ? -1 : m_month->findData(month);
    if (idx < 0)
        idx = m_month->findData(opening);
    if (idx < 0)
        idx = 0;
    m_month->setCurrentIndex(idx);
    fillCombos();
    const bool empty = m_model->table().size() == 0;
    m_empty->setText(tr("No transactions yet. Link an issuer under Connections, then sync."));
    m_empty->setVisible(empty);
    applyFilter();
}

QString StatementsPage::defaultMonth(const TransactionTable& table, const QList<CardStatement>& statements,
                                     const QDate& today)
{
    // An issuer may already list next month's statement, empty: opening on it
    // would look as if the sync brought nothing.
    QString newest;
    for (const QString& m : table.months())
        newest = qMax(newest, m);
    for (const CardStatement& s : statements) {
        if (s.transactionCount > 0 || s.totalBilledAmount != 0)
            newest = qMax(newest, s.billingMonth);
    }
    return newest.isEmpty() ? today.toString(u"yyyy-MM") : newest;
}

QString StatementsPage::currentMonth() const
{
    return m_month->currentData().toString();
}

void StatementsPage::selectCard(int card)
{
    const int idx = m_card->findData(card);
    if (idx >= 0) {
        m_card->setCurrentIndex(idx);
        applyFilter();
    }
}

void StatementsPage::fillCombos()
{
    const int current = m_card->currentData().isValid() ? m_card->currentData().toInt() : -1;
    m_card->clear();
    m_card->addItem(tr("All cards"), -1);
    const auto& cards = m_model->table().cards();
    QHash<qint64, QString> issuerOf;
    if (auto list = m_app.vault().connections().list()) {
        for (const Connection& c : list.value())
            issuerOf.insert(c.id, c.issuerId);
    }
    for (int i = 0; i < cards.size(); ++i) {
        const QString issuer = m_app.issuerName(issuerOf.value(cards[i].connectionId));
        m_card->addItem(issuer.isEmpty() ? cards[i].label : issuer + QStringLiteral(" — ") + cards[i].label, i);
    }
    const int idx = m_card->findData(current);
    m_card->setCurrentIndex(idx < 0 ? 0 : idx);
}

void StatementsPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applyFilter();
}

void StatementsPage::selectMonth(const QString& yyyyMm)
{
    const int idx = m_month->findData(yyyyMm);
    if (idx >= 0) {
        m_month->setCurrentIndex(idx);
        applyFilter();
    }
}

void StatementsPage::applyFilter()
{
    TransactionFilter f;
    f.month = m_month->currentData().toString();
    f.card = m_card->currentData().isValid() ? m_card->currentData().toInt() : -1;
    f.statusMask = m_status->currentData().toInt();
    f.text = m_search->text();
    m_model->setFilter(f);
    // With one month chosen, its column repeats the selector: give the space to the merchant.
    m_view->setColumnHidden(TransactionModel::PaymentMonth, !f.month.isEmpty());
    updateHeader();
    updateProvenance();
}

void StatementsPage::updateHeader()
{
    const QString month = m_month->currentData().toString();
    const int card = m_card->currentData().isValid() ? m_card->currentData().toInt() : -1;
    const auto& cards = m_model->table().cards();
    qint64 billed = 0;
    QList<QDate> closings, dues;
    bool anyStatement = false, allConfirmed = true;
    for (const CardStatement& s : m_statements) {
        if (s.billingMonth != month)
            continue;
        if (card >= 0 && card < cards.size()
            && (cards[card].connectionId != s.connectionId || cards[card].cardId != s.cardId))
            continue;
        anyStatement = true;
        billed += s.totalBilledAmount;
        if (!closings.contains(s.closingDate))
            closings << s.closingDate;
        if (!dues.contains(s.dueDate))
            dues << s.dueDate;
        allConfirmed = allConfirmed && s.billingStatus == BillingStatus::Confirmed;
    }
    if (month.isEmpty()) {
        m_header->setText(Html::escaped(tr("All billing months. Choose a month to see its statement.")));
    } else if (!anyStatement) {
        m_header->setText(Html::escaped(tr("No statement from the issuer for %1 yet.").arg(month)));
    } else {
        // With all cards, one issuer's dates beside the total of all would be
        // wrong for the others: dates only when every statement shares them.
        const QString gap = QStringLiteral(" &nbsp; ");
        QStringList parts{Html::bold(Html::escaped(tr("Statement %1").arg(month)))};
        if (closings.size() == 1 && dues.size() == 1) {
            parts << Html::escaped(tr("Closing date: %1").arg(dateText(closings.first())))
                  << Html::escaped(tr("Due date: %1")).arg(Html::bold(Html::escaped(dateText(dues.first()))));
        } else {
            parts << Html::escaped(tr("Closing and due dates differ by card. Choose a card to see them."));
        }
        const QString amount = card < 0 ? tr("Billed amount, all cards: %1") : tr("Billed amount: %1");
        parts << Html::escaped(amount).arg(Html::bold(Html::escaped(formatYen(billed))))
              << Html::escaped(allConfirmed ? tr("Confirmed") : tr("Not yet confirmed (amounts may change)"));
        m_header->setText(parts.join(gap));
    }
    m_shown->setText(tr("%n item(s) shown, total %1", nullptr, m_model->rowCount())
                         .arg(formatYen(m_model->visibleBilledTotal())));
}

void StatementsPage::updateProvenance()
{
    const auto& cards = m_model->table().cards();
    const int card = m_card->currentData().isValid() ? m_card->currentData().toInt() : -1;
    QList<qint64> connectionIds;
    for (int i = 0; i < cards.size(); ++i) {
        if ((card < 0 || card == i) && !connectionIds.contains(cards[i].connectionId))
            connectionIds << cards[i].connectionId;
    }
    const QString lang = m_app.language();
    const ConnectorProfile& connector = m_app.connector();
    QStringList parts;
    for (qint64 id : connectionIds) {
        auto c = m_app.vault().connections().get(id);
        if (!c || !c.value())
            continue;
        const Connection& conn = *c.value();
        const auto profile = m_app.issuer(conn.issuerId);
        const QString legal = profile ? profile->disclosures.legalName.text(lang) : conn.issuerId;
        QDateTime fetched = conn.lastSyncAt;
        for (const CardStatement& s : m_statements) {
            if (s.connectionId == id && s.fetchedAt > fetched)
                fetched = s.fetchedAt;
        }
        parts << tr("Provided by <b>%1</b> through its card API (fetched %2). Questions about your card or "
                    "charges: %3.")
                     .arg(legal.toHtmlEscaped(), formatDateTime(fetched).toHtmlEscaped(),
                          profile ? profile->disclosures.inquiry.summary(lang).toHtmlEscaped() : QString());
    }
    if (parts.isEmpty())
        parts << tr("Data is provided by your card issuers through their card APIs.");
    parts << tr("Shown by <b>%1</b> in %2. Questions about this app: %3.")
                 .arg(connector.companyName.text(lang).toHtmlEscaped(), connector.serviceName.text(lang).toHtmlEscaped(),
                      connector.inquiry.summary(lang).toHtmlEscaped());
    m_provenance->setText(parts.join(QStringLiteral("<br>")));
}

void StatementsPage::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        for (QLabel* v : m_detailValues)
            v->setText(QStringLiteral("—"));
        return;
    }
    const CardTransaction t = m_model->table().transaction(m_model->sourceRow(current.row()));
    const auto& cards = m_model->table().cards();
    QString cardText;
    for (const auto& c : cards) {
        if (c.connectionId == t.connectionId && c.cardId == t.cardId)
            cardText = c.label;
    }
    const QString values[FieldCount] = {
        t.transactionId,
        dateText(t.useDate),
        dateText(t.postingDate),
        t.merchantName,
        t.remarks.isEmpty() ? QStringLiteral("—") : t.remarks,
        cardText,
        label(t.holderType),
        formatYen(t.amount),
        label(t.paymentMethod) + QStringLiteral(" (") + toString(t.paymentMethod) + QLatin1Char(')'),
        t.installmentCount > 0 ? QString::number(t.installmentCount) : QStringLiteral("—"),
        formatYen(t.paymentAmount),
        formatYen(t.feeAmount),
        t.paymentMonth,
        TransactionModel::statusText(m_model->table().row(m_model->sourceRow(current.row())).status),
        t.approvalNumber.isEmpty() ? QStringLiteral("—") : t.approvalNumber,
        t.foreign.isEmpty() ? QStringLiteral("—") : t.foreign.localAmount + QLatin1Char(' ') + t.foreign.currencyCode,
        t.foreign.conversionRate.isEmpty() ? QStringLiteral("—") : t.foreign.conversionRate,
        t.foreign.isEmpty() ? QStringLiteral("—") : dateText(t.foreign.conversionDate),
        formatDateTime(t.fetchedAt)};
    for (int i = 0; i < FieldCount; ++i)
        m_detailValues[i]->setText(values[i]);
}

} // namespace meisai::ui
