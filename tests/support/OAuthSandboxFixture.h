#pragma once

// A vault, the issuer directory completed from a running sandbox issuer, and
// the OAuth classes wired together, for end-to-end tests. Also remembers
// every secret the tests see (tokens, codes, verifiers) and captures all log
// output, so a test can assert that no secret was ever logged.

#include "SandboxBrowser.h"
#include "SandboxProcess.h"
#include "TempProfile.h"

#include "common/Clock.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/LinkFlow.h"
#include "oauth/OAuthContext.h"
#include "oauth/Revoker.h"
#include "oauth/TokenManager.h"
#include "vault/Vault.h"

#include <QStringList>

#include <memory>

namespace meisai::test {

// Captures every message (all categories, all levels) from now on; enables meisai.* debug output.
void startCapturingLogs();
QStringList capturedLogs();
// The secrets that appear in the captured logs (empty: none).
QStringList leakedSecrets(const QList<QByteArray>& secrets);

class OAuthSandboxFixture
{
public:
    OAuthSandboxFixture();
    ~OAuthSandboxFixture();

    // Starts the sandbox (unless given one), opens a vault, adds the sandbox issuers.
    bool setUp(QString* error, QStringList sandboxArguments = {});

    SandboxProcess& sandbox() { return *m_sandbox; }
    Vault& vault() { return *m_vault; }
    IssuerDirectory& directory() { return *m_directory; }
    OAuthContext& context() { return *m_context; }
    TokenManager& tokens() { return *m_tokens; }
    Revoker& revoker() { return *m_revoker; }
    ManualClock& clock() { return m_clock; }
    SandboxBrowser& browser() { return *m_browser; }

    // Starts a link and waits for its authorization URL (empty on failure).
    QUrl startLink(LinkFlow& flow, const QString& issuerId, LinkOptions options = {});
    // Waits until the flow finishes; false on timeout.
    bool waitFinished(LinkFlow& flow, int timeoutMs = 20000);
    // The whole link as a user does it: approve at the sandbox as taro, browser comes back.
    // Returns the connection id, 0 on failure (error set).
    qint64 link(const QString& issuerId, QString* error, LinkOptions options = {});

    // Makes the stored access token of a connection look expired.
    bool expireAccessToken(qint64 connectionId);
    // Remembers the current tokens of a connection as secrets.
    void rememberTokens(qint64 connectionId);
    void rememberSecret(const QByteArray& secret);
    void rememberRedirect(const QUrl& redirect); // the code in it
    QList<QByteArray> secrets() const { return m_secrets; }

    int tokenRequests(const QString& issuerId, const QString& grantType);
    int apiRequests(const QString& issuerId);

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TempProfile> m_profile;
    ManualClock m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<IssuerDirectory> m_directory;
    std::unique_ptr<OAuthContext> m_context;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<Revoker> m_revoker;
    std::unique_ptr<SandboxBrowser> m_browser;
    QList<QByteArray> m_secrets;
};

} // namespace meisai::test
