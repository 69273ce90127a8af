#pragma once

// Plain value types kept in the vault. The UI and the CLI read these; only
// the stores know how they map to tables.

#include "common/SecretBytes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace meisai {

enum class ConnectionStatus {
    Linking,        // authorization in progress, no tokens yet
    Active,
    NeedsReconnect, // the grant is gone (invalid_grant, revoked by the issuer, consent expired)
    Revoked,        // the user disconnected it
};
QString toString(ConnectionStatus status);
ConnectionStatus connectionStatusFromString(const QString& text);

// The issuer a connection was linked with, recorded at the link: its tokens
// may be sent to these addresses and nowhere else (core/oauth/BindingGuard.h).
// An issuer *id* is only a local name; this is the identity. Empty for a
// connection linked before bindings were recorded: it is bound on first use.
struct IssuerBinding
{
    QUrl issuer;             // the issuer identifier (discovery "issuer", RFC 9207 "iss")
    QUrl tokenEndpoint;      // refresh tokens go here
    QUrl revocationEndpoint; // and here; empty: the issuer offered no revocation
    QUrl apiBaseUrl;         // access tokens go below this; empty: no card API

    bool isEmpty() const { return issuer.isEmpty(); }
    friend bool operator==(const IssuerBinding&, const IssuerBinding&) = default;
};

struct Connection
{
    qint64 id = 0;
    QString issuerId;
    QString label;
    ConnectionStatus status = ConnectionStatus::Linking;
    QStringList requestedScopes;
    QStringList grantedScopes;
    QDateTime consentGrantedAt;
    QDateTime consentExpiresAt;
    QDateTime authTime; // when the user last authenticated at the issuer (x-fapi-auth-date)
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    QString lastError;
    QString syncState; // opaque to the vault: the sync engine's cursor (JSON)
    IssuerBinding binding;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct TokenSet
{
    SecretBytes accessToken;
    SecretBytes refreshToken;
    QString tokenType;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt; // invalid when the issuer did not say
    QDateTime updatedAt;

    TokenSet clone() const
    {
        return TokenSet{accessToken.clone(), refreshToken.clone(), tokenType, accessExpiresAt,
                        refreshExpiresAt, updatedAt};
    }
};

struct Card
{
    qint64 connectionId = 0;
    QString cardId;
    QString maskedPan;
    QString cardName;
    QString holderType; // principal | family
    bool isVirtual = false;
    QDateTime fetchedAt;
};

struct ForeignAmount
{
    QString localAmount; // decimal string, as the issuer sent it
    QString currencyCode; // ISO 4217
    QString conversionRate;
    QDate conversionDate;
    bool isEmpty() const { return currencyCode.isEmpty(); }
};

struct CardTransaction
{
    qint64 rowId = 0;
    qint64 connectionId = 0;
    QString cardId;
    QString transactionId;
    QDate useDate;
    QDate postingDate;
    QString merchantName;
    QString remarks;
    QString holderType;
    qint64 amount = 0; // yen, negative for refunds
    QString paymentMethod;
    int installmentCount = 0;
    qint64 paymentAmount = 0;
    qint64 feeAmount = 0;
    QString paymentMonth; // YYYY-MM
    QString status;       // confirmed | unconfirmed | cancelled
    QString approvalNumber;
    ForeignAmount foreign;
    QDateTime fetchedAt;

    bool sameContent(const CardTransaction& o) const;
};

struct CardStatement
{
    qint64 connectionId = 0;
    QString cardId;
    QString billingMonth; // YYYY-MM
    QDate closingDate;
    QDate dueDate;
    QString billingStatus; // unconfirmed | confirmed | no_data
    qint64 totalBilledAmount = 0;
    qint64 newUsageAmount = 0;
    int transactionCount = 0;
    QDateTime fetchedAt;
};

struct CardLimits
{
    qint64 connectionId = 0;
    QString cardId;
    qint64 shoppingLimit = 0;
    qint64 shoppingAvailable = 0;
    qint64 cashingLimit = 0;
    qint64 cashingAvailable = 0;
    std::optional<qint64> installmentAvailable;
    std::optional<qint64> revolvingAvailable;
    QDateTime fetchedAt;
};

struct IssuerNotice
{
    QString issuerId;
    QString noticeId;
    QString kind; // security | maintenance | info
    QString title;
    QString body;
    QDateTime publishedAt;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime fetchedAt;
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    qint64 connectionId = 0; // 0: not about one connection
    QString issuerId;
    QString operation;     // e.g. "GET /v1/cards/{cardId}/transactions", "link", "revoke"
    int httpStatus = 0;    // 0: no HTTP exchange
    QString result;        // ok | error code name
    QString interactionId; // x-fapi-interaction-id
    qint64 durationMs = 0;
    QString detail;        // never a token, code or query string
    QByteArray hash;       // SHA-256 chained to the previous row
};

enum class AlertState { New, Acknowledged, Resolved };
enum class AlertSeverity { Info, Warning, Critical };
QString toString(AlertState state);
QString toString(AlertSeverity severity);

struct Alert
{
    qint64 id = 0;
    QString kind;     // issuer_revoked, consent_expiring, pan_received, …
    QString dedupKey; // one open alert per key
    AlertSeverity severity = AlertSeverity::Warning;
    AlertState state = AlertState::New;
    qint64 connectionId = 0;
    QString issuerId;
    QString title;
    QString whatHappened;
    QString whatToDo;
    QString contact; // whom to call: issuer or connector, from the profiles
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct PendingRevocation
{
    qint64 id = 0;
    qint64 connectionId = 0;
    QString issuerId;
    SecretBytes token;
    QString tokenTypeHint; // refresh_token | access_token
    // Where this token may go: the connection's binding when it was queued
    // (the connection may be gone by the time it is retried). Empty for rows
    // queued before bindings existed.
    IssuerBinding binding;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

} // namespace meisai
