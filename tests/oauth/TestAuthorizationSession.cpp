// The authorization session's judgement of redirects: state, iss (RFC 9207),
// error responses, single use, expiry; and the authorization URL it builds.

#include "common/Clock.h"
#include "oauth/AuthorizationSession.h"

#include <QTest>
#include <QUrlQuery>

using namespace meisai;

namespace {

const QString kIssuer = QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card");

IssuerProfile profile()
{
    IssuerProfile p;
    p.id = QStringLiteral("hoshizora-card");
    p.displayName = {QStringLiteral("ほしぞらカード"), QStringLiteral("Hoshizora Card")};
    p.issuer = QUrl(kIssuer);
    p.clientId = QStringLiteral("meisai-desktop");
    p.redirectPath = QStringLiteral("/callback");
    return p;
}

ServerMetadata metadata(bool issSupported)
{
    ServerMetadata m;
    m.issuer = QUrl(kIssuer);
    m.authorizationEndpoint = QUrl(QStringLiteral("http://127.0.0.1:4080/issuers/hoshizora-card/authorize?prompt=consent"));
    m.tokenEndpoint = QUrl(QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card/token"));
    m.issParameterSupported = issSupported;
    return m;
}

QString stateOf(const AuthorizationSession& s)
{
    return QUrlQuery(s.authorizationUrl()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
}

using Params = QMap<QString, QString>;

} // namespace

class TestAuthorizationSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Japan)); }

    void uiLocalesFollowTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("supported");
        QTest::addColumn<QString>("expected"); // the ui_locales value; null: the parameter is absent
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        const QLocale en(QLocale::English, QLocale::Japan);
        const QStringList jaEn{QStringLiteral("ja"), QStringLiteral("en")};
        QTest::newRow("ja, nothing announced") << ja << QStringList() << QStringLiteral("ja-JP ja");
        // Qt has no English of Japan: the app's English locale is en-US.
        QTest::newRow("en, nothing announced") << en << QStringList() << QStringLiteral("en-US en");
        QTest::newRow("ja, ja and en supported") << ja << jaEn << QStringLiteral("ja");
        QTest::newRow("en, ja and en supported") << en << jaEn << QStringLiteral("en");
        QTest::newRow("en, only regional English supported")
            << en << QStringList{QStringLiteral("en-US"), QStringLiteral("fr")} << QStringLiteral("en-US");
        QTest::newRow("ja, exact region supported first")
            << ja << QStringList{QStringLiteral("ja"), QStringLiteral("ja-JP")} << QStringLiteral("ja-JP ja");
        QTest::newRow("case of the issuer's tag kept") << ja << QStringList{QStringLiteral("JA")} << QStringLiteral("JA");
        QTest::newRow("ja, only en and fr supported: none sent")
            << ja << QStringList{QStringLiteral("en"), QStringLiteral("fr")} << QString();
        QTest::newRow("a malformed supported tag is not sent")
            << ja << QStringList{QStringLiteral("ja-&x=1")} << QString();
    }

    void uiLocalesFollowTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, supported);
        QFETCH(QString, expected);
        QLocale::setDefault(locale); // as Language::apply and meisai-cli --language do
        ManualClock clock;
        ServerMetadata m = metadata(true);
        m.uiLocalesSupported = supported;
        AuthorizationSession s(profile(), m, {QStringLiteral("cards:read")}, 50123, clock);
        const QUrlQuery q(s.authorizationUrl());
        QCOMPARE(q.hasQueryItem(QStringLiteral("ui_locales")), !expected.isNull());
        QCOMPARE(q.queryItemValue(QStringLiteral("ui_locales"), QUrl::FullyDecoded), expected);
        // Spaces are encoded, the rest of the request is untouched.
        QVERIFY(!s.authorizationUrl().toString(QUrl::FullyEncoded).contains(u' '));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("cards:read"));
    }

    void authorizationUrl()
    {
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(true), {QStringLiteral("cards:read"), QStringLiteral("transactions:read")},
                               50123, clock);
        const QUrl url = s.authorizationUrl();
        const QUrlQuery q(url);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent")); // kept
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("meisai-desktop"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:50123/callback"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("cards:read transactions:read"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).toLatin1(), Pkce::challengeFor(s.verifier().view()));
        // 128 random bits in base64url: 22 characters; fresh for each session.
        QCOMPARE(stateOf(s).size(), 22);
        AuthorizationSession other(profile(), metadata(true), {QStringLiteral("cards:read")}, 50124, clock);
        QVERIFY(stateOf(other) != stateOf(s));
        QVERIFY(!other.verifier().equals(s.verifier()));
        QCOMPARE(s.expiresAt(), clock.now().addSecs(600));
    }

    void ipv6LoopbackRedirect()
    {
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(true), {QStringLiteral("cards:read")}, 50125, clock, true);
        QCOMPARE(s.redirectUri().toString(), QStringLiteral("http://[::1]:50125/callback"));
    }

    void redirect_data()
    {
        QTest::addColumn<bool>("issSupported");
        QTest::addColumn<QString>("stateMode"); // good | wrong | missing
        QTest::addColumn<Params>("extra");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("errorCode");
        const int code = int(AuthorizationSession::Verdict::Code);
        const int ignore = int(AuthorizationSession::Verdict::Ignore);
        const int failed = int(AuthorizationSession::Verdict::Failed);
        const Params withCode{{QStringLiteral("code"), QStringLiteral("abc")}};
        Params goodIss = withCode;
        goodIss.insert(QStringLiteral("iss"), kIssuer);
        Params otherIss = withCode;
        otherIss.insert(QStringLiteral("iss"), QStringLiteral("https://127.0.0.1:4443/issuers/kaede-card"));
        Params slashIss = withCode;
        slashIss.insert(QStringLiteral("iss"), kIssuer + QLatin1Char('/'));
        const Params denied{{QStringLiteral("error"), QStringLiteral("access_denied")},
                            {QStringLiteral("error_description"), QStringLiteral("The user said no")},
                            {QStringLiteral("iss"), kIssuer}};
        QTest::newRow("good-with-iss") << true << QStringLiteral("good") << goodIss << code << 0;
        QTest::newRow("good-without-iss-not-advertised") << false << QStringLiteral("good") << withCode << code << 0;
        QTest::newRow("iss-missing-but-advertised") << true << QStringLiteral("good") << withCode << failed << int(ErrorCode::IssuerMismatch);
        QTest::newRow("mix-up-other-issuer") << true << QStringLiteral("good") << otherIss << failed << int(ErrorCode::IssuerMismatch);
        QTest::newRow("mix-up-even-when-not-advertised") << false << QStringLiteral("good") << otherIss << failed << int(ErrorCode::IssuerMismatch);
        QTest::newRow("iss-trailing-slash") << true << QStringLiteral("good") << slashIss << failed << int(ErrorCode::IssuerMismatch);
        QTest::newRow("wrong-state") << true << QStringLiteral("wrong") << goodIss << ignore << int(ErrorCode::StateMismatch);
        QTest::newRow("missing-state") << true << QStringLiteral("missing") << goodIss << ignore << int(ErrorCode::StateMismatch);
        QTest::newRow("error-response") << true << QStringLiteral("good") << denied << failed << int(ErrorCode::AccessDenied);
        QTest::newRow("no-code") << true << QStringLiteral("good") << Params{{QStringLiteral("iss"), kIssuer}} << failed << int(ErrorCode::Protocol);
    }
    void redirect()
    {
        QFETCH(bool, issSupported);
        QFETCH(QString, stateMode);
        QFETCH(Params, extra);
        QFETCH(int, verdict);
        QFETCH(int, errorCode);
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(issSupported), {QStringLiteral("cards:read")}, 50123, clock);
        Params params = extra;
        if (stateMode == QLatin1String("good"))
            params.insert(QStringLiteral("state"), stateOf(s));
        else if (stateMode == QLatin1String("wrong"))
            params.insert(QStringLiteral("state"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"));
        auto outcome = s.handleRedirect(params);
        QCOMPARE(int(outcome.verdict), verdict);
        if (verdict == int(AuthorizationSession::Verdict::Code)) {
            QCOMPARE(outcome.code.toByteArray(), QByteArray("abc"));
            QVERIFY(s.isFinished());
        } else {
            QVERIFY(outcome.code.isEmpty());
            QCOMPARE(int(outcome.error.code), errorCode);
            QVERIFY(!outcome.error.message.isEmpty());
            // A redirect not for us never ends the session; one for us that failed does.
            QCOMPARE(s.isFinished(), verdict == int(AuthorizationSession::Verdict::Failed));
        }
    }

    void errorResponseShowsIssuerDescription()
    {
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(true), {QStringLiteral("cards:read")}, 1, clock);
        auto outcome = s.handleRedirect({{QStringLiteral("state"), stateOf(s)},
                                         {QStringLiteral("iss"), kIssuer},
                                         {QStringLiteral("error"), QStringLiteral("access_denied")},
                                         {QStringLiteral("error_description"), QStringLiteral("ユーザーが拒否しました")}});
        QVERIFY(outcome.error.message.contains(QStringLiteral("ユーザーが拒否しました")));
        QVERIFY(outcome.error.message.contains(QStringLiteral("Hoshizora")));
    }

    void codeIsHandedOutOnce()
    {
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(true), {QStringLiteral("cards:read")}, 1, clock);
        const Params params{{QStringLiteral("state"), stateOf(s)}, {QStringLiteral("iss"), kIssuer}, {QStringLiteral("code"), QStringLiteral("c1")}};
        QCOMPARE(s.handleRedirect(params).verdict, AuthorizationSession::Verdict::Code);
        auto replay = s.handleRedirect(params);
        QCOMPARE(replay.verdict, AuthorizationSession::Verdict::Ignore);
        QVERIFY(replay.code.isEmpty());
    }

    void wrongStateDoesNotConsume()
    {
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(true), {QStringLiteral("cards:read")}, 1, clock);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(s.handleRedirect({{QStringLiteral("state"), QString::number(i)}, {QStringLiteral("code"), QStringLiteral("x")}}).verdict,
                     AuthorizationSession::Verdict::Ignore);
        QCOMPARE(s.handleRedirect({{QStringLiteral("state"), stateOf(s)}, {QStringLiteral("iss"), kIssuer}, {QStringLiteral("code"), QStringLiteral("c")}}).verdict,
                 AuthorizationSession::Verdict::Code);
    }

    void expiredSession()
    {
        ManualClock clock;
        AuthorizationSession s(profile(), metadata(true), {QStringLiteral("cards:read")}, 1, clock);
        clock.advance(AuthorizationSession::lifetimeSecs + 1);
        auto outcome = s.handleRedirect({{QStringLiteral("state"), stateOf(s)}, {QStringLiteral("iss"), kIssuer}, {QStringLiteral("code"), QStringLiteral("c")}});
        QCOMPARE(outcome.verdict, AuthorizationSession::Verdict::Failed);
        QCOMPARE(outcome.error.code, ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationSession)
#include "TestAuthorizationSession.moc"
