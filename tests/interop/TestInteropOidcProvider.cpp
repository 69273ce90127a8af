// Interop with an independently written authorization server: oidc-provider
// 8.8.1 (npm), started on 127.0.0.1 over TLS with a certificate made here.
// Link (PKCE, loopback redirect, RFC 9207 iss), refresh with rotation,
// revocation confirmed by the server, and a mix-up rejected.

#include "OAuthSandboxFixture.h" // log capture
#include "TempProfile.h"
#include "TestCertificates.h"

#include "common/Clock.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/LinkFlow.h"
#include "oauth/OAuthContext.h"
#include "oauth/Revoker.h"
#include "oauth/TokenClient.h"
#include "oauth/TokenManager.h"
#include "vault/Vault.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kId = QStringLiteral("oidc-provider");

} // namespace

class TestInteropOidcProvider : public QObject
{
    Q_OBJECT

private:
    // A browser: follows redirects with cookies until it is sent to the loopback listener.
    QUrl browseToRedirect(const QUrl& start, quint16 loopbackPort, QString* error)
    {
        QUrl url = start;
        for (int hop = 0; hop < 12; ++hop) {
            if (url.host() == QLatin1String("127.0.0.1") && url.port() == loopbackPort)
                return url;
            QNetworkRequest request(url);
            request.setSslConfiguration(m_ssl);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setTransferTimeout(15000);
            QNetworkReply* reply = m_browser->get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !done.wait(15000)) {
                *error = QStringLiteral("timeout at ") + url.path();
                return {};
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray location = reply->rawHeader("Location");
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            if (status < 300 || status >= 400 || location.isEmpty()) {
                *error = QStringLiteral("HTTP %1 at %2: %3").arg(status).arg(url.path(), QString::fromUtf8(body.left(300)));
                return {};
            }
            url = url.resolved(QUrl::fromEncoded(location));
        }
        *error = QStringLiteral("too many redirects");
        return {};
    }

    int deliver(const QUrl& redirect)
    {
        QNetworkRequest request(redirect);
        QNetworkReply* reply = m_browser->get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    // Starts a link and returns the loopback redirect the server sends the browser to.
    QUrl authorize(LinkFlow& flow, QString* error)
    {
        QSignalSpy ready(&flow, &LinkFlow::authorizationUrlReady);
        flow.start(kId);
        QDeadlineTimer deadline(15000);
        while (ready.isEmpty() && flow.isRunning() && !deadline.hasExpired())
            QTest::qWait(10);
        if (ready.isEmpty()) {
            *error = QStringLiteral("no authorization URL: ") + flow.error().message;
            return {};
        }
        m_secrets << flow.session()->verifier().toByteArray();
        const QUrl redirect = browseToRedirect(ready.first().first().toUrl(), flow.receiver()->port(), error);
        m_secrets << QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
        return redirect;
    }

    bool waitFinished(LinkFlow& flow)
    {
        QDeadlineTimer deadline(20000);
        while (flow.isRunning() && !deadline.hasExpired())
            QTest::qWait(10);
        return !flow.isRunning();
    }

    void rememberTokens(qint64 id)
    {
        auto t = m_vault->tokens().get(id);
        if (t && t->has_value()) {
            m_secrets << (*t)->accessToken.toByteArray() << (*t)->refreshToken.toByteArray();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        startCapturingLogs();
        const QString interopDir = qEnvironmentVariable("MEISAI_SOURCE_DIR") + QStringLiteral("/tests/interop");
        if (!QFileInfo::exists(interopDir + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL("tests/interop/node_modules is missing: run `npm ci` in tests/interop (./run test does)");
            QSKIP("oidc-provider is not installed: run `npm ci` in tests/interop (./run test does)");
        }
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));

        m_node = std::make_unique<QProcess>();
        m_node->setWorkingDirectory(interopDir);
        m_node->setProcessChannelMode(QProcess::SeparateChannels);
        m_node->start(QStringLiteral("node"), {QStringLiteral("server.mjs"), QStringLiteral("--cert"), m_certs.certPath(),
                                                QStringLiteral("--key"), m_certs.keyPath()});
        QVERIFY2(m_node->waitForStarted(10000), qPrintable(m_node->errorString()));
        QDeadlineTimer deadline(30000);
        QJsonObject ready;
        while (ready.isEmpty() && !deadline.hasExpired()) {
            if (!m_node->canReadLine() && !m_node->waitForReadyRead(200)) {
                QVERIFY2(m_node->state() == QProcess::Running, m_node->readAllStandardError().constData());
                continue;
            }
            while (m_node->canReadLine()) {
                const QByteArray line = m_node->readLine().trimmed();
                if (line.startsWith('{'))
                    ready = QJsonDocument::fromJson(line).object();
            }
        }
        QVERIFY2(ready.value(QStringLiteral("ready")).toBool(), "oidc-provider did not start");
        m_issuer = QUrl(ready.value(QStringLiteral("issuer")).toString());

        m_profile = std::make_unique<TempProfile>();
        UnlockOptions options;
        options.passphrase = SecretBytes(QByteArrayView("interop test passphrase, long enough"));
        options.clock = &m_clock;
        auto vault = Vault::open(m_profile->dir(), std::move(options));
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        m_vault = std::move(vault.value());
        m_directory = std::make_unique<IssuerDirectory>(m_vault.get());

        // A production-style profile: HTTPS everywhere, OpenID discovery, the test CA for this issuer only.
        IssuerProfile p;
        p.id = kId;
        p.displayName = {QStringLiteral("相互運用テスト"), QStringLiteral("Interop server")};
        p.issuer = m_issuer;
        p.discoveryUrl = QUrl(m_issuer.toString() + QStringLiteral("/.well-known/openid-configuration"));
        p.clientId = QStringLiteral("meisai-desktop");
        p.scopes = {{QStringLiteral("cards:read"), {QStringLiteral("カード"), QStringLiteral("Cards")}, true},
                    {QStringLiteral("transactions:read"), {QStringLiteral("明細"), QStringLiteral("Transactions")}, true}};
        p.caFile = m_certs.caPath();
        p.disclosures.legalName = {QStringLiteral("テスト"), QStringLiteral("Test")};
        p.disclosures.inquiry.phone = QStringLiteral("0000");
        QVERIFY2(m_directory->add(p), "profile not accepted");

        m_context = std::make_unique<OAuthContext>(*m_vault, *m_directory);
        m_tokens = std::make_unique<TokenManager>(*m_context);
        m_revoker = std::make_unique<Revoker>(*m_context, m_tokens.get());

        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.addCaCertificates(QSslCertificate::fromPath(m_certs.caPath()));
        m_browser = std::make_unique<QNetworkAccessManager>();
        m_browser->setCookieJar(new QNetworkCookieJar(m_browser.get()));
    }

    void cleanupTestCase()
    {
        m_revoker.reset();
        m_tokens.reset();
        m_context.reset();
        if (m_node) {
            m_node->terminate();
            if (!m_node->waitForFinished(5000))
                m_node->kill();
        }
    }

    void discovery()
    {
        std::optional<Result<ResolvedIssuer>> resolved;
        m_context->resolve(kId, this, [&](Result<ResolvedIssuer> r) { resolved = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 15000);
        QVERIFY2(resolved->ok(), qPrintable(resolved->ok() ? QString() : resolved->error().message));
        QVERIFY((*resolved)->metadata.issParameterSupported);
        QVERIFY((*resolved)->metadata.codeChallengeMethods.contains(QStringLiteral("S256")));
        QVERIFY(!(*resolved)->metadata.revocationEndpoint.isEmpty());
    }

    void link()
    {
        LinkFlow flow(*m_context);
        QString error;
        const QUrl redirect = authorize(flow, &error);
        QVERIFY2(!redirect.isEmpty(), qPrintable(error));
        const QUrlQuery query(redirect);
        // RFC 9207: the server names itself in the response, and it is ours.
        QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_issuer.toString());
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QCOMPARE(deliver(redirect), 200);
        QVERIFY(waitFinished(flow));
        QVERIFY2(flow.succeeded(), qPrintable(flow.error().message));
        m_connection = flow.connectionId();
        rememberTokens(m_connection);
        auto c = m_vault->connections().get(m_connection);
        QVERIFY(c && c->has_value());
        QCOMPARE((*c)->requestedScopes, (QStringList{QStringLiteral("cards:read"), QStringLiteral("transactions:read")}));
        QVERIFY(!(*c)->grantedScopes.isEmpty());
        auto t = m_vault->tokens().get(m_connection);
        QVERIFY(t && t->has_value());
        QVERIFY(!(*t)->refreshToken.isEmpty());
    }

    void refreshWithRotation()
    {
        auto before = m_vault->tokens().get(m_connection);
        QVERIFY(before && before->has_value());
        const QByteArray oldRefresh = (*before)->refreshToken.toByteArray();
        TokenSet expired = (*before)->clone();
        expired.accessExpiresAt = m_clock.now().addSecs(-1);
        QVERIFY(m_vault->tokens().put(m_connection, expired));
        QList<QByteArray> got;
        for (int i = 0; i < 5; ++i) {
            m_tokens->withAccessToken(m_connection, this, [&](Result<AccessGrant> g) {
                QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
                got << g->accessToken.toByteArray();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 5, 15000);
        rememberTokens(m_connection);
        auto after = m_vault->tokens().get(m_connection);
        const QByteArray newRefresh = (*after)->refreshToken.toByteArray();
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != oldRefresh); // rotated by the server
        QVERIFY(got.first() != (*before)->accessToken.toByteArray());
        // One refresh for the five callers: reusing the old refresh token would have killed the grant.
        QCOMPARE(toString((*m_vault->connections().get(m_connection))->status), toString(ConnectionStatus::Active));
    }

    void revokeConfirmedByServer()
    {
        auto t = m_vault->tokens().get(m_connection);
        QVERIFY(t && t->has_value());
        const SecretBytes refresh = (*t)->refreshToken.clone();
        std::optional<Result<RevokeReport>> report;
        m_revoker->revoke(m_connection, this, [&](Result<RevokeReport> r) { report = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY2(report->ok(), qPrintable(report->ok() ? QString() : report->error().message));
        QCOMPARE((*report)->queued, 0);
        QVERIFY((*report)->confirmed >= 1);
        // The server no longer honours the refresh token.
        std::optional<Result<ResolvedIssuer>> resolved;
        m_context->resolve(kId, this, [&](Result<ResolvedIssuer> r) { resolved = std::move(r); });
        QTRY_VERIFY(resolved.has_value());
        QVERIFY(resolved->ok());
        TokenClient client(*(*resolved)->http, (*resolved)->metadata, QStringLiteral("meisai-desktop"), QStringLiteral("Interop"));
        std::optional<Result<TokenResponse>> refreshed;
        client.refresh(refresh, 0, this, [&](Result<TokenResponse> r) { refreshed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 15000);
        QVERIFY(!refreshed->ok());
        QCOMPARE(refreshed->error().code, ErrorCode::InvalidGrant);
    }

    void mixUpRejected()
    {
        LinkFlow flow(*m_context);
        QString error;
        QUrl redirect = authorize(flow, &error);
        QVERIFY2(!redirect.isEmpty(), qPrintable(error));
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("iss"));
        query.addQueryItem(QStringLiteral("iss"), QStringLiteral("https%3A%2F%2Fattacker.example"));
        redirect.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        QCOMPARE(deliver(redirect), 200);
        QVERIFY(waitFinished(flow));
        QCOMPARE(flow.error().code, ErrorCode::IssuerMismatch);
    }

    void noSecretInAnyLog()
    {
        QVERIFY(m_secrets.size() >= 6);
        const QStringList leaked = leakedSecrets(m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char('\n'))));
    }

private:
    TestCertificates m_certs;
    std::unique_ptr<QProcess> m_node;
    QUrl m_issuer;
    ManualClock m_clock;
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<IssuerDirectory> m_directory;
    std::unique_ptr<OAuthContext> m_context;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<Revoker> m_revoker;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    QSslConfiguration m_ssl;
    QList<QByteArray> m_secrets;
    qint64 m_connection = 0;
};

QTEST_GUILESS_MAIN(TestInteropOidcProvider)
#include "TestInteropOidcProvider.moc"
