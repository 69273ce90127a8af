#pragma once

// The admin page (/admin) and its JSON API (/admin/api/...), on both ports:
// grants and their revocation, and per issuer faults, maintenance, notices,
// confirm-pending and the request counters (docs/sandbox.md, "Admin").
//
// It owns no state: every action goes to the part that owns it (grants to
// the AuthorizationServer, faults to Faults, notices and transactions to the
// CardApi, counters to RequestStats). Mutating requests must be
// Content-Type: application/json, which a cross-site form cannot send.

#include "AuthorizationServer.h"
#include "CardApi.h"
#include "Faults.h"
#include "HttpServer.h"
#include "IssuerDirectory.h"
#include "RequestStats.h"

#include <QJsonObject>
#include <QString>

namespace meisai::sandbox {

class AdminApi final
{
public:
    AdminApi(const IssuerDirectory& directory, AuthorizationServer& auth, CardApi& cardApi, Faults& faults, RequestStats& stats);
    Q_DISABLE_COPY_MOVE(AdminApi)

    // rest is the path after "/admin": empty or "/" for the page, "/api/..." for the API.
    HttpResponse handle(const QString& rest, const HttpRequest& req);

private:
    HttpResponse api(const QString& rest, const HttpRequest& req);
    QJsonObject grantJson(const AuthorizationServer::Grant& grant) const;
    QJsonObject faultList(const QString& issuerId) const;

    const IssuerDirectory& m_directory;
    AuthorizationServer& m_auth;
    CardApi& m_cardApi;
    Faults& m_faults;
    RequestStats& m_stats;
};

} // namespace meisai::sandbox
