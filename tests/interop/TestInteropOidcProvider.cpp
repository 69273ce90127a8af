// Interop with an independently written authorization server: oidc-provider
// 8.8.1 (npm), started on 127.0.0.1 over TLS with a certificate made here.
// Link (PKCE, loopback redirect, RFC 9207 iss), refresh with rotation,
// revocation confirmed by the server, and a mix-up rejected — first through
// the core classes, then as a connector engineer would add such an issuer:
// meisai-cli issuer add says what a profile file must supply (the server
// publishes only standard metadata: no card API, no /v1/profile, no bundled
// template), --draft writes one, issuer import registers the completed file,
// and link, the mix-up attack and revoke run through meisai-cli.

#include "CliRunner.h"
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
#include <QJsonArray>
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
const QString kCliId = QStringLiteral("oidc-interop");

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

    // meisai-cli link: the authorization URL from its first stdout line, the
    // server's pages as the browser, the redirect delivered to meisai-cli's
    // loopback listener, tampered with by tamper first. Returns the exit code.
    int linkThroughCli(const std::function<void(QUrl&)>& tamper, CliResult* result, QString* error)
    {
        auto process = m_cli->start({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("link"), kCliId,
                                     QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!out.contains('\n') && !deadline.hasExpired() && process->state() != QProcess::NotRunning) {
            process->waitForReadyRead(200);
            out += process->readAllStandardOutput();
        }
        const QUrl authorization(QString::fromUtf8(out.left(out.indexOf('\n'))), QUrl::StrictMode);
        const QUrl redirectUri(QUrlQuery(authorization).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        if (authorization.host() != QLatin1String("127.0.0.1") || redirectUri.port() <= 0) {
            *error = QStringLiteral("no authorization URL: ") + QString::fromUtf8(out + process->readAllStandardError());
        } else {
            QUrl redirect = browseToRedirect(authorization, quint16(redirectUri.port()), error);
            if (!redirect.isEmpty()) {
                m_secrets << QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
                if (tamper)
                    tamper(redirect);
                if (deliver(redirect) != 200)
                    *error = QStringLiteral("the loopback listener did not answer 200");
            }
        }
        if (!process->waitForFinished(30000))
            process->kill();
        result->out = out + process->readAllStandardOutput();
        result->err = process->readAllStandardError();
        m_cliOutput << result->out << result->err;
        result->exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        return result->exitCode;
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
        TokenClient client(*(*resolved)->http, (*resolved)->metadata, QStringLiteral("meisai-desktop"), Text::verbatim(QStringLiteral("Interop")));
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

    void cliSaysWhatAProfileFileMustSupply()
    {
        m_cliProfile = std::make_unique<TempProfile>();
        m_cli = std::make_unique<CliRunner>(m_cliProfile->dir());
        const QString discovery = m_issuer.toString() + QStringLiteral("/.well-known/openid-configuration");
        const QStringList add = {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                 QStringLiteral("add"), QStringLiteral("--discovery"), discovery,
                                 QStringLiteral("--client-id"), QStringLiteral("meisai-desktop"),
                                 QStringLiteral("--ca"), m_certs.caPath(), QStringLiteral("--id"), kCliId};
        CliResult r = m_cli->run(add);
        QCOMPARE(r.exitCode, 1);
        // Every missing field at once, not only the first.
        for (const char* field : {"publishes only standard metadata", "api_base_url", "scopes[].purpose",
                                  "cards:read, transactions:read", "disclosures.legal_name",
                                  "disclosures.inquiry_contact", "issuer import", "--draft"})
            QVERIFY2(r.errText().contains(QLatin1String(field)), qPrintable(QLatin1String(field) + QStringLiteral(" in ") + r.errText()));
        // The draft holds what the server publishes and leaves the rest to fill in.
        m_draft = m_cliProfile->dir() + QStringLiteral("-draft.json");
        CliResult draft = m_cli->run(add + QStringList{QStringLiteral("--draft"), m_draft});
        QVERIFY2(draft.exitCode == 0, draft.describe());
        QVERIFY(draft.outText().contains(QStringLiteral("issuer import")));
        QFile f(m_draft);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("issuer")).toString(), m_issuer.toString());
        QCOMPARE(o.value(QStringLiteral("discovery_url")).toString(), discovery);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), kCliId);
        QVERIFY(o.contains(QStringLiteral("ca_pem")));
        QCOMPARE(o.value(QStringLiteral("scopes")).toArray().size(), 2);
        // As it is, the draft is not importable, and says why.
        CliResult raw = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                    QStringLiteral("import"), m_draft});
        QCOMPARE(raw.exitCode, 1);
        QVERIFY(raw.errText().contains(QStringLiteral("disclosures.legal_name")));
    }

    void cliImportsTheCompletedProfileAndLinks()
    {
        QFile f(m_draft);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        // What the connector engineer fills in.
        const auto text = [](const char* ja, const char* en) {
            return QJsonObject{{QStringLiteral("ja"), QString::fromUtf8(ja)}, {QStringLiteral("en"), QString::fromUtf8(en)}};
        };
        o.insert(QStringLiteral("display_name"), text("相互運用カード", "Interop Card"));
        QJsonArray scopes;
        for (const QJsonValue& v : o.value(QStringLiteral("scopes")).toArray()) {
            QJsonObject scope = v.toObject();
            scope.insert(QStringLiteral("purpose"), text("明細の表示", "To show your statements"));
            scopes.append(scope);
        }
        o.insert(QStringLiteral("scopes"), scopes);
        QJsonObject d = o.value(QStringLiteral("disclosures")).toObject();
        d.insert(QStringLiteral("legal_name"), text("相互運用テスト株式会社", "Interop Test K.K."));
        d.insert(QStringLiteral("inquiry_contact"),
                 QJsonObject{{QStringLiteral("name"), text("お客さま窓口", "Customer desk")},
                             {QStringLiteral("phone"), QStringLiteral("0120-000-777")}});
        o.insert(QStringLiteral("disclosures"), d);
        o.remove(QStringLiteral("api_base_url")); // no card API: linking works, syncing does not
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();

        CliResult imported = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                         QStringLiteral("import"), m_draft});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QVERIFY(imported.outText().contains(QStringLiteral("Added issuer oidc-interop: Interop Card")));
        QVERIFY(imported.outText().contains(QStringLiteral("Interop Test K.K.")));
        QVERIFY(imported.outText().contains(QStringLiteral("0120-000-777")));

        CliResult linked;
        QString error;
        QCOMPARE(linkThroughCli({}, &linked, &error), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(linked.outText().contains(QStringLiteral("Linked Interop Card as connection 1")), linked.out.constData());
        const QJsonArray connections =
            m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(connections.size(), 1);
        const QJsonObject c = connections.first().toObject();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(c.value(QStringLiteral("binding")).toObject().value(QStringLiteral("issuer")).toString(), m_issuer.toString());
    }

    void cliRefusesTheMixUp()
    {
        CliResult result;
        QString error;
        const int code = linkThroughCli(
            [](QUrl& redirect) {
                QUrlQuery query(redirect);
                query.removeAllQueryItems(QStringLiteral("iss"));
                query.addQueryItem(QStringLiteral("iss"), QStringLiteral("https%3A%2F%2Fattacker.example"));
                redirect.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
            },
            &result, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(code, 9); // a security refusal (app/cli/ExitCode.h), not a network error
        QVERIFY2(result.errText().contains(QStringLiteral("attacker.example")), result.err.constData());
        QCOMPARE(m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json().size(), 1);
    }

    void cliRevokesAndTheServerConfirms()
    {
        // The refresh token, read from meisai-cli's vault (the same keyring), to ask the server afterwards.
        SecretBytes refresh;
        {
            auto vault = Vault::open(m_cliProfile->dir(), UnlockOptions{std::nullopt, false, nullptr});
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            auto t = (*vault)->tokens().get(1);
            QVERIFY(t && t->has_value());
            refresh = (*t)->refreshToken.clone();
            m_secrets << (*t)->accessToken.toByteArray() << refresh.toByteArray();
        }
        CliResult revoked = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("revoke"), QStringLiteral("1")});
        QVERIFY2(revoked.exitCode == 0, revoked.describe());
        QVERIFY(revoked.outText().contains(QStringLiteral("The issuers confirmed")));
        m_cliOutput << revoked.out << revoked.err;
        std::optional<Result<ResolvedIssuer>> resolved;
        m_context->resolve(kId, this, [&](Result<ResolvedIssuer> r) { resolved = std::move(r); });
        QTRY_VERIFY(resolved.has_value());
        QVERIFY(resolved->ok());
        TokenClient client(*(*resolved)->http, (*resolved)->metadata, QStringLiteral("meisai-desktop"), Text::verbatim(QStringLiteral("Interop")));
        std::optional<Result<TokenResponse>> refreshed;
        client.refresh(refresh, 0, this, [&](Result<TokenResponse> r) { refreshed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 15000);
        QVERIFY(!refreshed->ok());
        QCOMPARE(refreshed->error().code, ErrorCode::InvalidGrant);
    }

    void noSecretInAnyLog()
    {
        QVERIFY(m_secrets.size() >= 6);
        const QStringList leaked = leakedSecrets(m_secrets);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char('\n'))));
        // Nor did meisai-cli print one.
        QVERIFY(!m_cliOutput.isEmpty());
        for (const QByteArray& secret : std::as_const(m_secrets))
            for (const QByteArray& output : std::as_const(m_cliOutput))
                QVERIFY2(secret.isEmpty() || !output.contains(secret), output.constData());
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
    std::unique_ptr<TempProfile> m_cliProfile;
    std::unique_ptr<CliRunner> m_cli;
    QString m_draft;
    QList<QByteArray> m_cliOutput;
};

QTEST_GUILESS_MAIN(TestInteropOidcProvider)
#include "TestInteropOidcProvider.moc"
