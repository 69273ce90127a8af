#pragma once

// What every page shares: the unlocked vault, the issuer directory, the
// connector's own profile and the core services (OAuth, tokens, revocation,
// sync). Pages listen to dataChanged() to reload.

#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/LinkFlow.h"
#include "vault/Vault.h"

#include <QObject>

#include <memory>
#include <optional>

namespace meisai {
class OAuthContext;
class TokenManager;
class Revoker;
} // namespace meisai

namespace meisai::ui {

class SyncController;

class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    explicit AppContext(std::unique_ptr<Vault> vault, QObject* parent = nullptr);
    ~AppContext() override;

    Vault& vault() { return *m_vault; }
    IssuerDirectory& directory() { return m_directory; }
    const ConnectorProfile& connector() const { return m_connector; }
    OAuthContext& oauth() { return *m_oauth; }
    TokenManager& tokens() { return *m_tokens; }
    Revoker& revoker() { return *m_revoker; }
    SyncController& sync() { return *m_sync; }

    // Issuers that can be linked (complete profiles), sorted by id.
    QList<IssuerProfile> linkableIssuers() const;
    std::optional<IssuerProfile> issuer(const QString& issuerId) const;
    QString issuerName(const QString& issuerId) const;
    // True when the profile talks to sandbox issuers (shown as a "SANDBOX" marker).
    bool isSandbox() const;
    QString language() const;

    // Opens URLs in the system browser; tests replace it through QDesktopServices::setUrlHandler.
    static bool openInBrowser(const QUrl& url);

    int syncIntervalMinutes();
    // Applies at once; the result says whether it was also saved for the next start.
    Status setSyncIntervalMinutes(int minutes);

    void notifyDataChanged() { Q_EMIT dataChanged(); }
    // The app proper (not tests): periodic sync, and a first sync shortly after start.
    void startBackgroundWork();

Q_SIGNALS:
    void dataChanged();

private:
    std::unique_ptr<Vault> m_vault;
    IssuerDirectory m_directory;
    ConnectorProfile m_connector;
    OAuthContext* m_oauth = nullptr;
    TokenManager* m_tokens = nullptr;
    Revoker* m_revoker = nullptr;
    SyncController* m_sync = nullptr;
};

} // namespace meisai::ui
