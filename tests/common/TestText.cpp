// Text (core/common/Text.h): kept as what it says, rendered in the language
// of the moment; its JSON survives a round trip through a column.

#include "common/Text.h"
#include "Translations.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace meisai;

namespace {

// A source the Japanese catalogue translates (AlertRules), and its Japanese start.
const char* const kContext = "meisai::AlertRules";
const char* const kSource = "%1 is under maintenance";

void useJapanese(QTranslator*& catalogue, QObject* parent)
{
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    if (!catalogue) {
        catalogue = i18n::loadCatalogue(QStringLiteral("ja"), parent);
        QVERIFY(catalogue);
    }
    QCoreApplication::installTranslator(catalogue);
}

// English as the app has it: its catalogue gives the plural forms.
void useEnglish(QTranslator* ja)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (ja)
        QCoreApplication::removeTranslator(ja);
    static QTranslator* en = nullptr;
    if (!en) {
        en = i18n::loadCatalogue(QStringLiteral("en"), QCoreApplication::instance());
        QVERIFY(en);
        QCoreApplication::installTranslator(en);
    }
}

} // namespace

class TestText final : public QObject
{
    Q_OBJECT

    QTranslator* m_ja = nullptr;

private Q_SLOTS:
    void init() { useEnglish(m_ja); }

    void rendersInTheLanguageOfTheMoment()
    {
        const Text t = Text::translated(kContext, kSource).arg(Text::bilingual(QStringLiteral("かえでカード"),
                                                                               QStringLiteral("Kaede Card")));
        QCOMPARE(t.toString(), QStringLiteral("Kaede Card is under maintenance"));
        useJapanese(m_ja, this);
        QVERIFY2(t.toString().startsWith(QStringLiteral("かえでカード")), qPrintable(t.toString()));
        QVERIFY2(!t.toString().contains(QStringLiteral("maintenance")), qPrintable(t.toString()));
        useEnglish(m_ja);
        QCOMPARE(t.toString(), QStringLiteral("Kaede Card is under maintenance"));
    }

    void storedAndReadBackTheSame()
    {
        const QDateTime at(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
        const Text t = Text::sentences(
            {Text::translated(kContext, "Your consent for %1 ends in %n day(s)", nullptr, 7).arg(QStringLiteral("X")),
             Text::translated(kContext, "Nothing to do: Meisai will try again after %1. The statements already "
                                        "fetched remain available.")
                 .arg(Text::time(at))});
        const QString stored = t.toStorage();
        QVERIFY(!stored.isEmpty());
        const Text back = Text::fromStorage(stored);
        QCOMPARE(back, t);
        QCOMPARE(back.toString(), t.toString());
        QVERIFY2(t.toString().startsWith(QStringLiteral("Your consent for X ends in 7 days Nothing to do")),
                 qPrintable(t.toString()));
        // Verbatim text round-trips too, and empty stays empty.
        QCOMPARE(Text::fromStorage(Text::verbatim(QStringLiteral("as the issuer wrote it")).toStorage()).toString(),
                 QStringLiteral("as the issuer wrote it"));
        QVERIFY(Text::fromStorage(QString()).isEmpty());
        QVERIFY(Text().toStorage().isEmpty());
    }

    void sentencesJoinWithoutASpaceInJapanese()
    {
        const Text t = Text::sentences({Text::verbatim(QStringLiteral("一文目。")), Text::verbatim(QStringLiteral("二文目。")),
                                        Text::verbatim(QString())});
        QCOMPARE(t.toString(), QStringLiteral("一文目。 二文目。"));
        useJapanese(m_ja, this);
        QCOMPARE(t.toString(), QStringLiteral("一文目。二文目。"));
    }

    void argumentsFollowQStringArgAndAreNotScannedAgain()
    {
        // The lowest number takes the first argument, as QString::arg does…
        const Text t = Text::translated("meisai::NoSuchContext", "%2 before %1").arg(QStringLiteral("a")).arg(QStringLiteral("b"));
        QCOMPARE(t.toString(), QStringLiteral("b before a"));
        // …and a %N that an issuer put in an argument stays as it is.
        const Text hostile = Text::translated("meisai::NoSuchContext", "%1 said %2")
                                 .arg(QStringLiteral("%2%1"))
                                 .arg(QStringLiteral("hello"));
        QCOMPARE(hostile.toString(), QStringLiteral("%2%1 said hello"));
        QCOMPARE(Text::translated("meisai::NoSuchContext", "%1 of 100%").arg(qint64(5)).toString(),
                 QStringLiteral("5 of 100%"));
    }

    void timesInTheLocalZoneAndLanguage()
    {
        const QDateTime at(QDate(2026, 12, 31), QTime(15, 0), Qt::UTC);
        const Text t = Text::time(at, Text::TimeStyle::LongDate);
        QCOMPARE(t.toString(), QLocale().toString(at.toLocalTime().date(), QLocale::LongFormat));
        useJapanese(m_ja, this);
        QVERIFY2(t.toString().contains(QStringLiteral("年")), qPrintable(t.toString()));
    }

    void anythingElseRendersEmpty()
    {
        for (const char* junk : {"[1,2]", "{\"x\":1}", "not json", "{\"s\":5}", "[{\"j\":7}]"}) {
            const Text t = Text::fromStorage(QString::fromLatin1(junk));
            QVERIFY2(t.toString().isEmpty() || t.toString() == u"5", junk);
        }
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "TestText.moc"
