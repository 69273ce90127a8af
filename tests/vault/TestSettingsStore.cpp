// SettingsStore: a setting reads back as set (across a reopen), a second set
// replaces it, and an unset key gives the caller's fallback — but a value
// set to the empty string is a value, not a missing one; a removed key is
// missing again.

#include "StoreFixture.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

class TestSettingsStore final : public QObject
{
    Q_OBJECT

private slots:
    void aSettingReadsBackAsSet_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("the UI language") << QStringLiteral("ui/language") << QStringLiteral("ja");
        QTest::newRow("the sync interval")
            << QStringLiteral("sync/interval_minutes") << QStringLiteral("720");
        QTest::newRow("a Japanese value")
            << QStringLiteral("note") << QStringLiteral("家計簿用のプロファイル");
        QTest::newRow("a discovery cache document")
            << QStringLiteral("discovery/hoshizora-card")
            << QStringLiteral(
                   "{\"discovery_url\":\"https://auth.hoshizora.example/.well-known/oauth-authorization-"
                   "server\",\"fetched_at\":\"2026-11-20T09:30:15Z\",\"document\":{\"issuer\":"
                   "\"https://auth.hoshizora.example\"}}");
        QTest::newRow("an empty value is a value, not the fallback")
            << QStringLiteral("ui/language") << QStringLiteral("");
        QTest::newRow("a Japanese key") << QStringLiteral("表示/言語") << QStringLiteral("en");
    }

    void aSettingReadsBackAsSet()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().settings().setSetting(key, value).ok());
        QVERIFY(f.reopen());
        auto got = f.vault().settings().setting(key, QStringLiteral("fallback"));
        QVERIFY(got.ok());
        QCOMPARE(*got, value);
        QCOMPARE(got->isNull(), false);
    }

    void anUnsetKeyGivesTheFallback_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("fallback");
        QTest::newRow("never set, with a fallback")
            << QStringLiteral("sync/interval_minutes") << QStringLiteral("360");
        QTest::newRow("never set, no fallback: empty")
            << QStringLiteral("sync/interval_minutes") << QString();
        QTest::newRow("differs only in case") << QStringLiteral("UI/Language") << QStringLiteral("ja");
        QTest::newRow("a prefix of a set key") << QStringLiteral("ui/lang") << QStringLiteral("ja");
        QTest::newRow("a trailing space") << QStringLiteral("ui/language ") << QStringLiteral("ja");
    }

    void anUnsetKeyGivesTheFallback()
    {
        QFETCH(QString, asked);
        QFETCH(QString, fallback);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().settings().setSetting(QStringLiteral("ui/language"), QStringLiteral("en")).ok());
        auto got = f.vault().settings().setting(asked, fallback);
        QVERIFY(got.ok());
        QCOMPARE(*got, fallback);
        QVERIFY(got->isEmpty() == fallback.isEmpty());
    }

    void aSecondSetReplaces()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.vault().settings().setSetting(QStringLiteral("ui/language"), QStringLiteral("ja")).ok());
        QVERIFY(f.vault()
                    .settings()
                    .setSetting(QStringLiteral("sync/interval_minutes"), QStringLiteral("60"))
                    .ok());
        QVERIFY(f.vault().settings().setSetting(QStringLiteral("ui/language"), QStringLiteral("en")).ok());
        QCOMPARE(*f.vault().settings().setting(QStringLiteral("ui/language")), QStringLiteral("en"));
        QCOMPARE(*f.vault().settings().setting(QStringLiteral("sync/interval_minutes")),
                 QStringLiteral("60"));
        QCOMPARE(f.queryInt("SELECT count(*) FROM settings"), qint64(2));
    }

    void aRemovedKeyGivesTheFallbackAgain()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto& settings = f.vault().settings();
        QVERIFY(settings.setSetting(QStringLiteral("discovery/hoshizora-card"), QStringLiteral("{}")).ok());
        QVERIFY(settings.setSetting(QStringLiteral("ui/language"), QStringLiteral("ja")).ok());
        QVERIFY(settings.remove(QStringLiteral("discovery/hoshizora-card")).ok());
        QVERIFY(settings.remove(QStringLiteral("never/set")).ok());
        QVERIFY(f.reopen());
        QCOMPARE(*f.vault().settings().setting(QStringLiteral("discovery/hoshizora-card"), QStringLiteral("none")),
                 QStringLiteral("none"));
        QCOMPARE(*f.vault().settings().setting(QStringLiteral("ui/language")), QStringLiteral("ja"));
        QCOMPARE(f.queryInt("SELECT count(*) FROM settings"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "TestSettingsStore.moc"
