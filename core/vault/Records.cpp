#include "Records.h"

namespace meisai {

QString toString(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Linking: return QStringLiteral("linking");
    case ConnectionStatus::Active: return QStringLiteral("active");
    case ConnectionStatus::NeedsReconnect: return QStringLiteral("needs_reconnect");
    case ConnectionStatus::Revoked: return QStringLiteral("revoked");
    }
    return QStringLiteral("linking");
}

ConnectionStatus connectionStatusFromString(const QString& text)
{
    if (text == u"active")
        return ConnectionStatus::Active;
    if (text == u"needs_reconnect")
        return ConnectionStatus::NeedsReconnect;
    if (text == u"revoked")
        return ConnectionStatus::Revoked;
    return ConnectionStatus::Linking;
}

QString toString(AlertState state)
{
    switch (state) {
    case AlertState::New: return QStringLiteral("new");
    case AlertState::Acknowledged: return QStringLiteral("acknowledged");
    case AlertState::Resolved: return QStringLiteral("resolved");
    }
    return QStringLiteral("new");
}

QString toString(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info: return QStringLiteral("info");
    case AlertSeverity::Warning: return QStringLiteral("warning");
    case AlertSeverity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

bool CardTransaction::sameContent(const CardTransaction& o) const
{
    return useDate == o.useDate && postingDate == o.postingDate && merchantName == o.merchantName
           && remarks == o.remarks && holderType == o.holderType && amount == o.amount
           && paymentMethod == o.paymentMethod && installmentCount == o.installmentCount
           && paymentAmount == o.paymentAmount && feeAmount == o.feeAmount && paymentMonth == o.paymentMonth
           && status == o.status && approvalNumber == o.approvalNumber
           && foreign.localAmount == o.foreign.localAmount && foreign.currencyCode == o.foreign.currencyCode
           && foreign.conversionRate == o.foreign.conversionRate
           && foreign.conversionDate == o.foreign.conversionDate;
}

} // namespace meisai
