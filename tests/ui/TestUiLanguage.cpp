// Japanese and English: the Japanese catalogue is complete, switching at run
// time leaves no English on the main pages, and each main page is captured
// in both languages into docs/screenshots/.

#include "ConnectionsPage.h"
#include "RecordModels.h"
#include "SecurityPage.h"
#include "Language.h"
#include "LinkWizard.h"
#include "MainWindow.h"
#include "StatementsPage.h"
#include "LanguageCheck.h"
#include "PageText.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace meisai;
using namespace meisai::ui;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("MEISAI_SOURCE_DIR", QStringLiteral(MEISAI_TEST_SOURCE_DIR));
}

QString plain(const QString& text)
{
    return meisai::test::plainText(text);
}

// The English words left in a text, once names and codes are taken out.
QStringList englishWords(const QString& text)
{
    return meisai::test::englishWords(plain(text));
}

QStringList leftovers(QWidget* root)
{
    return meisai::test::englishLeftovers(root);
}

const char* const kPageNames[] = {"overview", "statements", "connections", "security", "activity", "settings"};

} // namespace

class TestUiLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japaneseCatalogueIsComplete();
    void translatableTextCarriesNoStyleOrColour();
    void englishCatalogueIsValid();
    void noEnglishLeftInJapanese();
    void switchesBackToEnglish();
    void storedTextsFollowTheSwitch_data();
    void storedTextsFollowTheSwitch();
    void keyboardAndAccessibleNames();
    void screenshots_data();
    void screenshots();
    void cleanupTestCase() { m_fixture.reset(); }

private:
    void ensureFixture(const QString& language);
    std::unique_ptr<test::UiFixture> m_fixture;
    QString m_fixtureLanguage;
};

// A fixture whose vault was filled while the UI was in language: its alerts
// and problems were made in that language, as real ones are.
void TestUiLanguage::ensureFixture(const QString& language)
{
    if (m_fixture && m_fixtureLanguage == language)
        return;
    m_fixture.reset();
    Language::apply(language);
    m_fixture = std::make_unique<test::UiFixture>();
    m_fixtureLanguage = language;
    QString error;
    QVERIFY2(m_fixture->setUp(&error, true, {QStringLiteral("--transactions-per-card"), QStringLiteral("20")}, true),
             qPrintable(error));
    m_fixture->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_fixture->window()));
}

void TestUiLanguage::storedTextsFollowTheSwitch_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("made in English, shown in Japanese") << QStringLiteral("en") << QStringLiteral("ja");
    QTest::newRow("made in Japanese, shown in English") << QStringLiteral("ja") << QStringLiteral("en");
}

void TestUiLanguage::storedTextsFollowTheSwitch()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    ensureFixture(from);
    MainWindow& w = m_fixture->window();
    Language::apply(to);
    QCoreApplication::processEvents();
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    const auto inLanguage = [&](const QString& text) {
        // A name the user gave (quoted) stays as written.
        static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|「[^」]*」"));
        return to == u"ja" ? meisai::test::looksJapanese(plain(text)) : !plain(text).remove(quoted).contains(japanese);
    };
    // Security: every alert's title, and the selected alert's whole text.
    w.showPage(MainWindow::Security);
    QAbstractItemModel* alerts = w.securityPage()->model();
    QVERIFY(alerts->rowCount() >= 2);
    for (int r = 0; r < alerts->rowCount(); ++r) {
        const QString title = w.securityPage()->model()->alert(r).title;
        QVERIFY2(inLanguage(title), qPrintable(title));
    }
    const QString detail = w.securityPage()->detailLabel()->text();
    QVERIFY2(inLanguage(detail), qPrintable(detail));
    // Connections: the last problem of the connection that needs reconnecting.
    w.showPage(MainWindow::Connections);
    bool problemSeen = false;
    for (int r = 0; r < w.connectionsPage()->model()->rowCount(); ++r) {
        const Connection& c = w.connectionsPage()->model()->connection(r);
        if (c.lastError.isEmpty())
            continue;
        problemSeen = true;
        QVERIFY2(inLanguage(c.lastError), qPrintable(c.lastError));
    }
    QVERIFY(problemSeen);
}

void TestUiLanguage::japaneseCatalogueIsComplete()
{
    QFile f(sourceDir() + QStringLiteral("/translations/meisai_ja.ts"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const auto type = xml.attributes().value(QLatin1String("type"));
            QString text;
            if (xml.attributes().value(QLatin1String("type")) != u"vanished" && xml.attributes().value(QLatin1String("type")) != u"obsolete") {
                // Plural forms are <numerusform> children.
                text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 200, qPrintable(QString::number(messages)));
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + unfinished.join(QStringLiteral(" | "))));
}

// Translators get plain text: the pages build style and colour around it (ui/Html.h, ui/Palette.h).
void TestUiLanguage::translatableTextCarriesNoStyleOrColour()
{
    QFile f(sourceDir() + QStringLiteral("/translations/meisai_ja.ts"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QXmlStreamReader xml(&f);
    static const QRegularExpression styled(QStringLiteral("style\\s*=|color\\s*[:=]|<font|#[0-9a-fA-F]{6}\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    int sources = 0;
    QStringList found;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"source")
            continue;
        ++sources;
        const QString source = xml.readElementText();
        if (source.contains(styled))
            found << source.left(100);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(sources > 200, qPrintable(QString::number(sources)));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("styled: ") + found.join(QStringLiteral(" | "))));
}

void TestUiLanguage::englishCatalogueIsValid()
{
    QFile f(sourceDir() + QStringLiteral("/translations/meisai_en.ts"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/meisai_ja.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/meisai_en.qm")));
}

void TestUiLanguage::noEnglishLeftInJapanese()
{
    ensureFixture(QStringLiteral("ja"));
    MainWindow& w = m_fixture->window();
    Language::apply(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    QCOMPARE(Language::current(), QStringLiteral("ja"));
    QStringList problems;
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        w.showPage(MainWindow::Page(p));
        QCoreApplication::processEvents();
        for (const QString& s : leftovers(&w))
            problems << QString::fromLatin1(kPageNames[p]) + QStringLiteral(" › ") + s;
        const QStringList title = englishWords(w.windowTitle());
        if (!title.isEmpty())
            problems << QStringLiteral("window title: ") + w.windowTitle();
    }
    // The link wizard's first two steps too.
    w.connectionsPage()->startLink();
    LinkWizard* wizard = w.connectionsPage()->wizard();
    QVERIFY(wizard);
    for (const QString& s : leftovers(wizard))
        problems << QStringLiteral("wizard › ") + s;
    wizard->nextButton()->click();
    QCOMPARE(wizard->step(), LinkWizard::Consent);
    for (const QString& s : leftovers(wizard))
        problems << QStringLiteral("consent › ") + s;
    wizard->close();
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Dates and yen follow the language.
    QVERIFY(w.statementsPage()->headerLabel()->text().contains(QStringLiteral("円"))
            || w.statementsPage()->headerLabel()->text().contains(QStringLiteral("¥")));
}

void TestUiLanguage::switchesBackToEnglish()
{
    ensureFixture(QStringLiteral("ja"));
    MainWindow& w = m_fixture->window();
    Language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QVERIFY2(w.windowTitle().contains(QStringLiteral("not a card issuer")), qPrintable(w.windowTitle()));
    Language::apply(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    QVERIFY2(!w.windowTitle().contains(QStringLiteral("not a card issuer")), qPrintable(w.windowTitle()));
}

void TestUiLanguage::keyboardAndAccessibleNames()
{
    ensureFixture(QStringLiteral("ja"));
    MainWindow& w = m_fixture->window();
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    // Ctrl+1…6 switch pages.
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + p), Qt::ControlModifier);
        QVERIFY2(w.page(MainWindow::Page(p))->isVisible(), kPageNames[p]);
    }
    // Every input and view can be told apart by a screen reader: an accessible
    // name, or a label that names it (buddy).
    QStringList unnamed;
    QSet<QWidget*> buddies;
    for (QLabel* l : w.findChildren<QLabel*>()) {
        if (l->buddy())
            buddies.insert(l->buddy());
    }
    for (QWidget* c : w.findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(c) || qobject_cast<QComboBox*>(c)
                           || qobject_cast<QAbstractItemView*>(c);
        bool part = qobject_cast<QHeaderView*>(c) != nullptr;
        for (QWidget* p = c->parentWidget(); p && !part; p = p->parentWidget())
            part = qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p);
        if (!input || part)
            continue; // parts of a composite widget (headers, spin box editors, combo box popups)
        if (c->accessibleName().isEmpty() && !buddies.contains(c))
            unnamed << QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ') + c->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    // Every push button says what it does.
    for (QAbstractButton* b : w.findChildren<QAbstractButton*>()) {
        if (qobject_cast<QPushButton*>(b))
            QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(), qPrintable(b->objectName()));
    }
}

void TestUiLanguage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestUiLanguage::screenshots()
{
    QFETCH(QString, language);
    ensureFixture(language);
    MainWindow& w = m_fixture->window();
    Language::apply(language);
    QCoreApplication::processEvents();
    const QString dir = sourceDir() + QStringLiteral("/docs/screenshots");
    QVERIFY(QDir().mkpath(dir));
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        w.showPage(MainWindow::Page(p));
        if (p == MainWindow::Statements) {
            auto* view = w.statementsPage()->view();
            view->setCurrentIndex(view->model()->index(2, 0));
        }
        QTest::qWait(50);
        const QString path = dir + QStringLiteral("/%1-%2.png").arg(QString::fromLatin1(kPageNames[p]), language);
        QVERIFY2(w.grab().save(path), qPrintable(path));
    }
    // An error state: the connection whose access the issuer ended, with its last problem.
    w.showPage(MainWindow::Connections);
    w.connectionsPage()->selectConnection(3);
    QTest::qWait(50);
    QVERIFY(w.grab().save(dir + QStringLiteral("/connections-problem-%1.png").arg(language)));
    w.connectionsPage()->startLink();
    LinkWizard* wizard = w.connectionsPage()->wizard();
    QVERIFY(wizard);
    QTest::qWait(50);
    QVERIFY(wizard->grab().save(dir + QStringLiteral("/link-issuer-%1.png").arg(language)));
    wizard->nextButton()->click();
    QTest::qWait(50);
    QVERIFY(wizard->grab().save(dir + QStringLiteral("/link-consent-%1.png").arg(language)));
    wizard->close();
}

QTEST_MAIN(TestUiLanguage)
#include "TestUiLanguage.moc"
