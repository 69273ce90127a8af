#include "LinkFlow.h"

#include "OAuthContext.h"
#include "TokenClient.h"
#include "common/Log.h"
#include "security/AlertRules.h"
#include "vault/Vault.h"

#include <QAbstractSocket>
#include <QTimer>

namespace meisai {

LinkFlow::LinkFlow(OAuthContext& context, QObject* parent) : QObject(parent), m_context(context) {}

LinkFlow::~LinkFlow()
{
    if (m_receiver)
        m_receiver->close();
}

QUrl LinkFlow::redirectUri() const
{
    return m_session ? m_session->redirectUri() : QUrl();
}

void LinkFlow::start(const QString& issuerId, Options options)
{
    if (m_running) {
        qCWarning(lcOAuth) << "a link is already in progress";
        return;
    }
    m_running = true;
    ++m_generation;
    m_issuerId = issuerId;
    m_options = std::move(options);
    m_connectionId = 0;
    m_error.reset();
    m_authorizationUrl.clear();
    qCInfo(lcOAuth).noquote() << "linking" << issuerId
                              << (m_options.reconnectConnectionId ? QStringLiteral("(reconnect)") : QString());
    const quint64 generation = m_generation;
    m_context.resolve(issuerId, this, [this, generation](Result<ResolvedIssuer> issuer) {
        if (generation != m_generation || !m_running)
            return;
        if (!issuer) {
            fail(issuer.error());
            return;
        }
        begin(std::move(issuer.value()));
    });
}

void LinkFlow::begin(ResolvedIssuer issuer)
{
    const IssuerProfile& profile = issuer.profile;
    QStringList scopes = m_options.scopes.isEmpty() ? profile.scopeNames() : m_options.scopes;
    for (const QString& s : std::as_const(scopes)) {
        if (!profile.scope(s)) {
            fail(makeError(ErrorCode::InvalidArgument,
                           tr("%1 does not offer the permission \"%2\".").arg(profile.name(), s)));
            return;
        }
    }
    for (const ScopeInfo& s : profile.scopes) {
        if (s.required && !scopes.contains(s.name)) {
            fail(makeError(ErrorCode::InvalidArgument,
                           tr("Meisai cannot work without the permission \"%1\".").arg(s.name)));
            return;
        }
    }
    if (m_options.reconnectConnectionId) {
        auto existing = m_context.vault().connections().get(m_options.reconnectConnectionId);
        if (!existing) {
            fail(existing.error());
            return;
        }
        if (!existing->has_value() || (*existing)->issuerId != profile.id) {
            fail(makeError(ErrorCode::NotFound, tr("The connection to renew does not exist for %1.").arg(profile.name())));
            return;
        }
        // A connection stays with the issuer it was linked with (BindingGuard).
        const IssuerBinding& bound = (*existing)->binding;
        const QUrl current = issuer.metadata.issuer.isEmpty() ? profile.issuer : issuer.metadata.issuer;
        if (!bound.isEmpty() && bound.issuer != current) {
            fail(makeError(ErrorCode::BindingMismatch,
                           tr("This connection was linked with %1, but the issuer \"%2\" is now %3. It cannot be "
                              "renewed at another server; link a new connection instead.")
                               .arg(bound.issuer.toString(), profile.id, current.toString())));
            return;
        }
    }
    m_http = issuer.http;

    if (m_receiver) {
        m_receiver->close();
        m_receiver->deleteLater();
    }
    m_receiver = new LoopbackReceiver(profile.redirectPath, this);
    m_receiver->setLifetimeMs(m_lifetimeMs);
    const Status listening = m_receiver->listen();
    if (!listening) {
        fail(listening.error());
        return;
    }
    m_session = std::make_unique<AuthorizationSession>(profile, std::move(issuer.metadata), scopes,
                                                       m_receiver->port(), m_context.clock(),
                                                       m_receiver->address().protocol() == QAbstractSocket::IPv6Protocol);
    m_receiver->setHandler([this](const QMap<QString, QString>& params) { return onRedirect(params); });
    const quint64 generation = m_generation;
    connect(m_receiver, &LoopbackReceiver::expired, this, [this, generation] {
        if (generation == m_generation && m_running)
            fail(makeError(ErrorCode::Timeout,
                           tr("The sign-in at the issuer was not completed within 10 minutes. Start again.")));
    });
    m_authorizationUrl = m_session->authorizationUrl();
    qCInfo(lcOAuth).noquote() << "authorization at" << redactUrl(m_authorizationUrl) << "redirect port"
                              << m_receiver->port();
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    if (m_running && generation == m_generation && m_opener && !m_opener(m_authorizationUrl))
        Q_EMIT browserOpenFailed(m_authorizationUrl);
}

LoopbackReceiver::Page LinkFlow::onRedirect(const QMap<QString, QString>& params)
{
    LoopbackReceiver::Page page;
    if (!m_session || !m_running) {
        page.status = 400;
        page.message = tr("Nobody is waiting for this answer.");
        return page;
    }
    AuthorizationSession::Outcome outcome = m_session->handleRedirect(params);
    switch (outcome.verdict) {
    case AuthorizationSession::Verdict::Ignore:
        Q_EMIT answerRefused(outcome.error);
        page.status = 400;
        page.title = tr("Not for this sign-in");
        page.message = outcome.error.message + QLatin1Char(' ')
            + tr("If you are linking an account, finish the sign-in in the browser tab Meisai opened.");
        return page;
    case AuthorizationSession::Verdict::Failed: {
        page.status = 200;
        page.title = tr("The link was not made");
        page.message = outcome.error.message + QLatin1Char(' ') + tr("You can close this tab and return to Meisai.");
        page.finished = true;
        const Error error = outcome.error;
        QTimer::singleShot(0, this, [this, error, generation = m_generation] {
            if (generation == m_generation)
                fail(error);
        });
        return page;
    }
    case AuthorizationSession::Verdict::Code:
        break;
    }
    page.status = 200;
    page.title = tr("Back to Meisai");
    page.message = tr("Meisai received the issuer's answer and is finishing the link. You can close this tab and "
                      "return to Meisai.");
    page.finished = true;
    Q_EMIT redirectReceived();
    auto code = std::make_shared<SecretBytes>(std::move(outcome.code));
    QTimer::singleShot(0, this, [this, code, generation = m_generation] {
        if (generation == m_generation && m_running)
            exchange(std::move(*code));
    });
    return page;
}

void LinkFlow::exchange(SecretBytes code)
{
    const IssuerProfile& profile = m_session->profile();
    TokenClient client(*m_http, m_session->metadata(), profile.clientId, profile.nameText());
    const quint64 generation = m_generation;
    client.exchangeCode(code, m_session->verifier(), m_session->redirectUri(), m_options.reconnectConnectionId, this,
                        [this, generation](Result<TokenResponse> response) {
                            if (generation == m_generation && m_running)
                                store(std::move(response));
                        });
    code.clear();
}

void LinkFlow::store(Result<TokenResponse> response)
{
    if (!response) {
        fail(response.error());
        return;
    }
    Vault& vault = m_context.vault();
    const IssuerProfile& profile = m_session->profile();
    const QDateTime now = m_context.clock().now();
    TokenSet tokens = response->toTokenSet(now);
    if (tokens.refreshToken.isEmpty())
        qCWarning(lcOAuth).noquote() << profile.id << "issued no refresh token; the link lasts until the access token expires";

    Connection c;
    if (m_options.reconnectConnectionId) {
        auto existing = vault.connections().get(m_options.reconnectConnectionId);
        if (!existing || !existing->has_value()) {
            fail(existing ? makeError(ErrorCode::NotFound, tr("The connection to renew no longer exists."))
                          : existing.error());
            return;
        }
        c = **existing;
    } else {
        c.issuerId = profile.id;
        // No name given: the issuer's, shown in the language of the moment.
        c.labelText = m_options.label.isEmpty() ? profile.nameText() : Text::verbatim(m_options.label);
        c.label = c.labelText.toString();
        c.createdAt = now;
    }
    c.status = ConnectionStatus::Active;
    c.binding = BindingGuard::bindingFor(profile, m_session->metadata());
    c.requestedScopes = m_session->requestedScopes();
    c.grantedScopes = response->scopePresent ? response->scope : m_session->requestedScopes();
    c.consentGrantedAt = now;
    c.consentExpiresAt = tokens.refreshExpiresAt.isValid() ? tokens.refreshExpiresAt : now.addDays(profile.consentDays);
    c.authTime = now;
    c.lastError.clear();
    c.lastErrorText = {};
    c.updatedAt = now;

    qint64 id = c.id;
    Database::Transaction tx(vault.database());
    Status status = tx.begin();
    if (status) {
        if (id) {
            status = vault.connections().update(c);
        } else {
            auto added = vault.connections().add(c);
            if (added)
                id = added.value();
            else
                status = added.error();
        }
    }
    if (status)
        status = vault.tokens().put(id, tokens);
    if (status)
        status = tx.commit();
    if (!status) {
        fail(status.error());
        return;
    }
    if (id)
        if (const Status resolved = vault.alerts().resolveByKey(AlertRules::reconnectKey(id)); !resolved)
            qCWarning(lcOAuth).noquote() << "alert not resolved:" << resolved.error().message;
    QString detail = QStringLiteral("scopes requested=") + c.requestedScopes.join(QLatin1Char(' '))
        + QStringLiteral(" granted=") + c.grantedScopes.join(QLatin1Char(' '));
    m_context.audit(id, profile.id, m_options.reconnectConnectionId ? QStringLiteral("reconnect") : QStringLiteral("link"),
                    QStringLiteral("ok"), detail);
    qCInfo(lcOAuth).noquote() << "linked" << profile.id << "as connection" << id;
    succeed(id);
}

void LinkFlow::cancel()
{
    if (!m_running)
        return;
    fail(makeError(ErrorCode::Cancelled, tr("The link was cancelled.")));
}

void LinkFlow::fail(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    if (m_receiver)
        m_receiver->close();
    m_error = error;
    const QString issuerId = m_session ? m_session->profile().id : m_issuerId;
    m_context.audit(m_options.reconnectConnectionId, issuerId,
                    m_options.reconnectConnectionId ? QStringLiteral("reconnect") : QStringLiteral("link"),
                    errorCodeName(error.code), error.message);
    qCWarning(lcOAuth).noquote() << "link to" << issuerId << "failed:" << error.message;
    Q_EMIT finished(false);
}

void LinkFlow::succeed(qint64 connectionId)
{
    m_running = false;
    ++m_generation;
    if (m_receiver)
        m_receiver->close();
    m_connectionId = connectionId;
    Q_EMIT finished(true);
}

} // namespace meisai
