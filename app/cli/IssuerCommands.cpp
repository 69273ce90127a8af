// The issuer directory on the command line: `issuers`, `issuer add` (from
// what the issuer publishes), `issuer import` (from a profile file), and the
// disclosures shown with data (who provided it, who shows it).

#include "Cli.h"
#include "common/FileProblem.h"
#include "Network.h"
#include "Terminal.h"
#include "common/Log.h"
#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "issuer/IssuerProfileFile.h"
#include "net/HttpClient.h"
#include "oauth/Discovery.h"
#include "oauth/IssuerProbe.h"
#include "oauth/IssuerRegistrar.h"
#include "oauth/OAuthContext.h"
#include "oauth/TokenManager.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace meisai::cli {

namespace {

// A draft profile as a file to complete: every field a person must fill in is
// present, empty, so that the file shows where it goes.
QByteArray draftJson(const IssuerProfile& draft, const QStringList& missing)
{
    QJsonObject o = draft.toJsonObject();
    const QJsonObject emptyText{{QStringLiteral("ja"), QString()}, {QStringLiteral("en"), QString()}};
    if (draft.displayName.isEmpty())
        o.insert(QStringLiteral("display_name"), emptyText);
    if (draft.clientId.isEmpty())
        o.insert(QStringLiteral("client_id"), QString());
    if (draft.apiBaseUrl.isEmpty())
        o.insert(QStringLiteral("api_base_url"), QString());
    QJsonArray scopes;
    for (const QJsonValue& v : o.value(QStringLiteral("scopes")).toArray()) {
        QJsonObject scope = v.toObject();
        if (scope.value(QStringLiteral("purpose")).toObject().isEmpty())
            scope.insert(QStringLiteral("purpose"), emptyText);
        scopes.append(scope);
    }
    o.insert(QStringLiteral("scopes"), scopes);
    QJsonObject d = o.value(QStringLiteral("disclosures")).toObject();
    if (draft.disclosures.legalName.isEmpty())
        d.insert(QStringLiteral("legal_name"), emptyText);
    const QJsonObject emptyContact{{QStringLiteral("name"), emptyText}, {QStringLiteral("phone"), QString()},
                                   {QStringLiteral("email"), QString()}, {QStringLiteral("url"), QString()},
                                   {QStringLiteral("hours"), emptyText}};
    if (draft.disclosures.inquiry.isEmpty())
        d.insert(QStringLiteral("inquiry_contact"), emptyContact);
    if (draft.disclosures.incident.isEmpty())
        d.insert(QStringLiteral("incident_contact"), emptyContact);
    o.insert(QStringLiteral("disclosures"), d);
    QStringList todo;
    for (const QString& m : missing)
        todo << m;
    o.insert(QStringLiteral("$comment"),
             QString(QStringLiteral("Draft written by meisai-cli issuer add --draft. Fill in: ")
                     + todo.join(QStringLiteral(" | "))));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString bullets(const QStringList& lines)
{
    QString out;
    for (const QString& line : lines)
        out += QStringLiteral("\n  - ") + terminalSafe(line);
    return out;
}

} // namespace

QString Cli::describeIssuer(const IssuerProfile& profile)
{
    const auto line = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString() : QStringLiteral("  ") + label + terminalSafe(value) + QLatin1Char('\n');
    };
    QString out;
    out += line(tr("Company: "), profile.disclosures.legalName.text());
    QStringList services;
    for (const LocalizedText& service : profile.disclosures.services)
        services << service.text();
    out += line(tr("Services: "), services.join(QStringLiteral(", ")));
    out += line(tr("Issuer: "), profile.issuer.toString());
    out += line(tr("Card API: "), profile.apiBaseUrl.isEmpty() ? tr("none given: linking works, syncing does not")
                                                              : profile.apiBaseUrl.toString());
    out += line(tr("Client id: "), profile.clientId);
    QStringList scopes;
    for (const ScopeInfo& scope : profile.scopes)
        scopes << scope.name + QStringLiteral(" (") + scope.purpose.text()
                      + (scope.required ? QString() : tr(", optional")) + QLatin1Char(')');
    out += line(tr("Scopes: "), scopes.join(QStringLiteral("; ")));
    out += line(tr("Inquiries: "), profile.disclosures.inquiry.summary());
    out += line(tr("Fraud and incidents: "), profile.disclosures.incident.summary());
    out += line(tr("Service hours: "), profile.disclosures.serviceHours.text());
    out += line(tr("Notes: "), profile.disclosures.notes.text());
    if (profile.sandbox)
        out += QStringLiteral("  ") + tr("This is a sandbox issuer: test data only.") + QLatin1Char('\n');
    return out;
}

int Cli::registerIssuer(const IssuerProfile& profile, bool replace)
{
    OAuthContext context(*m_vault, directory());
    TokenManager tokens(context);
    IssuerRegistrar registrar(context, &tokens);
    Result<IssuerRegistrar::Report> report = makeError(ErrorCode::Unknown, QString());
    waitFor([&](std::function<void()> done) {
        registrar.registerProfile(profile, replace, &registrar, [&report, done](Result<IssuerRegistrar::Report> r) {
            report = std::move(r);
            done();
        });
    });
    if (!report) {
        Error e = report.error();
        if (e.code == ErrorCode::BindingMismatch && !replace)
            e.message += QLatin1Char(' ') + tr("Run the same command with --replace to do so.");
        return fail(e);
    }
    m_issuerNames.remove(profile.id);
    const IssuerRegistrar::Report& r = *report;
    QString out;
    if (!r.revokedConnections.isEmpty()) {
        QStringList ids;
        for (qint64 id : r.revokedConnections)
            ids << QString::number(id);
        out += tr("Revoked connection %1 at %2 first: %n token(s) confirmed revoked there.", nullptr,
                  r.revocation.confirmed)
                   .arg(ids.join(QStringLiteral(", ")), r.previousIssuer.toString())
               + QLatin1Char('\n');
        if (r.revocation.queued > 0)
            printError(tr("%n token(s) could not be revoked at the old issuer yet; they stay queued for it and are "
                          "never sent to the new one.",
                          nullptr, r.revocation.queued));
    }
    out += (r.replaced && r.previousIssuer != profile.issuer && !r.previousIssuer.isEmpty()
                ? tr("Replaced issuer %1: %2")
                : tr("Added issuer %1: %2"))
               .arg(profile.id, terminalSafe(profile.name()))
           + QLatin1Char('\n');
    out += describeIssuer(profile);
    writeOut(out);
    writeErr(tr("Link an account with: meisai-cli link %1").arg(profile.id) + QLatin1Char('\n'));
    return ExitOk;
}

int Cli::cmdIssuerAdd()
{
    if (!m_args.isEmpty())
        return failUsage(tr("issuer add takes options only: --discovery URL --client-id ID [--ca FILE] [--scope S]…"));
    const QUrl discoveryUrl(m_parser.value(QStringLiteral("discovery")), QUrl::StrictMode);
    if (!discoveryUrl.isValid() || discoveryUrl.scheme() != u"https" || discoveryUrl.host().isEmpty())
        return failUsage(tr("--discovery needs the issuer's discovery URL, starting with https://."));
    const QString explicitId = m_parser.value(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!explicitId.isEmpty() && !idPattern.match(explicitId).hasMatch())
        return failUsage(tr("--id may hold lower-case letters, digits and hyphens only."));
    const QString draftPath = m_parser.value(QStringLiteral("draft"));
    if (!draftPath.isEmpty() && QFileInfo::exists(draftPath))
        return failUsage(tr("%1 exists already; --draft writes a new file only.").arg(draftPath));
    IssuerProbeRequest request;
    request.discoveryUrl = discoveryUrl;
    request.clientId = m_parser.value(QStringLiteral("client-id"));
    request.id = explicitId;
    request.caFile = m_parser.value(QStringLiteral("ca"));
    request.scopes = m_parser.values(QStringLiteral("scope"));

    auto v = vault(true);
    if (!v)
        return failVault(v.error());
    IssuerProbe probe;
    probe.setAuditSink(&(*v)->audit());
    writeErr(tr("Fetching %1 …").arg(redactUrl(discoveryUrl)) + QLatin1Char('\n'));
    Result<IssuerProbeResult> probed = makeError(ErrorCode::Unknown, QString());
    waitFor([&](std::function<void()> done) {
        probe.probe(request, &probe, [&probed, done](Result<IssuerProbeResult> r) {
            probed = std::move(r);
            done();
        });
    });
    if (!probed)
        return fail(probed.error());

    if (!draftPath.isEmpty()) {
        QFile file(draftPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || file.write(draftJson(probed->draft, probed->missing)) < 0 || !file.flush())
            return fail(makeError(ErrorCode::Io, tr("The draft could not be written to %1: %2")
                                                     .arg(draftPath, FileProblem::of(file))));
        writeOut(tr("Wrote a draft profile of %1 to %2.").arg(probed->draft.issuer.toString(), draftPath)
                 + QLatin1Char('\n'));
        if (!probed->missing.isEmpty())
            writeOut(tr("Fill in:") + bullets(probed->missing) + QLatin1Char('\n'));
        writeOut(tr("Then add it with: meisai-cli issuer import %1").arg(draftPath) + QLatin1Char('\n'));
        return ExitOk;
    }
    if (!probed->missing.isEmpty()) {
        const QString what = probed->hasPublicProfile
            ? tr("%1 does not give everything Meisai needs.").arg(probed->draft.issuer.toString())
            : tr("%1 publishes only standard metadata (no card API profile), so issuer add cannot fill in "
                 "everything Meisai must show you before linking.")
                  .arg(probed->draft.issuer.toString());
        return fail(makeError(ErrorCode::InvalidArgument,
                              what + QLatin1Char(' ') + tr("A profile file must supply:") + bullets(probed->missing)
                                  + QLatin1Char('\n')
                                  + tr("Write one with what the issuer publishes by adding --draft FILE to this "
                                       "command, complete it, and add it with meisai-cli issuer import FILE "
                                       "(docs/issuer-profiles.md).")));
    }
    return registerIssuer(probed->draft, m_parser.isSet(QStringLiteral("replace")));
}

int Cli::cmdIssuerImport()
{
    if (m_args.size() != 1)
        return failUsage(tr("issuer import needs one profile file, e.g. meisai-cli issuer import example-card.json."));
    const QString path = m_args.first();
    auto read = IssuerProfileFile::read(path);
    if (!read)
        return fail(read.error());
    for (const QString& key : std::as_const(read->unknownFields))
        printError(tr("%1: the field \"%2\" is not part of format 1 and was ignored (a typo?).")
                       .arg(path, terminalSafe(key)));
    if (!read->usable())
        return fail(makeError(ErrorCode::InvalidArgument, terminalSafe(read->problemsMessage(path), true)));
    const IssuerProfile& profile = read->profile;

    auto v = vault(true);
    if (!v)
        return failVault(v.error());

    // Check the profile against what the issuer publishes now (the same checks as every link).
    if (!m_parser.isSet(QStringLiteral("offline"))) {
        IssuerProbe probe;
        probe.setAuditSink(&(*v)->audit());
        if (!profile.discoveryUrl.isEmpty())
            writeErr(tr("Checking %1 …").arg(redactUrl(profile.discoveryUrl)) + QLatin1Char('\n'));
        Result<ServerMetadata> metadata = makeError(ErrorCode::Unknown, QString());
        waitFor([&](std::function<void()> done) {
            probe.checkProfile(profile, (*v)->clock(), &probe, [&metadata, done](Result<ServerMetadata> m) {
                metadata = std::move(m);
                done();
            });
        });
        if (!metadata) {
            const ErrorCode code = metadata.error().code;
            if (code != ErrorCode::Network && code != ErrorCode::Timeout)
                return fail(makeError(code, metadata.error().message + QLatin1Char(' ')
                                                + tr("Nothing was added.")));
            printError(tr("The issuer could not be reached to check the profile (%1); it is added all the same and "
                          "checked again when you link.")
                           .arg(metadata.error().message));
        }
    }
    return registerIssuer(profile, m_parser.isSet(QStringLiteral("replace")));
}

IssuerDirectory& Cli::directory()
{
    if (!m_directory)
        m_directory = std::make_unique<IssuerDirectory>(m_vault.get());
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
                {QStringLiteral("discoveryUrl"), p.discoveryUrl.toString()},
                {QStringLiteral("apiBaseUrl"), p.apiBaseUrl.toString()},
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
        writeCsv(out);
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
