#pragma once

// Builds the alerts of G17 (and G3, G5, G9): each says what happened, what to
// do and whom to contact — the issuer's incident or inquiry desk from its
// profile, or the connector's (Meisai's) from the connector profile. The
// records are raised with AlertStore::raise; dedup keys keep one open alert
// per cause. check*() functions look at the vault and raise what is due.

#include "common/Clock.h"
#include "common/Result.h"
#include "common/Text.h"
#include "model/Alert.h"
#include "model/Connection.h"
#include "model/IssuerNotice.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace meisai {

class IssuerDirectory;
class Vault;
struct ConnectorProfile;
struct DeprecationInfo;
struct PanFinding;

class AlertRules
{
    MEISAI_DECLARE_TR_FUNCTIONS(meisai::AlertRules)

public:
    // The directory may be null (issuer contacts then come from nowhere, and
    // the connector's contact is used).
    explicit AlertRules(const IssuerDirectory* directory);
    ~AlertRules();

    // issuerMessage: why, in Meisai's words (the error that found it), or empty.
    // maintenance(): issuerMessage is the issuer's own words, shown quoted.
    Alert issuerRevoked(const Connection& connection, const Text& issuerMessage) const;
    // daysLeft: 14, 7 or 1 (the thresholds crossed).
    Alert consentExpiring(const Connection& connection, int daysLeft) const;
    Alert consentExpired(const Connection& connection) const;
    Alert securityNotice(const QString& issuerId, const IssuerNotice& notice) const;
    // notice: the issuer's maintenance notice, when there is one.
    Alert maintenance(const Connection& connection, const QString& issuerMessage, const QDateTime& retryAt,
                      const std::optional<IssuerNotice>& notice = std::nullopt) const;
    // What the PAN guard found in one answer: how many numbers, in which
    // fields, and what was done with each (masked, fingerprinted, dropped).
    Alert panReceived(const Connection& connection, const QString& endpoint, const QList<PanFinding>& findings) const;
    // The same when only the count is known (the fields are in the audit row).
    Alert panReceived(const Connection& connection, const QString& endpoint, int count) const;
    Alert apiDeprecated(const QString& issuerId, const DeprecationInfo& info) const;
    Alert apiUnsupported(const QString& issuerId, const Text& message) const;
    Alert syncFailing(const Connection& connection, int failures, const Text& lastError) const;
    // A guard stopped the connection's sync (an endless page chain, an answer
    // over a decoder budget, the time budget); message says which.
    Alert syncStopped(const Connection& connection, const Text& message) const;
    Alert auditTampered(const AuditLog::Verification& verification) const;
    // A token was about to go to an address the connection was not linked
    // with (BindingGuard); message says which addresses.
    Alert issuerMismatch(qint64 connectionId, const QString& issuerId, const Text& message) const;

    // Dedup keys (one open alert per key), so callers can resolve an alert when its cause is gone.
    static QString reconnectKey(qint64 connectionId); // the grant is gone: revoked, or the consent ended
    static QString consentExpiringKey(qint64 connectionId, int thresholdDays);
    static QString noticeKey(const QString& issuerId, const QString& noticeId); // a security or maintenance notice
    static QString maintenanceKey(qint64 connectionId);
    static QString panReceivedKey(qint64 connectionId);
    static QString apiDeprecatedKey(const QString& issuerId, const QString& endpoint);
    static QString syncFailingKey(qint64 connectionId);
    static QString syncStoppedKey(qint64 connectionId);
    static QString apiUnsupportedKey(const QString& issuerId);
    static QString auditTamperedKey();
    static QString issuerMismatchKey(qint64 connectionId);

    // Consent expiring in 14/7/1 days or expired, for every active connection,
    // against clock.now(). Raises what is due, resolves earlier thresholds of
    // the same connection. Returns the alert ids raised or still open.
    Result<QList<qint64>> checkConsents(Vault& vault, const Clock& clock) const;
    // AuditLog::verify(); raises audit_tampered when it fails.
    Result<QList<qint64>> checkAuditLog(Vault& vault) const;
    // Alerts stored before texts were kept as Texts hold strings in the
    // language they were raised in. Those whose texts follow from the vault
    // (consent ending or ended, a sync failing, the title and advice of a
    // revoked grant) are written again as Texts; the others keep their words.
    // Run when a vault is opened.
    Status retextStoredAlerts(Vault& vault) const;

    // The contact lines used in alerts, and the issuer's name (its legal
    // name, else its display name): as Texts in both languages, and rendered now.
    Text issuerContactText(const QString& issuerId, bool incident) const;
    Text connectorContactText(bool incident) const;
    Text issuerNameText(const QString& issuerId) const;
    QString issuerContact(const QString& issuerId, bool incident) const;
    QString connectorContact(bool incident) const;
    QString issuerName(const QString& issuerId) const;
    // The connection's name as a Text: its labelText, or its label as written,
    // or the issuer's name when it has none.
    Text connectionName(const Connection& connection) const;

private:
    Alert base(AlertKind kind, const QString& dedupKey, AlertSeverity severity, qint64 connectionId,
               const QString& issuerId) const;
    // Sets the alert's four Texts and the strings they render to now.
    static void fill(Alert& a, const Text& title, const Text& whatHappened, const Text& whatToDo, const Text& contact);

    const IssuerDirectory* m_directory;
    std::unique_ptr<ConnectorProfile> m_connector;
};

} // namespace meisai
