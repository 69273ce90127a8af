#pragma once

// Table models over the vault's small record lists: connections, alerts and
// the audit log. Each exposes raw values under Qt::UserRole (QDateTime,
// integers) so RawSortProxy sorts on them rather than on display strings.

#include "model/Alert.h"
#include "model/AuditEntry.h"
#include "model/Connection.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <functional>

namespace meisai::ui {

using IssuerNameFn = std::function<QString(const QString& issuerId)>;

QString formatDateTime(const QDateTime& dt);

class ConnectionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionModel)

public:
    enum Column { Issuer, Label, Status, Scopes, ConsentGranted, ConsentExpires, LastSync, ColumnCount };

    explicit ConnectionModel(IssuerNameFn issuerName, QObject* parent = nullptr);
    void setConnections(QList<Connection> connections);
    const Connection& connection(int row) const { return m_rows[row]; }
    int rowOf(qint64 connectionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IssuerNameFn m_issuerName;
    QList<Connection> m_rows;
};

class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)

public:
    enum Column { Severity, Title, Issuer, State, Raised, ColumnCount };

    explicit AlertModel(IssuerNameFn issuerName, QObject* parent = nullptr);
    void setAlerts(QList<Alert> alerts);
    const Alert& alert(int row) const { return m_rows[row]; }
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IssuerNameFn m_issuerName;
    QList<Alert> m_rows;
};

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { Seq, Time, Issuer, Operation, HttpStatus, Result, InteractionId, Duration, Detail, ColumnCount };

    explicit AuditLogModel(IssuerNameFn issuerName, QObject* parent = nullptr);
    void setEntries(QList<AuditEntry> entries);
    const AuditEntry& entry(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IssuerNameFn m_issuerName;
    QList<AuditEntry> m_rows;
};

// Sorts on Qt::UserRole (raw values) and filters on the display text of all columns.
class RawSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawSortProxy)

public:
    explicit RawSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace meisai::ui
