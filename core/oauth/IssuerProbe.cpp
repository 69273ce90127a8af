#include "IssuerProbe.h"

#include "api/ApiDecoders.h"
#include "common/Log.h"
#include "issuer/IssuerDirectory.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace meisai {

namespace {

bool isLoopback(const QUrl& url)
{
    QHostAddress address;
    return url.host() == u"localhost" || (address.setAddress(url.host()) && address.isLoopback());
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

} // namespace

IssuerProbe::IssuerProbe(QObject* parent) : QObject(parent) {}

QStringList IssuerProbe::cardScopes()
{
    return {QStringLiteral("cards:read"), QStringLiteral("transactions:read"), QStringLiteral("statements:read"),
            QStringLiteral("limits:read")};
}

bool IssuerProbe::discoveryMatchesIssuer(const QUrl& discovery, const QUrl& issuer)
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

QString IssuerProbe::idFromHost(const QString& host)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString id = host.toLower();
    id.replace(other, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(63);
}

void IssuerProbe::probe(IssuerProbeRequest request, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto reply = [this, guard, hadContext, done](Result<IssuerProbeResult> result) {
        QTimer::singleShot(0, this, [guard, hadContext, done, result = std::move(result)]() mutable {
            if (!hadContext || guard)
                done(std::move(result));
        });
    };
    const QUrl& url = request.discoveryUrl;
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        reply(makeError(ErrorCode::InvalidArgument,
                        tr("The discovery address must be an HTTPS URL, such as "
                           "https://auth.example-card.jp/.well-known/oauth-authorization-server.")));
        return;
    }
    HttpClientOptions options;
    options.issuerId = request.id.isEmpty() ? url.host() : request.id;
    options.issuerName = Text::verbatim(url.host());
    options.maxResponseBytes = 1024 * 1024;
    if (!request.caFile.isEmpty()) {
        auto cas = HttpClient::loadCaFile(request.caFile);
        if (!cas) {
            reply(cas.error());
            return;
        }
        options.extraCas = *cas;
    }
    auto* http = new HttpClient(std::move(options), this);
    if (m_audit)
        http->setAuditSink(m_audit);
    std::shared_ptr<HttpClient> client(http, [](HttpClient* c) { c->deleteLater(); });

    HttpRequest get;
    get.url = url;
    get.pathTemplate = QStringLiteral("/.well-known (discovery)");
    get.auditDetail = QStringLiteral("discovery");
    QPointer<IssuerProbe> self(this);
    http->send(std::move(get), this, [self, client, request, context, done, reply](HttpResponse response) {
        if (!self)
            return;
        const QString where = redactUrl(request.discoveryUrl);
        if (!response.isSuccess()) {
            reply(response.transportOk()
                      ? makeError(ErrorCode::Protocol,
                                  tr("%1 did not return a discovery document (HTTP %2).").arg(where).arg(response.status))
                      : response.error);
            return;
        }
        const QJsonObject document = QJsonDocument::fromJson(response.body).object();
        const QUrl issuer(document.value(QStringLiteral("issuer")).toString(), QUrl::StrictMode);
        if (document.isEmpty() || !issuer.isValid() || issuer.isEmpty()) {
            reply(makeError(ErrorCode::Protocol,
                            tr("%1 is not a discovery document: it names no \"issuer\".").arg(where)));
            return;
        }
        if (!discoveryMatchesIssuer(request.discoveryUrl, issuer)) {
            reply(makeError(ErrorCode::IssuerMismatch,
                            tr("The discovery document at %1 names the issuer %2, which it does not belong to "
                               "(RFC 8414 §3.3). Nothing was added.")
                                .arg(where, issuer.toString())));
            return;
        }
        auto result = std::make_shared<IssuerProbeResult>();
        IssuerProfile& draft = result->draft;
        draft.issuer = issuer;
        draft.discoveryUrl = request.discoveryUrl;
        draft.clientId = request.clientId;
        // A sandbox only where everything is on loopback; its card API profile must confirm it.
        draft.sandbox = isLoopback(issuer);
        auto metadata = Discovery::fromObject(document, draft);
        if (!metadata) {
            reply(metadata.error());
            return;
        }
        result->metadata = *metadata;
        if (!request.caFile.isEmpty()) {
            QFile ca(request.caFile);
            if (ca.open(QIODevice::ReadOnly))
                draft.caPem = ca.readAll(); // embedded: the profile keeps working when the file is gone
        }
        self->readPublicProfile(result, client, request, context, done);
    });
}

void IssuerProbe::checkProfile(const IssuerProfile& profile, const Clock& clock, QObject* context,
                               std::function<void(Result<ServerMetadata>)> done)
{
    HttpClientOptions options;
    options.issuerId = profile.id;
    options.issuerName = profile.nameText();
    auto cas = profile.trustedCas();
    if (cas)
        options.extraCas = *cas;
    options.maxResponseBytes = 1024 * 1024;
    auto* http = new HttpClient(std::move(options), this);
    if (m_audit)
        http->setAuditSink(m_audit);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    Discovery::load(profile, *http, nullptr, clock, this,
                    [http, guard, hadContext, done](Result<ServerMetadata> metadata) {
                        http->deleteLater();
                        if (!hadContext || guard)
                            done(std::move(metadata));
                    });
}

void IssuerProbe::readPublicProfile(std::shared_ptr<IssuerProbeResult> result, std::shared_ptr<HttpClient> http,
                                    IssuerProbeRequest request, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [result, request, guard, hadContext, done](bool hasProfile) {
        result->hasPublicProfile = hasProfile;
        complete(*result, request);
        if (!hadContext || guard)
            done(std::move(*result));
    };
    const QUrl base = result->metadata.apiBaseUrl;
    if (!base.isValid() || base.isEmpty() || base.scheme() != u"https") {
        QTimer::singleShot(0, this, [finish] { finish(false); });
        return;
    }
    HttpRequest get;
    get.url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    get.url.setPath(path + QStringLiteral("/v1/profile"));
    get.pathTemplate = QStringLiteral("/v1/profile");
    http->send(std::move(get), this, [result, http, finish](HttpResponse response) {
        if (!response.isSuccess()) {
            qCInfo(lcIssuer).noquote() << "no card API profile at" << redactUrl(result->metadata.apiBaseUrl) << ":"
                                       << (response.transportOk() ? QString::number(response.status)
                                                                  : response.error.message);
            finish(false);
            return;
        }
        auto publicProfile = ApiDecoders::decodeProfile(response.body);
        if (!publicProfile) {
            qCInfo(lcIssuer).noquote() << "the card API profile is not usable:" << publicProfile.error().message;
            finish(false);
            return;
        }
        IssuerProfile& draft = result->draft;
        const IssuerPublicProfile& pp = *publicProfile;
        if (draft.sandbox && !pp.sandbox)
            draft.sandbox = false;
        draft.id = pp.issuerId;
        draft.displayName = LocalizedText{pp.brandName.isEmpty() ? pp.legalName : pp.brandName, pp.legalNameEn};
        draft.disclosures.legalName = LocalizedText{pp.legalName, pp.legalNameEn};
        for (int i = 0; i < pp.services.size(); ++i)
            draft.disclosures.services.append(LocalizedText{pp.services.at(i), pp.servicesEn.value(i)});
        draft.disclosures.inquiry = contactFrom(pp.inquiryContact);
        draft.disclosures.incident = contactFrom(pp.incidentContact);
        draft.disclosures.serviceHours = LocalizedText{pp.serviceHours, pp.serviceHoursEn};
        if (!pp.maintenanceWindow.isEmpty())
            draft.disclosures.notes = LocalizedText{pp.maintenanceWindow, QString()};
        finish(true);
    });
}

void IssuerProbe::complete(IssuerProbeResult& result, const IssuerProbeRequest& request)
{
    IssuerProfile& draft = result.draft;
    if (!request.id.isEmpty())
        draft.id = request.id;
    if (draft.id.isEmpty())
        draft.id = idFromHost(draft.issuer.host());
    if (!draft.sandbox || !result.hasPublicProfile)
        draft.sandbox = false; // plain HTTP pages only for a sandbox that says it is one
    // Names and scope purposes written for this id, when Meisai ships a profile for it.
    std::optional<IssuerProfile> bundled;
    if (auto all = IssuerDirectory::bundled()) {
        for (const IssuerProfile& b : *all)
            if (b.id == draft.id)
                bundled = b;
    }
    if (bundled && !bundled->displayName.isEmpty())
        draft.displayName = bundled->displayName; // the names written for it win over the card API's
    draft.apiBaseUrl = result.metadata.apiBaseUrl;
    draft.issParameterSupported = result.metadata.issParameterSupported;

    // Scopes: the ones asked for, which the issuer must offer (G6: no more than needed).
    QStringList wanted = request.scopes;
    const bool explicitScopes = !wanted.isEmpty();
    if (!explicitScopes)
        wanted = bundled ? bundled->scopeNames() : cardScopes();
    const QStringList& supported = result.metadata.scopesSupported;
    for (const QString& name : std::as_const(wanted)) {
        if (!explicitScopes && !supported.isEmpty() && !supported.contains(name))
            continue;
        const ScopeInfo* known = bundled ? bundled->scope(name) : nullptr;
        draft.scopes.append(known ? *known : ScopeInfo{name, LocalizedText{}, true});
    }
    result.missing = draft.problems();
    if (draft.apiBaseUrl.isEmpty())
        result.missing << tr("api_base_url: the card API's base URL, so that Meisai can read the statements "
                             "(the discovery document names none).");
    if (draft.clientId.isEmpty() && !result.metadata.registrationEndpoint.isEmpty()) {
        result.missing.removeIf([](const QString& p) { return p.startsWith(QLatin1String("client_id:")); });
        result.missing << tr("client_id: %1 offers dynamic client registration (RFC 7591), which this version of "
                             "Meisai does not use yet; ask the issuer for a client id for Meisai.")
                              .arg(draft.issuer.toString());
    }
    if (explicitScopes && !supported.isEmpty()) {
        for (const QString& name : std::as_const(wanted)) {
            if (!supported.contains(name))
                result.missing << tr("scopes: the issuer does not offer \"%1\" (it offers: %2).")
                                      .arg(name, supported.join(QStringLiteral(", ")));
        }
    }
}

} // namespace meisai
