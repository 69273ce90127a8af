// The issuer directory on the command line: `issuers`, `issuer add`, and
// the disclosures shown with data (who provided it, who shows it).

#include "Cli.h"
#include "Terminal.h"
#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace meisai::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("meisai-cli", text);
}

} // namespace

IssuerDirectory& Cli::directory()
{
    if (!m_directory)
        m_directory = std::make_unique<IssuerDirectory>(m_vault ? &m_vault->settings() : nullptr);
    return *m_directory;
}

QString Cli::issuerName(const QString& issuerId)
{
    if (issuerId.isEmpty())
        return QString();
    auto it = m_issuerNames.constFind(issuerId);
    if (it != m_issuerNames.cend())
        return *it;
    auto profile = directory().find(issuerId);
    const QString name = profile ? profile->name() : issuerId;
    m_issuerNames.insert(issuerId, name);
    return name;
}

QString Cli::provenanceFooter(const QStringList& issuerIds, const QDateTime& fetchedAt)
{
    QStringList issuers;
    for (const QString& id : issuerIds)
        if (!id.isEmpty())
            issuers.append(issuerName(id));
    auto connector = ConnectorProfile::bundled();
    const QString shownBy = connector ? tr("%1 (%2), a connector, not the issuer")
                                            .arg(connector->serviceName.text(), connector->companyName.text())
                                      : tr("Meisai, a connector, not the issuer");
    QString out = tr("Data provided by %1 through their card API v1").arg(issuers.join(QStringLiteral(", ")));
    if (fetchedAt.isValid())
        out += tr(", last fetched %1").arg(fetchedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out += tr("; shown by %1.").arg(shownBy) + QLatin1Char('\n');
    return out;
}

void Cli::raiseAuditTamperedAlert(const QString& message, qint64 firstBadSeq)
{
    if (!m_vault)
        return;
    Alert alert;
    alert.kind = QStringLiteral("audit_tampered");
    alert.dedupKey = QStringLiteral("audit_tampered");
    alert.severity = AlertSeverity::Critical;
    alert.title = tr("The API execution log has been altered");
    alert.whatHappened = tr("Verifying the audit log failed at row %1: %2").arg(firstBadSeq).arg(message);
    alert.whatToDo = tr("Someone or something changed the vault outside Meisai. Check this computer for malware, "
                        "change your vault passphrase or keychain password, and restore the vault from a backup "
                        "if you have one.");
    if (auto connector = ConnectorProfile::bundled())
        alert.contact = connector->incident.summary();
    if (auto raised = m_vault->alerts().raise(alert); !raised)
        printError(raised.error().message);
}

int Cli::cmdIssuers()
{
    if (!m_args.isEmpty())
        return failUsage(tr("issuers takes no arguments."));
    auto format = outputFormat();
    if (!format)
        return fail(format.error());
    // Without a profile, list the bundled issuers rather than create a vault.
    const QString dir = Profile::resolveDir(m_parser.value(QStringLiteral("profile-dir")));
    if (auto profile = Profile::load(dir); profile && profile->exists()) {
        auto v = vault(false);
        if (!v)
            return failVault(v.error());
    }
    auto list = directory().list();
    if (!list)
        return fail(list.error());

    switch (*format) {
    case OutputFormat::Json: {
        QJsonArray out;
        for (const IssuerProfile& p : *list)
            out.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("name"), p.name()},
                {QStringLiteral("legalName"), p.disclosures.legalName.text()},
                {QStringLiteral("issuer"), p.issuer.toString()},
                {QStringLiteral("clientId"), p.clientId},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(p.scopeNames())},
                {QStringLiteral("sandbox"), p.sandbox},
                {QStringLiteral("ready"), p.isComplete()},
                {QStringLiteral("inquiry"), p.disclosures.inquiry.summary()},
                {QStringLiteral("incident"), p.disclosures.incident.summary()},
            });
        writeOut(jsonText(out));
        break;
    }
    case OutputFormat::Csv: {
        QString out = csvRecord({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("issuer"),
                                 QStringLiteral("clientId"), QStringLiteral("scopes"), QStringLiteral("sandbox"),
                                 QStringLiteral("ready")});
        for (const IssuerProfile& p : *list)
            out += csvRecord({p.id, p.name(), p.issuer.toString(), p.clientId, p.scopeNames().join(QLatin1Char(' ')),
                              p.sandbox ? QStringLiteral("true") : QStringLiteral("false"),
                              p.isComplete() ? QStringLiteral("true") : QStringLiteral("false")});
        writeOut(out);
        break;
    }
    case OutputFormat::Table: {
        TextTable table;
        table.addColumn(tr("Id"));
        table.addColumn(tr("Name"), TextTable::Left, 24);
        table.addColumn(tr("Issuer URL"), TextTable::Left, 40);
        table.addColumn(tr("Scopes"), TextTable::Left, 60);
        table.addColumn(tr("State"));
        for (const IssuerProfile& p : *list) {
            QString state = p.isComplete() ? tr("ready") : tr("template: needs the sandbox's address");
            if (p.sandbox)
                state += tr(" (sandbox)");
            table.addRow({p.id, p.name(), p.issuer.isEmpty() ? QStringLiteral("-") : p.issuer.toString(),
                          p.scopeNames().join(QLatin1Char(' ')), state});
        }
        writeOut(table.render());
        break;
    }
    }
    return ExitOk;
}

} // namespace meisai::cli
