#include "IssuerProfile.h"
#include "common/FileProblem.h"

#include "net/HttpClient.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace meisai {

namespace {

bool isLoopbackHost(const QString& host)
{
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QUrl urlField(const QJsonObject& o, QLatin1String key)
{
    const QString text = o.value(key).toString();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString urlText(const QUrl& url)
{
    return url.toString(QUrl::FullyEncoded);
}

void putUrl(QJsonObject& o, QLatin1String key, const QUrl& url)
{
    if (url.isValid() && !url.isEmpty())
        o.insert(key, urlText(url));
}

bool isHttpsUrl(const QUrl& url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty()
        && !url.hasFragment() && url.userInfo().isEmpty();
}

} // namespace

QString LocalizedText::text(const QString& language) const
{
    const QString lang = language.isEmpty() ? QLocale().name().left(2) : language;
    if (lang == QLatin1String("ja"))
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
}

LocalizedText LocalizedText::fromJson(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("ja")).toString(), o.value(QLatin1String("en")).toString()};
}

QJsonValue LocalizedText::toJson() const
{
    QJsonObject o;
    if (!ja.isEmpty())
        o.insert(QLatin1String("ja"), ja);
    if (!en.isEmpty())
        o.insert(QLatin1String("en"), en);
    return o;
}

QString Contact::summary(const QString& language) const
{
    QStringList parts;
    for (const QString& part : {name.text(language), phone, email, url}) {
        if (!part.isEmpty())
            parts << part;
    }
    QString line = parts.join(QStringLiteral(", "));
    const QString h = hours.text(language);
    if (!h.isEmpty())
        line += QStringLiteral(" (") + h + QLatin1Char(')');
    return line;
}

Contact Contact::fromJson(const QJsonObject& o)
{
    Contact c;
    c.name = LocalizedText::fromJson(o.value(QLatin1String("name")));
    c.phone = o.value(QLatin1String("phone")).toString();
    c.email = o.value(QLatin1String("email")).toString();
    c.url = o.value(QLatin1String("url")).toString();
    c.hours = LocalizedText::fromJson(o.value(QLatin1String("hours")));
    return c;
}

QJsonObject Contact::toJson() const
{
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(QLatin1String("name"), name.toJson());
    if (!phone.isEmpty())
        o.insert(QLatin1String("phone"), phone);
    if (!email.isEmpty())
        o.insert(QLatin1String("email"), email);
    if (!url.isEmpty())
        o.insert(QLatin1String("url"), url);
    if (!hours.isEmpty())
        o.insert(QLatin1String("hours"), hours.toJson());
    return o;
}

Result<IssuerProfile> IssuerProfile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The issuer profile is not a JSON object (%1).").arg(parseError.errorString()));
    }
    return fromJsonObject(doc.object());
}

Result<IssuerProfile> IssuerProfile::fromJsonObject(const QJsonObject& o)
{
    auto parsed = parse(o);
    if (!parsed)
        return parsed;
    MEISAI_TRY(parsed->validate());
    return parsed;
}

Result<IssuerProfile> IssuerProfile::parse(const QJsonObject& o)
{
    const int format = o.value(QLatin1String("format")).toInt(formatVersion);
    if (format != formatVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         tr("The issuer profile has format %1; this version of Meisai reads format %2.")
                             .arg(format)
                             .arg(formatVersion));
    }
    IssuerProfile p;
    p.id = o.value(QLatin1String("id")).toString();
    p.displayName = LocalizedText::fromJson(o.value(QLatin1String("display_name")));
    p.issuer = urlField(o, QLatin1String("issuer"));
    p.discoveryUrl = urlField(o, QLatin1String("discovery_url"));
    const QJsonObject ep = o.value(QLatin1String("endpoints")).toObject();
    p.endpoints.authorization = urlField(ep, QLatin1String("authorization"));
    p.endpoints.token = urlField(ep, QLatin1String("token"));
    p.endpoints.revocation = urlField(ep, QLatin1String("revocation"));
    p.endpoints.introspection = urlField(ep, QLatin1String("introspection"));
    p.issParameterSupported =
        o.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    p.clientId = o.value(QLatin1String("client_id")).toString();
    p.redirectPath = o.value(QLatin1String("redirect_path")).toString(QStringLiteral("/callback"));
    const QJsonArray scopes = o.value(QLatin1String("scopes")).toArray();
    for (const QJsonValue& v : scopes) {
        const QJsonObject so = v.toObject();
        ScopeInfo s;
        s.name = so.value(QLatin1String("name")).toString();
        s.purpose = LocalizedText::fromJson(so.value(QLatin1String("purpose")));
        s.required = so.value(QLatin1String("required")).toBool(true);
        p.scopes << s;
    }
    p.caFile = o.value(QLatin1String("ca_file")).toString();
    p.caPem = o.value(QLatin1String("ca_pem")).toString().toLatin1();
    p.sandbox = o.value(QLatin1String("sandbox")).toBool(false);
    p.apiBaseUrl = urlField(o, QLatin1String("api_base_url"));
    p.consentDays = o.value(QLatin1String("consent_days")).toInt(90);
    const QJsonObject d = o.value(QLatin1String("disclosures")).toObject();
    p.disclosures.legalName = LocalizedText::fromJson(d.value(QLatin1String("legal_name")));
    for (const QJsonValue& v : d.value(QLatin1String("services")).toArray())
        p.disclosures.services << LocalizedText::fromJson(v);
    p.disclosures.inquiry = Contact::fromJson(d.value(QLatin1String("inquiry_contact")).toObject());
    p.disclosures.incident = Contact::fromJson(d.value(QLatin1String("incident_contact")).toObject());
    p.disclosures.serviceHours = LocalizedText::fromJson(d.value(QLatin1String("service_hours")));
    p.disclosures.notes = LocalizedText::fromJson(d.value(QLatin1String("notes")));
    return p;
}

QJsonObject IssuerProfile::toJsonObject() const
{
    QJsonObject o;
    o.insert(QLatin1String("format"), formatVersion);
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("display_name"), displayName.toJson());
    if (sandbox)
        o.insert(QLatin1String("sandbox"), true);
    putUrl(o, QLatin1String("issuer"), issuer);
    putUrl(o, QLatin1String("discovery_url"), discoveryUrl);
    QJsonObject ep;
    putUrl(ep, QLatin1String("authorization"), endpoints.authorization);
    putUrl(ep, QLatin1String("token"), endpoints.token);
    putUrl(ep, QLatin1String("revocation"), endpoints.revocation);
    putUrl(ep, QLatin1String("introspection"), endpoints.introspection);
    if (!ep.isEmpty())
        o.insert(QLatin1String("endpoints"), ep);
    if (issParameterSupported)
        o.insert(QLatin1String("authorization_response_iss_parameter_supported"), true);
    if (!clientId.isEmpty())
        o.insert(QLatin1String("client_id"), clientId);
    o.insert(QLatin1String("redirect_path"), redirectPath);
    QJsonArray sa;
    for (const ScopeInfo& s : scopes) {
        QJsonObject so{{QLatin1String("name"), s.name}, {QLatin1String("purpose"), s.purpose.toJson()}};
        if (!s.required)
            so.insert(QLatin1String("required"), false);
        sa.append(so);
    }
    o.insert(QLatin1String("scopes"), sa);
    if (!caFile.isEmpty())
        o.insert(QLatin1String("ca_file"), caFile);
    if (!caPem.isEmpty())
        o.insert(QLatin1String("ca_pem"), QString::fromLatin1(caPem));
    putUrl(o, QLatin1String("api_base_url"), apiBaseUrl);
    o.insert(QLatin1String("consent_days"), consentDays);
    QJsonObject d;
    d.insert(QLatin1String("legal_name"), disclosures.legalName.toJson());
    QJsonArray services;
    for (const LocalizedText& s : disclosures.services)
        services.append(s.toJson());
    d.insert(QLatin1String("services"), services);
    d.insert(QLatin1String("inquiry_contact"), disclosures.inquiry.toJson());
    d.insert(QLatin1String("incident_contact"), disclosures.incident.toJson());
    d.insert(QLatin1String("service_hours"), disclosures.serviceHours.toJson());
    if (!disclosures.notes.isEmpty())
        d.insert(QLatin1String("notes"), disclosures.notes.toJson());
    o.insert(QLatin1String("disclosures"), d);
    return o;
}

QByteArray IssuerProfile::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QStringList IssuerProfile::problems() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    static const QRegularExpression scopePattern(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    QStringList out;
    if (!idPattern.match(id).hasMatch())
        out << tr("id: lower-case letters, digits and hyphens, such as \"example-card\".");
    if (displayName.isEmpty())
        out << tr("display_name: the name people know the issuer by is required.");
    if (clientId.isEmpty() && !(sandbox && !isComplete()))
        out << tr("client_id: the client id the issuer registered for Meisai is required.");
    if (!redirectPath.startsWith(QLatin1Char('/')) || redirectPath.contains(QLatin1Char('?'))
        || redirectPath.contains(QLatin1Char('#')) || redirectPath.contains(QLatin1String(".."))
        || redirectPath.contains(QLatin1Char(' ')))
        out << tr("redirect_path: an absolute path such as /callback, without query or fragment.");
    if (scopes.isEmpty())
        out << tr("scopes: at least one scope is required.");
    QStringList seen;
    QStringList withoutPurpose;
    for (const ScopeInfo& s : scopes) {
        if (!scopePattern.match(s.name).hasMatch())
            out << tr("scopes: the scope name \"%1\" is not valid (no spaces, quotes or backslashes).").arg(s.name);
        else if (seen.contains(s.name))
            out << tr("scopes: \"%1\" is listed twice.").arg(s.name);
        seen << s.name;
        if (s.purpose.isEmpty())
            withoutPurpose << s.name;
    }
    if (!withoutPurpose.isEmpty())
        out << tr("scopes[].purpose: %1 need a purpose that tells the user why Meisai asks for it.")
                   .arg(withoutPurpose.join(QStringLiteral(", ")));
    if (consentDays < 1 || consentDays > 3650)
        out << tr("consent_days: a number of days from 1 to 3650.");
    if (disclosures.legalName.isEmpty())
        out << tr("disclosures.legal_name: the issuer's legal name is required.");
    if (disclosures.inquiry.isEmpty())
        out << tr("disclosures.inquiry_contact: where the user asks about the account (a name, phone, e-mail or "
                  "web page) is required.");
    if (!apiBaseUrl.isEmpty() && !isHttpsUrl(apiBaseUrl))
        out << tr("api_base_url: must be an HTTPS URL.");

    if (!isComplete()) {
        if (!sandbox)
            out << tr("issuer: the issuer identifier (an HTTPS URL) is required.");
        return out; // a sandbox template, completed when the sandbox is added
    }
    if (!isHttpsUrl(issuer) || issuer.hasQuery())
        out << tr("issuer: must be an HTTPS URL without query or fragment.");
    if (!discoveryUrl.isEmpty()) {
        if (!isHttpsUrl(discoveryUrl))
            out << tr("discovery_url: must be an HTTPS URL.");
    } else if (endpoints.authorization.isEmpty() || endpoints.token.isEmpty()) {
        out << tr("discovery_url or endpoints: either the discovery URL or the authorization and token endpoints "
                  "are required.");
    } else {
        const QUrl& a = endpoints.authorization;
        const bool authOk = isHttpsUrl(a)
            || (sandbox && a.scheme() == QLatin1String("http") && isLoopbackHost(a.host()));
        if (!authOk)
            out << tr("endpoints.authorization: must use HTTPS.");
        for (const QUrl& u : {endpoints.token, endpoints.revocation, endpoints.introspection}) {
            if (!u.isEmpty() && !isHttpsUrl(u))
                out << tr("endpoints: %1 must use HTTPS.").arg(urlText(u));
        }
    }
    if (!caFile.isEmpty() || !caPem.isEmpty()) {
        auto cas = trustedCas();
        if (!cas)
            out << (caPem.isEmpty() ? QStringLiteral("ca_file: ") : QStringLiteral("ca_pem: ")) + cas.error().message;
    }
    return out;
}

Status IssuerProfile::validate() const
{
    const QStringList found = problems();
    if (found.isEmpty())
        return {};
    const QString name = id.isEmpty() ? tr("(without an id)") : id;
    if (found.size() == 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The issuer profile \"%1\" is not valid: %2").arg(name, found.first()));
    return makeError(ErrorCode::InvalidArgument,
                     tr("The issuer profile \"%1\" is not valid:").arg(name) + QStringLiteral("\n  - ")
                         + found.join(QStringLiteral("\n  - ")));
}

QStringList IssuerProfile::unknownFields(const QJsonObject& object)
{
    static const QStringList known = {
        QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("display_name"), QStringLiteral("sandbox"),
        QStringLiteral("issuer"), QStringLiteral("discovery_url"), QStringLiteral("endpoints"),
        QStringLiteral("authorization_response_iss_parameter_supported"), QStringLiteral("client_id"),
        QStringLiteral("redirect_path"), QStringLiteral("scopes"), QStringLiteral("ca_file"), QStringLiteral("ca_pem"),
        QStringLiteral("api_base_url"), QStringLiteral("consent_days"), QStringLiteral("disclosures"),
        QStringLiteral("$comment")};
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            unknown << it.key();
    }
    return unknown;
}

Status IssuerProfile::completeFromSandbox(const QJsonObject& entry, const QString& caPath)
{
    if (!sandbox)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only a sandbox profile can be completed from the sandbox issuer."));
    if (entry.value(QLatin1String("id")).toString() != id)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The sandbox does not offer the issuer \"%1\".").arg(id));
    issuer = urlField(entry, QLatin1String("issuer"));
    discoveryUrl = urlField(entry, QLatin1String("discovery"));
    const QString client = entry.value(QLatin1String("client_id")).toString();
    if (!client.isEmpty())
        clientId = client;
    if (!caPath.isEmpty()) {
        QFile file(caPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("The sandbox's certificate authority %1 could not be read: %2")
                                                .arg(caPath, FileProblem::of(file)));
        caPem = file.readAll();
        caFile.clear();
    }
    return validate();
}

QStringList IssuerProfile::scopeNames() const
{
    QStringList names;
    for (const ScopeInfo& s : scopes)
        names << s.name;
    return names;
}

const ScopeInfo* IssuerProfile::scope(const QString& name) const
{
    for (const ScopeInfo& s : scopes) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Result<QList<QSslCertificate>> IssuerProfile::trustedCas() const
{
    if (!caPem.isEmpty()) {
        const auto certs = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (certs.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The certificate authority of the issuer profile \"%1\" is not a PEM certificate.").arg(id));
        return certs;
    }
    if (!caFile.isEmpty())
        return HttpClient::loadCaFile(caFile);
    return QList<QSslCertificate>{};
}

} // namespace meisai
