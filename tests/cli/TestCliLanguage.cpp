// meisai-cli in Japanese and English: the language follows --language, else
// the messages locale (LC_ALL, LC_MESSAGES, LANG); help and errors are
// translated, while machine-readable output (CSV, JSON) stays the same.

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace meisai::test;

namespace {

bool hasJapanese(const QString& text)
{
    static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    return text.contains(kana);
}

} // namespace

class TestCliLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void help_data();
    void help();
    void errors_data();
    void errors();
    void machineReadableOutputIsTheSame_data();
    void machineReadableOutputIsTheSame();
    void unknownLanguageIsRefused();

private:
    // A runner whose locale variables are exactly the given ones.
    CliRunner runner(const QString& lang, const QString& lcAll, const QString& lcMessages) const;

    QTemporaryDir m_dir;
};

CliRunner TestCliLanguage::runner(const QString& lang, const QString& lcAll, const QString& lcMessages) const
{
    CliRunner cli(m_dir.filePath(QStringLiteral("profile")));
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        cli.unsetEnv(QString::fromLatin1(name));
    if (!lang.isEmpty())
        cli.setEnv(QStringLiteral("LANG"), lang);
    if (!lcAll.isEmpty())
        cli.setEnv(QStringLiteral("LC_ALL"), lcAll);
    if (!lcMessages.isEmpty())
        cli.setEnv(QStringLiteral("LC_MESSAGES"), lcMessages);
    return cli;
}

void TestCliLanguage::help_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lcMessages");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("japanese");

    const QString ja = QStringLiteral("ja_JP.UTF-8");
    const QString c = QStringLiteral("C.UTF-8");
    const QStringList help{QStringLiteral("--help")};
    QTest::newRow("--language ja in a C locale") << c << c << QString() << QStringList{QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("--help")} << true;
    QTest::newRow("--language=ja") << c << QString() << QString() << QStringList{QStringLiteral("--language=ja"), QStringLiteral("--help")} << true;
    QTest::newRow("LANG=ja_JP.UTF-8") << ja << QString() << QString() << help << true;
    QTest::newRow("LC_ALL=ja_JP.UTF-8 over LANG=C") << c << ja << QString() << help << true;
    QTest::newRow("LC_MESSAGES=ja_JP.UTF-8 over LANG=C") << c << QString() << ja << help << true;
    QTest::newRow("LANG=C.UTF-8") << c << QString() << QString() << help << false;
    QTest::newRow("LANG=en_US.UTF-8") << QStringLiteral("en_US.UTF-8") << QString() << QString() << help << false;
    QTest::newRow("--language en over LANG=ja_JP.UTF-8") << ja << QString() << QString() << QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")} << false;
    QTest::newRow("command help, --language ja") << c << QString() << QString() << QStringList{QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("transactions"), QStringLiteral("--help")} << true;
}

void TestCliLanguage::help()
{
    QFETCH(QString, lang);
    QFETCH(QString, lcAll);
    QFETCH(QString, lcMessages);
    QFETCH(QStringList, args);
    QFETCH(bool, japanese);

    const CliResult r = runner(lang, lcAll, lcMessages).run(args);
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString out = r.outText();
    if (japanese) {
        QVERIFY2(out.startsWith(QStringLiteral("使い方：meisai-cli ")), qPrintable(out.left(200)));
        QVERIFY2(!out.contains(QStringLiteral("Usage:")), qPrintable(out.left(200)));
        // Option and command names stay as they are typed.
        QVERIFY(out.contains(QStringLiteral("--format table|csv|json")) || out.contains(QStringLiteral("--profile-dir DIR")));
        if (!args.contains(QStringLiteral("transactions"))) {
            QVERIFY(out.contains(QStringLiteral("共通オプション：")));
            QVERIFY(out.contains(QStringLiteral("終了コード：")));
            QVERIFY(out.contains(QStringLiteral("  transactions ")));
        } else {
            QVERIFY(out.contains(QStringLiteral("この月（支払月）に請求されるものだけ。")));
        }
    } else {
        QVERIFY2(out.startsWith(QStringLiteral("Usage: meisai-cli ")), qPrintable(out.left(200)));
        QVERIFY2(!hasJapanese(out), qPrintable(out));
    }
}

void TestCliLanguage::errors_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no such command, ja") << QStringLiteral("ja") << QStringList{QStringLiteral("statemnts")} << 1
                                         << QStringLiteral("「statemnts」というコマンドはありません。");
    QTest::newRow("no such command, en") << QStringLiteral("en") << QStringList{QStringLiteral("statemnts")} << 1
                                         << QStringLiteral("There is no command \"statemnts\".");
    QTest::newRow("bad month, ja") << QStringLiteral("ja")
                                   << QStringList{QStringLiteral("transactions"), QStringLiteral("--month"), QStringLiteral("2026-13")}
                                   << 1 << QStringLiteral("--month には月を YYYY-MM 形式で指定してください");
    QTest::newRow("no profile, ja") << QStringLiteral("ja") << QStringList{QStringLiteral("connections")} << 2
                                    << QStringLiteral("にはまだ「明細」のプロファイルがありません。");
    QTest::newRow("no profile, en") << QStringLiteral("en") << QStringList{QStringLiteral("connections")} << 2
                                    << QStringLiteral("There is no Meisai profile in");
    // What the file system says, in the user's language too (not the C library's English).
    QTest::newRow("missing profile file, ja")
        << QStringLiteral("ja") << QStringList{QStringLiteral("issuer"), QStringLiteral("import"), QStringLiteral("/nonexistent/issuer.json")}
        << 6 << QStringLiteral("フォルダーが存在しません");
    QTest::newRow("missing profile file, en")
        << QStringLiteral("en") << QStringList{QStringLiteral("issuer"), QStringLiteral("import"), QStringLiteral("/nonexistent/issuer.json")}
        << 6 << QStringLiteral("the folder does not exist");
}

void TestCliLanguage::errors()
{
    QFETCH(QString, language);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    // The locale says the opposite of --language: the option wins.
    const CliResult r = runner(language == u"ja" ? QStringLiteral("C.UTF-8") : QStringLiteral("ja_JP.UTF-8"), {}, {})
                            .run(QStringList{QStringLiteral("--language"), language} + args);
    QVERIFY2(r.exitCode == exitCode, r.describe());
    QVERIFY2(r.errText().contains(expected), r.describe());
    QCOMPARE(hasJapanese(r.errText()), language == u"ja");
}

void TestCliLanguage::machineReadableOutputIsTheSame_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestCliLanguage::machineReadableOutputIsTheSame()
{
    QFETCH(QString, format);
    const QStringList args{QStringLiteral("issuers"), QStringLiteral("--format"), format};
    const CliResult ja = runner(QStringLiteral("ja_JP.UTF-8"), {}, {}).run(args);
    const CliResult en = runner(QStringLiteral("C.UTF-8"), {}, {}).run(args);
    QVERIFY2(ja.exitCode == 0, ja.describe());
    QVERIFY2(en.exitCode == 0, en.describe());
    QVERIFY(!en.out.isEmpty());
    // Values may be in the user's language (issuers' names); the header and the keys never are.
    if (format == u"csv") {
        QList<QStringList> jaRecords;
        QList<QStringList> enRecords;
        QVERIFY(parseCsv(ja.out, &jaRecords));
        QVERIFY(parseCsv(en.out, &enRecords));
        QCOMPARE(jaRecords.size(), enRecords.size());
        QCOMPARE(jaRecords.constFirst(), enRecords.constFirst());
        QCOMPARE(enRecords.constFirst().constFirst(), QStringLiteral("id"));
    } else {
        const QJsonArray jaRows = ja.json();
        const QJsonArray enRows = en.json();
        QCOMPARE(jaRows.size(), enRows.size());
        QVERIFY(!enRows.isEmpty());
        for (qsizetype i = 0; i < enRows.size(); ++i)
            QCOMPARE(jaRows.at(i).toObject().keys(), enRows.at(i).toObject().keys());
    }
    // --language en in a Japanese locale gives exactly what an English locale gives.
    const CliResult forcedEn = runner(QStringLiteral("ja_JP.UTF-8"), {}, {})
                                   .run(QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
    QVERIFY2(forcedEn.exitCode == 0, forcedEn.describe());
    QCOMPARE(forcedEn.out, en.out);
}

void TestCliLanguage::unknownLanguageIsRefused()
{
    const CliResult r = runner(QStringLiteral("C.UTF-8"), {}, {}).run({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("There is no language \"fr\": use ja or en.")), r.describe());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
