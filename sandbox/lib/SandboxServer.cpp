#include "SandboxServer.h"

#include "Pages.h"
#include "Responses.h"
#include "SandboxLog.h"

#include <QHostAddress>

namespace meisai::sandbox {
namespace {

const QString kWellKnownPrefix = QStringLiteral("/.well-known/oauth-authorization-server/issuers/");
const QString kIssuersPrefix = QStringLiteral("/issuers/");

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_directory(m_options.host)
    , m_hostCheck(m_options.host)
    , m_faults(m_directory.ids())
    , m_auth(m_directory, m_stats, m_options.codeLifetimeSecs, m_options.accessTokenLifetimeSecs)
    , m_cardApi(m_directory, m_auth, m_faults, m_stats, m_options.seed, m_options.transactionsPerCard)
    , m_admin(m_directory, m_adminToken, m_auth, m_cardApi, m_faults, m_stats)
{
    connect(&m_faults, &Faults::accessTokensExpired, &m_auth, &AuthorizationServer::expireAccessTokens);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const QSslConfiguration& tls, QString* error)
{
    if (!m_adminToken.generate(error))
        return false;
    const QHostAddress address(m_options.host);
    auto handler = [this](const HttpRequest& req) { return route(req); };
    m_https = std::make_unique<HttpServer>(true, handler);
    m_https->sslSetup(tls);
    const quint16 httpsPort = m_https->listen(address, m_options.httpsPort);
    if (httpsPort == 0) {
        *error = QStringLiteral("cannot listen for HTTPS on %1:%2").arg(m_options.host).arg(m_options.httpsPort);
        return false;
    }
    m_http = std::make_unique<HttpServer>(false, handler);
    const quint16 httpPort = m_http->listen(address, m_options.httpPort);
    if (httpPort == 0) {
        *error = QStringLiteral("cannot listen for HTTP on %1:%2").arg(m_options.host).arg(m_options.httpPort);
        return false;
    }
    m_directory.setPorts(httpsPort, httpPort);
    for (const auto& [issuerId, fault] : m_options.faults) {
        if (!m_faults.set(issuerId, fault, error))
            return false;
    }
    return true;
}

QString SandboxServer::httpsBase() const
{
    return m_directory.httpsBase();
}

QString SandboxServer::httpBase() const
{
    return m_directory.httpBase();
}

QString SandboxServer::issuerUrl(const QString& issuerId) const
{
    return m_directory.issuerUrl(issuerId);
}

QByteArray SandboxServer::adminToken() const
{
    return m_adminToken.value();
}

HttpResponse SandboxServer::route(const HttpRequest& req)
{
    const QString& path = req.path;
    qCDebug(lcSandbox) << req.method << path << (req.tls ? "tls" : "plain");
    if (auto refused = m_hostCheck.refusal(req)) {
        qCWarning(lcSandbox) << "refused" << req.method << "with a foreign Host header (status" << refused->status << ")";
        return *refused;
    }
    if (path == u"/" || path.isEmpty())
        return m_auth.index();
    if (path.startsWith(kWellKnownPrefix)) {
        const QString id = path.mid(kWellKnownPrefix.size());
        if (!m_directory.find(id))
            return oauthError(404, QStringLiteral("not_found"), QStringLiteral("No such issuer"));
        if (!req.tls)
            return oauthError(403, QStringLiteral("invalid_request"), QStringLiteral("Discovery is served over HTTPS only: ") + httpsBase() + path);
        return m_auth.discovery(id, req);
    }
    if (path.startsWith(kIssuersPrefix)) {
        const QString tail = path.mid(kIssuersPrefix.size());
        const qsizetype slash = tail.indexOf(u'/');
        const QString id = slash < 0 ? tail : tail.left(slash);
        if (!m_directory.find(id)) {
            return HttpResponse::html(404, errorPage(nullptr, false, QStringLiteral("Not found"),
                                                     QStringLiteral("No issuer \"%1\" in this sandbox.").arg(id)));
        }
        return routeIssuer(id, slash < 0 ? QString() : tail.mid(slash), req);
    }
    if (path == u"/admin" || path.startsWith(u"/admin/"))
        return m_admin.handle(path.mid(6), req);
    return HttpResponse::json(404, R"({"error":"not_found","error_description":"No such endpoint"})");
}

HttpResponse SandboxServer::routeIssuer(const QString& issuerId, const QString& rest, const HttpRequest& req)
{
    // Plain HTTP serves only what a browser needs; everything else is HTTPS only.
    const bool browserFacing = rest == u"/authorize" || rest == u"/authorize/decision";
    if (!browserFacing && !req.tls) {
        return oauthError(403, QStringLiteral("invalid_request"),
                          QStringLiteral("This endpoint is served over HTTPS only: ") + issuerUrl(issuerId) + rest);
    }
    if (rest == u"/v1" || rest.startsWith(u"/v1/"))
        return m_cardApi.handle(issuerId, rest, req);
    return m_auth.handle(issuerId, rest, req);
}

} // namespace meisai::sandbox
