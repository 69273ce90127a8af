#include "SyncFixture.h"

#include "SandboxBrowser.h"
#include "oauth/LinkFlow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTimer>

namespace meisai::test {

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer wake; // makes WaitForMoreEvents return at the deadline
    wake.setSingleShot(true);
    QObject::connect(&wake, &QTimer::timeout, &loop, [] {});
    wake.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        // As QTest::qWaitFor: objects deleted later (finished jobs, replies) go now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

SyncFixture::SyncFixture(const QStringList& sandboxArguments)
{
    m_sandbox = std::make_unique<SandboxProcess>(sandboxArguments);
    if (!m_sandbox->isReady()) {
        m_error = QStringLiteral("sandbox: ") + m_sandbox->errorString();
        return;
    }
    auto vault = Vault::open(m_profile.dir());
    if (!vault) {
        m_error = QStringLiteral("vault: ") + vault.error().message;
        return;
    }
    m_vault = std::move(vault.value());
    m_directory = std::make_unique<IssuerDirectory>(m_vault.get());
    auto added = m_directory->addFromSandbox(QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact));
    if (!added) {
        m_error = QStringLiteral("directory: ") + added.error().message;
        return;
    }
    m_context = std::make_unique<OAuthContext>(*m_vault, *m_directory);
    m_context->setHttpDefaults(15000, 8 * 1024 * 1024);
    m_tokens = std::make_unique<TokenManager>(*m_context);
    m_engine = std::make_unique<SyncEngine>(*m_vault, *m_context, *m_tokens);
    SyncOptions options;
    options.delayCapMs = 20; // tests never sleep for Retry-After
    options.backoffBaseMs = 10;
    options.maxRetryAfterWaitSecs = 120;
    m_engine->setOptions(options);
}

SyncFixture::~SyncFixture()
{
    m_engine.reset();
    m_tokens.reset();
    m_context.reset();
    m_directory.reset();
    m_vault.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

qint64 SyncFixture::link(const QString& issuerId, const QString& user, const QString& password, QString* error)
{
    return linkSandboxIssuer(*m_context, *m_sandbox, issuerId, user, password, error);
}

qint64 linkSandboxIssuer(OAuthContext& context, SandboxProcess& sandbox, const QString& issuerId,
                         const QString& user, const QString& password, QString* error)
{
    LinkFlow flow(context);
    QUrl authorizationUrl;
    flow.setUrlOpener([&authorizationUrl](const QUrl& url) {
        authorizationUrl = url;
        return true;
    });
    QSignalSpy finished(&flow, &LinkFlow::finished);
    flow.start(issuerId);
    if (!waitUntil([&] { return !authorizationUrl.isEmpty() || !finished.isEmpty(); }, 15000)) {
        *error = QStringLiteral("no authorization URL");
        return 0;
    }
    if (!finished.isEmpty()) {
        *error = flow.error().message;
        return 0;
    }
    SandboxBrowser browser(sandbox.sslConfiguration());
    const auto decision = browser.authorize(authorizationUrl, user, password);
    if (!decision.ok) {
        *error = QStringLiteral("consent: ") + decision.error;
        return 0;
    }
    const auto page = browser.deliver(decision.location);
    if (!page.error.isEmpty()) {
        *error = QStringLiteral("redirect: ") + page.error;
        return 0;
    }
    if (!waitUntil([&] { return !finished.isEmpty(); }, 15000)) {
        *error = QStringLiteral("the link did not finish");
        return 0;
    }
    if (!flow.succeeded()) {
        *error = flow.error().message;
        return 0;
    }
    return flow.connectionId();
}

QList<ConnectionSyncSummary> SyncFixture::sync(const QList<qint64>& ids, int timeoutMs)
{
    QList<ConnectionSyncSummary> result;
    bool done = false;
    QObject receiver;
    QObject::connect(m_engine.get(), &SyncEngine::finished, &receiver,
                     [&](const QList<ConnectionSyncSummary>& summaries) {
                         result = summaries;
                         done = true;
                     });
    if (ids.isEmpty())
        m_engine->syncAll();
    else
        m_engine->sync(ids);
    if (!waitUntil([&] { return done; }, timeoutMs))
        qWarning("sync did not finish in time");
    return result;
}

} // namespace meisai::test
