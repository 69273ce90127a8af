// Issuer text that looks like markup is shown as text, never as rich text:
// a notice title, a merchant name and its remarks, an alert's texts and an
// issuer's contact, each holding <b>, <a href=…> and <img src=…>, appear
// literally in every label and tooltip that shows them, and no label or
// tooltip renders an image or a link from them.

#include "Language.h"
#include "SecurityPage.h"
#include "StatementsPage.h"
#include "UiFixture.h"
#include "vault/Vault.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace meisai;
using namespace meisai::ui;

namespace {

const QString kHostile = QStringLiteral("<b>BOLD</b> <a href=\"https://evil.example/pay\">click here</a> "
                                        "<img src=\"file:///etc/hostname\"> <i>x</i>");

// What a user sees of a label: its text as it is, or what its markup renders to.
QString shownText(const QLabel* label, bool* renderedMarkup)
{
    const bool rich = label->textFormat() == Qt::RichText
                      || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich) {
        *renderedMarkup = false;
        return label->text();
    }
    QTextDocument doc;
    doc.setHtml(label->text());
    *renderedMarkup = true;
    return doc.toPlainText();
}

// Whether rendered markup holds an image or a link (what an issuer's <img>/<a> would become).
bool rendersImageOrLink(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat() || f.isAnchor())
                return true;
        }
    }
    return false;
}

} // namespace

class TestUiHostileText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noticeMerchantAndAlertShowLiterally();
    void cleanupTestCase() { m_fixture.reset(); }

private:
    // Every label of the window that shows issuer text, checked; returns how many showed kHostile.
    int checkLabels(const char* where);

    std::unique_ptr<test::UiFixture> m_fixture;
};

void TestUiHostileText::initTestCase()
{
    Language::apply(QStringLiteral("en"));
    m_fixture = std::make_unique<test::UiFixture>();
    QString error;
    QVERIFY2(m_fixture->setUp(&error, false, {}, true), qPrintable(error));
    Vault& vault = m_fixture->app().vault();

    IssuerNotice notice;
    notice.issuerId = QStringLiteral("hoshizora-card");
    notice.noticeId = QStringLiteral("hostile-1");
    notice.kind = NoticeKind::Security;
    notice.title = kHostile;
    notice.body = kHostile;
    notice.publishedAt = vault.clock().now().addDays(-1);
    notice.fetchedAt = vault.clock().now();
    QVERIFY(vault.notices().replace(notice.issuerId, {notice}));

    auto rows = vault.transactions().query();
    QVERIFY(rows && !rows->isEmpty());
    CardTransaction t = rows->first();
    t.merchantName = kHostile;
    t.remarks = kHostile;
    QVERIFY(vault.transactions().upsert({t}));

    Alert a;
    a.kind = AlertKind::SecurityNotice;
    a.dedupKey = QStringLiteral("security_notice:hostile");
    a.severity = AlertSeverity::Critical;
    a.issuerId = QStringLiteral("hoshizora-card");
    a.title = kHostile;
    a.whatHappened = kHostile;
    a.whatToDo = kHostile;
    a.contact = kHostile;
    QVERIFY(vault.alerts().raise(a));

    m_fixture->app().notifyDataChanged();
    m_fixture->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_fixture->window()));
}

int TestUiHostileText::checkLabels(const char* where)
{
    int shown = 0;
    for (const QLabel* l : m_fixture->window().findChildren<QLabel*>()) {
        if (!l->isVisible() || !l->text().contains(QStringLiteral("evil.example")))
            continue;
        bool rich = false;
        const QString text = shownText(l, &rich);
        const QByteArray what = QByteArray(where) + ": label " + l->objectName().toUtf8() + " shows: " + text.toUtf8();
        if (!text.contains(kHostile)) {
            QTest::qFail(what.constData(), __FILE__, __LINE__);
            return -1;
        }
        if (rich && rendersImageOrLink(l->text())) {
            const QByteArray message = QByteArray("renders an image or a link, ") + what;
            QTest::qFail(message.constData(), __FILE__, __LINE__);
            return -1;
        }
        ++shown;
    }
    return shown;
}

void TestUiHostileText::noticeMerchantAndAlertShowLiterally()
{
    MainWindow& w = m_fixture->window();

    // Overview: the notice title among the current notices.
    w.showPage(MainWindow::Overview);
    QCoreApplication::processEvents();
    const int overview = checkLabels("overview");
    QVERIFY2(overview >= 1, "the hostile notice is not shown on the overview");

    // Statements: the merchant in the table, its remarks in the tooltip.
    w.showPage(MainWindow::Statements);
    QCoreApplication::processEvents();
    bool foundMerchant = false;
    for (const QAbstractItemView* view : w.statementsPage()->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount() && !foundMerchant; ++row) {
            for (int col = 0; col < model->columnCount(); ++col) {
                const QModelIndex index = model->index(row, col);
                if (index.data(Qt::DisplayRole).toString() != kHostile)
                    continue;
                foundMerchant = true;
                // Item views draw DisplayRole as plain text; a tooltip that looks like markup is rendered, so
                // the remarks must come escaped.
                const QString tip = index.data(Qt::ToolTipRole).toString();
                QVERIFY2(!tip.isEmpty(), "no tooltip with the remarks");
                QTextDocument doc;
                doc.setHtml(tip);
                QCOMPARE(doc.toPlainText(), kHostile);
                QVERIFY2(!rendersImageOrLink(tip), qPrintable(tip));
                break;
            }
        }
    }
    QVERIFY2(foundMerchant, "the hostile merchant is not in the statements table");
    QVERIFY(checkLabels("statements") >= 0);

    // Security: the alert's title, texts and contact in its detail.
    w.showPage(MainWindow::Security);
    QCoreApplication::processEvents();
    for (QAbstractItemView* view : w.securityPage()->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().contains(QStringLiteral("evil.example"))
                || model->index(row, 1).data().toString().contains(QStringLiteral("evil.example"))
                || model->index(row, 2).data().toString().contains(QStringLiteral("evil.example"))) {
                view->setCurrentIndex(model->index(row, 0));
                break;
            }
        }
    }
    QCoreApplication::processEvents();
    const int security = checkLabels("security");
    QVERIFY2(security >= 1, "the hostile alert is not shown under Security");
    for (const QLabel* l : w.securityPage()->findChildren<QLabel*>()) {
        if (!l->isVisible() || !l->text().contains(QStringLiteral("evil.example")))
            continue;
        bool rich = false;
        // Title, what happened, what to do and the contact: four times, each literal.
        QCOMPARE(shownText(l, &rich).count(kHostile), 4);
    }
}

QTEST_MAIN(TestUiHostileText)
#include "TestUiHostileText.moc"
