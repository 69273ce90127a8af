// A connection's tokens go only where it was linked. The rule itself
// (BindingGuard, table-driven), then against the sandbox issuer: a binding
// forced to disagree with the request sends no access token, no refresh token
// and no revocation (the sandbox's own counters say so) and raises the
// critical alert; a registered profile that would move a linked connection to
// another issuer is refused; a connection from before bindings existed is
// bound on first use.

#include "OAuthSandboxFixture.h"

#include "api/CardApiClient.h"
#include "oauth/BindingGuard.h"
#include "oauth/IssuerRegistrar.h"
#include "security/AlertRules.h"

#include <QSignalSpy>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kHoshizora = QStringLiteral("hoshizora-card");
const QString kKaede = QStringLiteral("kaede-card");

IssuerBinding sample()
{
    return IssuerBinding{QUrl(QStringLiteral("https://auth.example-card.jp")),
                         QUrl(QStringLiteral("https://auth.example-card.jp/oauth/token")),
                         QUrl(QStringLiteral("https://auth.example-card.jp/oauth/revoke")),
                         QUrl(QStringLiteral("https://api.example-card.jp/card/v1base"))};
}

} // namespace

class TestBindingGuard final : public QObject
{
    Q_OBJECT

private:
    OAuthSandboxFixture m_f;
    qint64 m_hoshizora = 0;

    int openAlerts(AlertKind kind)
    {
        int n = 0;
        auto alerts = m_f.vault().alerts().list(true);
        for (const Alert& a : std::as_const(alerts.value()))
            n += a.kind == kind ? 1 : 0;
        return n;
    }

    void setBinding(qint64 id, const IssuerBinding& binding)
    {
        auto c = m_f.vault().connections().get(id);
        QVERIFY(c && c->has_value());
        Connection changed = **c;
        changed.binding = binding;
        QVERIFY(m_f.vault().connections().update(changed));
    }

    IssuerBinding bindingOf(qint64 id)
    {
        auto c = m_f.vault().connections().get(id);
        return c && c->has_value() ? (*c)->binding : IssuerBinding{};
    }

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<int>("use");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        const int refresh = int(BindingGuard::Use::Refresh);
        const int revoke = int(BindingGuard::Use::Revocation);
        const int api = int(BindingGuard::Use::Api);
        const QString issuer = QStringLiteral("https://auth.example-card.jp");
        QTest::newRow("refresh to the bound token endpoint") << refresh << issuer << QStringLiteral("https://auth.example-card.jp/oauth/token") << true;
        QTest::newRow("refresh with the default port spelled out") << refresh << issuer << QStringLiteral("https://auth.example-card.jp:443/oauth/token") << true;
        QTest::newRow("refresh to another port") << refresh << issuer << QStringLiteral("https://auth.example-card.jp:8443/oauth/token") << false;
        QTest::newRow("refresh to another path") << refresh << issuer << QStringLiteral("https://auth.example-card.jp/token") << false;
        QTest::newRow("refresh over http") << refresh << issuer << QStringLiteral("http://auth.example-card.jp/oauth/token") << false;
        QTest::newRow("refresh to a look-alike host") << refresh << issuer << QStringLiteral("https://auth.example-card.jp.evil.test/oauth/token") << false;
        QTest::newRow("refresh when the issuer changed") << refresh << QStringLiteral("https://auth.evil.test") << QStringLiteral("https://auth.example-card.jp/oauth/token") << false;
        QTest::newRow("refresh when the issuer gained a slash") << refresh << QStringLiteral("https://auth.example-card.jp/") << QStringLiteral("https://auth.example-card.jp/oauth/token") << false;
        QTest::newRow("revocation to the bound endpoint") << revoke << issuer << QStringLiteral("https://auth.example-card.jp/oauth/revoke") << true;
        QTest::newRow("revocation elsewhere") << revoke << issuer << QStringLiteral("https://revoke.evil.test/oauth/revoke") << false;
        QTest::newRow("api below the base") << api << issuer << QStringLiteral("https://api.example-card.jp/card/v1base/v1/cards") << true;
        QTest::newRow("api at a sibling path") << api << issuer << QStringLiteral("https://api.example-card.jp/card/v1base-evil/v1/cards") << false;
        QTest::newRow("api climbing out") << api << issuer << QStringLiteral("https://api.example-card.jp/card/v1base/../admin") << false;
        QTest::newRow("api on another host") << api << issuer << QStringLiteral("https://api.evil.test/card/v1base/v1/cards") << false;
        QTest::newRow("api at the token host") << api << issuer << QStringLiteral("https://auth.example-card.jp/card/v1base/v1/cards") << false;
    }
    void rule()
    {
        QFETCH(int, use);
        QFETCH(QString, current);
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const Status s = BindingGuard::check(sample(), QUrl(current), QUrl(url), BindingGuard::Use(use), QStringLiteral("Example"));
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().code, ErrorCode::BindingMismatch);
            QVERIFY(s.error().message.contains(QStringLiteral("https://auth.example-card.jp")));
        }
    }

    void revocationWithoutABoundEndpointStaysOnTheTokenOrigin()
    {
        IssuerBinding b = sample();
        b.revocationEndpoint.clear();
        QVERIFY(BindingGuard::check(b, b.issuer, QUrl(QStringLiteral("https://auth.example-card.jp/revoke")),
                                    BindingGuard::Use::Revocation, {}));
        QVERIFY(!BindingGuard::check(b, b.issuer, QUrl(QStringLiteral("https://other.example-card.jp/revoke")),
                                     BindingGuard::Use::Revocation, {}));
        QVERIFY(!BindingGuard::check(IssuerBinding{}, b.issuer, b.tokenEndpoint, BindingGuard::Use::Refresh, {}));
    }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.setUp(&error, {QStringLiteral("--transactions-per-card"), QStringLiteral("20")}), qPrintable(error));
        m_hoshizora = m_f.link(kHoshizora, &error);
        QVERIFY2(m_hoshizora, qPrintable(error));
    }

    void linkRecordsTheIssuersAddresses()
    {
        const IssuerBinding b = bindingOf(m_hoshizora);
        const SandboxProcess::Issuer issuer = m_f.sandbox().issuer(kHoshizora);
        QCOMPARE(b.issuer, issuer.issuer);
        QCOMPARE(b.tokenEndpoint.toString(), issuer.issuer.toString() + QStringLiteral("/token"));
        QCOMPARE(b.revocationEndpoint.toString(), issuer.issuer.toString() + QStringLiteral("/revoke"));
        QCOMPARE(b.apiBaseUrl, issuer.issuer);
    }

    void apiRequestOutsideTheBindingSendsNoToken()
    {
        IssuerBinding wrong = bindingOf(m_hoshizora);
        const IssuerBinding right = wrong;
        wrong.apiBaseUrl = m_f.sandbox().issuer(kKaede).issuer; // another origin path on the same server
        setBinding(m_hoshizora, wrong);
        const int before = m_f.apiRequests(kHoshizora) + m_f.apiRequests(kKaede);
        QSignalSpy refused(&m_f.context(), &OAuthContext::tokenRefused);
        CardApiClient api(m_f.context(), m_f.tokens());
        std::optional<ApiReply<CardList>> reply;
        api.cards(m_hoshizora, this, [&](ApiReply<CardList> r) { reply = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 15000);
        QVERIFY(!reply->result);
        QCOMPARE(reply->result.error().code, ErrorCode::BindingMismatch);
        QCOMPARE(m_f.apiRequests(kHoshizora) + m_f.apiRequests(kKaede), before); // nothing reached the server
        QCOMPARE(refused.size(), 1);
        QCOMPARE(openAlerts(AlertKind::IssuerMismatch), 1);
        auto audit = m_f.vault().audit().list(m_hoshizora);
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [](const AuditEntry& e) {
            return e.operation == QLatin1String("binding") && e.result == QLatin1String("binding_mismatch");
        }));
        setBinding(m_hoshizora, right);
        std::optional<ApiReply<CardList>> again;
        api.cards(m_hoshizora, this, [&](ApiReply<CardList> r) { again = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 15000);
        QVERIFY2(again->result, qPrintable(again->result ? QString() : again->result.error().message));
    }

    void refreshOutsideTheBindingSendsNoRefreshToken()
    {
        const IssuerBinding right = bindingOf(m_hoshizora);
        IssuerBinding wrong = right;
        wrong.tokenEndpoint = QUrl(right.issuer.toString() + QStringLiteral("/token-elsewhere"));
        setBinding(m_hoshizora, wrong);
        QVERIFY(m_f.expireAccessToken(m_hoshizora));
        const int before = m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token"));
        std::optional<Result<AccessGrant>> grant;
        m_f.tokens().withAccessToken(m_hoshizora, this, [&](Result<AccessGrant> g) { grant = std::move(g); });
        QTRY_VERIFY_WITH_TIMEOUT(grant.has_value(), 15000);
        QVERIFY(!*grant);
        QCOMPARE(grant->error().code, ErrorCode::BindingMismatch);
        QCOMPARE(m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token")), before);
        // The connection is not given up: the tokens stay in the vault for the right issuer.
        QCOMPARE(toString((*m_f.vault().connections().get(m_hoshizora))->status), toString(ConnectionStatus::Active));
        QVERIFY(m_f.vault().tokens().get(m_hoshizora)->has_value());
        setBinding(m_hoshizora, right);
        std::optional<Result<AccessGrant>> refreshed;
        m_f.tokens().withAccessToken(m_hoshizora, this, [&](Result<AccessGrant> g) { refreshed = std::move(g); });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 15000);
        QVERIFY2(*refreshed, qPrintable(*refreshed ? QString() : refreshed->error().message));
        QCOMPARE(m_f.tokenRequests(kHoshizora, QStringLiteral("refresh_token")), before + 1);
    }

    void profileThatWouldMoveALinkedConnectionIsRefused()
    {
        auto real = m_f.directory().find(kHoshizora);
        QVERIFY(real);
        IssuerProfile impostor = *real;
        impostor.issuer = QUrl(QStringLiteral("https://127.0.0.1:1/issuers/hoshizora-card"));
        impostor.discoveryUrl = QUrl(QStringLiteral("https://127.0.0.1:1/.well-known/oauth-authorization-server/issuers/hoshizora-card"));
        const Status added = m_f.directory().add(impostor);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::BindingMismatch);
        QVERIFY(added.error().message.contains(real->issuer.toString()));
        QVERIFY(added.error().message.contains(impostor.issuer.toString()));
        QCOMPARE(m_f.directory().find(kHoshizora)->issuer, real->issuer); // unchanged
        QVERIFY(!m_f.directory().remove(kHoshizora));                       // nor can it be removed
        // The same issuer with another display name is fine.
        IssuerProfile renamed = *real;
        renamed.displayName.en = QStringLiteral("Hoshizora (renamed)");
        QVERIFY(m_f.directory().add(renamed));
        QVERIFY(m_f.directory().add(*real));
    }

    void connectionFromBeforeBindingsIsBoundOnFirstUse()
    {
        setBinding(m_hoshizora, IssuerBinding{});
        CardApiClient api(m_f.context(), m_f.tokens());
        std::optional<ApiReply<CardList>> reply;
        api.cards(m_hoshizora, this, [&](ApiReply<CardList> r) { reply = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 15000);
        QVERIFY2(reply->result, qPrintable(reply->result ? QString() : reply->result.error().message));
        QCOMPARE(bindingOf(m_hoshizora).issuer, m_f.sandbox().issuer(kHoshizora).issuer);
        auto audit = m_f.vault().audit().list(m_hoshizora);
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(),
                            [](const AuditEntry& e) { return e.operation == QLatin1String("bind"); }));
    }

    void revocationOutsideTheBindingStaysQueued()
    {
        QString error;
        const qint64 kaede = m_f.link(kKaede, &error);
        QVERIFY2(kaede, qPrintable(error));
        IssuerBinding wrong = bindingOf(kaede);
        wrong.revocationEndpoint = QUrl(wrong.issuer.toString() + QStringLiteral("/revoke-elsewhere"));
        setBinding(kaede, wrong);
        QVERIFY(m_f.sandbox().resetStats(kKaede));
        std::optional<Result<RevokeReport>> report;
        m_f.revoker().revoke(kaede, this, [&](Result<RevokeReport> r) { report = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        QVERIFY(report->ok());
        QCOMPARE((*report)->confirmed, 0);
        QVERIFY((*report)->queued >= 1);
        QCOMPARE(m_f.sandbox().stats(kKaede).value(QStringLiteral("revocations")).toInt(), 0);
        QVERIFY(!m_f.vault().tokens().get(kaede)->has_value()); // deleted locally all the same
        auto pending = m_f.vault().revocations().all();
        QVERIFY(pending && !pending->empty());
        for (const PendingRevocation& p : std::as_const(pending.value()))
            QCOMPARE(p.binding.revocationEndpoint, wrong.revocationEndpoint); // queued with where it may go
    }

    void noSecretInAnyLog()
    {
        const QStringList leaked = leakedSecrets(m_f.secrets());
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestBindingGuard)
#include "TestBindingGuard.moc"
