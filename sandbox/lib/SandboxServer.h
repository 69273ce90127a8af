#pragma once

// The sandbox: several issuers in one process, each an OAuth 2.0
// authorization server and a card API, with fault injection and an admin
// page and API for demos and tests (docs/sandbox.md).
//
// SandboxServer owns the parts, binds the two ports and routes each request;
// it answers nothing itself beyond "no such issuer" and "no such endpoint",
// and refusing plain HTTP where HTTPS is required. Before any of that,
// HostCheck refuses a request not addressed to the sandbox's own loopback
// authority (DNS rebinding), on every path and both ports:
//
//   /                                                   AuthorizationServer::index
//   /.well-known/oauth-authorization-server/issuers/<id> AuthorizationServer::discovery   (HTTPS)
//   /issuers/<id>/authorize, /authorize/decision        AuthorizationServer::handle      (HTTP or HTTPS)
//   /issuers/<id>/v1/...                                CardApi::handle                  (HTTPS)
//   /issuers/<id>/... (discovery, token, revoke, ...)   AuthorizationServer::handle      (HTTPS)
//   /admin, /admin/...                                  AdminApi::handle                 (HTTP or HTTPS)
//
// Shared state has one owner each: IssuerDirectory (which issuers, their
// URLs), AuthorizationServer (grants, codes, tokens), CardApi (synthetic
// data, published notices), Faults (active faults), RequestStats (counters).
// The admin token (AdminToken) is made in start() and checked by AdminApi.

#include "AdminApi.h"
#include "AdminToken.h"
#include "AuthorizationServer.h"
#include "CardApi.h"
#include "Faults.h"
#include "HostCheck.h"
#include "HttpServer.h"
#include "IssuerDirectory.h"
#include "RequestStats.h"
#include "SandboxOptions.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace meisai::sandbox {

class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Makes the admin token, listens on both ports and switches on the
    // start-time faults; false with *error when a port cannot be bound or the
    // random generator fails.
    bool start(const QSslConfiguration& tls, QString* error);

    QString httpsBase() const;
    QString httpBase() const;
    QString issuerUrl(const QString& issuerId) const;
    // This run's admin token, for the ready line only.
    QByteArray adminToken() const;

private:
    HttpResponse route(const HttpRequest& req);
    HttpResponse routeIssuer(const QString& issuerId, const QString& rest, const HttpRequest& req);

    SandboxOptions m_options;
    IssuerDirectory m_directory;
    HostCheck m_hostCheck;
    AdminToken m_adminToken;
    RequestStats m_stats;
    Faults m_faults;
    AuthorizationServer m_auth;
    CardApi m_cardApi;
    AdminApi m_admin;
    // Last, so that they go first: their handlers call route().
    std::unique_ptr<HttpServer> m_https;
    std::unique_ptr<HttpServer> m_http;
};

} // namespace meisai::sandbox
