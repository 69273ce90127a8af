#pragma once

// Strict decoders of the card API v1 bodies, as pure functions (no network,
// no vault) so that tests can feed them anything.
//
// Rules: the body is a JSON object; a missing or malformed required field is
// an error naming the field and the endpoint; unknown fields are ignored;
// amounts are integer yen (a float or a string is rejected); dates are
// YYYY-MM-DD, times RFC 3339 with an offset (Z or ±hh:mm); currencies are
// ISO 4217 codes Meisai knows; paymentMethod one of DESIGN.md's codes.
// Every string goes through the PAN guard first; findings are appended to
// *findings (may be null). panKey is the vault's PAN subkey for identifiers
// holding a card number (PanGuard::fingerprint); without it such an answer is
// an error, nothing of it decoded.
//
// Budgets (a hostile or broken issuer cannot make a decoder take much memory
// or time): before the body is parsed, one linear pass over its raw bytes
// counts nesting depth, values, text lengths and the work of walking the
// tree; an answer over any of them is refused whole with ErrorCode::TooLarge
// and a message naming the endpoint and the limit. A real answer stays far
// below each: the deepest is 4 levels (transactions[i].foreign.rate), a full
// page of 500 transactions about 10,000 values and 300,000 units of work.
// Measured (tests/api, RelWithDebInfo): an 8 MiB bomb of each shape there is
// refused in under 30 ms of CPU; the heaviest 8 MiB body within the budgets
// (128 texts of 64 KiB full of card numbers) decodes in under 200 ms.

#include "ApiTypes.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

#include <optional>

namespace meisai::ApiDecoders {

// Containers (objects and arrays) nested in one another, the root included.
inline constexpr int kMaxDepth = 32;
// Values of any kind (containers, texts, numbers, literals) in one answer.
inline constexpr qint64 kMaxElements = 1'000'000;
// Bytes of one text (a key or a string value) as written, escapes included.
inline constexpr qint64 kMaxStringBytes = 64 * 1024;
// The body's bytes plus, for every value, the length of its path
// ("transactions[12].amount"): what walking the tree and naming values costs.
inline constexpr qint64 kMaxWork = 64'000'000;

// The translation context of the decoders' messages.
class Messages final
{
    MEISAI_DECLARE_TR_FUNCTIONS(meisai::ApiDecoders)
};

Result<CardList> decodeCards(const QByteArray& body, QList<PanFinding>* findings = nullptr,
                             const SecretBytes* panKey = nullptr);
Result<TransactionPage> decodeTransactions(const QByteArray& body, QList<PanFinding>* findings = nullptr,
                                           const SecretBytes* panKey = nullptr);
// month: the billing month asked for (YYYY-MM); the answer must be for it.
Result<CardStatement> decodeStatement(const QByteArray& body, const QString& month,
                                      QList<PanFinding>* findings = nullptr, const SecretBytes* panKey = nullptr);
Result<CardLimits> decodeLimits(const QByteArray& body, QList<PanFinding>* findings = nullptr,
                                const SecretBytes* panKey = nullptr);
Result<NoticeList> decodeNotices(const QByteArray& body, QList<PanFinding>* findings = nullptr,
                                 const SecretBytes* panKey = nullptr);
Result<IssuerPublicProfile> decodeProfile(const QByteArray& body, QList<PanFinding>* findings = nullptr,
                                          const SecretBytes* panKey = nullptr);

// The error body of DESIGN.md: {"error","errorCode","errorMessage","errorDetails":[…]}.
struct ErrorBody
{
    QString error;
    QString errorCode;
    QString errorMessage;
    QStringList details; // "field: message" when the details are objects
};
// Error bodies are never stored: one with a card number in an identifier is dropped (nullopt).
std::optional<ErrorBody> decodeErrorBody(const QByteArray& body);

// G3: a version string such as "1.2.0" (or "1", "v1.2"); an error when its
// major version is not kSupportedApiMajorVersion or it is not a version.
Status checkApiVersion(const QString& version, const Text& issuerName);

// Deprecation (RFC 9745 "@<epoch>", an HTTP date, or "true") and Sunset
// (HTTP date). nullopt when neither header is present.
std::optional<DeprecationInfo> parseDeprecation(QByteArrayView deprecation, QByteArrayView sunset,
                                                QByteArrayView link = {});
// IMF-fixdate (RFC 7231), e.g. "Thu, 31 Dec 2026 15:00:00 GMT"; invalid if not one.
QDateTime parseHttpDate(QByteArrayView text);
// Retry-After: delta seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(QByteArrayView text, const QDateTime& now);

// Validators the decoders use (exposed for tests and the CLI).
bool isDate(QStringView text);          // YYYY-MM-DD, a real date
bool isMonth(QStringView text);         // YYYY-MM
QDateTime parseRfc3339(QStringView text); // invalid unless a full RFC 3339 date-time with offset
bool isKnownCurrency(QStringView code);   // three uppercase letters on Meisai's ISO 4217 list
bool isPaymentMethod(QStringView code);   // 10, 21–24, 31–34, 61, 80

} // namespace meisai::ApiDecoders
