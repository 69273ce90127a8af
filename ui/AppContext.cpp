#include "AppContext.h"

#include "Language.h"
#include "SyncController.h"
#include "UiLog.h"
#include "oauth/OAuthContext.h"
#include "security/AlertRules.h"
#include "oauth/Revoker.h"
#include "oauth/TokenManager.h"

#include <QDesktopServices>
#include <QTimer>

namespace meisai::ui {

namespace {
const QString kSyncInterval = QStringLiteral("ui.sync_interval_minutes");
}

AppContext::AppContext(std::unique_ptr<Vault> vault, QObject* parent)
    : QObject(parent), m_vault(std::move(vault)), m_directory(m_vault.get())
{
    auto connector = ConnectorProfile::bundled();
    if (connector)
        m_connector = connector.value();
    if (Status named = m_directory.nameConnectionsAfterIssuers(); !named)
        qCWarning(lcUi).noquote() << "connection names not updated:" << named.error().message;
    if (Status retexted = AlertRules(&m_directory).retextStoredAlerts(*m_vault); !retexted)
        qCWarning(lcUi).noquote() << "alert texts not updated:" << retexted.error().message;
    m_oauth = new OAuthContext(*m_vault, m_directory, this);
    m_tokens = new TokenManager(*m_oauth, this);
    m_revoker = new Revoker(*m_oauth, m_tokens, this);
    m_revoker->startRetrying();
    m_sync = new SyncController(*this, this);
}

AppContext::~AppContext()
{
    // Children that use the vault go first.
    delete m_sync;
    delete m_revoker;
    delete m_tokens;
    delete m_oauth;
}

QList<IssuerProfile> AppContext::linkableIssuers() const
{
    QList<IssuerProfile> out;
    auto all = m_directory.list();
    if (!all)
        return out;
    for (const IssuerProfile& p : all.value()) {
        if (p.isComplete())
            out << p;
    }
    return out;
}

std::optional<IssuerProfile> AppContext::issuer(const QString& issuerId) const
{
    auto p = m_directory.find(issuerId);
    if (!p)
        return std::nullopt;
    return p.value();
}

QString AppContext::issuerName(const QString& issuerId) const
{
    if (issuerId.isEmpty())
        return {};
    auto p = m_directory.find(issuerId);
    return p ? p->name(language()) : issuerId;
}

bool AppContext::isSandbox() const
{
    for (const IssuerProfile& p : linkableIssuers()) {
        if (p.sandbox)
            return true;
    }
    return false;
}

QString AppContext::language() const
{
    return Language::current();
}

bool AppContext::openInBrowser(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}

void AppContext::startBackgroundWork()
{
    m_sync->setIntervalMinutes(syncIntervalMinutes());
    QTimer::singleShot(3000, m_sync, [this] {
        auto list = m_vault->connections().list();
        if (!list)
            return;
        for (const Connection& c : list.value()) {
            if (c.status == ConnectionStatus::Active) {
                m_sync->syncNow();
                return;
            }
        }
    });
}

int AppContext::syncIntervalMinutes()
{
    auto v = m_vault->settings().setting(kSyncInterval, QStringLiteral("360"));
    const int m = v ? v->toInt() : 360;
    return m > 0 ? m : 360;
}

Status AppContext::setSyncIntervalMinutes(int minutes)
{
    m_sync->setIntervalMinutes(minutes);
    return m_vault->settings().setSetting(kSyncInterval, QString::number(minutes));
}

} // namespace meisai::ui
