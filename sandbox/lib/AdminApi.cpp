#include "AdminApi.h"

#include "Pages.h"
#include "Responses.h"
#include "SandboxLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace meisai::sandbox {
namespace {

QJsonArray faultsJson(const QList<Fault>& faults)
{
    QJsonArray arr;
    for (const Fault& f : faults)
        arr.append(QJsonObject{{QStringLiteral("mode"), toString(f.mode)}, {QStringLiteral("arg"), f.arg}, {QStringLiteral("count"), f.remaining}});
    return arr;
}

} // namespace

AdminApi::AdminApi(const IssuerDirectory& directory, const AdminToken& token, AuthorizationServer& auth, CardApi& cardApi,
                   Faults& faults, RequestStats& stats)
    : m_directory(directory)
    , m_token(token)
    , m_auth(auth)
    , m_cardApi(cardApi)
    , m_faults(faults)
    , m_stats(stats)
{
}

QJsonObject AdminApi::grantJson(const AuthorizationServer::Grant& g) const
{
    QJsonObject o;
    o.insert(u"id", g.id);
    o.insert(u"issuer", g.issuerId);
    o.insert(u"client_id", g.clientId);
    o.insert(u"connector", meisaiClient().connectorJa);
    o.insert(u"service", meisaiClient().serviceJa);
    o.insert(u"user", g.user);
    o.insert(u"scopes", QJsonArray::fromStringList(g.scopes));
    o.insert(u"issued_at", rfc3339(g.issuedAt));
    o.insert(u"expires_at", rfc3339(g.expiresAt));
    o.insert(u"last_used_at", rfc3339OrNull(g.lastUsedAt));
    o.insert(u"active", g.active(QDateTime::currentDateTimeUtc()));
    return o;
}

QJsonObject AdminApi::faultList(const QString& issuerId) const
{
    return QJsonObject{{QStringLiteral("faults"), faultsJson(m_faults.list(issuerId))}};
}

HttpResponse AdminApi::handle(const QString& rest, const HttpRequest& req)
{
    if (rest.isEmpty() || rest == u"/") {
        HttpResponse r = HttpResponse::html(200, adminPage(m_directory.issuers()));
        addPageHeaders(r);
        return r;
    }
    if (rest.startsWith(u"/api/"))
        return api(rest.mid(4), req);
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such admin page"));
}

HttpResponse AdminApi::api(const QString& rest, const HttpRequest& req)
{
    auto ok = [](const QJsonObject& o) { return HttpResponse::json(200, compactJson(o)); };
    auto bad = [](int status, const QString& message) {
        return oauthError(status, status == 404 ? QStringLiteral("not_found") : QStringLiteral("invalid_request"), message);
    };
    // The token first: without it nothing below runs, whatever the method (a
    // CORS preflight, OPTIONS, never carries it and is refused here too).
    if (!m_token.accepts(req)) {
        qCWarning(lcSandbox) << "admin API refused" << req.method << "without this run's admin token";
        HttpResponse r = oauthError(401, QStringLiteral("unauthorized"),
                                    QStringLiteral("The admin API needs this run's admin token: send \"Authorization: Bearer\" with "
                                                   "admin_token from meisai-sandbox's ready line, or open the admin URL of that line "
                                                   "(it ends in #token=...)."));
        r.setHeader("WWW-Authenticate", "Bearer realm=\"meisai-sandbox admin\"");
        return r;
    }
    const bool mutating = req.method == "POST" || req.method == "DELETE";
    // Browsers cannot send a cross-site JSON POST without a preflight we never answer.
    if (mutating && !req.header("Content-Type").toLower().startsWith("application/json"))
        return bad(415, QStringLiteral("Admin requests must be Content-Type: application/json"));
    QJsonObject body;
    if (req.method == "POST" && !req.body.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return bad(400, QStringLiteral("The body must be a JSON object"));
        body = doc.object();
    }

    if (rest == u"/grants" && req.method == "GET") {
        QJsonArray arr;
        for (const AuthorizationServer::Grant& g : m_auth.grants(req.queryValue(QStringLiteral("issuer"))))
            arr.append(grantJson(g));
        return ok(QJsonObject{{QStringLiteral("grants"), arr}});
    }
    if (rest == u"/issuers" && req.method == "GET") {
        QJsonArray arr;
        for (const IssuerInfo& info : m_directory.issuers()) {
            arr.append(QJsonObject{{QStringLiteral("id"), info.id}, {QStringLiteral("name"), info.legalNameJa},
                                   {QStringLiteral("issuer"), m_directory.issuerUrl(info.id)},
                                   {QStringLiteral("faults"), faultsJson(m_faults.list(info.id))},
                                   {QStringLiteral("maintenance"), m_faults.active(info.id, FaultMode::Maintenance) != nullptr}});
        }
        return ok(QJsonObject{{QStringLiteral("issuers"), arr}});
    }
    static const QRegularExpression grantRevoke(QStringLiteral("^/grants/([^/]+)/revoke$"));
    if (auto m = grantRevoke.match(rest); m.hasMatch() && req.method == "POST") {
        if (!m_auth.revokeGrant(m.captured(1)))
            return bad(404, QStringLiteral("No such grant"));
        return ok(QJsonObject{{QStringLiteral("revoked"), true}, {QStringLiteral("grant"), grantJson(*m_auth.grant(m.captured(1)))}});
    }
    static const QRegularExpression issuerPath(QStringLiteral("^/issuers/([^/]+)/(revoke-user|faults|notices|maintenance|confirm-pending|stats|stats/reset)$"));
    const auto m = issuerPath.match(rest);
    if (!m.hasMatch())
        return bad(404, QStringLiteral("No such admin endpoint"));
    const IssuerInfo* issuer = m_directory.find(m.captured(1));
    if (!issuer)
        return bad(404, QStringLiteral("No such issuer"));
    const QString& id = issuer->id;
    const QString action = m.captured(2);
    const QByteArray method = req.method;

    if (action == u"revoke-user" && method == "POST") {
        const QString user = body.value(u"user").toString();
        if (user.isEmpty())
            return bad(400, QStringLiteral("user is required"));
        return ok(QJsonObject{{QStringLiteral("revoked"), m_auth.revokeUser(id, user)}});
    }
    if (action == u"faults") {
        if (method == "GET")
            return ok(faultList(id));
        if (method == "DELETE") {
            const QString mode = req.queryValue(QStringLiteral("mode"));
            if (mode.isEmpty())
                m_faults.clear(id);
            else if (const auto known = faultModeFromString(mode))
                m_faults.clear(id, *known);
            qCInfo(lcSandbox) << id << "faults cleared" << mode;
            return ok(faultList(id));
        }
        if (method == "POST") {
            const int count = body.value(u"count").toInt(0);
            if (count < 0)
                return bad(400, QStringLiteral("count must be 0 (until cleared) or more"));
            Fault f;
            QString error;
            if (!parseFault(body.value(u"mode").toVariant().toString(), body.value(u"arg").toVariant().toString(), &f, &error))
                return bad(400, error);
            f.remaining = count;
            if (!m_faults.set(id, f, &error))
                return bad(400, error);
            return ok(faultList(id));
        }
    }
    if (action == u"notices" && method == "POST") {
        const QString kind = body.value(u"kind").toString(QStringLiteral("security"));
        const QString title = body.value(u"title").toString();
        if (kind != u"security" && kind != u"maintenance" && kind != u"info")
            return bad(400, QStringLiteral("kind must be security, maintenance or info"));
        if (title.isEmpty())
            return bad(400, QStringLiteral("title is required"));
        const Notice n = m_cardApi.publishNotice(id, kind, title, body.value(u"body").toString());
        qCInfo(lcSandbox) << id << "notice published:" << kind;
        return ok(QJsonObject{{QStringLiteral("notice"), QJsonObject{{QStringLiteral("noticeId"), n.id},
                                                                      {QStringLiteral("kind"), n.kind},
                                                                      {QStringLiteral("title"), n.title},
                                                                      {QStringLiteral("body"), n.body},
                                                                      {QStringLiteral("publishedAt"), rfc3339(n.publishedAt)}}}});
    }
    if (action == u"maintenance" && method == "POST") {
        if (body.value(u"on").toBool()) {
            Fault f;
            f.mode = FaultMode::Maintenance;
            const int retry = body.value(u"retry_after").toInt(defaultFaultArg(FaultMode::Maintenance).toInt());
            f.arg = QString::number(std::max(0, retry));
            QString error;
            if (!m_faults.set(id, f, &error))
                return bad(400, error);
        } else {
            m_faults.clear(id, FaultMode::Maintenance);
        }
        return ok(QJsonObject{{QStringLiteral("maintenance"), m_faults.active(id, FaultMode::Maintenance) != nullptr}});
    }
    if (action == u"confirm-pending" && method == "POST")
        return ok(QJsonObject{{QStringLiteral("confirmed"), m_cardApi.confirmPending(id)}});
    if (action == u"stats" && method == "GET") {
        using Counter = RequestStats::Counter;
        return ok(QJsonObject{{QStringLiteral("token_requests"),
                               QJsonObject{{QStringLiteral("authorization_code"), m_stats.value(id, Counter::AuthorizationCodeGrant)},
                                           {QStringLiteral("refresh_token"), m_stats.value(id, Counter::RefreshTokenGrant)}}},
                              {QStringLiteral("api_requests"), m_stats.value(id, Counter::ApiRequest)},
                              {QStringLiteral("revocations"), m_stats.value(id, Counter::Revocation)}});
    }
    if (action == u"stats/reset" && method == "POST") {
        m_stats.reset(id);
        return ok(QJsonObject{{QStringLiteral("reset"), true}});
    }
    return bad(405, QStringLiteral("Method not allowed here"));
}

} // namespace meisai::sandbox
