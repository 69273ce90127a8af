#include "AlertRules.h"

#include "api/ApiTypes.h"
#include "common/Log.h"
#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "sync/SyncCursor.h"
#include "vault/Vault.h"

#include <QLocale>

namespace meisai {

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

Text AlertRules::issuerNameText(const QString& issuerId) const
{
    if (m_directory) {
        auto profile = m_directory->find(issuerId);
        if (profile) {
            const LocalizedText& legal = profile->disclosures.legalName;
            const LocalizedText& name = legal.isEmpty() ? profile->displayName : legal;
            return Text::bilingual(name.text(QStringLiteral("ja")), name.text(QStringLiteral("en")));
        }
    }
    return Text::verbatim(issuerId);
}

QString AlertRules::issuerName(const QString& issuerId) const
{
    return issuerNameText(issuerId).toString();
}

Text AlertRules::issuerContactText(const QString& issuerId, bool incident) const
{
    if (m_directory) {
        auto profile = m_directory->find(issuerId);
        if (profile) {
            const Contact& first = incident ? profile->disclosures.incident : profile->disclosures.inquiry;
            const Contact& second = incident ? profile->disclosures.inquiry : profile->disclosures.incident;
            const Contact& c = !first.isEmpty() ? first : second;
            if (!c.isEmpty())
                return Text::joined({issuerNameText(issuerId),
                                     Text::bilingual(c.summary(QStringLiteral("ja")), c.summary(QStringLiteral("en")))},
                                    QStringLiteral(": "));
        }
    }
    return connectorContactText(incident);
}

Text AlertRules::connectorContactText(bool incident) const
{
    if (!m_connector)
        return {};
    const Contact& c = incident && !m_connector->incident.isEmpty() ? m_connector->incident : m_connector->inquiry;
    const Text summary = Text::bilingual(c.summary(QStringLiteral("ja")), c.summary(QStringLiteral("en")));
    const LocalizedText& company = m_connector->companyName;
    if (company.isEmpty())
        return summary;
    return Text::joined({Text::bilingual(company.text(QStringLiteral("ja")), company.text(QStringLiteral("en"))), summary},
                        QStringLiteral(": "));
}

QString AlertRules::issuerContact(const QString& issuerId, bool incident) const
{
    return issuerContactText(issuerId, incident).toString();
}

QString AlertRules::connectorContact(bool incident) const
{
    return connectorContactText(incident).toString();
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

void AlertRules::fill(Alert& a, const Text& title, const Text& whatHappened, const Text& whatToDo, const Text& contact)
{
    a.titleText = title;
    a.whatHappenedText = whatHappened;
    a.whatToDoText = whatToDo;
    a.contactText = contact;
    a.title = title.toString();
    a.whatHappened = whatHappened.toString();
    a.whatToDo = whatToDo.toString();
    a.contact = contact.toString();
}

Text AlertRules::connectionName(const Connection& connection) const
{
    if (!connection.labelText.isEmpty() && connection.labelText.toString() == connection.label)
        return connection.labelText;
    return connection.label.isEmpty() ? issuerNameText(connection.issuerId) : Text::verbatim(connection.label);
}

Alert AlertRules::issuerRevoked(const Connection& connection, const Text& issuerMessage) const
{
    Alert a = base(AlertKind::IssuerRevoked, reconnectKey(connection.id), AlertSeverity::Critical,
                   connection.id, connection.issuerId);
    const Text name = issuerNameText(connection.issuerId);
    QList<Text> what{trText("%1 revoked the access it had granted to Meisai for \"%2\". Meisai can no longer read "
                            "this account; what was already fetched stays on this computer.")
                         .arg(name)
                         .arg(connectionName(connection))};
    if (!issuerMessage.isEmpty())
        what << trText("Details: %1").arg(issuerMessage);
    fill(a, trText("%1 stopped Meisai's access").arg(name), Text::sentences(what),
         trText("If you did not ask for this, contact %1 at once: your account may have been misused. "
                "Otherwise connect the account again when you want to.")
             .arg(name),
         issuerContactText(connection.issuerId, true));
    return a;
}

Alert AlertRules::consentExpiring(const Connection& connection, int daysLeft) const
{
    Alert a = base(AlertKind::ConsentExpiring, consentExpiringKey(connection.id, daysLeft),
                   daysLeft <= 1 ? AlertSeverity::Warning : AlertSeverity::Info, connection.id, connection.issuerId);
    const Text name = issuerNameText(connection.issuerId);
    fill(a, trText("Your consent for %1 ends in %n day(s)", nullptr, daysLeft).arg(name),
         trText("The consent you gave %1 for \"%2\" is valid until %3. After that Meisai can no longer "
                "fetch your statements.")
             .arg(name)
             .arg(connectionName(connection))
             .arg(Text::time(connection.consentExpiresAt, Text::TimeStyle::LongDate)),
         trText("Connect the account again before then to renew the consent."),
         issuerContactText(connection.issuerId, false));
    return a;
}

Alert AlertRules::consentExpired(const Connection& connection) const
{
    Alert a = base(AlertKind::ConsentExpired, reconnectKey(connection.id), AlertSeverity::Warning,
                   connection.id, connection.issuerId);
    const Text name = issuerNameText(connection.issuerId);
    fill(a, trText("Your consent for %1 has ended").arg(name),
         trText("The consent you gave %1 for \"%2\" ended on %3. Meisai no longer fetches this account.")
             .arg(name)
             .arg(connectionName(connection))
             .arg(Text::time(connection.consentExpiresAt, Text::TimeStyle::LongDate)),
         trText("Connect the account again to renew the consent."), issuerContactText(connection.issuerId, false));
    return a;
}

Alert AlertRules::securityNotice(const QString& issuerId, const IssuerNotice& notice) const
{
    Alert a = base(AlertKind::SecurityNotice, noticeKey(issuerId, notice.noticeId),
                   AlertSeverity::Warning, 0, issuerId);
    fill(a, trText("Security notice from %1: %2").arg(issuerNameText(issuerId)).arg(notice.title),
         Text::verbatim(notice.body.isEmpty() ? notice.title : notice.body),
         trText("Read the notice and follow the issuer's instructions. If you notice payments you did not "
                "make, contact the issuer at once."),
         issuerContactText(issuerId, true));
    return a;
}

Alert AlertRules::maintenance(const Connection& connection, const QString& issuerMessage, const QDateTime& retryAt,
                              const std::optional<IssuerNotice>& notice) const
{
    Alert a = base(AlertKind::Maintenance, maintenanceKey(connection.id), AlertSeverity::Info, connection.id,
                   connection.issuerId);
    const Text name = issuerNameText(connection.issuerId);
    QList<Text> what;
    what << trText("%1 is not answering requests for \"%2\" during maintenance.").arg(name).arg(connectionName(connection));
    if (notice)
        what << trText("The issuer's notice: \"%1\" — \"%2\"").arg(notice->title).arg(notice->body);
    else if (!issuerMessage.isEmpty())
        what << trText("The issuer said: \"%1\"").arg(issuerMessage);
    fill(a, trText("%1 is under maintenance").arg(name), Text::sentences(what),
         retryAt.isValid()
             ? trText("Nothing to do: Meisai will try again after %1. The statements already fetched remain available.")
                   .arg(Text::time(retryAt))
             : trText("Nothing to do: Meisai will try again later. The statements already fetched remain available."),
         issuerContactText(connection.issuerId, false));
    return a;
}

Alert AlertRules::panReceived(const Connection& connection, const QString& endpoint,
                              const QList<PanFinding>& findings) const
{
    Alert a = base(AlertKind::PanReceived, panReceivedKey(connection.id), AlertSeverity::Critical,
                   connection.id, connection.issuerId);
    const Text name = issuerNameText(connection.issuerId);
    int masked = 0, fingerprinted = 0, dropped = 0;
    QStringList fields;
    for (const PanFinding& f : findings) {
        masked += f.action == PanAction::Masked;
        fingerprinted += f.action == PanAction::Fingerprinted;
        dropped += f.action == PanAction::Dropped;
        if (!fields.contains(f.field))
            fields << f.field;
    }
    QList<Text> what;
    what << trText("An answer from %1 (%2) contained %n full card number(s), in %3.", nullptr, int(findings.size()))
                .arg(name)
                .arg(endpoint)
                .arg(fields.join(QStringLiteral(", ")));
    if (masked > 0)
        what << trText("%n of them were masked to their last four digits.", nullptr, masked);
    if (fingerprinted > 0)
        what << trText("%n identifier(s) holding a card number were replaced by a private fingerprint that only this "
                       "vault can compute.",
                       nullptr, fingerprinted);
    if (dropped > 0)
        what << trText("%n answer(s) with a card number in an identifier were dropped whole.", nullptr, dropped);
    what << trText("No full card number was stored.");
    fill(a, trText("%1 sent a full card number").arg(name), Text::sentences(what),
         trText("Nothing was stored, but the issuer should not send card numbers to connectors. Tell the "
                "issuer, and tell us if it happens again."),
         Text::joined({issuerContactText(connection.issuerId, true), connectorContactText(true)}, QStringLiteral(" / ")));
    return a;
}

Alert AlertRules::panReceived(const Connection& connection, const QString& endpoint, int count) const
{
    Alert a = base(AlertKind::PanReceived, panReceivedKey(connection.id), AlertSeverity::Critical,
                   connection.id, connection.issuerId);
    const Text name = issuerNameText(connection.issuerId);
    fill(a, trText("%1 sent a full card number").arg(name),
         trText("An answer from %1 (%2) contained %n full card number(s). Meisai masked them, or replaced "
                "an identifier holding one by a private fingerprint, before storing anything. The full "
                "card number was not stored; the fields are named in the activity log.",
                nullptr, count)
             .arg(name)
             .arg(endpoint),
         trText("Nothing was stored, but the issuer should not send card numbers to connectors. Tell the "
                "issuer, and tell us if it happens again."),
         Text::joined({issuerContactText(connection.issuerId, true), connectorContactText(true)}, QStringLiteral(" / ")));
    return a;
}

Alert AlertRules::apiDeprecated(const QString& issuerId, const DeprecationInfo& info) const
{
    Alert a = base(AlertKind::ApiDeprecated, apiDeprecatedKey(issuerId, info.endpoint),
                   AlertSeverity::Info, 0, issuerId);
    const Text name = issuerNameText(issuerId);
    QList<Text> what;
    what << (info.deprecatedAt.isValid()
                 ? trText("%1 marked %2 as deprecated since %3.")
                       .arg(name)
                       .arg(info.endpoint)
                       .arg(Text::time(info.deprecatedAt, Text::TimeStyle::LongDate))
                 : trText("%1 marked %2 as deprecated.").arg(name).arg(info.endpoint));
    if (info.sunsetAt.isValid())
        what << trText("It will stop working on %1.").arg(Text::time(info.sunsetAt, Text::TimeStyle::LongDate));
    if (!info.link.isEmpty())
        what << trText("Details: %1").arg(info.link);
    fill(a, trText("%1 is retiring part of its API").arg(name), Text::sentences(what),
         info.sunsetAt.isValid() ? trText("Update Meisai before %1 so that syncing keeps working.")
                                       .arg(Text::time(info.sunsetAt, Text::TimeStyle::LongDate))
                                 : trText("Update Meisai when a new version is available so that syncing keeps working."),
         connectorContactText(false));
    return a;
}

Alert AlertRules::apiUnsupported(const QString& issuerId, const Text& message) const
{
    Alert a = base(AlertKind::ApiUnsupported, apiUnsupportedKey(issuerId), AlertSeverity::Warning,
                   0, issuerId);
    fill(a, trText("Meisai cannot read %1's new API").arg(issuerNameText(issuerId)), message,
         trText("Update Meisai. Until then this issuer is not synced; what was fetched stays available."),
         connectorContactText(false));
    return a;
}

Alert AlertRules::syncFailing(const Connection& connection, int failures, const Text& lastError) const
{
    Alert a = base(AlertKind::SyncFailing, syncFailingKey(connection.id), AlertSeverity::Warning, connection.id,
                   connection.issuerId);
    const Text name = connectionName(connection);
    fill(a, trText("Syncing %1 keeps failing").arg(name),
         trText("The last %n sync(s) of \"%1\" failed. The last error: %2", nullptr, failures).arg(name).arg(lastError),
         trText("Check the network connection. If it keeps failing, the issuer may have a problem: look at "
                "its notices or contact it."),
         issuerContactText(connection.issuerId, false));
    return a;
}

Alert AlertRules::syncStopped(const Connection& connection, const Text& message) const
{
    Alert a = base(AlertKind::SyncStopped, syncStoppedKey(connection.id), AlertSeverity::Warning, connection.id,
                   connection.issuerId);
    fill(a, trText("Meisai stopped syncing %1").arg(connectionName(connection)), message,
         trText("Nothing is lost: what was fetched before stays, and the next sync tries again. If this keeps "
                "happening, the issuer's service is not working as it should: tell the issuer."),
         issuerContactText(connection.issuerId, false));
    return a;
}

Alert AlertRules::auditTampered(const AuditLog::Verification& verification) const
{
    Alert a = base(AlertKind::AuditTampered, auditTamperedKey(), AlertSeverity::Critical, 0, {});
    fill(a, trText("The API execution log was altered"),
         trText("Checking the log found a row that was changed, inserted or removed (row %1). %2")
             .arg(verification.firstBadSeq)
             .arg(verification.message),
         trText("Someone or something changed Meisai's data on this computer. Check the computer for malware, "
                "change the vault passphrase, and contact us."),
         connectorContactText(true));
    return a;
}

Alert AlertRules::issuerMismatch(qint64 connectionId, const QString& issuerId, const Text& message) const
{
    Alert a = base(AlertKind::IssuerMismatch, issuerMismatchKey(connectionId), AlertSeverity::Critical, connectionId,
                   issuerId);
    fill(a, trText("Meisai stopped a token from going to another server"), message,
         trText("Do not link or sync this connection until you know why the issuer's settings changed. If you "
                "did not add or replace this issuer yourself, remove the issuer profile you do not recognise, "
                "check this computer for malware, and contact us. The connection's tokens are still only in "
                "the vault."),
         connectorContactText(true));
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

Status AlertRules::retextStoredAlerts(Vault& vault) const
{
    auto alerts = vault.alerts().list(false);
    if (!alerts)
        return alerts.error();
    for (const Alert& stored : *alerts) {
        if (!stored.titleText.toJson().isString() || stored.connectionId == 0)
            continue; // already Texts, or about no connection
        auto found = vault.connections().get(stored.connectionId);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        const Connection& c = **found;
        Alert fresh;
        switch (stored.kind) {
        case AlertKind::ConsentExpiring: {
            if (!c.consentExpiresAt.isValid() || !stored.createdAt.isValid())
                continue;
            const qint64 secs = stored.createdAt.secsTo(c.consentExpiresAt);
            fresh = consentExpiring(c, int(std::max<qint64>(1, (secs + 86399) / 86400)));
            break;
        }
        case AlertKind::ConsentExpired:
            fresh = consentExpired(c);
            break;
        case AlertKind::IssuerRevoked:
            // What happened may carry the reason of the moment: it keeps its words.
            fresh = issuerRevoked(c, {});
            fresh.whatHappenedText = stored.whatHappenedText;
            fresh.whatHappened = stored.whatHappened;
            break;
        case AlertKind::SyncFailing: {
            const int failures = SyncCursor::fromJson(c.syncState).failures;
            if (failures <= 0)
                continue;
            fresh = syncFailing(c, failures, c.lastErrorText.isEmpty() ? Text::verbatim(c.lastError) : c.lastErrorText);
            break;
        }
        default:
            continue;
        }
        fresh.id = stored.id;
        MEISAI_TRY(vault.alerts().setTexts(fresh));
    }
    return {};
}

} // namespace meisai
