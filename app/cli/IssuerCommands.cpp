// The issuer directory on the command line: `issuers`, `issuer add`, and
// the disclosures shown with data (who provided it, who shows it).

#include "Cli.h"
#include "Terminal.h"
#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "Network.h"
#include "api/ApiDecoders.h"
#include "common/Log.h"
#include "net/HttpClient.h"
#include "oauth/Discovery.h"
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

const QStringList kCardScopes = {QStringLiteral("cards:read"), QStringLiteral("transactions:read"),
                                 QStringLiteral("statements:read"), QStringLiteral("limits:read")};

bool isLoopback(const QUrl& url)
{
    QHostAddress address;
    return url.host() == u"localhost" || (address.setAddress(url.host()) && address.isLoopback());
}

// RFC 8414 §3.1 (…/.well-known/oauth-authorization-server/<issuer path>) or
// OpenID Discovery (<issuer>/.well-known/openid-configuration): the issuer a
// discovery document names must be the one its URL was derived from.
bool discoveryMatchesIssuer(const QUrl& discovery, const QUrl& issuer)
{
    if (discovery.scheme() != issuer.scheme() || discovery.host() != issuer.host()
        || discovery.port(443) != issuer.port(443))
        return false;
    QString issuerPath = issuer.path();
    if (issuerPath.endsWith(QLatin1Char('/')))
        issuerPath.chop(1);
    return discovery.path() == QStringLiteral("/.well-known/oauth-authorization-server") + issuerPath
           || discovery.path() == issuerPath + QStringLiteral("/.well-known/openid-configuration");
}

Contact contactFrom(const PublicContact& c)
{
    Contact out;
    out.name = LocalizedText{c.name, c.nameEn};
    out.phone = c.phone;
    out.email = c.email;
    out.url = c.url;
    out.hours = LocalizedText{c.hours, c.hoursEn};
    return out;
}

Result<HttpResponse> fetch(HttpClient& http, const QUrl& url, const QString& pathTemplate)
{
    HttpRequest request;
    request.url = url;
    request.pathTemplate = pathTemplate;
    HttpResponse response;
    waitFor([&](std::function<void()> done) {
        http.send(std::move(request), &http, [&, done](HttpResponse r) {
            response = std::move(r);
            done();
        });
    });
    if (!response.isSuccess())
        return response.toError();
    return response;
}

} // namespace

int Cli::cmdIssuerAdd()
{
    if (!m_args.isEmpty())
        return failUsage(tr("issuer add takes options only: --discovery URL --client-id ID [--ca FILE] [--scope S]…"));
    const QUrl discoveryUrl(m_parser.value(QStringLiteral("discovery")), QUrl::StrictMode);
    const QString clientId = m_parser.value(QStringLiteral("client-id"));
    if (!discoveryUrl.isValid() || discoveryUrl.scheme() != u"https" || discoveryUrl.host().isEmpty())
        return failUsage(tr("--discovery needs the issuer's discovery URL, starting with https://."));
    if (clientId.isEmpty())
        return failUsage(tr("--client-id needs the client id the issuer registered for Meisai."));
    const QString explicitId = m_parser.value(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!explicitId.isEmpty() && !idPattern.match(explicitId).hasMatch())
        return failUsage(tr("--id may hold lower-case letters, digits and hyphens only."));

    QByteArray caPem;
    QList<QSslCertificate> cas;
    const QString caFile = m_parser.value(QStringLiteral("ca"));
    if (!caFile.isEmpty()) {
        auto loaded = HttpClient::loadCaFile(caFile);
        if (!loaded)
            return fail(Error{ErrorCode::InvalidArgument, loaded.error().message});
        cas = *loaded;
        QFile f(caFile);
        if (f.open(QIODevice::ReadOnly))
            caPem = f.readAll();
    }

    auto v = vault(true);
    if (!v)
        return failVault(v.error());

    HttpClientOptions httpOptions;
    httpOptions.issuerId = explicitId.isEmpty() ? discoveryUrl.host() : explicitId;
    httpOptions.issuerName = discoveryUrl.host();
    httpOptions.extraCas = cas;
    httpOptions.maxResponseBytes = 1024 * 1024;
    HttpClient http(httpOptions);
    http.setAuditSink([vault = *v](AuditEntry entry) { (void)vault->audit().append(std::move(entry)); });

    writeErr(tr("Fetching %1 …").arg(redactUrl(discoveryUrl)) + QLatin1Char('\n'));
    auto discovery = fetch(http, discoveryUrl, QStringLiteral("/.well-known (discovery)"));
    if (!discovery)
        return fail(discovery.error());
    const QJsonObject document = QJsonDocument::fromJson(discovery->body).object();
    const QUrl issuer(document.value(QStringLiteral("issuer")).toString(), QUrl::StrictMode);
    if (document.isEmpty() || !issuer.isValid())
        return fail(Error{ErrorCode::Protocol, tr("%1 is not a discovery document: it names no \"issuer\".")
                                                   .arg(redactUrl(discoveryUrl))});
    if (!discoveryMatchesIssuer(discoveryUrl, issuer))
        return fail(Error{ErrorCode::IssuerMismatch,
                          tr("The discovery document at %1 names the issuer %2, which it does not belong to "
                             "(RFC 8414 §3.3). Nothing was added.")
                              .arg(redactUrl(discoveryUrl), issuer.toString())});

    // Validate as a sandbox first only when everything is on loopback; the
    // issuer's public profile then has to confirm that it is a sandbox.
    IssuerProfile probe;
    probe.issuer = issuer;
    probe.sandbox = isLoopback(issuer);
    auto metadata = Discovery::fromObject(document, probe);
    if (!metadata)
        return fail(metadata.error());
    if (!metadata->apiBaseUrl.isValid() || metadata->apiBaseUrl.scheme() != u"https")
        return fail(Error{ErrorCode::Protocol, tr("The issuer's discovery document gives no HTTPS card API address "
                                                  "(api_base_url).")});

    QUrl profileUrl = metadata->apiBaseUrl;
    profileUrl.setPath(profileUrl.path() + QStringLiteral("/v1/profile"));
    auto profileReply = fetch(http, profileUrl, QStringLiteral("/v1/profile"));
    if (!profileReply)
        return fail(profileReply.error());
    auto publicProfile = ApiDecoders::decodeProfile(profileReply->body);
    if (!publicProfile)
        return fail(publicProfile.error());
    if (probe.sandbox && !publicProfile->sandbox) {
        probe.sandbox = false;
        metadata = Discovery::fromObject(document, probe);
        if (!metadata)
            return fail(metadata.error());
    }

    IssuerProfile profile;
    const QString id = !explicitId.isEmpty() ? explicitId : publicProfile->issuerId;
    if (!idPattern.match(id).hasMatch())
        return fail(Error{ErrorCode::Protocol, tr("The issuer's profile gives no usable id; add it with --id.")});
    if (auto bundled = IssuerDirectory::bundled()) {
        for (const IssuerProfile& b : *bundled)
            if (b.id == id)
                profile = b; // keeps the scope purposes and names written for it
    }
    profile.id = id;
    if (profile.displayName.isEmpty())
        profile.displayName = LocalizedText{publicProfile->brandName.isEmpty() ? publicProfile->legalName
                                                                              : publicProfile->brandName,
                                            publicProfile->legalNameEn};
    profile.issuer = issuer;
    profile.discoveryUrl = discoveryUrl;
    profile.clientId = clientId;
    profile.sandbox = probe.sandbox;
    profile.apiBaseUrl = metadata->apiBaseUrl;
    profile.issParameterSupported = metadata->issParameterSupported;
    profile.caPem = caPem;
    profile.caFile = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
    profile.disclosures.legalName = LocalizedText{publicProfile->legalName, publicProfile->legalNameEn};
    profile.disclosures.services.clear();
    for (int i = 0; i < publicProfile->services.size(); ++i)
        profile.disclosures.services.append(
            LocalizedText{publicProfile->services.at(i), publicProfile->servicesEn.value(i)});
    profile.disclosures.inquiry = contactFrom(publicProfile->inquiryContact);
    profile.disclosures.incident = contactFrom(publicProfile->incidentContact);
    profile.disclosures.serviceHours = LocalizedText{publicProfile->serviceHours, publicProfile->serviceHoursEn};
    if (!publicProfile->maintenanceWindow.isEmpty())
        profile.disclosures.notes = LocalizedText{publicProfile->maintenanceWindow, QString()};

    // Scopes: the ones asked for, which the issuer must offer (G6: no more than needed).
    QStringList wanted = m_parser.values(QStringLiteral("scope"));
    if (wanted.isEmpty())
        wanted = profile.scopes.isEmpty() ? kCardScopes : profile.scopeNames();
    QList<ScopeInfo> scopes;
    for (const QString& name : std::as_const(wanted)) {
        if (!metadata->scopesSupported.isEmpty() && !metadata->scopesSupported.contains(name)) {
            if (m_parser.isSet(QStringLiteral("scope")))
                return fail(Error{ErrorCode::InvalidArgument,
                                  tr("The issuer does not offer the scope \"%1\" (it offers: %2).")
                                      .arg(name, metadata->scopesSupported.join(QStringLiteral(", ")))});
            continue;
        }
        if (const ScopeInfo* known = profile.scope(name))
            scopes.append(*known);
        else
            scopes.append(ScopeInfo{name, LocalizedText{}, true});
    }
    if (scopes.isEmpty())
        return fail(Error{ErrorCode::Protocol, tr("The issuer offers none of the scopes Meisai needs.")});
    profile.scopes = scopes;

    if (auto added = directory().add(profile); !added)
        return fail(added.error());
    m_issuerNames.remove(id);

    QString out = tr("Added issuer %1: %2").arg(id, profile.name()) + QLatin1Char('\n');
    out += QStringLiteral("  ") + tr("Company: ") + profile.disclosures.legalName.text() + QLatin1Char('\n');
    out += QStringLiteral("  ") + tr("Issuer: ") + issuer.toString() + QLatin1Char('\n');
    out += QStringLiteral("  ") + tr("Scopes: ") + profile.scopeNames().join(QLatin1Char(' ')) + QLatin1Char('\n');
    out += QStringLiteral("  ") + tr("Inquiries: ") + profile.disclosures.inquiry.summary() + QLatin1Char('\n');
    out += QStringLiteral("  ") + tr("Fraud and incidents: ") + profile.disclosures.incident.summary()
           + QLatin1Char('\n');
    if (profile.sandbox)
        out += QStringLiteral("  ") + tr("This is a sandbox issuer: test data only.") + QLatin1Char('\n');
    writeOut(out);
    writeErr(tr("Link an account with: meisai-cli link %1").arg(id) + QLatin1Char('\n'));
    return ExitOk;
}

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
