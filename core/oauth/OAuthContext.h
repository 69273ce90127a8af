#pragma once

// What the OAuth classes and the card-API client share for one vault: the
// issuer directory, one HttpClient per issuer (its CA trusted for it alone,
// every request audited in the vault) and the issuers' discovery metadata.
// The vault and the directory must outlive it.

#include "BindingGuard.h"
#include "common/SecretBytes.h"
#include "Discovery.h"
#include "issuer/IssuerDirectory.h"
#include "model/Connection.h"
#include "net/HttpClient.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace meisai {

class Vault;
class Clock;

struct ResolvedIssuer
{
    IssuerProfile profile;
    ServerMetadata metadata;
    HttpClient* http = nullptr; // owned by the OAuthContext
};

class OAuthContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthContext)

public:
    OAuthContext(Vault& vault, IssuerDirectory& directory, QObject* parent = nullptr);
    ~OAuthContext() override;

    Vault& vault() { return m_vault; }
    IssuerDirectory& directory() { return m_directory; }
    const Clock& clock() const;
    // The vault's PAN subkey, for PanGuard's fingerprints of identifiers.
    const SecretBytes& panFingerprintKey() const;

    // The connection as stored: an error when the vault cannot be read, a
    // NotFound error (in the user's language) when it no longer exists.
    Result<Connection> connection(qint64 connectionId);

    // Defaults for the HttpClients created from now on (tests shorten timeouts).
    void setHttpDefaults(int timeoutMs, qint64 maxResponseBytes);

    // The issuer's HttpClient, created on first use.
    Result<HttpClient*> http(const QString& issuerId);
    // Profile, validated discovery metadata and HttpClient, asynchronously.
    void resolve(const QString& issuerId, QObject* context, std::function<void(Result<ResolvedIssuer>)> done);
    // Forgets the issuer's client and metadata (its profile changed or was removed).
    void resetIssuer(const QString& issuerId);

    // Before a token of the connection leaves the vault for url (BindingGuard):
    // binding is the connection's, or a queued revocation's own. A connection
    // linked before bindings were recorded is bound now to the issuer in effect
    // (an audit row says so). A refusal raises the issuer_mismatch alert and
    // writes an audit row; the caller then sends nothing and returns the error.
    Status admitToken(qint64 connectionId, IssuerBinding binding, const ResolvedIssuer& issuer, const QUrl& url,
                      BindingGuard::Use use);

    // Appends an audit row (failures to write are logged, never fatal).
    void audit(qint64 connectionId, const QString& issuerId, const QString& operation, const QString& result,
               const QString& detail = {});

Q_SIGNALS:
    // admitToken() refused to send a token of the connection (the alert is raised).
    void tokenRefused(qint64 connectionId, const QString& message);

private:
    Vault& m_vault;
    IssuerDirectory& m_directory;
    QHash<QString, HttpClient*> m_clients;
    QHash<QString, ServerMetadata> m_metadata;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = 8 * 1024 * 1024;
};

QString errorCodeName(ErrorCode code);

} // namespace meisai
