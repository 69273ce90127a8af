#include "Vocabulary.h"

#include <array>
#include <cstring>
#include <utility>

namespace meisai {

namespace {

// One table per vocabulary: the code of each value, written once.
template <typename E, std::size_t N>
using Codes = std::array<std::pair<E, const char*>, N>;

constexpr Codes<TransactionStatus, 3> kTransactionStatus{{{TransactionStatus::Confirmed, "confirmed"},
                                                          {TransactionStatus::Unconfirmed, "unconfirmed"},
                                                          {TransactionStatus::Cancelled, "cancelled"}}};
constexpr Codes<HolderType, 2> kHolderType{{{HolderType::Principal, "principal"}, {HolderType::Family, "family"}}};
constexpr Codes<PaymentMethod, 11> kPaymentMethod{{{PaymentMethod::OneTime, "10"},
                                                   {PaymentMethod::Bonus1, "21"},
                                                   {PaymentMethod::Bonus2, "22"},
                                                   {PaymentMethod::Bonus3, "23"},
                                                   {PaymentMethod::Bonus4, "24"},
                                                   {PaymentMethod::BonusCombined1, "31"},
                                                   {PaymentMethod::BonusCombined2, "32"},
                                                   {PaymentMethod::BonusCombined3, "33"},
                                                   {PaymentMethod::BonusCombined4, "34"},
                                                   {PaymentMethod::Installments, "61"},
                                                   {PaymentMethod::Revolving, "80"}}};
constexpr Codes<BillingStatus, 3> kBillingStatus{{{BillingStatus::Unconfirmed, "unconfirmed"},
                                                  {BillingStatus::Confirmed, "confirmed"},
                                                  {BillingStatus::NoData, "no_data"}}};
constexpr Codes<NoticeKind, 3> kNoticeKind{
    {{NoticeKind::Security, "security"}, {NoticeKind::Maintenance, "maintenance"}, {NoticeKind::Info, "info"}}};
constexpr Codes<ConnectionStatus, 4> kConnectionStatus{{{ConnectionStatus::Linking, "linking"},
                                                        {ConnectionStatus::Active, "active"},
                                                        {ConnectionStatus::NeedsReconnect, "needs_reconnect"},
                                                        {ConnectionStatus::Revoked, "revoked"}}};
constexpr Codes<AlertSeverity, 3> kAlertSeverity{
    {{AlertSeverity::Info, "info"}, {AlertSeverity::Warning, "warning"}, {AlertSeverity::Critical, "critical"}}};
constexpr Codes<AlertState, 3> kAlertState{
    {{AlertState::New, "new"}, {AlertState::Acknowledged, "acknowledged"}, {AlertState::Resolved, "resolved"}}};
constexpr Codes<AlertKind, 12> kAlertKind{{{AlertKind::IssuerRevoked, "issuer_revoked"},
                                           {AlertKind::ConsentExpiring, "consent_expiring"},
                                           {AlertKind::ConsentExpired, "consent_expired"},
                                           {AlertKind::SecurityNotice, "security_notice"},
                                           {AlertKind::Maintenance, "maintenance"},
                                           {AlertKind::PanReceived, "pan_received"},
                                           {AlertKind::ApiDeprecated, "api_deprecated"},
                                           {AlertKind::ApiUnsupported, "api_unsupported"},
                                           {AlertKind::SyncFailing, "sync_failing"},
                                           {AlertKind::AuditTampered, "audit_tampered"},
                                           {AlertKind::IssuerMismatch, "issuer_mismatch"},
                                           {AlertKind::SyncStopped, "sync_stopped"}}};

template <typename E, std::size_t N>
QString codeOf(const Codes<E, N>& codes, E value)
{
    for (const auto& [v, code] : codes) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    return QString();
}

template <typename E, std::size_t N>
std::optional<E> parse(const Codes<E, N>& codes, QStringView text)
{
    for (const auto& [v, code] : codes) {
        if (text == QLatin1String(code))
            return v;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
std::optional<E> parseUtf8(const Codes<E, N>& codes, QByteArrayView text)
{
    for (const auto& [v, code] : codes) {
        const auto n = qsizetype(std::strlen(code));
        if (text.size() == n && std::memcmp(text.data(), code, size_t(n)) == 0)
            return v;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList codeList(const Codes<E, N>& codes)
{
    QStringList out;
    for (const auto& entry : codes)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

template <> QStringList allCodes<TransactionStatus>() { return codeList(kTransactionStatus); }
template <> QStringList allCodes<HolderType>() { return codeList(kHolderType); }
template <> QStringList allCodes<PaymentMethod>() { return codeList(kPaymentMethod); }
template <> QStringList allCodes<BillingStatus>() { return codeList(kBillingStatus); }
template <> QStringList allCodes<NoticeKind>() { return codeList(kNoticeKind); }
template <> QStringList allCodes<ConnectionStatus>() { return codeList(kConnectionStatus); }
template <> QStringList allCodes<AlertSeverity>() { return codeList(kAlertSeverity); }
template <> QStringList allCodes<AlertState>() { return codeList(kAlertState); }
template <> QStringList allCodes<AlertKind>() { return codeList(kAlertKind); }

QString toString(TransactionStatus s) { return codeOf(kTransactionStatus, s); }
std::optional<TransactionStatus> transactionStatusFromString(QStringView c) { return parse(kTransactionStatus, c); }
std::optional<TransactionStatus> transactionStatusFromUtf8(QByteArrayView c) { return parseUtf8(kTransactionStatus, c); }
QString label(TransactionStatus s)
{
    switch (s) {
    case TransactionStatus::Confirmed: return Vocabulary::tr("Confirmed");
    case TransactionStatus::Unconfirmed: return Vocabulary::tr("Unconfirmed");
    case TransactionStatus::Cancelled: return Vocabulary::tr("Cancelled");
    }
    return QString();
}

QString toString(HolderType t) { return codeOf(kHolderType, t); }
std::optional<HolderType> holderTypeFromString(QStringView c) { return parse(kHolderType, c); }
QString label(HolderType t)
{
    switch (t) {
    case HolderType::Principal: return Vocabulary::tr("Principal cardholder");
    case HolderType::Family: return Vocabulary::tr("Family member");
    }
    return QString();
}

QString toString(PaymentMethod m) { return codeOf(kPaymentMethod, m); }
std::optional<PaymentMethod> paymentMethodFromString(QStringView c) { return parse(kPaymentMethod, c); }
QString label(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::OneTime: return Vocabulary::tr("One-time");
    case PaymentMethod::Bonus1:
    case PaymentMethod::Bonus2:
    case PaymentMethod::Bonus3:
    case PaymentMethod::Bonus4: return Vocabulary::tr("Bonus");
    case PaymentMethod::BonusCombined1:
    case PaymentMethod::BonusCombined2:
    case PaymentMethod::BonusCombined3:
    case PaymentMethod::BonusCombined4: return Vocabulary::tr("Bonus combined");
    case PaymentMethod::Installments: return Vocabulary::tr("Installments");
    case PaymentMethod::Revolving: return Vocabulary::tr("Revolving");
    }
    return QString();
}

QString toString(BillingStatus s) { return codeOf(kBillingStatus, s); }
std::optional<BillingStatus> billingStatusFromString(QStringView c) { return parse(kBillingStatus, c); }
QString label(BillingStatus s)
{
    switch (s) {
    case BillingStatus::Unconfirmed: return Vocabulary::tr("Not yet confirmed");
    case BillingStatus::Confirmed: return Vocabulary::tr("Confirmed");
    case BillingStatus::NoData: return Vocabulary::tr("Nothing billed");
    }
    return QString();
}

QString toString(NoticeKind k) { return codeOf(kNoticeKind, k); }
std::optional<NoticeKind> noticeKindFromString(QStringView c) { return parse(kNoticeKind, c); }
QString label(NoticeKind k)
{
    switch (k) {
    case NoticeKind::Security: return Vocabulary::tr("Security notice");
    case NoticeKind::Maintenance: return Vocabulary::tr("Maintenance");
    case NoticeKind::Info: return Vocabulary::tr("Notice");
    }
    return QString();
}

QString toString(ConnectionStatus s) { return codeOf(kConnectionStatus, s); }
std::optional<ConnectionStatus> connectionStatusFromString(QStringView c) { return parse(kConnectionStatus, c); }
QString label(ConnectionStatus s)
{
    switch (s) {
    case ConnectionStatus::Linking: return Vocabulary::tr("Linking");
    case ConnectionStatus::Active: return Vocabulary::tr("Active");
    case ConnectionStatus::NeedsReconnect: return Vocabulary::tr("Needs reconnecting");
    case ConnectionStatus::Revoked: return Vocabulary::tr("Disconnected");
    }
    return QString();
}

QString toString(AlertSeverity s) { return codeOf(kAlertSeverity, s); }
std::optional<AlertSeverity> alertSeverityFromString(QStringView c) { return parse(kAlertSeverity, c); }
QString label(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Info: return Vocabulary::tr("Information");
    case AlertSeverity::Warning: return Vocabulary::tr("Warning");
    case AlertSeverity::Critical: return Vocabulary::tr("Critical");
    }
    return QString();
}

QString toString(AlertState s) { return codeOf(kAlertState, s); }
std::optional<AlertState> alertStateFromString(QStringView c) { return parse(kAlertState, c); }
QString label(AlertState s)
{
    switch (s) {
    case AlertState::New: return Vocabulary::tr("New");
    case AlertState::Acknowledged: return Vocabulary::tr("Acknowledged");
    case AlertState::Resolved: return Vocabulary::tr("Resolved");
    }
    return QString();
}

QString toString(AlertKind k) { return codeOf(kAlertKind, k); }
std::optional<AlertKind> alertKindFromString(QStringView c) { return parse(kAlertKind, c); }

} // namespace meisai
