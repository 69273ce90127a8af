#include "AlertRules.h"

#include "api/ApiTypes.h"
#include "common/Log.h"
#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "vault/Vault.h"

#include <QLocale>

namespace meisai {

namespace {

QString formatTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

QString formatDate(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

AlertRules::AlertRules(const IssuerDirectory* directory) : m_directory(directory)
{
    auto connector = ConnectorProfile::bundled();
    if (connector)
        m_connector = std::make_unique<ConnectorProfile>(connector.value());
    else
        qCWarning(lcSecurity).noquote() << "connector profile not available:" << connector.error().message;
}

AlertRules::~AlertRules() = default;

QString AlertRules::reconnectKey(qint64 connectionId)
{
    return QStringLiteral("reconnect:%1").arg(connectionId);
}

QString AlertRules::consentExpiringKey(qint64 connectionId, int thresholdDays)
{
    return QStringLiteral("consent:%1:%2").arg(connectionId).arg(thresholdDays);
}

QString AlertRules::noticeKey(const QString& issuerId, const QString& noticeId)
{
    return QStringLiteral("notice:%1:%2").arg(issuerId, noticeId);
}

QString AlertRules::panReceivedKey(qint64 connectionId)
{
    return QStringLiteral("pan:%1").arg(connectionId);
}

QString AlertRules::apiDeprecatedKey(const QString& issuerId, const QString& endpoint)
{
    return QStringLiteral("deprecated:%1:%2").arg(issuerId, endpoint);
}

QString AlertRules::issuerMismatchKey(qint64 connectionId)
{
    return QStringLiteral("issuer-mismatch:%1").arg(connectionId);
}

QString AlertRules::auditTamperedKey()
{
    return QStringLiteral("audit-tampered");
}

QString AlertRules::maintenanceKey(qint64 connectionId)
{
    return QStringLiteral("maintenance:%1").arg(connectionId);
}

QString AlertRules::apiUnsupportedKey(const QString& issuerId)
{
    return QStringLiteral("api-unsupported:%1").arg(issuerId);
}

QString AlertRules::syncFailingKey(qint64 connectionId)
{
    return QStringLiteral("sync-failing:%1").arg(connectionId);
}

QString AlertRules::syncStoppedKey(qint64 connectionId)
{
    return QStringLiteral("sync-stopped:%1").arg(connectionId);
}

QString AlertRules::issuerName(const QString& issuerId) const
{
    if (m_directory) {
        auto profile = m_directory->find(issuerId);
        if (profile) {
            const QString legal = profile->disclosures.legalName.text();
            return legal.isEmpty() ? profile->name() : legal;
        }
    }
    return issuerId;
}

QString AlertRules::issuerContact(const QString& issuerId, bool incident) const
{
    if (m_directory) {
        auto profile = m_directory->find(issuerId);
        if (profile) {
            const Contact& first = incident ? profile->disclosures.incident : profile->disclosures.inquiry;
            const Contact& second = incident ? profile->disclosures.inquiry : profile->disclosures.incident;
            const QString name = issuerName(issuerId);
            if (!first.isEmpty())
                return name + QStringLiteral(": ") + first.summary();
            if (!second.isEmpty())
                return name + QStringLiteral(": ") + second.summary();
        }
    }
    return connectorContact(incident);
}

QString AlertRules::connectorContact(bool incident) const
{
    if (!m_connector)
        return {};
    const Contact& c = incident && !m_connector->incident.isEmpty() ? m_connector->incident : m_connector->inquiry;
    const QString company = m_connector->companyName.text();
    return company.isEmpty() ? c.summary() : company + QStringLiteral(": ") + c.summary();
}

Alert AlertRules::base(AlertKind kind, const QString& dedupKey, AlertSeverity severity, qint64 connectionId,
                       const QString& issuerId) const
{
    Alert a;
    a.kind = kind;
    a.dedupKey = dedupKey;
    a.severity = severity;
    a.state = AlertState::New;
    a.connectionId = connectionId;
    a.issuerId = issuerId;
    return a;
}

Alert AlertRules::issuerRevoked(const Connection& connection, const QString& issuerMessage) const
{
    Alert a = base(AlertKind::IssuerRevoked, reconnectKey(connection.id), AlertSeverity::Critical,
                   connection.id, connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("%1 stopped Meisai's access").arg(name);
    a.whatHappened = tr("%1 revoked the access it had granted to Meisai for \"%2\". Meisai can no longer read "
                        "this account; what was already fetched stays on this computer.")
                         .arg(name, connection.label);
    if (!issuerMessage.isEmpty())
        a.whatHappened += QLatin1Char(' ') + tr("The issuer said: %1").arg(issuerMessage);
    a.whatToDo = tr("If you did not ask for this, contact %1 at once: your account may have been misused. "
                    "Otherwise connect the account again when you want to.")
                     .arg(name);
    a.contact = issuerContact(connection.issuerId, true);
    return a;
}

Alert AlertRules::consentExpiring(const Connection& connection, int daysLeft) const
{
    Alert a = base(AlertKind::ConsentExpiring, consentExpiringKey(connection.id, daysLeft),
                   daysLeft <= 1 ? AlertSeverity::Warning : AlertSeverity::Info, connection.id, connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("Your consent for %1 ends in %n day(s)", nullptr, daysLeft).arg(name);
    a.whatHappened = tr("The consent you gave %1 for \"%2\" is valid until %3. After that Meisai can no longer "
                        "fetch your statements.")
                         .arg(name, connection.label, formatDate(connection.consentExpiresAt));
    a.whatToDo = tr("Connect the account again before then to renew the consent.");
    a.contact = issuerContact(connection.issuerId, false);
    return a;
}

Alert AlertRules::consentExpired(const Connection& connection) const
{
    Alert a = base(AlertKind::ConsentExpired, reconnectKey(connection.id), AlertSeverity::Warning,
                   connection.id, connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("Your consent for %1 has ended").arg(name);
    a.whatHappened = tr("The consent you gave %1 for \"%2\" ended on %3. Meisai no longer fetches this account.")
                         .arg(name, connection.label, formatDate(connection.consentExpiresAt));
    a.whatToDo = tr("Connect the account again to renew the consent.");
    a.contact = issuerContact(connection.issuerId, false);
    return a;
}

Alert AlertRules::securityNotice(const QString& issuerId, const IssuerNotice& notice) const
{
    Alert a = base(AlertKind::SecurityNotice, noticeKey(issuerId, notice.noticeId),
                   AlertSeverity::Warning, 0, issuerId);
    const QString name = issuerName(issuerId);
    a.title = tr("Security notice from %1: %2").arg(name, notice.title);
    a.whatHappened = notice.body.isEmpty() ? notice.title : notice.body;
    a.whatToDo = tr("Read the notice and follow the issuer's instructions. If you notice payments you did not "
                    "make, contact the issuer at once.");
    a.contact = issuerContact(issuerId, true);
    return a;
}

Alert AlertRules::maintenance(const Connection& connection, const QString& issuerMessage, const QDateTime& retryAt,
                              const std::optional<IssuerNotice>& notice) const
{
    Alert a = base(AlertKind::Maintenance, maintenanceKey(connection.id), AlertSeverity::Info, connection.id,
                   connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("%1 is under maintenance").arg(name);
    QStringList what;
    what << tr("%1 is not answering requests for \"%2\" during maintenance.").arg(name, connection.label);
    if (notice)
        what << tr("The issuer's notice: %1 — %2").arg(notice->title, notice->body);
    else if (!issuerMessage.isEmpty())
        what << tr("The issuer said: %1").arg(issuerMessage);
    a.whatHappened = what.join(QLatin1Char(' '));
    a.whatToDo = retryAt.isValid()
        ? tr("Nothing to do: Meisai will try again after %1. The statements already fetched remain available.")
              .arg(formatTime(retryAt))
        : tr("Nothing to do: Meisai will try again later. The statements already fetched remain available.");
    a.contact = issuerContact(connection.issuerId, false);
    return a;
}

Alert AlertRules::panReceived(const Connection& connection, const QString& endpoint, int count) const
{
    Alert a = base(AlertKind::PanReceived, panReceivedKey(connection.id), AlertSeverity::Critical,
                   connection.id, connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("%1 sent a full card number").arg(name);
    a.whatHappened = tr("An answer from %1 (%2) contained %n full card number(s). Meisai removed them before "
                        "storing anything and kept only the last four digits.",
                        nullptr, count)
                         .arg(name, endpoint);
    a.whatToDo = tr("Nothing was stored, but the issuer should not send card numbers to connectors. Tell the "
                    "issuer, and tell us if it happens again.");
    a.contact = issuerContact(connection.issuerId, true) + QStringLiteral(" / ") + connectorContact(true);
    return a;
}

Alert AlertRules::apiDeprecated(const QString& issuerId, const DeprecationInfo& info) const
{
    Alert a = base(AlertKind::ApiDeprecated, apiDeprecatedKey(issuerId, info.endpoint),
                   AlertSeverity::Info, 0, issuerId);
    const QString name = issuerName(issuerId);
    a.title = tr("%1 is retiring part of its API").arg(name);
    QString what = tr("%1 marked %2 as deprecated").arg(name, info.endpoint);
    if (info.deprecatedAt.isValid())
        what += tr(" since %1").arg(formatDate(info.deprecatedAt));
    what += QLatin1Char('.');
    if (info.sunsetAt.isValid())
        what += QLatin1Char(' ') + tr("It will stop working on %1.").arg(formatDate(info.sunsetAt));
    if (!info.link.isEmpty())
        what += QLatin1Char(' ') + tr("Details: %1").arg(info.link);
    a.whatHappened = what;
    a.whatToDo = info.sunsetAt.isValid()
        ? tr("Update Meisai before %1 so that syncing keeps working.").arg(formatDate(info.sunsetAt))
        : tr("Update Meisai when a new version is available so that syncing keeps working.");
    a.contact = connectorContact(false);
    return a;
}

Alert AlertRules::apiUnsupported(const QString& issuerId, const QString& message) const
{
    Alert a = base(AlertKind::ApiUnsupported, apiUnsupportedKey(issuerId), AlertSeverity::Warning,
                   0, issuerId);
    a.title = tr("Meisai cannot read %1's new API").arg(issuerName(issuerId));
    a.whatHappened = message;
    a.whatToDo = tr("Update Meisai. Until then this issuer is not synced; what was fetched stays available.");
    a.contact = connectorContact(false);
    return a;
}

Alert AlertRules::syncFailing(const Connection& connection, int failures, const QString& lastError) const
{
    Alert a = base(AlertKind::SyncFailing, syncFailingKey(connection.id), AlertSeverity::Warning, connection.id,
                   connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("Syncing %1 keeps failing").arg(connection.label.isEmpty() ? name : connection.label);
    a.whatHappened = tr("The last %n sync(s) of \"%1\" failed. The last error: %2", nullptr, failures)
                         .arg(connection.label, lastError);
    a.whatToDo = tr("Check the network connection. If it keeps failing, the issuer may have a problem: look at "
                    "its notices or contact it.");
    a.contact = issuerContact(connection.issuerId, false);
    return a;
}

Alert AlertRules::syncStopped(const Connection& connection, const QString& message) const
{
    Alert a = base(AlertKind::SyncStopped, syncStoppedKey(connection.id), AlertSeverity::Warning, connection.id,
                   connection.issuerId);
    const QString name = issuerName(connection.issuerId);
    a.title = tr("Meisai stopped syncing %1").arg(connection.label.isEmpty() ? name : connection.label);
    a.whatHappened = message;
    a.whatToDo = tr("Nothing is lost: what was fetched before stays, and the next sync tries again. If this keeps "
                    "happening, the issuer's service is not working as it should: tell the issuer.");
    a.contact = issuerContact(connection.issuerId, false);
    return a;
}

Alert AlertRules::auditTampered(const AuditLog::Verification& verification) const
{
    Alert a = base(AlertKind::AuditTampered, auditTamperedKey(), AlertSeverity::Critical, 0, {});
    a.title = tr("The API execution log was altered");
    a.whatHappened = tr("Checking the log found a row that was changed, inserted or removed (row %1). %2")
                         .arg(verification.firstBadSeq)
                         .arg(verification.message);
    a.whatToDo = tr("Someone or something changed Meisai's data on this computer. Check the computer for malware, "
                    "change the vault passphrase, and contact us.");
    a.contact = connectorContact(true);
    return a;
}

Alert AlertRules::issuerMismatch(qint64 connectionId, const QString& issuerId, const QString& message) const
{
    Alert a = base(AlertKind::IssuerMismatch, issuerMismatchKey(connectionId), AlertSeverity::Critical, connectionId,
                   issuerId);
    a.title = tr("Meisai stopped a token from going to another server");
    a.whatHappened = message;
    a.whatToDo = tr("Do not link or sync this connection until you know why the issuer's settings changed. If you "
                    "did not add or replace this issuer yourself, remove the issuer profile you do not recognise, "
                    "check this computer for malware, and contact us. The connection's tokens are still only in "
                    "the vault.");
    a.contact = connectorContact(true);
    return a;
}

Result<QList<qint64>> AlertRules::checkConsents(Vault& vault, const Clock& clock) const
{
    auto connections = vault.connections().list();
    if (!connections)
        return connections.error();
    QList<qint64> ids;
    const QDateTime now = clock.now();
    static constexpr int kThresholds[] = {14, 7, 1};
    for (const Connection& c : *connections) {
        if (c.status != ConnectionStatus::Active || !c.consentExpiresAt.isValid())
            continue;
        const qint64 secsLeft = now.secsTo(c.consentExpiresAt);
        if (secsLeft <= 0) {
            auto id = vault.alerts().raise(consentExpired(c));
            if (!id)
                return id.error();
            ids << *id;
            for (int t : kThresholds)
                MEISAI_TRY(vault.alerts().resolveByKey(consentExpiringKey(c.id, t)));
            continue;
        }
        // The smallest threshold crossed: 1 day, else 7, else 14.
        int due = 0;
        for (int t : kThresholds) {
            if (secsLeft <= qint64(t) * 86400)
                due = t;
        }
        if (due == 0)
            continue;
        Alert a = consentExpiring(c, int(std::max<qint64>(1, (secsLeft + 86399) / 86400)));
        a.dedupKey = consentExpiringKey(c.id, due);
        auto id = vault.alerts().raise(a);
        if (!id)
            return id.error();
        ids << *id;
        for (int t : kThresholds) {
            if (t > due)
                MEISAI_TRY(vault.alerts().resolveByKey(consentExpiringKey(c.id, t)));
        }
    }
    return ids;
}

Result<QList<qint64>> AlertRules::checkAuditLog(Vault& vault) const
{
    auto verification = vault.audit().verify();
    if (!verification)
        return verification.error();
    if (verification->intact)
        return QList<qint64>{};
    qCWarning(lcSecurity).noquote() << "audit log verification failed at row" << verification->firstBadSeq;
    auto id = vault.alerts().raise(auditTampered(*verification));
    if (!id)
        return id.error();
    return QList<qint64>{*id};
}

} // namespace meisai
