#include "OAuthSandboxFixture.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace meisai::test {

namespace {

QMutex g_logMutex;
QStringList g_logs;
QtMessageHandler g_previous = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logs << QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ") + message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
}

} // namespace

void startCapturingLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("meisai.*=true"));
    QtMessageHandler previous = qInstallMessageHandler(captureHandler);
    if (previous != captureHandler)
        g_previous = previous;
}

QStringList capturedLogs()
{
    QMutexLocker lock(&g_logMutex);
    return g_logs;
}

QStringList leakedSecrets(const QList<QByteArray>& secrets)
{
    const QStringList logs = capturedLogs();
    QStringList leaked;
    for (const QByteArray& secret : secrets) {
        if (secret.size() < 8)
            continue; // too short to search for meaningfully
        const QString plain = QString::fromUtf8(secret);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(plain));
        for (const QString& line : logs) {
            if (line.contains(plain) || line.contains(encoded)) {
                leaked << QStringLiteral("%1… in: %2").arg(plain.left(6), line.left(200));
                break;
            }
        }
    }
    return leaked;
}

OAuthSandboxFixture::OAuthSandboxFixture() = default;

OAuthSandboxFixture::~OAuthSandboxFixture()
{
    m_revoker.reset();
    m_tokens.reset();
    m_context.reset();
    m_directory.reset();
    m_vault.reset();
    m_profile.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

bool OAuthSandboxFixture::setUp(QString* error, QStringList sandboxArguments)
{
    m_sandbox = std::make_unique<SandboxProcess>(sandboxArguments);
    if (!m_sandbox->isReady()) {
        *error = QStringLiteral("sandbox: ") + m_sandbox->errorString();
        return false;
    }
    m_profile = std::make_unique<TempProfile>();
    UnlockOptions options;
    options.passphrase = SecretBytes(QByteArrayView("oauth test passphrase, long enough"));
    options.clock = &m_clock;
    auto vault = Vault::open(m_profile->dir(), std::move(options));
    if (!vault) {
        *error = QStringLiteral("vault: ") + vault.error().message;
        return false;
    }
    m_vault = std::move(vault.value());
    m_directory = std::make_unique<IssuerDirectory>(m_vault.get());
    auto added = m_directory->addFromSandbox(QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact));
    if (!added) {
        *error = QStringLiteral("issuer add: ") + added.error().message;
        return false;
    }
    m_context = std::make_unique<OAuthContext>(*m_vault, *m_directory);
    m_context->setHttpDefaults(15000, 8 * 1024 * 1024);
    m_tokens = std::make_unique<TokenManager>(*m_context);
    m_revoker = std::make_unique<Revoker>(*m_context, m_tokens.get());
    m_browser = std::make_unique<SandboxBrowser>(m_sandbox->sslConfiguration());
    return true;
}

QUrl OAuthSandboxFixture::startLink(LinkFlow& flow, const QString& issuerId, LinkOptions options)
{
    QSignalSpy ready(&flow, &LinkFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &LinkFlow::finished);
    flow.start(issuerId, std::move(options));
    QDeadlineTimer deadline(15000);
    while (ready.isEmpty() && finished.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    if (ready.isEmpty())
        return {};
    const SecretBytes& verifier = flow.session()->verifier();
    rememberSecret(verifier.toByteArray());
    return ready.first().first().toUrl();
}

bool OAuthSandboxFixture::waitFinished(LinkFlow& flow, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (flow.isRunning() && !deadline.hasExpired())
        QTest::qWait(10);
    return !flow.isRunning();
}

qint64 OAuthSandboxFixture::link(const QString& issuerId, QString* error, LinkOptions options)
{
    LinkFlow flow(*m_context);
    const QUrl url = startLink(flow, issuerId, std::move(options));
    if (url.isEmpty()) {
        *error = QStringLiteral("no authorization URL: ") + flow.error().message;
        return 0;
    }
    const SandboxBrowser::Decision decision = m_browser->authorize(url, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
    if (!decision.ok) {
        *error = QStringLiteral("consent: ") + decision.error;
        return 0;
    }
    rememberRedirect(decision.location);
    const SandboxBrowser::Page page = m_browser->deliver(decision.location);
    if (page.status != 200) {
        *error = QStringLiteral("redirect: HTTP %1 %2").arg(page.status).arg(page.error);
        return 0;
    }
    if (!waitFinished(flow) || !flow.succeeded()) {
        *error = QStringLiteral("link: ") + flow.error().message;
        return 0;
    }
    rememberTokens(flow.connectionId());
    return flow.connectionId();
}

bool OAuthSandboxFixture::expireAccessToken(qint64 connectionId)
{
    auto tokens = m_vault->tokens().get(connectionId);
    if (!tokens || !tokens->has_value())
        return false;
    TokenSet t = (*tokens)->clone();
    t.accessExpiresAt = m_clock.now().addSecs(-10);
    return m_vault->tokens().put(connectionId, t).ok();
}

void OAuthSandboxFixture::rememberTokens(qint64 connectionId)
{
    auto tokens = m_vault->tokens().get(connectionId);
    if (!tokens || !tokens->has_value())
        return;
    rememberSecret((*tokens)->accessToken.toByteArray());
    rememberSecret((*tokens)->refreshToken.toByteArray());
}

void OAuthSandboxFixture::rememberSecret(const QByteArray& secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets << secret;
}

void OAuthSandboxFixture::rememberRedirect(const QUrl& redirect)
{
    rememberSecret(QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
}

int OAuthSandboxFixture::tokenRequests(const QString& issuerId, const QString& grantType)
{
    const QJsonObject stats = m_sandbox->stats(issuerId);
    return stats.value(QStringLiteral("token_requests")).toObject().value(grantType).toInt(-1);
}

int OAuthSandboxFixture::apiRequests(const QString& issuerId)
{
    return m_sandbox->stats(issuerId).value(QStringLiteral("api_requests")).toInt(-1);
}

} // namespace meisai::test
