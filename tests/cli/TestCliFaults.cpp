// meisai-cli sync when the issuer misbehaves: every sandbox fault gives a
// clear message and leaves the stored data intact, and a later sync
// completes; issuer-side revocation marks the connection and raises an alert
// naming the issuer's contact while the other issuer still syncs; a full card
// number in a response never reaches the vault.

#include "CliSandbox.h"
#include "SandboxTestClient.h"
#include "SqlCipherPages.h"
#include "TempProfile.h"
#include "vault/Profile.h"
#include "vault/VaultKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kHoshizora = QStringLiteral("hoshizora-card");
const QString kKaede = QStringLiteral("kaede-card");

} // namespace

class TestCliFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    TempProfile m_profile;
    std::unique_ptr<CliRunner> m_cli;

    QByteArray stored() const
    {
        return m_cli->run({QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("csv")}).out;
    }
    CliResult sync(const QStringList& extra = {}) const
    {
        return m_cli->run(QStringList{QStringLiteral("sync"), QStringLiteral("--retry-wait-cap-ms"), QStringLiteral("20")}
                              + extra,
                          60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"), QStringLiteral("200")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_cli = std::make_unique<CliRunner>(m_profile.dir());
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, *m_cli, &why), qPrintable(why));
        for (const QString& id : {kHoshizora, kKaede}) {
            LinkResult r = linkWithBrowser(*m_sandbox, *m_cli, id);
            QVERIFY2(r.ok(), qPrintable(r.why + QString::fromUtf8(r.cli.describe())));
        }
        CliResult first = sync();
        QVERIFY2(first.exitCode == 0, first.describe());
    }

    void faults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("says"); // what the message must say, in plain words
        QTest::newRow("malformed JSON") << QStringLiteral("malformed-json") << QString() << QStringLiteral("is not valid");
        QTest::newRow("truncated body") << QStringLiteral("truncated-body") << QString()
                                        << QStringLiteral("broke off before it was complete");
        QTest::newRow("oversized body") << QStringLiteral("oversized-body") << QStringLiteral("16")
                                        << QStringLiteral("was larger than");
        QTest::newRow("500") << QStringLiteral("500") << QString() << QStringLiteral("had a problem answering (HTTP 500)");
        QTest::newRow("503 maintenance") << QStringLiteral("maintenance") << QStringLiteral("600")
                                         << QStringLiteral("under maintenance");
        QTest::newRow("429") << QStringLiteral("429") << QStringLiteral("1") << QStringLiteral("slow down");
    }

    void faults()
    {
        QFETCH(QString, mode);
        QFETCH(QString, arg);
        QFETCH(QString, says);
        const QByteArray before = stored();
        QVERIFY(before.count('\n') > 100);
        QVERIFY2(m_sandbox->setFault(kHoshizora, mode, arg), qPrintable(m_sandbox->lastAdminError()));
        CliResult failed = sync({kHoshizora});
        QVERIFY(m_sandbox->clearFault(kHoshizora));
        QVERIFY2(failed.exitCode == 3, failed.describe());
        // A clear message: names the issuer, plain words, no internals.
        QVERIFY2(failed.errText().contains(QStringLiteral("Hoshizora")), failed.describe());
        QVERIFY2(failed.errText().contains(says), failed.describe());
        for (const char* internal : {".cpp", "QNetworkReply", "std::", "Bearer "})
            QVERIFY2(!failed.errText().contains(QLatin1String(internal)), failed.describe());
        if (mode == u"maintenance") { // the next attempt time and the issuer's maintenance notice
            QVERIFY2(failed.errText().contains(QStringLiteral("try again after")), failed.describe());
            QVERIFY2(failed.errText().contains(QStringLiteral("Notice: ")), failed.describe());
        }
        QCOMPARE(stored(), before); // nothing lost, nothing half-written

        CliResult later = sync({kHoshizora});
        QVERIFY2(later.exitCode == 0, later.describe());
        QCOMPARE(stored(), before);
    }

    void issuerRevocation()
    {
        QVERIFY(m_sandbox->revokeUser(kKaede, QStringLiteral("taro")) >= 1);
        CliResult r = sync();
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("link kaede-card --reconnect")), r.describe());
        QVERIFY2(QRegularExpression(QStringLiteral("Hoshizora[^\\n]*completed")).match(r.outText()).hasMatch(),
                 "the other issuer did not sync");
        const QJsonArray conns =
            m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        for (const QJsonValue& v : conns) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("status")).toString(),
                     o.value(QStringLiteral("issuerId")).toString() == kKaede ? QStringLiteral("needs_reconnect")
                                                                              : QStringLiteral("active"));
        }
        // The alert names Kaede's desk, as its public profile gives it.
        QString kaedeContacts;
        for (const QJsonValue& v :
             m_cli->run({QStringLiteral("issuers"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            if (v.toObject().value(QStringLiteral("id")).toString() == kKaede)
                kaedeContacts = v.toObject().value(QStringLiteral("incident")).toString() + QLatin1Char(' ')
                                + v.toObject().value(QStringLiteral("inquiry")).toString();
        static const QRegularExpression phone(QStringLiteral("0120-\\d{3}-\\d{3}"));
        bool named = false;
        for (const QJsonValue& v :
             m_cli->run({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json()) {
            const QJsonObject a = v.toObject();
            const auto m = phone.match(a.value(QStringLiteral("contact")).toString());
            if (a.value(QStringLiteral("issuerId")).toString() == kKaede && m.hasMatch()
                && kaedeContacts.contains(m.captured()))
                named = true;
        }
        QVERIFY2(named, "no alert naming the issuer's contact");
        CliResult alerts = m_cli->run({QStringLiteral("alerts")});
        QVERIFY(alerts.outText().contains(QStringLiteral("Contact:")));
    }

    void panLeakNeverReachesTheVault()
    {
        QVERIFY(m_sandbox->setFault(kHoshizora, QStringLiteral("pan-leak")));
        // The number the sandbox leaks, as the issuer really sends it (read with a grant of the test's own).
        QString why;
        TestClient client(m_sandbox->sslConfiguration());
        const Tokens tokens = linkUser(*m_sandbox, client, kHoshizora, QStringLiteral("taro"),
                                       QStringLiteral("sandbox-pass-1"), QStringLiteral("cards:read transactions:read"), &why);
        QVERIFY2(!tokens.access.isEmpty(), qPrintable(why));
        const QJsonObject discovery = discover(client, m_sandbox->issuer(kHoshizora));
        const QString cardId = client.get(apiUrl(discovery, QStringLiteral("/v1/cards")), tokens.access)
                                   .json().value(QStringLiteral("cards")).toArray().first()
                                   .toObject().value(QStringLiteral("cardId")).toString();
        const QJsonObject leaked =
            client.get(apiUrl(discovery, QStringLiteral("/v1/cards/%1/transactions").arg(cardId),
                              QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}}),
                       tokens.access)
                .json().value(QStringLiteral("transactions")).toArray().first().toObject();
        static const QRegularExpression sixteen(QStringLiteral("(?<!\\d)\\d{16}(?!\\d)"));
        const QString pan = sixteen.match(leaked.value(QStringLiteral("remarks")).toString()).captured();
        QVERIFY2(pan.size() == 16 && luhnValid(pan), "the sandbox sent no card number to look for");

        CliResult r = sync({kHoshizora});
        QVERIFY(m_sandbox->clearFault(kHoshizora));
        QVERIFY2(r.exitCode == 0, r.describe()); // the number is dropped, the sync goes on
        QVERIFY(!r.out.contains(pan.toLatin1()) && !r.err.contains(pan.toLatin1()));

        // The item is stored, its remarks with only the last four digits left.
        bool storedMasked = false;
        for (const QJsonValue& v : m_cli->run({QStringLiteral("transactions"), QStringLiteral("--card"), cardId,
                                               QStringLiteral("--format"), QStringLiteral("json")}).json()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("transactionId")) == leaked.value(QStringLiteral("transactionId"))) {
                const QString remarks = t.value(QStringLiteral("remarks")).toString();
                QVERIFY2(!remarks.contains(pan), "the full number is in the stored remarks");
                storedMasked = remarks.contains(pan.right(4));
            }
        }
        QVERIFY2(storedMasked, "the leaking item is not stored with its number masked");

        bool alerted = false;
        for (const QJsonValue& v :
             m_cli->run({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            alerted |= v.toObject().value(QStringLiteral("kind")).toString() == u"pan_received";
        QVERIFY2(alerted, "no pan_received alert");

        auto profile = Profile::load(m_profile.dir());
        QVERIFY(profile.ok());
        auto key = Keychain::read(profile->id());
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        const QByteArray plain = decryptSqlCipherPages(profile->databasePath(), *key);
        QVERIFY(plain.size() > 4096);
        QVERIFY(plain.contains("cards:read")); // really decrypted
        QVERIFY2(!plain.contains(pan.toLatin1()), "the leaked card number is in the vault");
        static const QRegularExpression run(QStringLiteral("(?<!\\d)\\d{13,19}(?!\\d)"));
        const QString text = QString::fromLatin1(plain);
        auto it = run.globalMatch(text);
        while (it.hasNext()) {
            const QString digits = it.next().captured();
            QVERIFY2(!luhnValid(digits), qPrintable(QStringLiteral("a card number is in the vault: ") + digits.left(4)));
        }
        QVERIFY(!r.outText().contains(QRegularExpression(QStringLiteral("\\d{16}"))));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "TestCliFaults.moc"
