// IssuerProfileStore: a registered issuer profile is kept byte for byte,
// replaced by a second put of the same id, listed by id, and removed alone.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

QByteArray profileJson(const char* id, const char* name = "ほしぞらカード")
{
    return QByteArray(R"({"format": 1, "id": ")") + id + R"(", "display_name": {"ja": ")" + name +
           R"(", "en": "Hoshizora Card"}, "issuer": "https://auth.hoshizora.example"})";
}

QStringList ids(const QList<QPair<QString, QByteArray>>& list)
{
    QStringList out;
    for (const auto& [id, json] : list)
        out << id;
    return out;
}

} // namespace

class TestIssuerProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void putThenGetKeepsTheBytes_data()
    {
        QTest::addColumn<QString>("issuerId");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("a format 1 profile in Japanese")
            << QStringLiteral("hoshizora-card") << profileJson("hoshizora-card");
        QTest::newRow("whitespace, key order and a final newline kept")
            << QStringLiteral("kaede-card")
            << QByteArray("{\n  \"id\": \"kaede-card\",\n\t\"format\":1 ,\n  \"display_name\": {}\n}\n");
        QByteArray large = profileJson("momo-pay");
        large.chop(1);
        large += ", \"ca_pem\": \"" + QByteArray(200000, 'Q') + "\"}";
        QTest::newRow("a 200 KB profile with an embedded CA") << QStringLiteral("momo-pay") << large;
        QTest::newRow("a Japanese issuer id")
            << QStringLiteral("さくらカード") << profileJson("さくらカード", "さくら");
    }

    void putThenGetKeepsTheBytes()
    {
        QFETCH(QString, issuerId);
        QFETCH(QByteArray, json);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().issuerProfiles().put(issuerId, json).ok());
        QVERIFY(f.reopen());
        auto got = f.vault().issuerProfiles().get(issuerId);
        QVERIFY(got.ok());
        QVERIFY(got->has_value());
        QCOMPARE(got->value(), json);
        auto all = f.vault().issuerProfiles().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().first, issuerId);
        QCOMPARE(all->first().second, json);
    }

    void aSecondPutReplaces()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault()
                    .issuerProfiles()
                    .put(QStringLiteral("hoshizora-card"), profileJson("hoshizora-card"))
                    .ok());
        QVERIFY(f.vault().issuerProfiles().put(QStringLiteral("kaede-card"), profileJson("kaede-card")).ok());
        f.clock().advance(60);
        const QByteArray updated = profileJson("hoshizora-card", "ほしぞらカード（新）");
        QVERIFY(f.vault().issuerProfiles().put(QStringLiteral("hoshizora-card"), updated).ok());
        QCOMPARE(f.vault().issuerProfiles().get(QStringLiteral("hoshizora-card"))->value(), updated);
        QCOMPARE(f.vault().issuerProfiles().get(QStringLiteral("kaede-card"))->value(),
                 profileJson("kaede-card"));
        QCOMPARE(ids(*f.vault().issuerProfiles().list()),
                 (QStringList{QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card")}));
    }

    void getOfAnUnknownIdIsEmpty_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::newRow("never registered") << QStringLiteral("unknown-card");
        QTest::newRow("differs only in case") << QStringLiteral("Hoshizora-Card");
        QTest::newRow("a prefix of a registered id") << QStringLiteral("hoshizora");
        QTest::newRow("empty id") << QStringLiteral("");
    }

    void getOfAnUnknownIdIsEmpty()
    {
        QFETCH(QString, asked);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault()
                    .issuerProfiles()
                    .put(QStringLiteral("hoshizora-card"), profileJson("hoshizora-card"))
                    .ok());
        auto got = f.vault().issuerProfiles().get(asked);
        QVERIFY(got.ok());
        QVERIFY(!got->has_value());
    }

    void listIsSortedById()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().issuerProfiles().list()->isEmpty());
        for (const char* id : {"momo-pay", "hoshizora-card", "kaede-card"})
            QVERIFY(f.vault().issuerProfiles().put(QString::fromLatin1(id), profileJson(id)).ok());
        auto all = f.vault().issuerProfiles().list();
        QVERIFY(all.ok());
        QCOMPARE(ids(*all), (QStringList{QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card"),
                                         QStringLiteral("momo-pay")}));
        for (const auto& [id, json] : *all)
            QCOMPARE(json, profileJson(id.toLatin1().constData()));
    }

    void removeTakesOnlyThatProfile_data()
    {
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QStringList>("left");
        QTest::newRow("a registered profile")
            << QStringLiteral("kaede-card")
            << QStringList{QStringLiteral("hoshizora-card"), QStringLiteral("momo-pay")};
        QTest::newRow("an unknown id: nothing")
            << QStringLiteral("sakura-card")
            << QStringList{QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card"),
                           QStringLiteral("momo-pay")};
    }

    void removeTakesOnlyThatProfile()
    {
        QFETCH(QString, removed);
        QFETCH(QStringList, left);
        StoreFixture f;
        QVERIFY(f.open());
        for (const char* id : {"momo-pay", "hoshizora-card", "kaede-card"})
            QVERIFY(f.vault().issuerProfiles().put(QString::fromLatin1(id), profileJson(id)).ok());
        QVERIFY(f.vault().issuerProfiles().remove(removed).ok());
        QVERIFY(!f.vault().issuerProfiles().get(removed)->has_value());
        QCOMPARE(ids(*f.vault().issuerProfiles().list()), left);
    }
};

QTEST_GUILESS_MAIN(TestIssuerProfileStore)
#include "TestIssuerProfileStore.moc"
