#pragma once

// The faults switched on at each issuer, and what they do to the card API's
// responses. Faults owns the bookkeeping (one fault per mode and issuer; a
// fault with a count clears itself after that many uses); CardApi asks it at
// fixed points of each /v1/… request, and each take…/apply… call that
// changes a response uses up one count of the fault it applied.
//
// The points, in the order CardApi asks (docs/sandbox.md, "Faults"):
//   takeRefusal        maintenance > 500 > 429, before anything else (not for /v1/notices, /v1/profile)
//   takeTokenExpiry    expire-tokens, once the bearer token is known to be the issuer's
//   active(PanLeak)    the transactions page, then consume(PanLeak) if an item was sent
//   takePageChain      repeat-key > endless-pages, the transactions page's hasNext and nextItemKey
//   applyToBody        malformed-json > truncated-body > oversized-body, successful responses only
//   applyLatency       latency, every /v1/… response
//   takeApiVersion     api-version, not for /v1/notices, /v1/profile
// Setting expire-tokens also expires every current access token of the
// issuer, through accessTokensExpired().

#include "Fault.h"
#include "HttpServer.h"
#include "IssuerCatalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace meisai::sandbox {

class Faults final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Faults)

public:
    using Clock = std::function<QDateTime()>;

    // A fault that refuses the whole request, in the card API's error terms.
    struct Refusal
    {
        int status = 0;
        QString error;         // the card API's "error"
        QString message;       // its "errorMessage"
        QByteArray retryAfter; // Retry-After, empty for none
    };

    explicit Faults(QStringList issuerIds, Clock clock = &QDateTime::currentDateTimeUtc, QObject* parent = nullptr);

    // Switches the fault on (replacing one of the same mode, count included);
    // false with *error for an unknown issuer or an argument the mode does not take.
    bool set(const QString& issuerId, const Fault& fault, QString* error);
    void clear(const QString& issuerId);
    void clear(const QString& issuerId, FaultMode mode);
    const Fault* active(const QString& issuerId, FaultMode mode) const;
    // One use of the fault: a fault with a count clears itself at zero.
    void consume(const QString& issuerId, FaultMode mode);
    // The issuer's faults ordered by mode name, as the admin API lists them.
    QList<Fault> list(const QString& issuerId) const;

    // What the page-chain faults do to a transactions page.
    enum class PageChain {
        Normal,    // neither is on
        RepeatKey, // hasNext, and keys to the same items going round a cycle of *cycle keys
        Endless,   // hasNext, and a key never sent before (to the same items once the real chain ends)
    };

    std::optional<Refusal> takeRefusal(const QString& issuerId);
    // *cycle (may be null): repeat-key's ARG, at least 1.
    PageChain takePageChain(const QString& issuerId, int* cycle = nullptr);
    bool takeTokenExpiry(const QString& issuerId);
    void applyToBody(const QString& issuerId, HttpResponse& response);
    void applyLatency(const QString& issuerId, HttpResponse& response);
    std::optional<QByteArray> takeApiVersion(const QString& issuerId);
    // The notice "maintenance-now" while maintenance is on.
    std::optional<Notice> maintenanceNotice(const QString& issuerId) const;

signals:
    void accessTokensExpired(const QString& issuerId);

private:
    QStringList m_issuerIds;
    Clock m_clock;
    QHash<QString, QMap<QString, Fault>> m_faults; // issuer id → mode name → fault
};

} // namespace meisai::sandbox
