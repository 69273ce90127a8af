// A whole session in the desktop app in one language, against the sandbox
// issuer: the link wizard, a sync, each sandbox fault, disconnecting one
// connection and stopping all. After each step every page is read as a
// person reads it: in Japanese mode no English of Meisai's own may be left,
// in English mode no Japanese (names in quotes, issuer text aside).

#include "ConnectionsPage.h"
#include "Language.h"
#include "LanguageCheck.h"
#include "LinkWizard.h"
#include "MainWindow.h"
#include "PageText.h"
#include "SyncController.h"
#include "UiFixture.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace meisai;
using namespace meisai::ui;

namespace {

const QString kKaede = QStringLiteral("kaede-card");
const QString kMomo = QStringLiteral("momo-pay");

const QList<std::pair<QString, QString>> kFaults = {
    {QStringLiteral("500"), {}},
    {QStringLiteral("maintenance"), QStringLiteral("600")},
    {QStringLiteral("429"), QStringLiteral("30")},
    {QStringLiteral("malformed-json"), {}},
    {QStringLiteral("truncated-body"), {}},
    {QStringLiteral("oversized-body"), {}},
    {QStringLiteral("expire-tokens"), {}},
    {QStringLiteral("pan-leak"), {}},
    {QStringLiteral("api-version"), QStringLiteral("2.0.0")},
};

const char* const kPageNames[] = {"overview", "statements", "connections", "security", "activity", "settings"};

} // namespace

class TestUiSessionWalk final : public QObject
{
    Q_OBJECT

private:
    // Every page of the window (and the wizard, when open) in language; the
    // problems found, each with the step it was found at.
    static QStringList read(MainWindow& w, const QString& language, const QString& step, QWidget* extra = nullptr)
    {
        QStringList problems;
        const auto collect = [&](QWidget* root, const QString& where) {
            const QStringList found =
                language == u"ja" ? test::englishLeftovers(root, test::Quotes::Skipped) : test::japaneseLeftovers(root);
            for (const QString& f : found)
                problems << step + QStringLiteral(" › ") + where + QStringLiteral(" › ") + f;
        };
        if (extra) {
            collect(extra, QStringLiteral("dialog"));
            return problems;
        }
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            w.showPage(MainWindow::Page(p));
            QCoreApplication::processEvents();
            collect(&w, QString::fromLatin1(kPageNames[p]));
        }
        problems.removeDuplicates();
        return problems;
    }

    void walk(const QString& language)
    {
        Language::apply(language);
        test::UiFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error, true, {QStringLiteral("--transactions-per-card"), QStringLiteral("20")}),
                 qPrintable(error));
        SyncOptions options;
        options.delayCapMs = 5;
        options.maxAttempts = 2;
        fixture.app().sync().setOptions(options);
        MainWindow& w = fixture.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems = read(w, language, QStringLiteral("first start"));

        // The wizard's steps, then the link itself.
        w.connectionsPage()->startLink();
        LinkWizard* wizard = w.connectionsPage()->wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->selectIssuer(kKaede));
        problems += read(w, language, QStringLiteral("wizard, issuer step"), wizard);
        wizard->nextButton()->click();
        QCOMPARE(wizard->step(), LinkWizard::Consent);
        problems += read(w, language, QStringLiteral("wizard, consent step"), wizard);
        wizard->close();
        const qint64 id = fixture.linkThroughWizard(kKaede, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(fixture.waitForSync());
        problems += read(w, language, QStringLiteral("after the first sync"));

        for (const auto& [mode, arg] : kFaults) {
            QVERIFY2(fixture.sandbox().setFault(kKaede, mode, arg), qPrintable(fixture.sandbox().lastAdminError()));
            QSignalSpy finished(&fixture.app().sync(), &SyncController::finished);
            fixture.app().sync().syncNow(id);
            QVERIFY2(finished.wait(60000), qPrintable(mode));
            QVERIFY(fixture.sandbox().clearFault(kKaede));
            problems += read(w, language, QStringLiteral("sync under ") + mode);
        }

        // Disconnect one, link another, stop all.
        w.showPage(MainWindow::Connections);
        w.connectionsPage()->selectConnection(id);
        QSignalSpy disconnected(w.connectionsPage(), &ConnectionsPage::disconnectFinished);
        fixture.answer({0, 0}); // yes, disconnect; keep the data
        w.connectionsPage()->disconnectCurrent();
        QVERIFY(disconnected.wait(20000));
        problems += read(w, language, QStringLiteral("after disconnecting"));
        const QString disconnectNotice = test::UiFixture::lastNotice();
        QVERIFY(fixture.linkThroughWizard(kMomo, &error));
        QVERIFY(fixture.waitForSync());
        fixture.answer({0});
        w.stopAllConnections();
        QVERIFY(QTest::qWaitFor([&] { return w.stopAllButton()->isEnabled(); }, 20000));
        problems += read(w, language, QStringLiteral("after stopping all"));
        const QString stopNotice = test::UiFixture::lastNotice();
        // What the questions and notices said.
        for (const QString& notice : {disconnectNotice, stopNotice}) {
            QVERIFY(!notice.isEmpty());
            const QString plain = test::plainText(notice);
            if (language == u"ja") {
                QVERIFY2(meisai::test::englishWords(plain, meisai::test::Quotes::Skipped).isEmpty(), qPrintable(plain));
            } else {
                QVERIFY2(!test::hasJapaneseOutsideQuotes(plain), qPrintable(plain));
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private Q_SLOTS:
    void wholeSessionInJapanese() { walk(QStringLiteral("ja")); }
    void wholeSessionInEnglish() { walk(QStringLiteral("en")); }
    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }
};

QTEST_MAIN(TestUiSessionWalk)
#include "TestUiSessionWalk.moc"
