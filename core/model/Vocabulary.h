#pragma once

// The domain's small vocabularies, each an enum with one code (toString, as
// the card API and the vault spell it), one parser (…FromString) and one
// label for people (label(), translated under meisai::Vocabulary). The CLI,
// the UI, the sync engine and the stores all go through these; no code string
// is written anywhere else.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace meisai {

// The translation context of the labels.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Vocabulary)
};

// A transaction's state at the issuer: "confirmed", "unconfirmed", "cancelled".
enum class TransactionStatus : quint8 { Confirmed, Unconfirmed, Cancelled };
QString toString(TransactionStatus status);
std::optional<TransactionStatus> transactionStatusFromString(QStringView code);
std::optional<TransactionStatus> transactionStatusFromUtf8(QByteArrayView code); // for rows read in place
QString label(TransactionStatus status);

// 利用者区分: "principal" (本会員) or "family" (家族会員).
enum class HolderType : quint8 { Principal, Family };
QString toString(HolderType type);
std::optional<HolderType> holderTypeFromString(QStringView code);
QString label(HolderType type);

// 支払区分 (DESIGN.md): "10" 1回, "21"–"24" ボーナス, "31"–"34" ボーナス併用, "61" 分割, "80" リボ.
enum class PaymentMethod : quint8 {
    OneTime = 10,
    Bonus1 = 21, Bonus2 = 22, Bonus3 = 23, Bonus4 = 24,
    BonusCombined1 = 31, BonusCombined2 = 32, BonusCombined3 = 33, BonusCombined4 = 34,
    Installments = 61,
    Revolving = 80,
};
QString toString(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromString(QStringView code);
QString label(PaymentMethod method);

// A monthly statement's state: "unconfirmed", "confirmed", "no_data".
enum class BillingStatus : quint8 { Unconfirmed, Confirmed, NoData };
QString toString(BillingStatus status);
std::optional<BillingStatus> billingStatusFromString(QStringView code);
QString label(BillingStatus status);

// An issuer notice's kind: "security", "maintenance", "info".
enum class NoticeKind : quint8 { Security, Maintenance, Info };
QString toString(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromString(QStringView code);
QString label(NoticeKind kind);

// A connection's state: "linking", "active", "needs_reconnect", "revoked".
enum class ConnectionStatus : quint8 {
    Linking,        // authorization in progress, no tokens yet
    Active,
    NeedsReconnect, // the grant is gone (invalid_grant, revoked by the issuer, consent expired)
    Revoked,        // the user disconnected it
};
QString toString(ConnectionStatus status);
std::optional<ConnectionStatus> connectionStatusFromString(QStringView code);
QString label(ConnectionStatus status);

// Alerts (AlertRules builds them): severity "info", "warning", "critical"; state "new", "acknowledged", "resolved".
enum class AlertSeverity : quint8 { Info, Warning, Critical };
QString toString(AlertSeverity severity);
std::optional<AlertSeverity> alertSeverityFromString(QStringView code);
QString label(AlertSeverity severity);

enum class AlertState : quint8 { New, Acknowledged, Resolved };
QString toString(AlertState state);
std::optional<AlertState> alertStateFromString(QStringView code);
QString label(AlertState state);

// What an alert is about (its "kind"): "issuer_revoked", "consent_expiring", …
enum class AlertKind : quint8 {
    IssuerRevoked,   // the grant is gone at the issuer (invalid_grant): connect again
    ConsentExpiring,
    ConsentExpired,
    SecurityNotice,
    Maintenance,
    PanReceived,
    ApiDeprecated,
    ApiUnsupported,
    SyncFailing,
    AuditTampered,
    IssuerMismatch,
    SyncStopped,     // a sync was stopped by a guard: endless pages, an answer over a budget, too long
};
QString toString(AlertKind kind);
std::optional<AlertKind> alertKindFromString(QStringView code);

// Every code of a vocabulary, in its order (for messages such as "not one of …").
template <typename E>
QStringList allCodes();

} // namespace meisai
