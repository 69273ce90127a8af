// Issuer profiles: parsing and validation, the bundled sandbox templates and
// their completion from the sandbox's ready line, the connector profile.

#include "issuer/ConnectorProfile.h"
#include "issuer/IssuerDirectory.h"
#include "issuer/IssuerProfile.h"
#include "oauth/IssuerProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace meisai;

namespace {

QJsonObject validProfile()
{
    return QJsonDocument::fromJson("{"
        "\"format\": 1,"
        "\"id\": \"example-card\","
        "\"display_name\": {\"ja\": \"例カード\", \"en\": \"Example Card\"},"
        "\"issuer\": \"https://auth.example-card.test/\","
        "\"discovery_url\": \"https://auth.example-card.test/.well-known/oauth-authorization-server\","
        "\"client_id\": \"meisai-desktop\","
        "\"scopes\": [{\"name\": \"cards:read\", \"purpose\": {\"ja\": \"カード一覧\", \"en\": \"List cards\"}}],"
        "\"disclosures\": {"
        "\"legal_name\": {\"ja\": \"例カード株式会社\", \"en\": \"Example Card Co.\"},"
        "\"inquiry_contact\": {\"name\": \"Desk\", \"phone\": \"0120-000-000\"}"
        "}"
        "}").object();
}

QByteArray with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestIssuerProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        const QJsonObject base = validProfile();
        QTest::newRow("valid") << QJsonDocument(base).toJson() << true;
        QTest::newRow("not-json") << QByteArray("{nope") << false;
        QTest::newRow("future-format") << with(base, QStringLiteral("format"), 2) << false;
        QTest::newRow("missing-id") << with(base, QStringLiteral("id"), QJsonValue::Undefined) << false;
        QTest::newRow("upper-case-id") << with(base, QStringLiteral("id"), QStringLiteral("Example")) << false;
        QTest::newRow("id-with-slash") << with(base, QStringLiteral("id"), QStringLiteral("a/b")) << false;
        QTest::newRow("no-display-name") << with(base, QStringLiteral("display_name"), QJsonValue::Undefined) << false;
        QTest::newRow("http-issuer") << with(base, QStringLiteral("issuer"), QStringLiteral("http://auth.example-card.test/")) << false;
        QTest::newRow("http-discovery") << with(base, QStringLiteral("discovery_url"), QStringLiteral("http://auth.example-card.test/.well-known/x")) << false;
        QTest::newRow("no-client-id") << with(base, QStringLiteral("client_id"), QJsonValue::Undefined) << false;
        QTest::newRow("relative-redirect-path") << with(base, QStringLiteral("redirect_path"), QStringLiteral("callback")) << false;
        QTest::newRow("redirect-path-with-query") << with(base, QStringLiteral("redirect_path"), QStringLiteral("/cb?x=1")) << false;
        QTest::newRow("custom-redirect-path") << with(base, QStringLiteral("redirect_path"), QStringLiteral("/oauth/meisai")) << true;
        QTest::newRow("no-scopes") << with(base, QStringLiteral("scopes"), QJsonArray()) << false;
        QTest::newRow("scope-without-purpose")
            << with(base, QStringLiteral("scopes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cards:read")}}})
            << false;
        QTest::newRow("scope-with-space")
            << with(base, QStringLiteral("scopes"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cards read")},
                                           {QStringLiteral("purpose"), QStringLiteral("x")}}})
            << false;
        QTest::newRow("no-legal-name") << with(base, QStringLiteral("disclosures"),
                                               QJsonObject{{QStringLiteral("inquiry_contact"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("1")}}}})
                                       << false;
        QTest::newRow("http-api-base") << with(base, QStringLiteral("api_base_url"), QStringLiteral("http://api.example-card.test/")) << false;
        QTest::newRow("consent-days-zero") << with(base, QStringLiteral("consent_days"), 0) << false;

        // Explicit endpoints instead of discovery.
        QJsonObject explicitEndpoints = base;
        explicitEndpoints.remove(QStringLiteral("discovery_url"));
        QTest::newRow("neither-discovery-nor-endpoints") << QJsonDocument(explicitEndpoints).toJson() << false;
        explicitEndpoints.insert(QStringLiteral("endpoints"),
                                 QJsonObject{{QStringLiteral("authorization"), QStringLiteral("https://auth.example-card.test/authorize")},
                                             {QStringLiteral("token"), QStringLiteral("https://auth.example-card.test/token")}});
        QTest::newRow("explicit-endpoints") << QJsonDocument(explicitEndpoints).toJson() << true;
        QJsonObject httpAuth = explicitEndpoints;
        httpAuth.insert(QStringLiteral("endpoints"),
                        QJsonObject{{QStringLiteral("authorization"), QStringLiteral("http://127.0.0.1:8080/authorize")},
                                    {QStringLiteral("token"), QStringLiteral("https://auth.example-card.test/token")}});
        QTest::newRow("http-authorization-not-sandbox") << QJsonDocument(httpAuth).toJson() << false;
        httpAuth.insert(QStringLiteral("sandbox"), true);
        QTest::newRow("http-loopback-authorization-sandbox") << QJsonDocument(httpAuth).toJson() << true;
        QJsonObject httpRemote = httpAuth;
        httpRemote.insert(QStringLiteral("endpoints"),
                          QJsonObject{{QStringLiteral("authorization"), QStringLiteral("http://auth.example-card.test/authorize")},
                                      {QStringLiteral("token"), QStringLiteral("https://auth.example-card.test/token")}});
        QTest::newRow("http-remote-authorization-sandbox") << QJsonDocument(httpRemote).toJson() << false;
        QJsonObject httpToken = httpAuth;
        httpToken.insert(QStringLiteral("endpoints"),
                         QJsonObject{{QStringLiteral("authorization"), QStringLiteral("http://127.0.0.1:8080/authorize")},
                                     {QStringLiteral("token"), QStringLiteral("http://127.0.0.1:8080/token")}});
        QTest::newRow("http-token-even-sandbox") << QJsonDocument(httpToken).toJson() << false;

        // A sandbox template: no issuer yet.
        QJsonObject tmpl = base;
        tmpl.remove(QStringLiteral("issuer"));
        tmpl.remove(QStringLiteral("discovery_url"));
        QTest::newRow("template-without-sandbox-flag") << QJsonDocument(tmpl).toJson() << false;
        tmpl.insert(QStringLiteral("sandbox"), true);
        QTest::newRow("sandbox-template") << QJsonDocument(tmpl).toJson() << true;
        QTest::newRow("bad-ca-pem") << with(base, QStringLiteral("ca_pem"), QStringLiteral("not a certificate")) << false;
    }
    void validate()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        auto profile = IssuerProfile::fromJson(json);
        QVERIFY2(profile.ok() == valid, profile ? "accepted" : qPrintable(profile.error().message));
        if (!profile)
            QVERIFY(!profile.error().message.isEmpty());
    }

    void everyProblemIsNamedByItsField()
    {
        QJsonObject o = validProfile();
        o.insert(QStringLiteral("id"), QStringLiteral("Example Card"));
        o.remove(QStringLiteral("client_id"));
        o.insert(QStringLiteral("scopes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cards:read")}},
                                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("has space")},
                                                                  {QStringLiteral("purpose"), QStringLiteral("x")}}});
        o.insert(QStringLiteral("disclosures"), QJsonObject{});
        o.insert(QStringLiteral("api_base_url"), QStringLiteral("http://api.example-card.test"));
        o.insert(QStringLiteral("consent_days"), 0);
        auto parsed = IssuerProfile::parse(o);
        QVERIFY(parsed); // parse() reads a draft without judging it
        const QStringList problems = parsed->problems();
        const QStringList fields = {QStringLiteral("id:"), QStringLiteral("client_id:"), QStringLiteral("scopes:"),
                                    QStringLiteral("scopes[].purpose:"), QStringLiteral("consent_days:"),
                                    QStringLiteral("disclosures.legal_name:"), QStringLiteral("disclosures.inquiry_contact:"),
                                    QStringLiteral("api_base_url:")};
        for (const QString& field : fields)
            QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [&](const QString& p) { return p.startsWith(field); }),
                     qPrintable(field + QStringLiteral(" in ") + problems.join(QLatin1Char('|'))));
        QCOMPARE(problems.size(), fields.size());
        // validate() says all of it in one message, one line each.
        const Status status = parsed->validate();
        QVERIFY(!status);
        QCOMPARE(status.error().message.count(QStringLiteral("\n  - ")), fields.size());
        // And fromJson() refuses what parse() read.
        QVERIFY(!IssuerProfile::fromJsonObject(o));
    }

    void documentedExampleIsValid()
    {
        QFile f(qEnvironmentVariable("MEISAI_SOURCE_DIR") + QStringLiteral("/docs/examples/standard-issuer.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        auto profile = IssuerProfile::fromJsonObject(o);
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        QVERIFY(IssuerProfile::unknownFields(o).isEmpty());
        QVERIFY(!profile->apiBaseUrl.isEmpty());
        QVERIFY(!profile->disclosures.incident.isEmpty());
    }

    void unknownFieldsAreNamed()
    {
        QJsonObject o = validProfile();
        o.insert(QStringLiteral("client-id"), QStringLiteral("typo"));
        o.insert(QStringLiteral("$comment"), QStringLiteral("notes for people are fine"));
        QCOMPARE(IssuerProfile::unknownFields(o), QStringList{QStringLiteral("client-id")});
        QVERIFY(IssuerProfile::unknownFields(validProfile()).isEmpty());
    }

    void discoveryUrlBelongsToItsIssuer_data()
    {
        QTest::addColumn<QString>("discovery");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<bool>("matches");
        QTest::newRow("RFC 8414 at the root") << QStringLiteral("https://a.test/.well-known/oauth-authorization-server")
                                              << QStringLiteral("https://a.test") << true;
        QTest::newRow("RFC 8414 with a path") << QStringLiteral("https://a.test/.well-known/oauth-authorization-server/tenant/1")
                                              << QStringLiteral("https://a.test/tenant/1") << true;
        QTest::newRow("OpenID with a path") << QStringLiteral("https://a.test/tenant/.well-known/openid-configuration")
                                            << QStringLiteral("https://a.test/tenant") << true;
        QTest::newRow("another host") << QStringLiteral("https://a.test/.well-known/openid-configuration")
                                      << QStringLiteral("https://b.test") << false;
        QTest::newRow("another port") << QStringLiteral("https://a.test:8443/.well-known/openid-configuration")
                                      << QStringLiteral("https://a.test") << false;
        QTest::newRow("another tenant") << QStringLiteral("https://a.test/.well-known/oauth-authorization-server/tenant/1")
                                        << QStringLiteral("https://a.test/tenant/2") << false;
    }
    void discoveryUrlBelongsToItsIssuer()
    {
        QFETCH(QString, discovery);
        QFETCH(QString, issuer);
        QFETCH(bool, matches);
        QCOMPARE(IssuerProbe::discoveryMatchesIssuer(QUrl(discovery), QUrl(issuer)), matches);
    }

    void idFromHostName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("id");
        QTest::newRow("dots") << QStringLiteral("auth.Example-Card.jp") << QStringLiteral("auth-example-card-jp");
        QTest::newRow("address") << QStringLiteral("127.0.0.1") << QStringLiteral("127-0-0-1");
        QTest::newRow("IPv6") << QStringLiteral("::1") << QStringLiteral("1");
    }
    void idFromHostName()
    {
        QFETCH(QString, host);
        QFETCH(QString, id);
        QCOMPARE(IssuerProbe::idFromHost(host), id);
    }

    void roundTrip()
    {
        auto profile = IssuerProfile::fromJson(QJsonDocument(validProfile()).toJson());
        QVERIFY(profile);
        auto again = IssuerProfile::fromJson(profile->toJson());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toJsonObject(), profile->toJsonObject());
        QCOMPARE(again->redirectPath, QStringLiteral("/callback")); // the default
        QCOMPARE(again->name(QStringLiteral("ja")), QStringLiteral("例カード"));
        QCOMPARE(again->name(QStringLiteral("en")), QStringLiteral("Example Card"));
    }

    void bundledProfiles()
    {
        auto bundled = IssuerDirectory::bundled();
        QVERIFY2(bundled, qPrintable(bundled ? QString() : bundled.error().message));
        QStringList ids;
        for (const IssuerProfile& p : bundled.value()) {
            ids << p.id;
            QVERIFY(p.sandbox);
            QVERIFY(!p.isComplete()); // completed when the sandbox is added
            QVERIFY(!p.disclosures.legalName.ja.isEmpty());
            QVERIFY(!p.disclosures.legalName.en.isEmpty());
            QVERIFY(!p.disclosures.inquiry.isEmpty());
            QVERIFY(!p.disclosures.incident.isEmpty());
            QVERIFY(!p.disclosures.serviceHours.isEmpty());
            for (const ScopeInfo& s : p.scopes) {
                QVERIFY2(!s.purpose.ja.isEmpty() && !s.purpose.en.isEmpty(), qPrintable(s.name));
            }
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card"), QStringLiteral("momo-pay")}));
    }

    void completeFromSandboxReadyLine()
    {
        QTemporaryDir dir;
        const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(QProcess::execute(QStringLiteral("openssl"),
                                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), caPath,
                                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA")})
                == 0);
        const auto entry = [](const QString& id) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("issuer"), QString(QStringLiteral("https://127.0.0.1:4443/issuers/") + id)},
                               {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")},
                               {QStringLiteral("discovery"),
                                QString(QStringLiteral("https://127.0.0.1:4443/.well-known/oauth-authorization-server/issuers/") + id)}};
        };
        const QByteArray ready = QJsonDocument(QJsonObject{
            {QStringLiteral("ready"), true},
            {QStringLiteral("issuers"), QJsonArray{entry(QStringLiteral("hoshizora-card")), entry(QStringLiteral("unknown-pay"))}},
            {QStringLiteral("ca"), caPath},
            {QStringLiteral("https"), QStringLiteral("https://127.0.0.1:4443")},
        }).toJson(QJsonDocument::Compact);
        IssuerDirectory directory; // in memory
        auto added = directory.addFromSandbox(ready);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->size(), 2);
        auto found = directory.find(QStringLiteral("hoshizora-card"));
        QVERIFY(found);
        QVERIFY(found->isComplete());
        QCOMPARE(found->issuer, QUrl(QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card")));
        QVERIFY(!found->caPem.isEmpty()); // embedded, survives the sandbox's temp dir
        auto cas = found->trustedCas();
        QVERIFY(cas);
        QCOMPARE(cas->size(), 1);
        QVERIFY(!found->disclosures.legalName.isEmpty()); // from the bundled template
        auto list = directory.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 4); // 2 registered + 2 bundled templates not replaced

        QVERIFY(!directory.addFromSandbox("not json"));
        QVERIFY(!directory.find(QStringLiteral("nobody")));
    }

    void connectorProfile()
    {
        auto connector = ConnectorProfile::bundled();
        QVERIFY2(connector, qPrintable(connector ? QString() : connector.error().message));
        QCOMPARE(connector->companyName.ja, QStringLiteral("株式会社明細テクノロジーズ"));
        QCOMPARE(connector->companyName.en, QStringLiteral("Meisai Technologies K.K."));
        QCOMPARE(connector->serviceName.ja, QStringLiteral("明細"));
        QVERIFY(!connector->representative.isEmpty());
        QVERIFY(!connector->address.isEmpty());
        QVERIFY(!connector->compensationPolicy.isEmpty());
        QVERIFY(!connector->compensationContact.isEmpty());
        QVERIFY(!ConnectorProfile::fromJson(R"({"service_name":"x"})"));
    }
};

QTEST_GUILESS_MAIN(TestIssuerProfile)
#include "TestIssuerProfile.moc"
