#pragma once

// Everything an end-to-end sync test needs: the sandbox issuer over TLS, a
// vault in a temporary profile (real keychain), the issuer directory, OAuth
// context, token manager and sync engine; linking through the real consent
// page with a scripted browser, and blocking sync.

#include "SandboxProcess.h"
#include "TempProfile.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/OAuthContext.h"
#include "oauth/TokenManager.h"
#include "sync/SyncEngine.h"
#include "vault/Vault.h"

#include <functional>
#include <memory>

namespace meisai::test {

// Runs the event loop until done() holds or timeoutMs passed; true if done()
// held. Unlike QTest::qWaitFor, which sleeps 10 ms between rounds of events
// (and a request to the sandbox takes several rounds), it wakes on every event.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

// Links issuerId for a sandbox user through the consent page, with a scripted
// browser; returns the connection id, or 0 with *error.
qint64 linkSandboxIssuer(OAuthContext& context, SandboxProcess& sandbox, const QString& issuerId,
                         const QString& user, const QString& password, QString* error);

class SyncFixture
{
public:
    explicit SyncFixture(const QStringList& sandboxArguments = {});
    ~SyncFixture();

    bool isReady() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    SandboxProcess& sandbox() { return *m_sandbox; }
    Vault& vault() { return *m_vault; }
    OAuthContext& context() { return *m_context; }
    TokenManager& tokens() { return *m_tokens; }
    SyncEngine& engine() { return *m_engine; }
    IssuerDirectory& directory() { return *m_directory; }
    QString profileDir() const { return m_profile.dir(); }

    // Links the issuer for the sandbox user; 0 with *error on failure.
    qint64 link(const QString& issuerId, const QString& user, const QString& password, QString* error);
    // Syncs the given connections (all active ones when empty) and waits.
    QList<ConnectionSyncSummary> sync(const QList<qint64>& ids = {}, int timeoutMs = 120000);

private:
    QString m_error;
    TempProfile m_profile;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<IssuerDirectory> m_directory;
    std::unique_ptr<OAuthContext> m_context;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace meisai::test
