// The passphrase strength check (G16): weak passphrases refused with the
// reason, and a new vault only with a strong one.

#include "TempProfile.h"
#include "security/PasswordCheck.h"

#include <QTest>

using namespace meisai;

class TestPasswordCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphrase_data();
    void passphrase();
    void newVaultPassphrase_data();
    void newVaultPassphrase();
};

void TestPasswordCheck::passphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QStringList>("userWords");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("empty") << QString() << QStringList{} << false;
    QTest::newRow("too short") << QStringLiteral("Xk3$p9") << QStringList{} << false;
    QTest::newRow("common password") << QStringLiteral("password123") << QStringList{} << false;
    QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop12") << QStringList{} << false;
    QTest::newRow("repeated characters") << QStringLiteral("aaaaaaaaaaaaaa") << QStringList{} << false;
    QTest::newRow("user's own name")
        << QStringLiteral("hanakomeisai2024") << QStringList{QStringLiteral("hanako"), QStringLiteral("meisai")} << false;
    QTest::newRow("four random words") << QStringLiteral("lantern orbit cedar plum") << QStringList{} << true;
    QTest::newRow("long random") << QStringLiteral("vX9#qL2!mZ7@rT4$") << QStringList{} << true;
}

void TestPasswordCheck::passphrase()
{
    QFETCH(QString, passphrase);
    QFETCH(QStringList, userWords);
    QFETCH(bool, acceptable);
    QByteArray utf8 = passphrase.toUtf8();
    const SecretBytes secret = SecretBytes::takeFrom(utf8);
    const PasswordAssessment a = PasswordCheck::assess(secret, userWords);
    QVERIFY2(a.acceptable == acceptable, qPrintable(QStringLiteral("entropy %1, reason: %2").arg(a.entropyBits).arg(a.reason)));
    const Status s = PasswordCheck::check(secret, userWords);
    QCOMPARE(s.ok(), acceptable);
    if (!acceptable) {
        QVERIFY(!a.reason.isEmpty());
        QVERIFY(s.error().message.contains(a.reason));
    }
}

void TestPasswordCheck::newVaultPassphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("acceptable");
    // Each rejected row passes the plain check(): the known words are what rejects it.
    QTest::newRow("two issuers' names and digits") << QStringLiteral("kaedehoshizora9154") << false;
    QTest::newRow("the profile folder's name in words") << QStringLiteral("tanuki household 4412") << false;
    QTest::newRow("the app, an issuer, the folder") << QStringLiteral("tanukihoshizorameisai") << false;
    QTest::newRow("four random words") << QStringLiteral("lantern orbit cedar plum") << true;
}

void TestPasswordCheck::newVaultPassphrase()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, acceptable);
    const QString profileDir = QStringLiteral("/home/someone/.local/share/tanuki-household");
    const QStringList words = PasswordCheck::knownWords(profileDir);
    for (const char* w : {"meisai", "tanuki-household", "tanuki", "household", "hoshizora-card", "hoshizora"})
        QVERIFY2(words.contains(QLatin1String(w)), w);
    QByteArray utf8 = passphrase.toUtf8();
    const SecretBytes secret = SecretBytes::takeFrom(utf8);
    const Status s = PasswordCheck::checkNewVaultPassphrase(secret, profileDir);
    QVERIFY2(s.ok() == acceptable, qPrintable(s.ok() ? QStringLiteral("accepted") : s.error().message));
    // Without those words the same passphrase would pass: the known words are what rejects it.
    if (!acceptable)
        QVERIFY2(PasswordCheck::check(secret).ok(), "the row should test the known words, not plain weakness");
}

QTEST_GUILESS_MAIN(TestPasswordCheck)
#include "TestPasswordCheck.moc"
