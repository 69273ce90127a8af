#pragma once

// The admin page (/admin) and its JSON API (/admin/api/...), on both ports:
// grants and their revocation, and per issuer faults, maintenance, notices,
// confirm-pending and the request counters (docs/sandbox.md, "Admin").
//
// It owns no state: every action goes to the part that owns it (grants to
// the AuthorizationServer, faults to Faults, notices and transactions to the
// CardApi, counters to RequestStats).
//
// Every API request must carry this run's admin token (AdminToken) as
// "Authorization: Bearer"; it is checked before anything else, so a request
// without it changes nothing and learns nothing. No CORS header is ever sent,
// so a browser page of another origin cannot read an answer, and its
// preflight (which never carries the token) is refused. Mutating requests
// must also be Content-Type: application/json. The page itself holds no
// secret: its script takes the token from the #token= fragment of the admin
// URL in the ready line (a fragment is never sent to a server, so it reaches
// no log and no Referer) and sends it as the header.

#include "AdminToken.h"
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
    AdminApi(const IssuerDirectory& directory, const AdminToken& token, AuthorizationServer& auth, CardApi& cardApi, Faults& faults, RequestStats& stats);
    Q_DISABLE_COPY_MOVE(AdminApi)

    // rest is the path after "/admin": empty or "/" for the page, "/api/..." for the API.
    HttpResponse handle(const QString& rest, const HttpRequest& req);

private:
    HttpResponse api(const QString& rest, const HttpRequest& req);
    QJsonObject grantJson(const AuthorizationServer::Grant& grant) const;
    QJsonObject faultList(const QString& issuerId) const;

    const IssuerDirectory& m_directory;
    const AdminToken& m_token;
    AuthorizationServer& m_auth;
    CardApi& m_cardApi;
    Faults& m_faults;
    RequestStats& m_stats;
};

} // namespace meisai::sandbox
