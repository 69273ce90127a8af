#pragma once

// Value types of the card API v1 (DESIGN.md, "Sandbox card API (v1)") as the
// client hands them out: decoded pages and what was learnt about the call
// itself (status, interaction id, API version, deprecation, PANs dropped,
// when to retry).

#include "common/Result.h"
#include "model/Card.h"
#include "model/CardLimits.h"
#include "model/CardStatement.h"
#include "model/CardTransaction.h"
#include "model/IssuerNotice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace meisai {

// The API major version this client understands (G3).
inline constexpr int kSupportedApiMajorVersion = 1;

// Deprecation (RFC 9745) and Sunset (RFC 8594) headers of one response.
struct DeprecationInfo
{
    QString endpoint;       // method + path template, e.g. "GET /v1/cards/{cardId}/limits"
    QDateTime deprecatedAt; // invalid when the header said only "true"
    QDateTime sunsetAt;     // invalid without a Sunset header
    QString link;           // rel="deprecation" or rel="sunset" link, when given
};

// What the PAN guard did with a full card number it found.
enum class PanAction {
    Masked,        // text: every digit but the last four replaced by '*'
    Fingerprinted, // an identifier: replaced by the vault's keyed fingerprint
    Dropped,       // an identifier and no key to fingerprint it: the answer was refused
};

// A full card number found in a response and removed before anything used it
// (G5). Never carries the number itself.
struct PanFinding
{
    QString endpoint; // path template
    QString field;    // JSON path, e.g. "transactions[0].remarks"
    PanAction action = PanAction::Masked;
};

// What is known about one API call besides its decoded value.
struct ApiMeta
{
    QString endpoint;      // method + path template
    int httpStatus = 0;    // 0: no HTTP response
    QString interactionId; // x-fapi-interaction-id we sent
    qint64 durationMs = 0;
    QString apiVersion;    // x-api-version of the response, when sent
    std::optional<DeprecationInfo> deprecation;
    QList<PanFinding> panFindings;

    // For failures:
    bool retryable = false;   // network, timeout, 5xx, 429, 503
    int retryAfterSecs = -1;  // from Retry-After; -1 when absent
    QDateTime retryAt;        // now + Retry-After, when given
    QString issuerError;      // body "error", e.g. "maintenance", "insufficient_scope"
    QString issuerErrorCode;  // body "errorCode", e.g. "E503-01"
    QString issuerMessage;    // body "errorMessage", as the issuer wrote it
};

// A decoded response or an Error (whose message is for people), plus meta.
template <typename T>
struct ApiReply
{
    Result<T> result;
    ApiMeta meta;

    bool ok() const { return result.ok(); }
};

struct CardList
{
    QList<Card> cards; // connectionId and fetchedAt filled in by the client
};

// GET /v1/cards/{cardId}/transactions: what to ask for.
struct TransactionFilter
{
    QDate dateFrom;      // invalid: omitted (the issuer's earliest)
    QDate dateTo;        // invalid: omitted (the issuer's today)
    QStringList status;  // confirmed | unconfirmed | cancelled; empty: all
    QString nextItemKey; // from the previous page; empty for the first
    int limit = 0;       // 0: the issuer's default page size (<= 500)
};

struct TransactionPage
{
    QString cardId;
    QDate dateFrom; // as the issuer resolved them
    QDate dateTo;
    QDate baseDate;
    QDateTime baseTime;
    int count = 0;
    bool hasNext = false;
    QString nextItemKey; // empty when !hasNext
    QList<CardTransaction> transactions;
};

struct NoticeList
{
    QList<IssuerNotice> notices; // issuerId and fetchedAt filled in by the client
};

struct PublicContact
{
    QString name;
    QString nameEn;
    QString phone;
    QString email;
    QString url;
    QString hours;
    QString hoursEn;
};

// GET /v1/profile (no login, G19).
struct IssuerPublicProfile
{
    QString issuerId;
    QString legalName;
    QString legalNameEn;
    QString brandName;
    QString kind;
    QStringList services;
    QStringList servicesEn;
    PublicContact inquiryContact;
    PublicContact incidentContact;
    QString serviceHours;
    QString serviceHoursEn;
    QString maintenanceWindow;
    QString apiVersion;
    bool sandbox = false;
};

} // namespace meisai
