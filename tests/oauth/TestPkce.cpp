// PKCE S256 (RFC 7636): the Appendix B vector, and fresh verifiers.

#include "oauth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace meisai;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challenge_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<QByteArray>("challenge");
        // RFC 7636 Appendix B.
        QTest::newRow("rfc7636-appendix-b") << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                                            << QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        // Checked with: printf %s VERIFIER | openssl dgst -sha256 -binary | basenc --base64url
        QTest::newRow("43-a") << QByteArray(43, 'a') << QByteArray("ZtNPunH49FD35FWYhT5Tv8I7vRKQJ8uxMaL0_9eHjNA");
    }
    void challenge()
    {
        QFETCH(QByteArray, verifier);
        QFETCH(QByteArray, challenge);
        QCOMPARE(Pkce::challengeFor(verifier), challenge);
    }

    void generatedVerifierIsWellFormed()
    {
        const Pkce pkce = Pkce::generate();
        const QByteArray verifier = pkce.verifier.toByteArray();
        // 32 random bytes in base64url without padding: 43 characters of the unreserved set.
        QCOMPARE(verifier.size(), 43);
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QVERIFY(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
        QCOMPARE(pkce.challenge, Pkce::challengeFor(verifier));
        QCOMPARE(pkce.challenge.size(), 43);
        QCOMPARE(QByteArray(Pkce::method), QByteArray("S256"));
    }

    void verifiersAreFresh()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Pkce::generate().verifier.toByteArray());
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
