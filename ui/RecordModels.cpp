#include "RecordModels.h"

#include "Html.h"
#include "Palette.h"
#include "model/Scope.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace meisai::ui {

QString formatDateTime(const QDateTime& dt)
{
    if (!dt.isValid())
        return QStringLiteral("—");
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}

namespace {
bool validIndex(const QAbstractItemModel* m, const QModelIndex& index)
{
    return m->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid
                                    | QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
}
} // namespace

// --- connections -------------------------------------------------------------

ConnectionModel::ConnectionModel(IssuerNameFn issuerName, QObject* parent)
    : QAbstractTableModel(parent), m_issuerName(std::move(issuerName))
{
}

void ConnectionModel::setConnections(QList<Connection> connections)
{
    beginResetModel();
    m_rows = std::move(connections);
    endResetModel();
}

int ConnectionModel::rowOf(qint64 connectionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == connectionId)
            return i;
    }
    return -1;
}

int ConnectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionModel::data(const QModelIndex& index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const Connection& c = m_rows[index.row()];
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Issuer: return m_issuerName(c.issuerId);
        case Label: return c.label;
        case Status: return int(c.status);
        case Scopes: return c.grantedScopes.size();
        case ConsentGranted: return c.consentGrantedAt;
        case ConsentExpires: return c.consentExpiresAt;
        case LastSync: return c.lastSyncAt;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Issuer: return m_issuerName(c.issuerId);
        case Label: return c.label;
        case Status: return label(c.status);
        case Scopes: return QLocale().createSeparatedList(scopeLabels(c.grantedScopes));
        case ConsentGranted: return formatDateTime(c.consentGrantedAt);
        case ConsentExpires: return formatDateTime(c.consentExpiresAt);
        case LastSync: return formatDateTime(c.lastSyncAt);
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (c.status == ConnectionStatus::NeedsReconnect)
            return QColor(Palette::warning);
        if (c.status == ConnectionStatus::Revoked)
            return QColor(Palette::inactive);
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !c.lastError.isEmpty())
        return Html::plainToolTip(c.lastError);
    return {};
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Issuer: return tr("Issuer");
    case Label: return tr("Name");
    case Status: return tr("Status");
    case Scopes: return tr("Granted access");
    case ConsentGranted: return tr("Consent given");
    case ConsentExpires: return tr("Consent expires");
    case LastSync: return tr("Last sync");
    }
    return {};
}

// --- alerts ------------------------------------------------------------------

AlertModel::AlertModel(IssuerNameFn issuerName, QObject* parent)
    : QAbstractTableModel(parent), m_issuerName(std::move(issuerName))
{
}

void AlertModel::setAlerts(QList<Alert> alerts)
{
    beginResetModel();
    m_rows = std::move(alerts);
    endResetModel();
}

int AlertModel::openCount() const
{
    int n = 0;
    for (const Alert& a : m_rows)
        n += a.state == AlertState::New ? 1 : 0;
    return n;
}

int AlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex& index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const Alert& a = m_rows[index.row()];
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Severity: return int(a.severity);
        case Title: return a.title;
        case Issuer: return m_issuerName(a.issuerId);
        case State: return int(a.state);
        case Raised: return a.createdAt;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity: return label(a.severity);
        case Title: return a.title;
        case Issuer: return a.issuerId.isEmpty() ? QStringLiteral("—") : m_issuerName(a.issuerId);
        case State: return label(a.state);
        case Raised: return formatDateTime(a.createdAt);
        }
        return {};
    }
    if (role == Qt::FontRole && a.state == AlertState::New) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == Severity && a.severity == AlertSeverity::Critical)
        return QColor(Palette::critical);
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case Title: return tr("Alert");
    case Issuer: return tr("Issuer");
    case State: return tr("State");
    case Raised: return tr("Raised");
    }
    return {};
}

// --- audit log ---------------------------------------------------------------

AuditLogModel::AuditLogModel(IssuerNameFn issuerName, QObject* parent)
    : QAbstractTableModel(parent), m_issuerName(std::move(issuerName))
{
}

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const AuditEntry& e = m_rows[index.row()];
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Seq: return e.seq;
        case Time: return e.at;
        case Issuer: return e.issuerId;
        case Operation: return e.operation;
        case HttpStatus: return e.httpStatus;
        case Result: return e.result;
        case InteractionId: return e.interactionId;
        case Duration: return e.durationMs;
        case Detail: return e.detail;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq: return e.seq;
        case Time: return formatDateTime(e.at);
        case Issuer: return e.issuerId.isEmpty() ? QString() : m_issuerName(e.issuerId);
        case Operation: return e.operation;
        case HttpStatus: return e.httpStatus ? QString::number(e.httpStatus) : QString();
        case Result: return e.result;
        case InteractionId: return e.interactionId;
        case Duration: return e.durationMs ? tr("%1 ms").arg(e.durationMs) : QString();
        case Detail: return e.detail;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Result && e.result != QLatin1String("ok"))
        return QColor(Palette::warning);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case Issuer: return tr("Issuer");
    case Operation: return tr("Operation");
    case HttpStatus: return tr("HTTP");
    case Result: return tr("Result");
    case InteractionId: return tr("Interaction ID");
    case Duration: return tr("Duration");
    case Detail: return tr("Detail");
    }
    return {};
}

// --- proxy -------------------------------------------------------------------

RawSortProxy::RawSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

bool RawSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(Qt::UserRole);
    const QVariant r = right.data(Qt::UserRole);
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace meisai::ui
