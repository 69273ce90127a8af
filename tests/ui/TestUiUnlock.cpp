// Unlocking at start without a keychain: the vault's own message is shown,
// a passphrase vault is offered and created (never a plaintext one), and the
// next start asks for that passphrase, again after a wrong one.

#include "Ask.h"
#include "Language.h"
#include "Unlock.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace meisai;
using namespace meisai::ui;

namespace {

// Answers the next modal passphrase dialogs as a user would, one passphrase
// per dialog, typing it into every field and pressing OK. Returns a counter
// of the dialogs answered.
std::shared_ptr<int> answerDialogs(QStringList passphrases)
{
    auto answered = std::make_shared<int>(0);
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, passphrases, answered]() mutable {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        const QString passphrase = passphrases.takeFirst();
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
            QTest::keyClicks(e, passphrase);
        ++*answered;
        if (passphrases.isEmpty()) {
            timer->stop();
            timer->deleteLater();
        }
        auto* box = dialog->findChild<QDialogButtonBox*>();
        box->button(QDialogButtonBox::Ok)->click();
    });
    timer->start();
    return answered;
}

} // namespace

class TestUiUnlock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noKeychainOffersAPassphraseVault();
    void passphraseVaultAsksAtStart();
    void weakPassphraseIsRefused_data();
    void weakPassphraseIsRefused();
    void cleanupTestCase() { Ask::setHandler({}); }

private:
    QTemporaryDir m_dir;
    QStringList m_questions;
};

void TestUiUnlock::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    Ask::setHandler([this](const QString&, const QString& text, const QStringList& buttons) {
        m_questions << text;
        return buttons.isEmpty() ? -1 : 0; // "Use a passphrase"
    });
}

void TestUiUnlock::noKeychainOffersAPassphraseVault()
{
    const QString dir = m_dir.path() + QStringLiteral("/profile");
    auto answered = answerDialogs({QStringLiteral("correct horse battery staple")});
    auto vault = Unlock::run(dir);
    QVERIFY(vault);
    QVERIFY(vault->keyMode() == KeyMode::Passphrase);
    QCOMPARE(*answered, 1);
    QCOMPARE(m_questions.size(), 1);
    // The vault's own explanation, then the offer.
    QVERIFY2(m_questions.first().contains(QStringLiteral("keychain")), qPrintable(m_questions.first()));
    QVERIFY(m_questions.first().contains(QStringLiteral("passphrase")));
}

void TestUiUnlock::passphraseVaultAsksAtStart()
{
    const QString dir = m_dir.path() + QStringLiteral("/profile");
    m_questions.clear();
    // A wrong passphrase first: the prompt comes back.
    auto answered = answerDialogs({QStringLiteral("wrong passphrase"), QStringLiteral("correct horse battery staple")});
    auto vault = Unlock::run(dir);
    QVERIFY(vault);
    QVERIFY(vault->keyMode() == KeyMode::Passphrase);
    QCOMPARE(*answered, 2);
    QVERIFY(m_questions.isEmpty()); // no keychain question for a passphrase profile
}

void TestUiUnlock::weakPassphraseIsRefused_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("weak");
    QTest::addColumn<QString>("reason");
    QTest::newRow("common password") << QStringLiteral("en") << QStringLiteral("password1234")
                                     << QStringLiteral("The passphrase is made of common words");
    QTest::newRow("too short") << QStringLiteral("en") << QStringLiteral("Xk3$p9")
                               << QStringLiteral("The passphrase is too short: use at least 10 characters.");
    QTest::newRow("the profile folder's name") << QStringLiteral("en") << QStringLiteral("tanuki-household-2026")
                                               << QStringLiteral("a name you use elsewhere");
    QTest::newRow("common password, Japanese") << QStringLiteral("ja") << QStringLiteral("password1234")
                                               << QStringLiteral("すぐに推測されてしまいます");
}

// The new-passphrase dialog judges as it is typed: a weak passphrase shows why and cannot be
// used (Create stays disabled); a strong one typed twice can.
void TestUiUnlock::weakPassphraseIsRefused()
{
    QFETCH(QString, language);
    QFETCH(QString, weak);
    QFETCH(QString, reason);
    Language::apply(language);
    const QString strong = QStringLiteral("tundra velvet quorum basil 82");
    bool checked = false;
    QString weakHint;
    bool weakCreate = true;
    QString strongHint;
    bool strongCreate = false;
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || checked)
            return;
        checked = true;
        timer->stop();
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("passphraseHint"));
        QPushButton* create = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        const QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
        for (QLineEdit* e : edits)
            QTest::keyClicks(e, weak);
        weakHint = hint ? hint->text() : QString();
        weakCreate = create->isEnabled();
        create->click(); // does nothing while disabled
        for (QLineEdit* e : edits) {
            e->clear();
            QTest::keyClicks(e, strong);
        }
        strongHint = hint ? hint->text() : QString();
        strongCreate = create->isEnabled();
        create->click();
    });
    timer->start();
    const QString dir = m_dir.path() + QStringLiteral("/tanuki-household");
    std::optional<SecretBytes> chosen = Unlock::askNewPassphrase(nullptr, QStringLiteral("No keychain."), dir);
    delete timer;
    Language::apply(QStringLiteral("en"));
    QVERIFY(checked);
    QVERIFY2(weakHint.contains(reason), qPrintable(weakHint));
    QVERIFY2(!weakCreate, "Create is enabled for a weak passphrase");
    QVERIFY2(strongCreate, qPrintable(strongHint));
    QVERIFY2(!strongHint.contains(reason), qPrintable(strongHint));
    QVERIFY(chosen);
    QVERIFY(chosen->equals(SecretBytes(QByteArrayView(strong.toUtf8()))));
}

int main(int argc, char** argv)
{
    // No keychain: a session bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/meisai-test-bus");
    QApplication app(argc, argv);
    TestUiUnlock test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestUiUnlock.moc"
