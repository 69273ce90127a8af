#pragma once

// The statement table. Built for a million rows over a TransactionTable:
// search and filters run in the model (a text search tests each distinct
// string once, then each row by integer lookups) and sorting permutes row
// indices on raw values. A QSortFilterProxyModel over a million rows
// re-sorts through QVariants on every filter change, which takes seconds;
// this model answers in tens of ms.

#include "TransactionTable.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace meisai::ui {

struct TransactionFilter
{
    QString month;       // YYYY-MM payment month; empty: every month
    int card = -1;       // index into TransactionTable::cards(); -1: all
    QString text;        // merchant or remarks; digits also match approval numbers
    int statusMask = 0;  // bits of 1 << Status; 0: all

    friend bool operator==(const TransactionFilter&, const TransactionFilter&) = default;
};

class TransactionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionModel)

public:
    enum Column { UseDate, Card, Merchant, PaymentMethod, Amount, Payment, PaymentMonth, Status, ColumnCount };
    enum Role { RawRole = Qt::UserRole, SourceRowRole };

    explicit TransactionModel(QObject* parent = nullptr);

    void setTable(TransactionTable table);
    const TransactionTable& table() const { return m_table; }
    void setFilter(const TransactionFilter& filter);
    const TransactionFilter& filter() const { return m_filter; }

    // Billed total of the visible rows (payment + fee, cancelled items excluded).
    qint64 visibleBilledTotal() const;
    qsizetype sourceRow(int row) const { return m_visible[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString paymentMethodText(const QString& code);
    static QString statusText(TransactionTable::Status status);

private:
    // The table's order behind a column.
    static TransactionTable::SortKey sortKey(int column);
    void applyFilter();
    void rebuildOrder();

    TransactionTable m_table;
    TransactionFilter m_filter;
    std::vector<quint32> m_order;   // all rows in sort order
    std::vector<quint32> m_visible; // rows passing the filter, in sort order
    int m_sortColumn = UseDate;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace meisai::ui
