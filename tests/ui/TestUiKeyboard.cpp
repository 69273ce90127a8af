// The link wizard with the keyboard alone, against the sandbox issuer: keys
// go to whatever widget has the focus (no mouse, no setChecked), as they
// would for a user who cannot or does not use a mouse. The consent box is in
// sight next to Continue, Continue says why it is off, Enter presses the
// step's main button and both have mnemonics.

#include "ConnectionsPage.h"
#include "Language.h"
#include "LinkWizard.h"
#include "MainWindow.h"
#include "UiFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace meisai;
using namespace meisai::ui;

class TestUiKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linkWithTheKeyboardOnly();
    void cleanupTestCase() { m_fixture.reset(); }

private:
    // A key to the widget that has the focus now, as the window system would deliver it.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "no widget has the keyboard focus");
        QTest::keyClick(focus, key, modifiers);
    }
    // Presses key until the focus is on target; false after a full round without it.
    static bool tabTo(QWidget* target, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        return QApplication::focusWidget() == target;
    }

    std::unique_ptr<test::UiFixture> m_fixture;
};

void TestUiKeyboard::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    m_fixture = std::make_unique<test::UiFixture>();
    QString error;
    QVERIFY2(m_fixture->setUp(&error, true), qPrintable(error));
    m_fixture->window().show();
    QVERIFY(QTest::qWaitForWindowActive(&m_fixture->window()));
}

void TestUiKeyboard::linkWithTheKeyboardOnly()
{
    MainWindow& w = m_fixture->window();
    const QString issuerId = QStringLiteral("hoshizora-card");

    // Overview's "&Link an issuer…" by its mnemonic.
    // (A mnemonic "animates" the click: the button is released 100 ms later.)
    press(Qt::Key_L, Qt::AltModifier);
    QVERIFY2(QTest::qWaitFor([&] { return w.connectionsPage()->wizard() != nullptr; }, 2000),
             "Alt+L did not open the link wizard");
    QPointer<LinkWizard> wizard = w.connectionsPage()->wizard();
    // A window manager activates a new dialog; the offscreen platform leaves that to the program.
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), wizard.data(), 3000);
    QCOMPARE(wizard->step(), LinkWizard::PickIssuer);

    // The issuer list has the focus: arrow keys to the issuer.
    auto* list = qobject_cast<QListWidget*>(QApplication::focusWidget());
    QVERIFY2(list, qPrintable(QStringLiteral("the issuer list does not have the focus when the wizard opens, but %1 %2")
                                  .arg(QString::fromLatin1(QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing"),
                                       QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString())));
    press(Qt::Key_Home);
    for (int i = 0; i < list->count() && list->currentItem()->data(Qt::UserRole).toString() != issuerId; ++i)
        press(Qt::Key_Down);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), issuerId);
    QVERIFY(!wizard->continueHint()->isVisible());

    // Enter: Next.
    press(Qt::Key_Return);
    QCOMPARE(wizard->step(), LinkWizard::Consent);
    QCheckBox* agree = wizard->agreeBox();
    QPushButton* next = wizard->continueButton();

    // The box is in sight without scrolling, on the same level as Continue.
    QVERIFY(agree->isVisible());
    const QRect box(agree->mapTo(wizard, QPoint(0, 0)), agree->size());
    QVERIFY2(wizard->rect().contains(box), "the \"I have read…\" box is outside the window");
    QVERIFY(agree->visibleRegion().boundingRect().size() == agree->size());
    const int buttonY = next->mapTo(wizard, QPoint(0, 0)).y();
    QVERIFY2(box.top() < buttonY && buttonY - box.bottom() < 60, "the box is not next to the Continue button");

    // Continue is off and says why; Enter does nothing yet, and opens no browser.
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->continueHint()->isVisible());
    QVERIFY(wizard->continueHint()->text().contains(QStringLiteral("I have read")));
    QCOMPARE(QApplication::focusWidget(), agree);
    press(Qt::Key_Return);
    QCOMPARE(wizard->step(), LinkWizard::Consent);
    QVERIFY(m_fixture->browser().opened.isEmpty());

    // Space ticks and unticks the focused box; the hint follows.
    press(Qt::Key_Space);
    QVERIFY(agree->isChecked());
    QVERIFY(next->isEnabled());
    QVERIFY(!wizard->continueHint()->isVisible());
    press(Qt::Key_Space);
    QVERIFY(!agree->isChecked());
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->continueHint()->isVisible());

    // Mnemonics: both carry one, and Alt+I ticks the box from anywhere in the wizard.
    QVERIFY(agree->text().contains(u'&'));
    QVERIFY(next->text().startsWith(QStringLiteral("&C")));
    QVERIFY2(tabTo(wizard->cancelButton()), "Tab does not reach Cancel");
    press(Qt::Key_I, Qt::AltModifier);
    QVERIFY2(QTest::qWaitFor([&] { return agree->isChecked(); }, 2000), "Alt+I did not tick the box");
    QCOMPARE(QApplication::focusWidget(), agree);

    // Tab reaches Continue, Shift+Tab comes back to the box; Enter there presses Continue (the default button).
    QVERIFY2(tabTo(next), "Tab does not reach Continue");
    QVERIFY2(tabTo(agree, Qt::ShiftModifier), "Shift+Tab does not come back to the box");
    QVERIFY(next->isDefault());
    press(Qt::Key_Return);
    QVERIFY2(QTest::qWaitFor([&] { return wizard && wizard->step() == LinkWizard::Result; }, 30000),
             qPrintable(m_fixture->browser().lastError));
    QCOMPARE(m_fixture->browser().opened.size(), 1);
    QVERIFY2(wizard->succeeded(), qPrintable(wizard->resultText()->text()));
    const qint64 id = wizard->connectionId();
    QVERIFY(id > 0);

    // The result: Enter closes the wizard.
    press(Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !wizard || !wizard->isVisible(); }, 5000));

    // Linked for real: the connection is active and the sandbox holds an active grant.
    auto conn = m_fixture->app().vault().connections().get(id);
    QVERIFY(conn && conn.value());
    QVERIFY(conn.value()->status == ConnectionStatus::Active);
    int active = 0;
    for (const auto& g : m_fixture->sandbox().grants(issuerId))
        active += g.toObject().value(QStringLiteral("active")).toBool() ? 1 : 0;
    QCOMPARE(active, 1);
    QVERIFY(m_fixture->waitForSync());
}

QTEST_MAIN(TestUiKeyboard)
#include "TestUiKeyboard.moc"
