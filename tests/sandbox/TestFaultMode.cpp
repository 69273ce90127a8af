// The fault modes as declared: every name round-trips, and each mode accepts
// exactly the arguments docs/sandbox.md gives it.

#include "FaultMode.h"

#include <QTest>

using namespace meisai::sandbox;

class TestFaultMode final : public QObject
{
    Q_OBJECT

private slots:
    void everyNameRoundTrips();
    void unknownNamesAreNoMode_data();
    void unknownNamesAreNoMode();
    void arguments_data();
    void arguments();
};

void TestFaultMode::everyNameRoundTrips()
{
    const QStringList names = faultModes();
    QCOMPARE(names, (QStringList{QStringLiteral("latency"), QStringLiteral("500"), QStringLiteral("maintenance"), QStringLiteral("429"),
                                 QStringLiteral("malformed-json"), QStringLiteral("truncated-body"), QStringLiteral("oversized-body"),
                                 QStringLiteral("expire-tokens"), QStringLiteral("pan-leak"), QStringLiteral("api-version"),
                                 QStringLiteral("repeat-key"), QStringLiteral("endless-pages")}));
    for (const QString& name : names) {
        const std::optional<FaultMode> mode = faultModeFromString(name);
        QVERIFY2(mode, qPrintable(name));
        QCOMPARE(toString(*mode), name);
    }
}

void TestFaultMode::unknownNamesAreNoMode_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("made up") << QStringLiteral("explode");
    QTest::newRow("case differs") << QStringLiteral("Latency");
    QTest::newRow("status not injected") << QStringLiteral("404");
}

void TestFaultMode::unknownNamesAreNoMode()
{
    QFETCH(QString, name);
    QVERIFY(!faultModeFromString(name));
}

void TestFaultMode::arguments_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("defaultArg");
    QTest::newRow("latency default") << QStringLiteral("latency") << QString() << true << QStringLiteral("2000");
    QTest::newRow("latency 600000 ms") << QStringLiteral("latency") << QStringLiteral("600000") << true << QStringLiteral("2000");
    QTest::newRow("latency over 10 minutes") << QStringLiteral("latency") << QStringLiteral("600001") << false << QStringLiteral("2000");
    QTest::newRow("latency negative") << QStringLiteral("latency") << QStringLiteral("-1") << false << QStringLiteral("2000");
    QTest::newRow("latency words") << QStringLiteral("latency") << QStringLiteral("soon") << false << QStringLiteral("2000");
    QTest::newRow("maintenance default") << QStringLiteral("maintenance") << QString() << true << QStringLiteral("600");
    QTest::newRow("maintenance 0 s") << QStringLiteral("maintenance") << QStringLiteral("0") << true << QStringLiteral("600");
    QTest::newRow("429 default") << QStringLiteral("429") << QString() << true << QStringLiteral("30");
    QTest::newRow("oversized 1024 MiB") << QStringLiteral("oversized-body") << QStringLiteral("1024") << true << QStringLiteral("64");
    QTest::newRow("oversized 1025 MiB") << QStringLiteral("oversized-body") << QStringLiteral("1025") << false << QStringLiteral("64");
    QTest::newRow("repeat-key default") << QStringLiteral("repeat-key") << QString() << true << QStringLiteral("1");
    QTest::newRow("repeat-key cycle of 3") << QStringLiteral("repeat-key") << QStringLiteral("3") << true << QStringLiteral("1");
    QTest::newRow("repeat-key cycle of 101") << QStringLiteral("repeat-key") << QStringLiteral("101") << false << QStringLiteral("1");
    QTest::newRow("repeat-key cycle of words") << QStringLiteral("repeat-key") << QStringLiteral("two") << false << QStringLiteral("1");
    QTest::newRow("api-version default") << QStringLiteral("api-version") << QString() << true << QStringLiteral("2.0.0");
    QTest::newRow("api-version major only") << QStringLiteral("api-version") << QStringLiteral("3") << true << QStringLiteral("2.0.0");
    QTest::newRow("api-version four parts") << QStringLiteral("api-version") << QStringLiteral("1.2.3.4") << false << QStringLiteral("2.0.0");
    QTest::newRow("api-version with v") << QStringLiteral("api-version") << QStringLiteral("v2") << false << QStringLiteral("2.0.0");
    for (const char* mode : {"500", "malformed-json", "truncated-body", "expire-tokens", "pan-leak", "endless-pages"}) {
        QTest::addRow("%s takes nothing", mode) << QString::fromLatin1(mode) << QString() << true << QString();
        QTest::addRow("%s refuses an argument", mode) << QString::fromLatin1(mode) << QStringLiteral("1") << false << QString();
    }
}

void TestFaultMode::arguments()
{
    QFETCH(QString, mode);
    QFETCH(QString, arg);
    QFETCH(bool, valid);
    QFETCH(QString, defaultArg);
    const std::optional<FaultMode> m = faultModeFromString(mode);
    QVERIFY(m);
    QString error;
    QCOMPARE(validFaultArg(*m, arg, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(mode), qPrintable(error)); // says which mode
    QCOMPARE(defaultFaultArg(*m), defaultArg);
    QVERIFY(validFaultArg(*m, defaultArg, &error)); // a default is always a valid argument
}

QTEST_GUILESS_MAIN(TestFaultMode)
#include "TestFaultMode.moc"
