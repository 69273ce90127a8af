#include "OAuthContext.h"

#include "common/Log.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QPointer>
#include <QTimer>

namespace meisai {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unknown: return QStringLiteral("unknown");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Keychain: return QStringLiteral("keychain");
    case ErrorCode::KeyMismatch: return QStringLiteral("key_mismatch");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong_passphrase");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Tls: return QStringLiteral("tls");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Protocol: return QStringLiteral("protocol");
    case ErrorCode::TooLarge: return QStringLiteral("too_large");
    case ErrorCode::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorCode::InvalidGrant: return QStringLiteral("invalid_grant");
    case ErrorCode::AccessDenied: return QStringLiteral("access_denied");
    case ErrorCode::InsufficientScope: return QStringLiteral("insufficient_scope");
    case ErrorCode::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCode::Maintenance: return QStringLiteral("maintenance");
    case ErrorCode::ServerError: return QStringLiteral("server_error");
    case ErrorCode::UnsupportedVersion: return QStringLiteral("unsupported_version");
    case ErrorCode::StateMismatch: return QStringLiteral("state_mismatch");
    case ErrorCode::IssuerMismatch: return QStringLiteral("issuer_mismatch");
    case ErrorCode::BindingMismatch: return QStringLiteral("binding_mismatch");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Tampered: return QStringLiteral("tampered");
    }
    return QStringLiteral("error");
}

OAuthContext::OAuthContext(Vault& vault, IssuerDirectory& directory, QObject* parent)
    : QObject(parent), m_vault(vault), m_directory(directory)
{
}

OAuthContext::~OAuthContext() = default;

const Clock& OAuthContext::clock() const
{
    return m_vault.clock();
}

const SecretBytes& OAuthContext::panFingerprintKey() const
{
    return m_vault.keys().panFingerprint();
}

void OAuthContext::setHttpDefaults(int timeoutMs, qint64 maxResponseBytes)
{
    m_timeoutMs = timeoutMs;
    m_maxResponseBytes = maxResponseBytes;
}

Result<HttpClient*> OAuthContext::http(const QString& issuerId)
{
    if (HttpClient* existing = m_clients.value(issuerId))
        return existing;
    auto profile = m_directory.find(issuerId);
    if (!profile)
        return profile.error();
    auto cas = profile->trustedCas();
    if (!cas)
        return cas.error();
    HttpClientOptions options;
    options.issuerId = issuerId;
    options.issuerName = profile->nameText();
    options.extraCas = cas.value();
    options.timeoutMs = m_timeoutMs;
    options.maxResponseBytes = m_maxResponseBytes;
    auto* client = new HttpClient(std::move(options), this);
    client->setAuditSink(&m_vault.audit());
    m_clients.insert(issuerId, client);
    return client;
}

void OAuthContext::resolve(const QString& issuerId, QObject* context,
                           std::function<void(Result<ResolvedIssuer>)> done)
{
    auto profile = m_directory.find(issuerId);
    // The profile was replaced (by this process or another one): forget what was cached for the old one.
    if (profile && m_metadata.contains(issuerId) && m_metadata.value(issuerId).issuer != profile->issuer)
        resetIssuer(issuerId);
    auto client = profile ? http(issuerId) : Result<HttpClient*>(profile.error());
    if (!profile || !client) {
        const Error error = !profile ? profile.error() : client.error();
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    if (!profile->isComplete()) {
        const Error error = makeError(ErrorCode::InvalidArgument,
                                      tr("%1 is a sandbox issuer that has not been added yet: start the sandbox and "
                                         "add it first.").arg(profile->name()));
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    ResolvedIssuer resolved{profile.value(), {}, client.value()};
    if (m_metadata.contains(issuerId)) {
        resolved.metadata = m_metadata.value(issuerId);
        QTimer::singleShot(0, context, [done, resolved]() mutable { done(std::move(resolved)); });
        return;
    }
    QPointer<OAuthContext> self(this);
    Discovery::load(resolved.profile, *client.value(), &m_vault.settings(), clock(), context,
                    [self, issuerId, resolved, done](Result<ServerMetadata> metadata) mutable {
                        if (!metadata) {
                            done(metadata.error());
                            return;
                        }
                        if (self)
                            self->m_metadata.insert(issuerId, metadata.value());
                        resolved.metadata = std::move(metadata.value());
                        done(std::move(resolved));
                    });
}

void OAuthContext::resetIssuer(const QString& issuerId)
{
    if (HttpClient* client = m_clients.take(issuerId)) {
        client->abortAll();
        client->deleteLater();
    }
    m_metadata.remove(issuerId);
}

Status OAuthContext::admitToken(qint64 connectionId, IssuerBinding binding, const ResolvedIssuer& issuer,
                                const QUrl& url, BindingGuard::Use use)
{
    const QString issuerId = issuer.profile.id;
    if (binding.isEmpty()) {
        const IssuerBinding now = BindingGuard::bindingFor(issuer.profile, issuer.metadata);
        auto connection = connectionId ? m_vault.connections().get(connectionId)
                                       : Result<std::optional<Connection>>(std::optional<Connection>());
        if (connection && connection->has_value() && (*connection)->binding.isEmpty()) {
            if (const Status saved = m_vault.connections().setBinding(connectionId, now); !saved)
                return saved;
            audit(connectionId, issuerId, QStringLiteral("bind"), QStringLiteral("ok"),
                  QStringLiteral("bound on first use to ") + redactUrl(now.issuer));
            binding = now;
        } else if (connection && connection->has_value()) {
            binding = (*connection)->binding;
        } else {
            binding = now; // a queued revocation of a connection that is gone, queued before bindings existed
        }
    }
    // Discovery makes the two equal; a stale cache that does not is no issuer at all.
    const QUrl currentIssuer = issuer.metadata.issuer.isEmpty() || issuer.metadata.issuer == issuer.profile.issuer
        ? issuer.profile.issuer
        : QUrl();
    const Status admitted = BindingGuard::check(binding, currentIssuer, url, use, issuer.profile.name());
    if (admitted)
        return {};
    audit(connectionId, issuerId, QStringLiteral("binding"), errorCodeName(admitted.error().code),
          QStringLiteral("refused ") + redactUrl(url) + QStringLiteral(", bound to ") + redactUrl(binding.issuer));
    const AlertRules rules(&m_directory);
    auto raised = m_vault.alerts().raise(rules.issuerMismatch(connectionId, issuerId, admitted.error().describe()));
    if (!raised)
        qCWarning(lcOAuth).noquote() << "alert not raised:" << raised.error().message;
    Q_EMIT tokenRefused(connectionId, admitted.error().message);
    return admitted;
}

Result<Connection> OAuthContext::connection(qint64 connectionId)
{
    auto stored = m_vault.connections().get(connectionId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return makeError(ErrorCode::NotFound, OAuthContext::tr("This connection no longer exists."));
    return std::move(**stored);
}

void OAuthContext::audit(qint64 connectionId, const QString& issuerId, const QString& operation,
                         const QString& result, const QString& detail)
{
    AuditEntry entry;
    entry.connectionId = connectionId;
    entry.issuerId = issuerId;
    entry.operation = operation;
    entry.result = result;
    entry.detail = detail;
    auto appended = m_vault.audit().append(std::move(entry));
    if (!appended)
        qCWarning(lcOAuth).noquote() << "audit row not written:" << appended.error().message;
}

} // namespace meisai
