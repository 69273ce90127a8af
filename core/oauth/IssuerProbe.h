#pragma once

// Reads what an issuer publishes into a draft issuer profile: its discovery
// document (RFC 8414 or OpenID), checked against the URL it came from, and,
// where the discovery names a card API, the card API's public profile
// (/v1/profile: legal name, contacts, service hours). An issuer that publishes
// only standard metadata gives a draft that still lacks what Meisai must show
// the user; missing lists those fields, and the person adding the issuer
// supplies them (a profile file for `meisai-cli issuer import`, or the app's
// Add an issuer… form). Nothing is registered here.

#include "Discovery.h"
#include "common/Result.h"
#include "issuer/IssuerProfile.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace meisai {

class Clock;

struct IssuerProbeRequest
{
    QUrl discoveryUrl;            // HTTPS
    QString clientId;             // empty: the draft lacks it
    QString id;                   // empty: the card API profile's issuerId, else from the host name
    QString caFile;               // PEM, trusted for this issuer only
    QStringList scopes;           // empty: the card API scopes the issuer offers
};

struct IssuerProbeResult
{
    IssuerProfile draft;
    ServerMetadata metadata;
    bool hasPublicProfile = false; // /v1/profile answered
    QStringList missing;           // what the draft lacks, each naming its field (IssuerProfile::problems())
    bool complete() const { return missing.isEmpty(); }
};

class IssuerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerProbe)

public:
    using Callback = std::function<void(Result<IssuerProbeResult>)>;

    explicit IssuerProbe(QObject* parent = nullptr);

    // Every request is written through the sink (an audit row), when set.
    void setAuditSink(AuditSink* sink) { m_audit = sink; }

    // done runs once, on the event loop, unless context is destroyed first.
    // Errors: the discovery document cannot be fetched, is not one, names an
    // issuer it does not belong to (RFC 8414 §3.3), or fails validation.
    void probe(IssuerProbeRequest request, QObject* context, Callback done);

    // Checks a complete profile against what its issuer publishes now: the
    // discovery document (or the explicit endpoints) with the checks of every
    // link (exact issuer, HTTPS, PKCE S256, code flow), the profile's CA
    // trusted. Network and Timeout errors mean it could not be checked now.
    void checkProfile(const IssuerProfile& profile, const Clock& clock, QObject* context,
                      std::function<void(Result<ServerMetadata>)> done);

    // The scopes of the card API (docs/sandbox.md), which Meisai asks for by default.
    static QStringList cardScopes();
    // RFC 8414 §3.1 (…/.well-known/oauth-authorization-server<issuer path>) or
    // OpenID Discovery (<issuer>/.well-known/openid-configuration).
    static bool discoveryMatchesIssuer(const QUrl& discovery, const QUrl& issuer);
    // A profile id from a host name: "auth.example-card.jp" → "auth-example-card-jp".
    static QString idFromHost(const QString& host);

private:
    void readPublicProfile(std::shared_ptr<IssuerProbeResult> result, std::shared_ptr<HttpClient> http,
                           IssuerProbeRequest request, QObject* context, Callback done);
    static void complete(IssuerProbeResult& result, const IssuerProbeRequest& request);

    AuditSink* m_audit = nullptr;
};

} // namespace meisai
