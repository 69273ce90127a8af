#pragma once

// The rule that keeps a connection's tokens with the issuer it was linked
// with. A connection records an IssuerBinding when it is linked (issuer
// identifier, token endpoint, revocation endpoint, card API base). Before a
// token leaves the vault, the request is checked against it:
//
//   refresh token → the bound token endpoint, exactly
//   revocation    → the bound revocation endpoint, exactly (when none was
//                   bound: one on the bound token endpoint's origin)
//   access token  → the bound API base's origin, at or below its path
//
// and the issuer in effect now (profile and discovery) must still be the bound
// issuer identifier. An issuer id is only a local name: another server whose
// profile claims the same id, or a discovery document that moved an endpoint,
// gets nothing. OAuthContext::admitToken() applies this and raises the alert.

#include "common/Result.h"
#include "issuer/IssuerProfile.h"
#include "model/Connection.h"

#include <QCoreApplication>
#include <QUrl>

namespace meisai {

struct ServerMetadata;

class BindingGuard
{
    Q_DECLARE_TR_FUNCTIONS(meisai::BindingGuard)

public:
    enum class Use { Refresh, Revocation, Api };

    // What a link to this issuer records.
    static IssuerBinding bindingFor(const IssuerProfile& profile, const ServerMetadata& metadata);
    // The card API base in effect: discovery's api_base_url, else the profile's.
    static QUrl apiBaseUrl(const IssuerProfile& profile, const ServerMetadata& metadata);

    // Ok when a token of a connection bound by binding may be sent to url,
    // given the issuer identifier now in effect for the connection's issuer id.
    // Otherwise BindingMismatch with a message for people naming both addresses.
    static Status check(const IssuerBinding& binding, const QUrl& currentIssuer, const QUrl& url, Use use,
                        const QString& issuerName);

    // scheme, host and port equal (the port defaulted by scheme).
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    // sameOrigin, and the same path and query.
    static bool sameEndpoint(const QUrl& a, const QUrl& b);
    // sameOrigin, and url's path is base's path or below it (a path segment boundary).
    static bool isBelow(const QUrl& url, const QUrl& base);
};

} // namespace meisai
