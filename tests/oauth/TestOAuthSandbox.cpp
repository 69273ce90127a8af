// End to end against the sandbox issuer over TLS: two issuers linked at once,
// refresh with rotation, 20 concurrent callers and one refresh, invalid_grant
// and reconnecting, revocation confirmed by the sandbox's admin API and
// revocation retried after a network failure, an untrusted certificate.
// All logging categories are on and captured; no secret may appear.

#include "OAuthSandboxFixture.h"

#include "net/HttpClient.h"
#include "oauth/TokenClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kHoshizora = QStringLiteral("hoshizora-card");
const QString kKaede = QStringLiteral("kaede-card");
const QString kMomo = QStringLiteral("momo-pay");

QJsonObject grantOf(SandboxProcess& sandbox, const QString& issuerId)
{
    const QJsonArray grants = sandbox.grants(issuerId);
    return grants.isEmpty() ? QJsonObject() : grants.last().toObject();
}

} // namespace

class TestOAuthSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startCapturingLogs();
        QString error;
        QVERIFY2(m_f.setUp(&error), qPrintable(error));
    }

    void linkTwoIssuersAtOnce()
    {
        LinkFlow hoshizora(m_f.context());
        LinkFlow kaede(m_f.context());
        const QUrl urlH = m_f.startLink(hoshizora, kHoshizora);
        const QUrl urlK = m_f.startLink(kaede, kKaede, LinkOptions{{QStringLiteral("cards:read"), QStringLiteral("transactions:read"), QStringLiteral("statements:read")}, 0, {}});
        QVERIFY(!urlH.isEmpty());
        QVERIFY(!urlK.isEmpty());
        QVERIFY(hoshizora.receiver()->port() != kaede.receiver()->port()); // one listener each
        QVERIFY(hoshizora.receiver()->address().isLoopback());
        // The sandbox's authorization page is plain HTTP on loopback (sandbox profile only).
        QCOMPARE(urlH.scheme(), QStringLiteral("http"));

        const auto decisionH = m_f.browser().authorize(urlH, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
        const auto decisionK = m_f.browser().authorize(urlK, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
        QVERIFY2(decisionH.ok, qPrintable(decisionH.error));
        QVERIFY2(decisionK.ok, qPrintable(decisionK.error));
        m_f.rememberRedirect(decisionH.location);
        m_f.rememberRedirect(decisionK.location);
        QCOMPARE(decisionH.location.port(), int(hoshizora.receiver()->port()));
        // Answer in the other order.
        QCOMPARE(m_f.browser().deliver(decisionK.location).status, 200);
        QCOMPARE(m_f.browser().deliver(decisionH.location).status, 200);
        QVERIFY(m_f.waitFinished(hoshizora));
        QVERIFY(m_f.waitFinished(kaede));
        QVERIFY2(hoshizora.succeeded(), qPrintable(hoshizora.error().message));
        QVERIFY2(kaede.succeeded(), qPrintable(kaede.error().message));
        m_hoshizora = hoshizora.connectionId();
        m_kaede = kaede.connectionId();
        QVERIFY(m_hoshizora != m_kaede);
        m_f.rememberTokens(m_hoshizora);
        m_f.rememberTokens(m_kaede);

        auto c = m_f.vault().connections().get(m_kaede);
        QVERIFY(c && c->has_value());
        QCOMPARE(toString((*c)->status), toString(ConnectionStatus::Active));
        QCOMPARE((*c)->issuerId, kKaede);
        QCOMPARE((*c)->requestedScopes.size(), 3);
        QVERIFY(!(*c)->grantedScopes.isEmpty());
        QVERIFY((*c)->authTime.isValid());
        QVERIFY((*c)->consentExpiresAt > (*c)->consentGrantedAt);
        auto t = m_f.vault().tokens().get(m_hoshizora);
        QVERIFY(t && t->has_value());
        QVERIFY(!(*t)->refreshToken.isEmpty());
        QCOMPARE((*t)->tokenType, QStringLiteral("Bearer"));

        QVERIFY(grantOf(m_f.sandbox(), kHoshizora).value(QStringLiteral("active")).toBool());
        QVERIFY(grantOf(m_f.sandbox(), kKaede).value(QStringLiteral("active")).toBool());

        // The audit log has the link and the token request, with interaction ids and no secrets.
        auto audit = m_f.vault().audit().list();
        QVERIFY(audit);
        bool sawLink = false;
        bool sawTokenRequest = false;
        for (const AuditEntry& e : std::as_const(audit.value())) {
            if (e.operation == QLatin1String("link") && e.connectionId == m_hoshizora && e.result == QLatin1String("ok"))
                sawLink = true;
            if (e.operation.startsWith(QLatin1String("POST /issuers/hoshizora-card/token")) && e.httpStatus == 200) {
                sawTokenRequest = true;
                QCOMPARE(e.interactionId.size(), 36);
                QVERIFY(e.durationMs >= 0);
            }
        }
        QVERIFY(sawLink);
        QVERIFY(sawTokenRequest);
    }

    void accessTokenUsedWithoutRefreshWhileValid()
    {
        const int before = m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token"));
        bool done = false;
        m_f.tokens().withAccessToken(m_hoshizora, this, [&](Result<AccessGrant> grant) {
            QVERIFY(grant);
            QVERIFY(!grant->accessToken.isEmpty());
            QVERIFY(grant->authTime.isValid());
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token")), before);
    }

    void refreshRotatesAndCommitsFirst()
    {
        auto old = m_f.vault().tokens().get(m_hoshizora);
        QVERIFY(old && old->has_value());
        const QByteArray oldRefresh = (*old)->refreshToken.toByteArray();
        const QByteArray oldAccess = (*old)->accessToken.toByteArray();
        QVERIFY(m_f.expireAccessToken(m_hoshizora));
        const int before = m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token"));
        QByteArray delivered;
        QByteArray storedWhenDelivered;
        m_f.tokens().withAccessToken(m_hoshizora, this, [&](Result<AccessGrant> grant) {
            QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().message));
            delivered = grant->accessToken.toByteArray();
            // By the time the new access token is handed out, the vault holds the new refresh token.
            auto now = m_f.vault().tokens().get(m_hoshizora);
            storedWhenDelivered = (*now)->refreshToken.toByteArray();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 15000);
        m_f.rememberTokens(m_hoshizora);
        QCOMPARE(m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token")), before + 1);
        QVERIFY(delivered != oldAccess);
        QVERIFY(!storedWhenDelivered.isEmpty());
        QVERIFY(storedWhenDelivered != oldRefresh); // rotated
    }

    void twentyCallersOneRefresh()
    {
        QVERIFY(m_f.expireAccessToken(m_kaede));
        const int before = m_f.tokenRequests(kKaede, QStringLiteral("refresh_token"));
        QVERIFY(before >= 0);
        QList<QByteArray> tokens;
        int failures = 0;
        for (int i = 0; i < 20; ++i) {
            m_f.tokens().withAccessToken(m_kaede, this, [&](Result<AccessGrant> grant) {
                if (grant)
                    tokens << grant->accessToken.toByteArray();
                else
                    ++failures;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size() + failures, 20, 15000);
        QCOMPARE(failures, 0);
        QCOMPARE(m_f.tokenRequests(kKaede, QStringLiteral("refresh_token")), before + 1);
        for (const QByteArray& t : std::as_const(tokens))
            QCOMPARE(t, tokens.first());
        m_f.rememberTokens(m_kaede);
    }

    void untrustedCertificateSendsNothing()
    {
        // A client that does not trust the sandbox's CA (system CAs only).
        HttpClientOptions options;
        options.issuerId = kHoshizora;
        options.issuerName = Text::verbatim(QStringLiteral("Hoshizora"));
        HttpClient untrusting(options);
        auto tokens = m_f.vault().tokens().get(m_hoshizora);
        QVERIFY(tokens && tokens->has_value());
        const int apiBefore = m_f.apiRequests(kHoshizora);
        HttpRequest request;
        request.url = QUrl(m_f.sandbox().issuer(kHoshizora).issuer.toString() + QStringLiteral("/v1/cards"));
        request.headers.append({"Authorization", "Bearer " + (*tokens)->accessToken.toByteArray()});
        std::optional<HttpResponse> response;
        untrusting.send(std::move(request), this, [&](HttpResponse r) { response = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 15000);
        QCOMPARE(response->failure, HttpFailure::Tls);
        QCOMPARE(response->error.code, ErrorCode::Tls);
        QCOMPARE(response->status, 0);
        // The message names the certificate problem and says nothing was sent.
        QVERIFY2(response->error.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(response->error.message));
        QVERIFY(response->error.message.contains(QStringLiteral("Nothing was sent")));
        QCOMPARE(m_f.apiRequests(kHoshizora), apiBefore);

        // The same request with the issuer's CA trusted goes through: the test can fail.
        auto client = m_f.context().http(kHoshizora);
        QVERIFY(client);
        HttpRequest good;
        good.url = QUrl(m_f.sandbox().issuer(kHoshizora).issuer.toString() + QStringLiteral("/v1/cards"));
        good.headers.append({"Authorization", "Bearer " + (*tokens)->accessToken.toByteArray()});
        good.authDate = m_f.clock().now();
        std::optional<HttpResponse> ok;
        client.value()->send(std::move(good), this, [&](HttpResponse r) { ok = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 15000);
        QVERIFY2(ok->transportOk(), qPrintable(ok->error.message));
        QCOMPARE(ok->status, 200);
        QCOMPARE(ok->header("x-fapi-interaction-id"), ok->interactionId.toLatin1());
        QCOMPARE(m_f.apiRequests(kHoshizora), apiBefore + 1);
    }

    void invalidGrantNeedsReconnectThenReconnectKeepsId()
    {
        QString error;
        const qint64 momo = m_f.link(kMomo, &error);
        QVERIFY2(momo, qPrintable(error));
        // The issuer revokes the grant on its side.
        QVERIFY(m_f.sandbox().revokeUser(kMomo, QStringLiteral("taro")) >= 1);
        QVERIFY(m_f.expireAccessToken(momo));
        const int before = m_f.tokenRequests(kMomo, QStringLiteral("refresh_token"));
        std::optional<Error> failure;
        QSignalSpy needs(&m_f.tokens(), &TokenManager::needsReconnect);
        m_f.tokens().withAccessToken(momo, this, [&](Result<AccessGrant> grant) {
            QVERIFY(!grant);
            failure = grant.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 15000);
        QCOMPARE(failure->code, ErrorCode::InvalidGrant);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(m_f.tokenRequests(kMomo, QStringLiteral("refresh_token")), before + 1);
        auto c = m_f.vault().connections().get(momo);
        QCOMPARE(toString((*c)->status), toString(ConnectionStatus::NeedsReconnect));
        auto tokens = m_f.vault().tokens().get(momo);
        QVERIFY(tokens && !tokens->has_value()); // dead tokens are not kept
        auto alerts = m_f.vault().alerts().list(true);
        QVERIFY(alerts);
        bool alerted = false;
        for (const Alert& a : std::as_const(alerts.value())) {
            if (a.connectionId == momo && a.kind == AlertKind::IssuerRevoked) {
                alerted = true;
                // The issuer's incident desk: its grant ended without the user asking.
                QVERIFY2(a.contact.contains(QStringLiteral("0120-000-399")), qPrintable(a.contact));
                QVERIFY(a.severity == AlertSeverity::Critical);
                QVERIFY(!a.whatToDo.isEmpty());
            }
        }
        QVERIFY(alerted);
        // A second caller does not retry the dead grant.
        std::optional<Error> again;
        m_f.tokens().withAccessToken(momo, this, [&](Result<AccessGrant> grant) { again = grant.error(); });
        QTRY_VERIFY(again.has_value());
        QCOMPARE(again->code, ErrorCode::InvalidGrant);
        QCOMPARE(m_f.tokenRequests(kMomo, QStringLiteral("refresh_token")), before + 1);

        // Reconnect: same connection id, active again, alert resolved.
        auto listBefore = m_f.vault().connections().list();
        const qint64 reconnected = m_f.link(kMomo, &error, LinkOptions{{}, momo, {}});
        QVERIFY2(reconnected, qPrintable(error));
        QCOMPARE(reconnected, momo);
        auto listAfter = m_f.vault().connections().list();
        QCOMPARE(listAfter->size(), listBefore->size());
        QCOMPARE(toString((*m_f.vault().connections().get(momo))->status), toString(ConnectionStatus::Active));
        m_momo = momo;
    }

    void revokeConfirmedByIssuer()
    {
        QVERIFY(grantOf(m_f.sandbox(), kHoshizora).value(QStringLiteral("active")).toBool());
        std::optional<Result<RevokeReport>> report;
        m_f.revoker().revoke(m_hoshizora, this, [&](Result<RevokeReport> r) { report = std::move(r); });
        // Local tokens are gone at once, before the issuer answers.
        auto tokens = m_f.vault().tokens().get(m_hoshizora);
        QVERIFY(tokens && !tokens->has_value());
        QCOMPARE(toString((*m_f.vault().connections().get(m_hoshizora))->status), toString(ConnectionStatus::Revoked));
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY2(report->ok(), qPrintable(report->ok() ? QString() : report->error().message));
        QCOMPARE((*report)->queued, 0);
        QVERIFY((*report)->confirmed >= 1);
        QVERIFY(!grantOf(m_f.sandbox(), kHoshizora).value(QStringLiteral("active")).toBool());
        auto pending = m_f.vault().revocations().all();
        QVERIFY(pending && pending->empty());
        // Using the connection now fails without any request.
        std::optional<Error> failure;
        m_f.tokens().withAccessToken(m_hoshizora, this, [&](Result<AccessGrant> g) { failure = g.error(); });
        QTRY_VERIFY(failure.has_value());
    }

    void revocationQueuedWhenIssuerUnreachableThenRetried()
    {
        // kaede's revocation endpoint unreachable: a registered profile copy whose
        // endpoints point at a closed port.
        auto real = m_f.directory().find(kKaede);
        QVERIFY(real);
        IssuerProfile broken = real.value();
        broken.discoveryUrl.clear();
        const QString base = real->issuer.toString();
        broken.endpoints.authorization = QUrl(base + QStringLiteral("/authorize"));
        broken.endpoints.token = QUrl(base + QStringLiteral("/token"));
        broken.endpoints.revocation = QUrl(QStringLiteral("https://127.0.0.1:1/revoke"));
        QVERIFY(m_f.directory().add(broken));
        m_f.context().resetIssuer(kKaede);

        std::optional<Result<RevokeReport>> report;
        m_f.revoker().revoke(m_kaede, this, [&](Result<RevokeReport> r) { report = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY(report->ok());
        QCOMPARE((*report)->confirmed, 0);
        QVERIFY((*report)->queued >= 1);
        QVERIFY(!(*report)->messages.isEmpty());
        auto tokens = m_f.vault().tokens().get(m_kaede);
        QVERIFY(tokens && !tokens->has_value()); // deleted locally all the same
        auto pending = m_f.vault().revocations().all();
        QVERIFY(pending && !pending->empty());
        QVERIFY(grantOf(m_f.sandbox(), kKaede).value(QStringLiteral("active")).toBool()); // not yet at the issuer

        // Not due yet: nothing is sent.
        std::optional<Result<RevokeReport>> early;
        m_f.revoker().retryPending(this, [&](Result<RevokeReport> r) { early = std::move(r); });
        QTRY_VERIFY(early.has_value());
        QCOMPARE((*early)->confirmed + (*early)->queued, 0);

        // The issuer is reachable again and the backoff has passed.
        QVERIFY(m_f.directory().add(real.value()));
        m_f.context().resetIssuer(kKaede);
        m_f.clock().advance(Revoker::backoffSecs(0) + 1);
        std::optional<Result<RevokeReport>> retried;
        m_f.revoker().retryPending(this, [&](Result<RevokeReport> r) { retried = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(retried.has_value(), 15000);
        QVERIFY(retried->ok());
        QVERIFY((*retried)->confirmed >= 1);
        QCOMPARE((*retried)->queued, 0);
        QVERIFY(m_f.vault().revocations().all()->empty());
        QVERIFY(!grantOf(m_f.sandbox(), kKaede).value(QStringLiteral("active")).toBool());

        auto audit = m_f.vault().audit().list(m_kaede);
        int revokeRows = 0;
        for (const AuditEntry& e : std::as_const(audit.value()))
            revokeRows += e.operation == QLatin1String("revoke") ? 1 : 0;
        QVERIFY(revokeRows >= 3); // local, queued, confirmed
    }

    void revokeWhileRefreshPendingCancelsCallers()
    {
        QVERIFY(m_f.expireAccessToken(m_momo));
        const int before = m_f.tokenRequests(kMomo, QStringLiteral("refresh_token"));
        QList<ErrorCode> codes;
        for (int i = 0; i < 3; ++i)
            m_f.tokens().withAccessToken(m_momo, this, [&](Result<AccessGrant> g) { codes << (g ? ErrorCode::Unknown : g.error().code); });
        QVERIFY(m_f.tokens().isRefreshing(m_momo));
        std::optional<Result<RevokeReport>> report;
        m_f.revoker().revoke(m_momo, this, [&](Result<RevokeReport> r) { report = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value() && codes.size() == 3, 15000);
        QCOMPARE(codes, (QList<ErrorCode>{ErrorCode::Cancelled, ErrorCode::Cancelled, ErrorCode::Cancelled}));
        QCOMPARE(m_f.tokenRequests(kMomo, QStringLiteral("refresh_token")), before);
        QVERIFY(!m_f.vault().tokens().get(m_momo)->has_value());
        QVERIFY(!grantOf(m_f.sandbox(), kMomo).value(QStringLiteral("active")).toBool());
    }

    void revokeAll()
    {
        QString error;
        const qint64 fresh = m_f.link(kHoshizora, &error);
        QVERIFY2(fresh, qPrintable(error));
        std::optional<Result<RevokeReport>> report;
        m_f.revoker().revokeAll(this, [&](Result<RevokeReport> r) { report = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY(report->ok());
        QCOMPARE((*report)->connections, 1); // the fresh one; the others were revoked already
        QCOMPARE((*report)->queued, 0);
        auto connections = m_f.vault().connections().list();
        QVERIFY(connections);
        for (const Connection& c : std::as_const(connections.value()))
            QCOMPARE(toString(c.status), toString(ConnectionStatus::Revoked));
        for (const QJsonValue& g : m_f.sandbox().grants())
            QVERIFY(!g.toObject().value(QStringLiteral("active")).toBool());
    }

    // Runs last: everything above ran with every meisai category at debug level.
    void noSecretInAnyLog()
    {
        const QStringList logs = capturedLogs();
        QVERIFY(logs.size() > 20);
        QVERIFY(logs.join(QLatin1Char('\n')).contains(QStringLiteral("meisai.oauth")));
        QVERIFY(logs.join(QLatin1Char('\n')).contains(QStringLiteral("meisai.net")));
        QVERIFY(m_f.secrets().size() >= 10);
        const QStringList leaked = leakedSecrets(m_f.secrets());
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char('\n'))));
        // Nor in the audit log.
        QStringList auditText;
        auto entries = m_f.vault().audit().list();
        QVERIFY(entries);
        for (const AuditEntry& e : std::as_const(entries.value()))
            auditText << e.operation + e.detail + e.result;
        const QString joined = auditText.join(QLatin1Char('\n'));
        for (const QByteArray& s : m_f.secrets())
            QVERIFY(!joined.contains(QString::fromUtf8(s)));
        QVERIFY(!joined.contains(QStringLiteral("code=")));
    }

private:
    OAuthSandboxFixture m_f;
    qint64 m_hoshizora = 0;
    qint64 m_kaede = 0;
    qint64 m_momo = 0;
};

QTEST_GUILESS_MAIN(TestOAuthSandbox)
#include "TestOAuthSandbox.moc"
