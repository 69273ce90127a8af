#pragma once

// Authorization server metadata (RFC 8414, or OpenID discovery), validated
// against the issuer profile, and fetched with a cache kept in the vault.

#include "common/Result.h"
#include "issuer/IssuerProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace meisai {

class HttpClient;
class SettingsStore;
class Clock;

struct ServerMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;    // empty: the issuer offers no RFC 7009 revocation
    QUrl introspectionEndpoint;
    QUrl registrationEndpoint;  // RFC 7591 dynamic client registration, when offered
    QStringList scopesSupported;
    QStringList codeChallengeMethods;
    QStringList uiLocalesSupported;     // BCP 47 tags of the issuer's pages; empty: not announced
    bool issParameterSupported = false; // RFC 9207
    QUrl apiBaseUrl;                    // extension "api_base_url"
    QJsonObject document;               // as received (for the cache)
};

class Discovery
{
    Q_DECLARE_TR_FUNCTIONS(meisai::Discovery)

public:
    // Parses and validates a discovery document for the profile: "issuer"
    // must equal the profile's issuer exactly; authorization and token
    // endpoints are required; every endpoint must be HTTPS, except that a
    // sandbox profile may have its authorization endpoint on plain HTTP on a
    // loopback address; PKCE S256 must be supported; response type "code".
    static Result<ServerMetadata> parse(const QByteArray& json, const IssuerProfile& profile);
    static Result<ServerMetadata> fromObject(const QJsonObject& document, const IssuerProfile& profile);
    // Metadata from a profile with explicit endpoints (no discovery URL).
    static Result<ServerMetadata> fromProfile(const IssuerProfile& profile);

    using Callback = std::function<void(Result<ServerMetadata>)>;

    // Uses the cached document when younger than maxAge, else fetches it; a
    // fetch that fails falls back to a cached document younger than 7 days.
    // store may be null (no cache).
    static void load(const IssuerProfile& profile, HttpClient& http, SettingsStore* store,
                     const Clock& clock, QObject* context, Callback done, qint64 maxAgeSecs = 24 * 3600);
    // Drops the cached document (e.g. after the issuer's keys or endpoints changed).
    static Status forget(SettingsStore* store, const QString& issuerId);
    static QString cacheKey(const QString& issuerId);
};

} // namespace meisai
