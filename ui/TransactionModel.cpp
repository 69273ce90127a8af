#include "TransactionModel.h"

#include "Html.h"
#include "Palette.h"
#include "model/Yen.h"

#include <QByteArrayMatcher>
#include <QColor>
#include <QHash>
#include <QLocale>

namespace meisai::ui {

TransactionModel::TransactionModel(QObject* parent) : QAbstractTableModel(parent) {}

void TransactionModel::setTable(TransactionTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_order = m_table.takePresorted(sortKey(m_sortColumn), m_sortOrder);
    if (m_order.size() != size_t(m_table.size()))
        rebuildOrder();
    m_visible.clear();
    applyFilter();
    endResetModel();
}

void TransactionModel::setFilter(const TransactionFilter& filter)
{
    if (filter == m_filter && !m_visible.empty())
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

TransactionTable::SortKey TransactionModel::sortKey(int column)
{
    using Key = TransactionTable::SortKey;
    switch (column) {
    case UseDate: return Key::UseDate;
    case Card: return Key::Card;
    case Merchant: return Key::Merchant;
    case PaymentMethod: return Key::PaymentMethod;
    case Amount: return Key::Amount;
    case Payment: return Key::Billed;
    case PaymentMonth: return Key::PaymentMonth;
    case Status: return Key::Status;
    }
    return Key::UseDate;
}

void TransactionModel::rebuildOrder()
{
    m_order = m_table.sortedOrder(sortKey(m_sortColumn), m_sortOrder);
}

void TransactionModel::applyFilter()
{
    const quint16 month = TransactionTable::monthKey(m_filter.month);
    const bool anyMonth = m_filter.month.isEmpty();
    const int card = m_filter.card;
    const int mask = m_filter.statusMask;
    const QString needle = m_filter.text.trimmed().toLower();

    // Each distinct string is tested once; rows then look their strings up.
    // A needle of digits also searches the approval numbers, which are unique per row.
    std::vector<char> hit;
    bool digits = needle.size() >= 3;
    for (QChar ch : needle)
        digits = digits && ch.isDigit();
    const QByteArrayMatcher approvals(needle.toUtf8());
    if (!needle.isEmpty()) {
        hit.resize(size_t(m_table.poolSize()), 0);
        for (qsizetype i = 1; i < m_table.poolSize(); ++i)
            hit[size_t(i)] = m_table.lowered(quint32(i)).contains(needle) ? 1 : 0;
    }
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (quint32 i : m_order) {
        const TransactionTable::Row& r = m_table.row(i);
        if (!anyMonth && r.paymentMonth != month)
            continue;
        if (card >= 0 && r.card != card)
            continue;
        if (mask && !(mask & (1 << int(r.status))))
            continue;
        if (!hit.empty() && !hit[r.merchant] && !hit[r.remarks]
            && !(digits && approvals.indexIn(m_table.approvalNumberUtf8(i)) >= 0))
            continue;
        m_visible.push_back(i);
    }
}

qint64 TransactionModel::visibleBilledTotal() const
{
    qint64 sum = 0;
    for (quint32 i : m_visible) {
        const TransactionTable::Row& r = m_table.row(i);
        if (r.status != TransactionTable::Status::Cancelled)
            sum += r.billed();
    }
    return sum;
}

int TransactionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TransactionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionModel::paymentMethodText(const QString& code)
{
    const auto method = paymentMethodFromString(code);
    return method ? label(*method) : code;
}

QString TransactionModel::statusText(TransactionTable::Status status)
{
    switch (status) {
    case TransactionTable::Status::Confirmed: return label(TransactionStatus::Confirmed);
    case TransactionTable::Status::Unconfirmed: return label(TransactionStatus::Unconfirmed);
    case TransactionTable::Status::Cancelled: return label(TransactionStatus::Cancelled);
    case TransactionTable::Status::Other: break;
    }
    return tr("Unknown");
}

QVariant TransactionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 src = m_visible[size_t(index.row())];
    const TransactionTable::Row& r = m_table.row(src);
    const int col = index.column();
    if (role == SourceRowRole)
        return qint64(src);
    if (role == RawRole) {
        switch (col) {
        case UseDate: return QDate::fromJulianDay(r.useDay);
        case Card: return m_table.cards()[r.card].label;
        case Merchant: return m_table.string(r.merchant);
        case PaymentMethod: return m_table.paymentMethod(r.paymentMethod);
        case Amount: return r.amount;
        case Payment: return r.billed();
        case PaymentMonth: return TransactionTable::monthText(r.paymentMonth);
        case Status: return int(r.status);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (col) {
        case UseDate: return QLocale().toString(QDate::fromJulianDay(r.useDay), QLocale::ShortFormat);
        case Card: return m_table.cards()[r.card].label;
        case Merchant: return m_table.string(r.merchant);
        case PaymentMethod: {
            const QString m = paymentMethodText(m_table.paymentMethod(r.paymentMethod));
            return r.installments > 1 ? tr("%1 (%n payments)", nullptr, r.installments).arg(m) : m;
        }
        case Amount: return formatYen(r.amount);
        case Payment: return formatYen(r.billed());
        case PaymentMonth: return TransactionTable::monthText(r.paymentMonth);
        case Status: return statusText(r.status);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (col == Amount || col == Payment))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && r.status == TransactionTable::Status::Cancelled) {
        static const QColor cancelled(Palette::inactive);
        return cancelled;
    }
    if (role == Qt::ToolTipRole && col == Merchant && r.remarks)
        return Html::plainToolTip(m_table.string(r.remarks));
    return {};
}

QVariant TransactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UseDate: return tr("Date of use");
    case Card: return tr("Card");
    case Merchant: return tr("Merchant");
    case PaymentMethod: return tr("Payment type");
    case Amount: return tr("Amount");
    case Payment: return tr("Billed");
    case PaymentMonth: return tr("Billing month");
    case Status: return tr("Status");
    }
    return {};
}

void TransactionModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint32> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex& i : before)
        sources.push_back(m_visible[size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    applyFilter();
    if (!before.isEmpty()) {
        QHash<quint32, int> where;
        for (size_t r = 0; r < m_visible.size(); ++r)
            where.insert(m_visible[r], int(r));
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(where.value(sources[size_t(k)]), before[k].column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace meisai::ui
