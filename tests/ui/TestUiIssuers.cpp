// Adding an issuer in the app (Connections → Add an issuer…): from a profile
// file, valid or with several problems; from the issuer's discovery address
// against the sandbox, where a draft that lacks pieces cannot be added until
// they are filled in; and an impostor, a second sandbox offering an issuer
// under the id of a linked one, which is refused without a single request to
// it, and let in only by "Replace and revoke", which revokes at the first.
// Each dialog page is captured into /tmp/ui-issuers-<page>-<language>.png.

#include "AddIssuerDialog.h"
#include "ConnectionsPage.h"
#include "Language.h"
#include "LinkWizard.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "UiFixture.h"
#include "oauth/IssuerProbe.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPointer>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meisai;
using namespace meisai::ui;

namespace {

int tokenRequests(const QJsonObject& stats)
{
    const QJsonObject t = stats.value(QStringLiteral("token_requests")).toObject();
    return t.value(QStringLiteral("authorization_code")).toInt(-1) + t.value(QStringLiteral("refresh_token")).toInt(-1);
}

int apiRequests(const QJsonObject& stats)
{
    return stats.value(QStringLiteral("api_requests")).toInt(-1);
}

QJsonObject text(const QString& ja, const QString& en)
{
    return {{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

} // namespace

class TestUiIssuers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validProfileFileAddsTheIssuer();
    void profileFileWithProblemsShowsThemAllAndAddsNothing();
    void discoveryAddressAddsAnIssuerThatCanBeLinked();
    void draftThatLacksPiecesCannotBeAddedUntilFilledIn();
    void discoveryAddressThatCannotBeReadIsExplained();
    void impostorIsRefusedAndReceivesNothing();
    void replacingRevokesAtTheFirstIssuerAndStillSendsNothingToTheSecond();
    void pagesLayOutInBothLanguages_data();
    void pagesLayOutInBothLanguages();
    void cleanupTestCase();

private:
    AddIssuerDialog* openDialog();
    bool waitIdle(AddIssuerDialog* dialog);
    void shot(QWidget* w, const QString& page);
    QString writeProfile(const QString& name, const QJsonObject& profile);
    AddIssuerDialog* readDiscovery(SandboxProcess& sandbox, const QString& issuerId, const QString& clientId,
                                   const QString& localName);
    static QStringList clippedTexts(QWidget* root);
    static QStringList unnamedInputs(QWidget* root);

    std::unique_ptr<test::UiFixture> m_fixture;
    std::unique_ptr<SandboxProcess> m_second;
    QTemporaryDir m_dir;
    QPointer<AddIssuerDialog> m_impostorDialog;
    qint64 m_hoshizora = 0;
    QString m_language = QStringLiteral("en");
};

void TestUiIssuers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Language::apply(QStringLiteral("en"));
    m_fixture = std::make_unique<test::UiFixture>();
    QString error;
    QVERIFY2(m_fixture->setUp(&error, true, {QStringLiteral("--transactions-per-card"), QStringLiteral("20")}),
             qPrintable(error));
    m_fixture->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_fixture->window()));
    m_fixture->window().showPage(MainWindow::Connections);
}

void TestUiIssuers::cleanupTestCase()
{
    if (m_impostorDialog)
        m_impostorDialog->close();
    m_fixture.reset();
    if (m_second)
        m_second->stop();
}

AddIssuerDialog* TestUiIssuers::openDialog()
{
    ConnectionsPage* page = m_fixture->window().connectionsPage();
    if (AddIssuerDialog* old = page->addIssuerDialog()) {
        old->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    // As a user: the button beside "Link an issuer…".
    QPushButton* button = page->addIssuerButton();
    if (!button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    AddIssuerDialog* dialog = page->addIssuerDialog();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

bool TestUiIssuers::waitIdle(AddIssuerDialog* dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000);
}

void TestUiIssuers::shot(QWidget* w, const QString& page)
{
    QCoreApplication::processEvents();
    const QString path = QStringLiteral("/tmp/ui-issuers-%1-%2.png").arg(page, m_language);
    if (!w->grab().save(path))
        qWarning().noquote() << "could not save" << path;
}

QString TestUiIssuers::writeProfile(const QString& name, const QJsonObject& profile)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QJsonDocument(profile).toJson());
    return path;
}

// Opens the dialog, reads the sandbox issuer's discovery address with the sandbox's CA file.
AddIssuerDialog* TestUiIssuers::readDiscovery(SandboxProcess& sandbox, const QString& issuerId,
                                             const QString& clientId, const QString& localName)
{
    AddIssuerDialog* d = openDialog();
    if (!d)
        return nullptr;
    d->fromDiscoveryChoice()->setChecked(true);
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    if (d->page() != AddIssuerDialog::FromDiscovery)
        return nullptr;
    QTest::keyClicks(d->discoveryUrlEdit(), sandbox.issuer(issuerId).discovery.toString());
    QTest::keyClicks(d->discoveryClientIdEdit(), clientId);
    d->discoveryCaFileEdit()->setText(sandbox.caPath());
    d->discoveryIdEdit()->setText(localName);
    shot(d, QStringLiteral("discovery"));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    // While the issuer is read: a busy indicator, and nothing to click twice.
    if (!d->isBusy() || d->nextButton()->isEnabled() || d->backButton()->isEnabled()) {
        qWarning("reading the discovery address shows no progress");
        return nullptr;
    }
    shot(d, QStringLiteral("discovery-busy"));
    if (!waitIdle(d))
        return nullptr;
    return d;
}

// Inputs a screen reader could not name: no accessible name and no label bound to them.
QStringList TestUiIssuers::unnamedInputs(QWidget* root)
{
    QSet<QWidget*> buddies;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (l->buddy())
            buddies.insert(l->buddy());
    }
    QStringList out;
    for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
        if (e->isVisibleTo(root) && e->accessibleName().isEmpty() && !buddies.contains(e))
            out << e->objectName() + QLatin1Char(' ') + e->placeholderText();
    }
    return out;
}

// Texts cut off by their widget: a button or an unwrapped label narrower than its text.
QStringList TestUiIssuers::clippedTexts(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* b = qobject_cast<QPushButton*>(w)) {
            if (b->width() < b->sizeHint().width())
                out << QStringLiteral("button \"%1\" %2 < %3").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
        } else if (auto* c = qobject_cast<QAbstractButton*>(w); c && !c->text().isEmpty()) {
            if (c->width() < c->sizeHint().width())
                out << QStringLiteral("check \"%1\" %2 < %3").arg(c->text()).arg(c->width()).arg(c->sizeHint().width());
        } else if (auto* l = qobject_cast<QLabel*>(w)) {
            if (!l->wordWrap() && !l->text().isEmpty() && l->width() < l->sizeHint().width())
                out << QStringLiteral("label \"%1\" %2 < %3").arg(l->text()).arg(l->width()).arg(l->sizeHint().width());
        }
    }
    return out;
}

void TestUiIssuers::validProfileFileAddsTheIssuer()
{
    const SandboxProcess::Issuer hoshizora = m_fixture->sandbox().issuer(QStringLiteral("hoshizora-card"));
    // The CA beside the profile, named relatively: it must be found there and embedded.
    QVERIFY(QFile::copy(m_fixture->sandbox().caPath(), m_dir.filePath(QStringLiteral("hoshizora-ca.pem"))));
    QJsonObject profile{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), QStringLiteral("hoshizora-file")},
        {QStringLiteral("display_name"), text(QStringLiteral("ほしぞらカード（ファイル）"), QStringLiteral("Hoshizora Card (file)"))},
        {QStringLiteral("sandbox"), true},
        {QStringLiteral("issuer"), hoshizora.issuer.toString()},
        {QStringLiteral("discovery_url"), hoshizora.discovery.toString()},
        {QStringLiteral("client_id"), hoshizora.clientId},
        {QStringLiteral("ca_file"), QStringLiteral("hoshizora-ca.pem")},
        {QStringLiteral("scopes"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("transactions:read")},
                                {QStringLiteral("purpose"), text(QStringLiteral("ご利用明細を取り込むため"),
                                                                 QStringLiteral("To import your transactions"))}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("limits:read")},
                                {QStringLiteral("purpose"), text(QStringLiteral("ご利用可能額を表示するため"),
                                                                 QStringLiteral("To show your available credit"))},
                                {QStringLiteral("required"), false}}}},
        {QStringLiteral("disclosures"),
         QJsonObject{{QStringLiteral("legal_name"), text(QStringLiteral("ほしぞらカード株式会社"),
                                                         QStringLiteral("Hoshizora Card Co., Ltd. (file)"))},
                     {QStringLiteral("services"), QJsonArray{text(QStringLiteral("クレジットカード"),
                                                                  QStringLiteral("Credit cards"))}},
                     {QStringLiteral("inquiry_contact"),
                      QJsonObject{{QStringLiteral("name"), text(QStringLiteral("お客さま窓口"), QStringLiteral("Customer desk"))},
                                  {QStringLiteral("phone"), QStringLiteral("0120-111-222")}}},
                     {QStringLiteral("incident_contact"),
                      QJsonObject{{QStringLiteral("name"), text(QStringLiteral("不正利用窓口"), QStringLiteral("Fraud desk"))},
                                  {QStringLiteral("phone"), QStringLiteral("0120-333-444")}}},
                     {QStringLiteral("service_hours"), text(QStringLiteral("24時間"), QStringLiteral("Around the clock"))},
                     // Issuer text is shown as it is, never as markup.
                     {QStringLiteral("notes"), text(QStringLiteral("<b>メンテナンス</b><img src=x>"),
                                                    QStringLiteral("<b>Maintenance</b><img src=x>"))}}},
        {QStringLiteral("colour"), QStringLiteral("teal")}, // not part of format 1: a note, not a refusal
    };
    const QString path = writeProfile(QStringLiteral("hoshizora-file.json"), profile);
    QVERIFY(!path.isEmpty());

    AddIssuerDialog* d = openDialog();
    QVERIFY(d);
    QCOMPARE(d->page(), AddIssuerDialog::Choose);
    shot(d, QStringLiteral("choose"));
    QVERIFY(d->fromFileChoice()->isChecked());
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::FromFile);
    QTest::keyClicks(d->filePathEdit(), path);
    QTest::keyClick(d->filePathEdit(), Qt::Key_Return); // Read is the default button
    QVERIFY(waitIdle(d));
    QVERIFY2(d->page() == AddIssuerDialog::Review, qPrintable(d->fileProblems().join(u'\n')));

    // The review shows the disclosures, the addresses and the CA the profile carries.
    const QString review = d->reviewText();
    for (const QString& needle :
         {QStringLiteral("Hoshizora Card (file)"), QStringLiteral("hoshizora-file"),
          QStringLiteral("Hoshizora Card Co., Ltd. (file)"), QStringLiteral("Credit cards"), hoshizora.issuer.toString(),
          hoshizora.clientId, QStringLiteral("To import your transactions"), QStringLiteral("(optional)"),
          QStringLiteral("0120-111-222"), QStringLiteral("0120-333-444"), QStringLiteral("Around the clock"),
          QStringLiteral("SHA-256"), QStringLiteral("trusted for this issuer only"),
          QStringLiteral("named by the issuer's discovery document")})
        QVERIFY2(review.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + review));
    QVERIFY2(!review.contains(QStringLiteral("none given")), qPrintable(review));
    QVERIFY2(d->findChild<QLabel*>(QStringLiteral("reviewNotes"))->text().contains(QStringLiteral("\"colour\"")),
             "the unknown field is not pointed out");
    QLabel* notes = nullptr;
    for (QLabel* l : d->findChildren<QLabel*>()) {
        if (l->text() == QLatin1String("<b>Maintenance</b><img src=x>"))
            notes = l;
    }
    QVERIFY2(notes, qPrintable(review));
    QCOMPARE(notes->textFormat(), Qt::PlainText);
    QVERIFY(d->addButton()->isVisible() && d->addButton()->isEnabled());
    QVERIFY(!d->replaceButton()->isVisible());
    shot(d, QStringLiteral("review"));

    QTest::mouseClick(d->addButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::Done);
    QVERIFY2(d->resultText()->text().contains(QStringLiteral("Hoshizora Card (file)")), qPrintable(d->resultText()->text()));
    shot(d, QStringLiteral("done"));
    QTest::mouseClick(d->closeButton(), Qt::LeftButton);

    // Registered with its CA embedded, and offered by the link wizard.
    bool listed = false;
    for (const IssuerProfile& p : m_fixture->app().linkableIssuers()) {
        if (p.id == QLatin1String("hoshizora-file")) {
            listed = true;
            QVERIFY(p.caFile.isEmpty());
            QVERIFY(p.caPem.contains("BEGIN CERTIFICATE"));
        }
    }
    QVERIFY(listed);
    ConnectionsPage* page = m_fixture->window().connectionsPage();
    page->startLink();
    QVERIFY(page->wizard());
    QVERIFY(page->wizard()->selectIssuer(QStringLiteral("hoshizora-file")));
    page->wizard()->close();
}

void TestUiIssuers::profileFileWithProblemsShowsThemAllAndAddsNothing()
{
    const int before = int(m_fixture->app().linkableIssuers().size());
    QJsonObject profile{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), QStringLiteral("Bad Card")},
        {QStringLiteral("issuer"), QStringLiteral("http://auth.bad-card.example")},
        {QStringLiteral("discovery_url"), QStringLiteral("https://auth.bad-card.example/.well-known/oauth-authorization-server")},
        {QStringLiteral("ca_file"), QStringLiteral("no-such-ca.pem")},
        {QStringLiteral("scopes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cards:read")}}}},
        {QStringLiteral("disclosures"), QJsonObject{}},
    };
    const QString path = writeProfile(QStringLiteral("bad-card.json"), profile);
    AddIssuerDialog* d = openDialog();
    QVERIFY(d);
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    d->filePathEdit()->setText(path);
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::FromFile);
    QVERIFY(d->fileProblems().size() >= 8);
    const QStringList shown = d->fileProblems();
    // Every problem at once, each naming its field.
    for (const char* field : {"id:", "display_name:", "client_id:", "scopes[].purpose:", "disclosures.legal_name:",
                              "disclosures.inquiry_contact:", "issuer:", "ca_file:"}) {
        bool found = false;
        for (const QString& s : shown)
            found = found || s.contains(QLatin1String(field));
        QVERIFY2(found, qPrintable(QString::fromLatin1(field) + QStringLiteral(" not in:\n") + shown.join(u'\n')));
    }
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("profileFileMessage"))->text().contains(QStringLiteral("bad-card.json")));
    QVERIFY(!d->addButton()->isVisible());
    shot(d, QStringLiteral("file-problems"));

    // Not JSON at all: one clear message.
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"id\": \"x\",");
    garbage.close();
    d->filePathEdit()->setText(garbage.fileName());
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::FromFile);
    QVERIFY2(d->findChild<QLabel*>(QStringLiteral("profileFileMessage"))->text().contains(QStringLiteral("is not JSON")),
             qPrintable(d->findChild<QLabel*>(QStringLiteral("profileFileMessage"))->text()));
    d->close();

    QCOMPARE(int(m_fixture->app().linkableIssuers().size()), before);
    QVERIFY(!m_fixture->app().issuer(QStringLiteral("Bad Card")));
}

void TestUiIssuers::discoveryAddressAddsAnIssuerThatCanBeLinked()
{
    SandboxProcess& sandbox = m_fixture->sandbox();
    const SandboxProcess::Issuer kaede = sandbox.issuer(QStringLiteral("kaede-card"));
    // A local name of our own, beside the kaede-card already registered.
    AddIssuerDialog* d = readDiscovery(sandbox, QStringLiteral("kaede-card"), kaede.clientId, QStringLiteral("kaede-probe"));
    QVERIFY(d);
    QVERIFY2(d->page() == AddIssuerDialog::Complete, qPrintable(d->discoveryMessage()->text()));
    // Pre-filled from the issuer's discovery document and card API profile.
    QCOMPARE(d->field(AddIssuerDialog::Id)->text(), QStringLiteral("kaede-probe"));
    QCOMPARE(d->field(AddIssuerDialog::ClientId)->text(), kaede.clientId);
    QVERIFY(!d->field(AddIssuerDialog::LegalNameJa)->text().isEmpty());
    QVERIFY(!d->field(AddIssuerDialog::InquiryPhone)->text().isEmpty());
    QVERIFY(d->field(AddIssuerDialog::ApiBaseUrl)->text().startsWith(QStringLiteral("https://127.0.0.1:")));
    // Under a name Meisai does not bundle, nobody has said why Meisai asks for each scope yet.
    QVERIFY(!d->nextButton()->isEnabled());
    QVERIFY(d->formProblems().join(u'\n').contains(QStringLiteral("scopes[].purpose")));
    for (const QString& scope : IssuerProbe::cardScopes()) {
        QVERIFY2(d->scopeBox(scope) && d->scopeBox(scope)->isChecked(), qPrintable(scope));
        d->scopePurposeEdit(scope, QStringLiteral("ja"))->setText(QStringLiteral("家計簿に取り込むため")); // an IME's commit
        QTest::keyClicks(d->scopePurposeEdit(scope, QStringLiteral("en")), QStringLiteral("For the household ledger"));
    }
    QVERIFY2(d->nextButton()->isEnabled(), qPrintable(d->formProblems().join(u'\n')));
    d->field(AddIssuerDialog::DisplayNameEn)->setText(QStringLiteral("Kaede Card (probed)"));
    shot(d, QStringLiteral("complete"));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::Review);
    const QString review = d->reviewText();
    QVERIFY2(review.contains(kaede.issuer.toString()) && review.contains(QStringLiteral("For the household ledger")),
             qPrintable(review));
    QTest::mouseClick(d->addButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::Done);
    d->close();

    // The new issuer is offered by the link wizard and can be linked and synced.
    const auto added = m_fixture->app().issuer(QStringLiteral("kaede-probe"));
    QVERIFY(added);
    QCOMPARE(added->issuer, kaede.issuer);
    QCOMPARE(added->scopeNames(), IssuerProbe::cardScopes());
    QCOMPARE(added->scope(QStringLiteral("cards:read"))->purpose.ja, QStringLiteral("家計簿に取り込むため"));
    QString error;
    const qint64 id = m_fixture->linkThroughWizard(QStringLiteral("kaede-probe"), &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(m_fixture->waitForSync());
    auto conn = m_fixture->app().vault().connections().get(id);
    QVERIFY(conn && conn.value());
    QVERIFY2(conn.value()->lastError.isEmpty(), qPrintable(conn.value()->lastError));
    auto count = m_fixture->app().vault().transactions().count(id);
    QVERIFY(count && count.value() > 0);
}

void TestUiIssuers::draftThatLacksPiecesCannotBeAddedUntilFilledIn()
{
    SandboxProcess& sandbox = m_fixture->sandbox();
    // No client id given, and a local name Meisai has no scope purposes for.
    AddIssuerDialog* d = readDiscovery(sandbox, QStringLiteral("momo-pay"), QString(), QStringLiteral("momo-probe"));
    QVERIFY(d);
    QVERIFY2(d->page() == AddIssuerDialog::Complete, qPrintable(d->discoveryMessage()->text()));
    auto problems = [d] { return d->formProblems().join(u'\n'); };
    QVERIFY(!d->nextButton()->isEnabled());
    QVERIFY2(problems().contains(QStringLiteral("client_id:")), qPrintable(problems()));
    QVERIFY2(problems().contains(QStringLiteral("scopes[].purpose:")), qPrintable(problems()));
    QVERIFY(d->field(AddIssuerDialog::ClientId)->property("invalid").toBool());
    shot(d, QStringLiteral("complete-missing"));

    QTest::keyClicks(d->field(AddIssuerDialog::ClientId), sandbox.issuer(QStringLiteral("momo-pay")).clientId);
    QVERIFY(!problems().contains(QStringLiteral("client_id:")));
    QVERIFY(!d->nextButton()->isEnabled()); // the purposes are still missing
    // A scope left out needs no purpose, and is not asked for.
    QCheckBox* limits = d->scopeBox(QStringLiteral("limits:read"));
    QVERIFY(limits && limits->isChecked());
    QVERIFY(problems().contains(QStringLiteral("limits:read")));
    QTest::mouseClick(limits, Qt::LeftButton);
    QVERIFY(!limits->isChecked());
    QVERIFY(!problems().contains(QStringLiteral("limits:read")));
    QVERIFY(!d->scopePurposeEdit(QStringLiteral("limits:read"), QStringLiteral("en"))->isEnabled());
    QStringList checked;
    for (const QString& scope : IssuerProbe::cardScopes()) {
        if (QCheckBox* box = d->scopeBox(scope); box && box->isChecked()) {
            checked << scope;
            QVERIFY(!d->nextButton()->isEnabled());
            QTest::keyClicks(d->scopePurposeEdit(scope, QStringLiteral("en")), QStringLiteral("To show it in Meisai"));
        }
    }
    QVERIFY(!checked.isEmpty());
    QVERIFY2(d->nextButton()->isEnabled(), qPrintable(problems()));
    QVERIFY(d->formProblems().isEmpty());

    // Emptying a required piece takes it away again, naming what is missing.
    const QString legal = d->field(AddIssuerDialog::LegalNameJa)->text();
    const QString legalEn = d->field(AddIssuerDialog::LegalNameEn)->text();
    d->field(AddIssuerDialog::LegalNameJa)->clear();
    d->field(AddIssuerDialog::LegalNameEn)->clear();
    QVERIFY(!d->nextButton()->isEnabled());
    QVERIFY2(problems().contains(QStringLiteral("disclosures.legal_name:")), qPrintable(problems()));
    // An API address that is not HTTPS is refused too.
    const QString api = d->field(AddIssuerDialog::ApiBaseUrl)->text();
    d->field(AddIssuerDialog::ApiBaseUrl)->setText(QStringLiteral("http://127.0.0.1:1/"));
    QVERIFY2(problems().contains(QStringLiteral("api_base_url:")), qPrintable(problems()));
    d->field(AddIssuerDialog::ApiBaseUrl)->setText(api);
    d->field(AddIssuerDialog::LegalNameJa)->setText(legal);
    d->field(AddIssuerDialog::LegalNameEn)->setText(legalEn);
    QVERIFY2(d->nextButton()->isEnabled(), qPrintable(problems()));

    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::Review);
    QVERIFY(d->addButton()->isEnabled());
    QVERIFY2(d->reviewText().contains(QStringLiteral("To show it in Meisai"))
                 && !d->reviewText().contains(QStringLiteral("limits:read")),
             qPrintable(d->reviewText()));
    // Back keeps what was typed.
    QTest::mouseClick(d->backButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::Complete);
    QCOMPARE(d->field(AddIssuerDialog::LegalNameJa)->text(), legal);
    d->close();
    QVERIFY(!m_fixture->app().issuer(QStringLiteral("momo-probe")));
}

void TestUiIssuers::impostorIsRefusedAndReceivesNothing()
{
    SandboxProcess& first = m_fixture->sandbox();
    QString error;
    m_hoshizora = m_fixture->linkThroughWizard(QStringLiteral("hoshizora-card"), &error);
    QVERIFY2(m_hoshizora, qPrintable(error));
    QVERIFY(m_fixture->waitForSync());

    // Another server, its own CA, offering an issuer under the same id.
    m_second = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"), QStringLiteral("5")});
    QVERIFY2(m_second->isReady(), qPrintable(m_second->errorString()));
    const QUrl firstIssuer = first.issuer(QStringLiteral("hoshizora-card")).issuer;
    const QUrl secondIssuer = m_second->issuer(QStringLiteral("hoshizora-card")).issuer;
    QVERIFY(firstIssuer != secondIssuer);

    AddIssuerDialog* d = readDiscovery(*m_second, QStringLiteral("hoshizora-card"),
                                       m_second->issuer(QStringLiteral("hoshizora-card")).clientId, QString());
    QVERIFY(d);
    m_impostorDialog = d;
    QVERIFY2(d->page() == AddIssuerDialog::Complete, qPrintable(d->discoveryMessage()->text()));
    QCOMPARE(d->field(AddIssuerDialog::Id)->text(), QStringLiteral("hoshizora-card"));
    QVERIFY2(d->nextButton()->isEnabled(), qPrintable(d->formProblems().join(u'\n')));
    // Reading published only public documents: the discovery and the card API's /v1/profile, no token.
    QJsonObject stats = m_second->stats(QStringLiteral("hoshizora-card"));
    QCOMPARE(tokenRequests(stats), 0);
    QVERIFY2(apiRequests(stats) <= 1, QJsonDocument(stats).toJson().constData());
    QVERIFY(m_second->resetStats(QStringLiteral("hoshizora-card")));

    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::Review);
    QVERIFY(d->reviewText().contains(secondIssuer.toString()));
    QTest::mouseClick(d->addButton(), Qt::LeftButton);
    QVERIFY(d->isBusy() && !d->addButton()->isEnabled() && !d->cancelButton()->isEnabled());
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::Review);
    // Refused, naming both issuers, with a separate, explicit way to replace.
    const QString message = d->reviewMessage()->text();
    QVERIFY(d->reviewMessage()->isVisible());
    QVERIFY2(message.contains(firstIssuer.toString()) && message.contains(secondIssuer.toString()), qPrintable(message));
    QVERIFY(!d->addButton()->isEnabled());
    QVERIFY(d->replaceButton()->isVisible() && d->replaceButton()->isEnabled());
    QVERIFY(d->replaceButton()->text().contains(QStringLiteral("Replace and revoke")));
    shot(d, QStringLiteral("mismatch"));

    // The linked connection is untouched, bound to the first sandbox, and still syncs there.
    QCOMPARE(m_fixture->app().issuer(QStringLiteral("hoshizora-card"))->issuer, firstIssuer);
    auto conn = m_fixture->app().vault().connections().get(m_hoshizora);
    QVERIFY(conn && conn.value());
    QVERIFY(conn.value()->status == ConnectionStatus::Active);
    QVERIFY(first.resetStats(QStringLiteral("hoshizora-card")));
    QSignalSpy synced(&m_fixture->app().sync(), &SyncController::connectionFinished);
    m_fixture->app().sync().syncNow(m_hoshizora);
    QVERIFY(synced.wait(30000) || !synced.isEmpty());
    QVERIFY(m_fixture->waitForSync());
    QCOMPARE(synced.first().at(0).toLongLong(), m_hoshizora);
    QVERIFY2(synced.first().at(1).toBool(), qPrintable(synced.first().at(2).toString()));
    conn = m_fixture->app().vault().connections().get(m_hoshizora);
    QVERIFY(conn && conn.value());
    QVERIFY(conn.value()->status == ConnectionStatus::Active);
    QVERIFY2(conn.value()->lastError.isEmpty(), qPrintable(conn.value()->lastError));
    QVERIFY(apiRequests(first.stats(QStringLiteral("hoshizora-card"))) > 0);

    stats = m_second->stats(QStringLiteral("hoshizora-card"));
    QCOMPARE(tokenRequests(stats), 0);
    QCOMPARE(apiRequests(stats), 0);
}

void TestUiIssuers::replacingRevokesAtTheFirstIssuerAndStillSendsNothingToTheSecond()
{
    QVERIFY(m_impostorDialog && m_second);
    AddIssuerDialog* d = m_impostorDialog;
    SandboxProcess& first = m_fixture->sandbox();
    auto activeGrants = [](SandboxProcess& s) {
        int n = 0;
        for (const auto& g : s.grants(QStringLiteral("hoshizora-card")))
            n += g.toObject().value(QStringLiteral("active")).toBool() ? 1 : 0;
        return n;
    };
    QCOMPARE(activeGrants(first), 1);
    const QUrl firstIssuer = first.issuer(QStringLiteral("hoshizora-card")).issuer;
    const QUrl secondIssuer = m_second->issuer(QStringLiteral("hoshizora-card")).issuer;

    // "Replace and revoke" asks once more; declining changes nothing.
    m_fixture->answer({1});
    QTest::mouseClick(d->replaceButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::Review);
    QVERIFY(test::UiFixture::lastNotice().contains(firstIssuer.toString()));
    QCOMPARE(activeGrants(first), 1);

    m_fixture->answer({0});
    QTest::mouseClick(d->replaceButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QVERIFY2(d->page() == AddIssuerDialog::Done, qPrintable(d->reviewMessage()->text()));
    const QString result = d->resultText()->text();
    QVERIFY2(result.contains(firstIssuer.toString()) && result.contains(secondIssuer.toString())
                 && result.contains(QStringLiteral("revoked")),
             qPrintable(result));
    shot(d, QStringLiteral("replaced"));
    QTest::mouseClick(d->closeButton(), Qt::LeftButton);

    // Revoked at the first issuer before the new profile took the id.
    QCOMPARE(activeGrants(first), 0);
    auto conn = m_fixture->app().vault().connections().get(m_hoshizora);
    QVERIFY(conn && conn.value());
    QVERIFY(conn.value()->status == ConnectionStatus::Revoked);
    QCOMPARE(m_fixture->app().issuer(QStringLiteral("hoshizora-card"))->issuer, secondIssuer);
    // The connections page shows it at once.
    QVERIFY(m_fixture->window().connectionsPage()->detailLabel()->text().size() > 0);
    const QJsonObject stats = m_second->stats(QStringLiteral("hoshizora-card"));
    QCOMPARE(tokenRequests(stats), 0);
    QCOMPARE(apiRequests(stats), 0);
}

void TestUiIssuers::pagesLayOutInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestUiIssuers::pagesLayOutInBothLanguages()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    m_language = language;
    auto restore = qScopeGuard([this] {
        Language::apply(QStringLiteral("en"));
        m_language = QStringLiteral("en");
    });
    QStringList clipped;
    auto check = [&clipped](AddIssuerDialog* d, const QString& page) {
        for (const QString& c : clippedTexts(d))
            clipped << page + QStringLiteral(": ") + c;
    };
    AddIssuerDialog* d = openDialog();
    QVERIFY(d);
    shot(d, QStringLiteral("choose"));
    check(d, QStringLiteral("choose"));
    QStringList unnamed;
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    d->filePathEdit()->setText(m_dir.filePath(QStringLiteral("bad-card.json")));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(d->fileProblems().size() >= 6);
    shot(d, QStringLiteral("file-problems"));
    check(d, QStringLiteral("file"));
    d->filePathEdit()->setText(m_dir.filePath(QStringLiteral("hoshizora-file.json")));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::Review);
    shot(d, QStringLiteral("review"));
    check(d, QStringLiteral("review"));
    d->close();

    d = readDiscovery(m_fixture->sandbox(), QStringLiteral("momo-pay"), QString(), QStringLiteral("momo-probe"));
    QVERIFY(d);
    check(d, QStringLiteral("discovery"));
    QCOMPARE(d->page(), AddIssuerDialog::Complete);
    shot(d, QStringLiteral("complete-missing"));
    check(d, QStringLiteral("complete"));
    unnamed << unnamedInputs(d);
    // The problems follow the language (they come from the core, translated).
    QVERIFY(d->formProblems().size() >= 2);
    d->close();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestUiIssuers::discoveryAddressThatCannotBeReadIsExplained()
{
    SandboxProcess& sandbox = m_fixture->sandbox();
    const int before = int(m_fixture->app().linkableIssuers().size());
    // The button is reachable from the keyboard: its mnemonic opens the dialog.
    ConnectionsPage* page = m_fixture->window().connectionsPage();
    m_fixture->window().activateWindow();
    QApplication::setActiveWindow(&m_fixture->window());
    QTest::keyClick(&m_fixture->window(), Qt::Key_A, Qt::AltModifier);
    QVERIFY(QTest::qWaitFor([page] { return page->addIssuerDialog() != nullptr; }, 2000));
    AddIssuerDialog* d = page->addIssuerDialog();
    d->fromDiscoveryChoice()->setChecked(true);
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QCOMPARE(d->page(), AddIssuerDialog::FromDiscovery);

    // Not HTTPS: said at once, nothing fetched.
    d->discoveryUrlEdit()->setText(QStringLiteral("http://127.0.0.1:1/.well-known/oauth-authorization-server"));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(!d->isBusy());
    QVERIFY(d->discoveryMessage()->isVisible());
    QVERIFY2(d->discoveryMessage()->text().contains(QStringLiteral("https://")), qPrintable(d->discoveryMessage()->text()));

    // The sandbox without its CA: the certificate is not trusted, and Meisai says so.
    d->discoveryUrlEdit()->setText(sandbox.issuer(QStringLiteral("kaede-card")).discovery.toString());
    d->discoveryClientIdEdit()->setText(QStringLiteral("meisai-desktop"));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::FromDiscovery);
    const QString tls = d->discoveryMessage()->text();
    QVERIFY2(tls.contains(QStringLiteral("Nothing was added")) && tls.count(u'\n') >= 1, qPrintable(tls));

    // An address that is no discovery document.
    d->discoveryCaFileEdit()->setText(sandbox.caPath());
    QUrl wrong = sandbox.issuer(QStringLiteral("kaede-card")).discovery;
    wrong.setPath(wrong.path() + QStringLiteral("-nope"));
    d->discoveryUrlEdit()->setText(wrong.toString());
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(waitIdle(d));
    QCOMPARE(d->page(), AddIssuerDialog::FromDiscovery);
    QVERIFY2(d->discoveryMessage()->text() != tls && d->discoveryMessage()->text().contains(QStringLiteral("Nothing was added")),
             qPrintable(d->discoveryMessage()->text()));
    shot(d, QStringLiteral("discovery-error"));

    // A CA file that does not exist.
    d->discoveryCaFileEdit()->setText(m_dir.filePath(QStringLiteral("no-such-ca.pem")));
    QTest::mouseClick(d->nextButton(), Qt::LeftButton);
    QVERIFY(!d->isBusy());
    QVERIFY2(d->discoveryMessage()->text().contains(QStringLiteral("no-such-ca.pem")), qPrintable(d->discoveryMessage()->text()));
    d->close();
    QCOMPARE(int(m_fixture->app().linkableIssuers().size()), before);
}

QTEST_MAIN(TestUiIssuers)
#include "TestUiIssuers.moc"
