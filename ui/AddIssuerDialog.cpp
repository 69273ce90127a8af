#include "AddIssuerDialog.h"

#include "AppContext.h"
#include "Ask.h"
#include "Palette.h"
#include "Widgets.h"
#include "common/Log.h"
#include "issuer/IssuerProfileFile.h"
#include "net/HttpClient.h"
#include "oauth/IssuerProbe.h"
#include "oauth/OAuthContext.h"
#include "oauth/TokenManager.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace meisai::ui {

namespace {

QScrollArea* scrolled(QWidget* inner, QWidget* parent)
{
    auto* s = new QScrollArea(parent);
    s->setWidgetResizable(true);
    s->setFrameShape(QFrame::NoFrame);
    s->setWidget(inner);
    return s;
}

// Issuer text is never rich text.
QLabel* plainLabel(QWidget* parent, const char* role = nullptr)
{
    QLabel* l = makeLabel(parent, role, true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

const QString kBullet = QStringLiteral("• ");

// A list of problems, one word-wrapped label each (a list view cannot size wrapped rows to their text).
QFrame* problemBox(QWidget* parent)
{
    auto* box = new QFrame(parent);
    box->setProperty("role", QStringLiteral("problems"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(3);
    box->setVisible(false);
    return box;
}

void setProblems(QFrame* box, const QStringList& problems)
{
    QLayout* layout = box->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& p : problems) {
        QLabel* l = plainLabel(box);
        l->setText(kBullet + p);
        layout->addWidget(l);
    }
    box->setVisible(!problems.isEmpty());
}

QStringList problemsIn(const QFrame* box)
{
    QStringList out;
    if (!box->isVisibleTo(box->window()))
        return out;
    for (int i = 0; i < box->layout()->count(); ++i) {
        if (auto* l = qobject_cast<QLabel*>(box->layout()->itemAt(i)->widget()))
            out << l->text().mid(kBullet.size());
    }
    return out;
}

// A style-sheet property that changes at run time needs the widget re-polished.
void setFlag(QWidget* w, const char* name, bool on)
{
    if (!w || w->property(name).toBool() == on)
        return;
    w->setProperty(name, on);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

void markInvalid(QWidget* w, bool invalid)
{
    setFlag(w, "invalid", invalid);
}

} // namespace

AddIssuerDialog::AddIssuerDialog(AppContext& app, QWidget* parent) : QDialog(parent), m_app(app)
{
    setObjectName(QStringLiteral("addIssuerDialog"));
    setMinimumSize(760, 620);
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid %1; border-radius: 2px; "
                                 "padding: 2px; background: %2; }"
                                 "QLabel[error=\"true\"] { color: %1; }"
                                 "QLabel#reviewMessage, QLabel#discoveryMessage { background: %3; "
                                 "border: 1px solid %4; border-radius: 4px; padding: 8px; }"
                                 "QPushButton#replaceIssuer { color: %1; font-weight: 600; }"
                                 "QFrame[role=\"problems\"] { background: %3; border: 1px solid %4; "
                                 "border-radius: 4px; }"
                                 "QFrame[role=\"problems\"] QLabel { color: %5; }")
                      .arg(Palette::danger, Palette::invalidField, Palette::problem, Palette::problemBorder,
                           Palette::onProblem));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 8);
    m_banner = makeConnectorBanner(this, "addIssuerBanner");
    root->addWidget(m_banner);
    m_stack = new QStackedWidget(this);
    m_stack->setContentsMargins(10, 0, 10, 0);
    root->addWidget(m_stack, 1);

    // 1. Choose the way.
    auto* choose = new QWidget(m_stack);
    auto* chl = new QVBoxLayout(choose);
    m_chooseTitle = makeLabel(choose, "heading", true);
    m_chooseIntro = makeLabel(choose, "muted", true);
    chl->addWidget(m_chooseTitle);
    chl->addWidget(m_chooseIntro);
    chl->addSpacing(8);
    m_fromFile = new QRadioButton(choose);
    m_fromFile->setChecked(true);
    m_fromFileHint = makeLabel(choose, "muted", true);
    m_fromFileHint->setContentsMargins(24, 0, 0, 10);
    m_fromDiscovery = new QRadioButton(choose);
    m_fromDiscoveryHint = makeLabel(choose, "muted", true);
    m_fromDiscoveryHint->setContentsMargins(24, 0, 0, 10);
    chl->addWidget(m_fromFile);
    chl->addWidget(m_fromFileHint);
    chl->addWidget(m_fromDiscovery);
    chl->addWidget(m_fromDiscoveryHint);
    chl->addStretch(1);
    m_stack->addWidget(choose);

    // 2a. From a profile file.
    auto* file = new QWidget(m_stack);
    auto* fl = new QVBoxLayout(file);
    m_fileTitle = makeLabel(file, "heading", true);
    m_fileIntro = makeLabel(file, "muted", true);
    fl->addWidget(m_fileTitle);
    fl->addWidget(m_fileIntro);
    auto* frow = new QHBoxLayout;
    m_filePathLabel = makeLabel(file);
    m_filePath = new QLineEdit(file);
    m_filePath->setObjectName(QStringLiteral("profileFilePath"));
    m_filePath->setClearButtonEnabled(true);
    m_filePathLabel->setBuddy(m_filePath);
    m_browseFile = new QPushButton(file);
    frow->addWidget(m_filePathLabel);
    frow->addWidget(m_filePath, 1);
    frow->addWidget(m_browseFile);
    fl->addLayout(frow);
    fl->addSpacing(6);
    m_fileProblemsTitle = plainLabel(file, "subheading");
    m_fileProblemsTitle->setObjectName(QStringLiteral("profileFileMessage"));
    m_fileProblemsTitle->setProperty("error", true);
    m_fileProblems = problemBox(file);
    m_fileProblems->setObjectName(QStringLiteral("profileFileProblems"));
    m_fileProblemsTitle->setVisible(false);
    fl->addWidget(m_fileProblemsTitle);
    fl->addWidget(m_fileProblems);
    fl->addStretch(1);
    m_stack->addWidget(file);

    // 2b. From the issuer's discovery address.
    auto* disc = new QWidget(m_stack);
    auto* dl = new QVBoxLayout(disc);
    m_discoveryTitle = makeLabel(disc, "heading", true);
    m_discoveryIntro = makeLabel(disc, "muted", true);
    dl->addWidget(m_discoveryTitle);
    dl->addWidget(m_discoveryIntro);
    auto* dg = new QGridLayout;
    dg->setColumnStretch(1, 1);
    m_discoveryUrlLabel = makeLabel(disc);
    m_discoveryUrl = new QLineEdit(disc);
    m_discoveryUrl->setObjectName(QStringLiteral("discoveryUrl"));
    m_discoveryUrlLabel->setBuddy(m_discoveryUrl);
    m_discoveryClientIdLabel = makeLabel(disc);
    m_discoveryClientId = new QLineEdit(disc);
    m_discoveryClientId->setObjectName(QStringLiteral("discoveryClientId"));
    m_discoveryClientIdLabel->setBuddy(m_discoveryClientId);
    m_caFileLabel = makeLabel(disc);
    m_caFile = new QLineEdit(disc);
    m_caFile->setObjectName(QStringLiteral("discoveryCaFile"));
    m_caFile->setClearButtonEnabled(true);
    m_caFileLabel->setBuddy(m_caFile);
    m_browseCa = new QPushButton(disc);
    m_discoveryIdLabel = makeLabel(disc);
    m_discoveryId = new QLineEdit(disc);
    m_discoveryId->setObjectName(QStringLiteral("discoveryId"));
    m_discoveryIdLabel->setBuddy(m_discoveryId);
    dg->addWidget(m_discoveryUrlLabel, 0, 0);
    dg->addWidget(m_discoveryUrl, 0, 1, 1, 2);
    dg->addWidget(m_discoveryClientIdLabel, 1, 0);
    dg->addWidget(m_discoveryClientId, 1, 1, 1, 2);
    dg->addWidget(m_caFileLabel, 2, 0);
    dg->addWidget(m_caFile, 2, 1);
    dg->addWidget(m_browseCa, 2, 2);
    dg->addWidget(m_discoveryIdLabel, 3, 0);
    dg->addWidget(m_discoveryId, 3, 1, 1, 2);
    dl->addLayout(dg);
    dl->addSpacing(6);
    m_discoveryMessage = plainLabel(disc);
    m_discoveryMessage->setObjectName(QStringLiteral("discoveryMessage"));
    m_discoveryMessage->setProperty("error", true);
    m_discoveryMessage->setVisible(false);
    dl->addWidget(m_discoveryMessage);
    dl->addStretch(1);
    m_stack->addWidget(disc);

    // 3. Complete the draft read from the discovery address.
    auto* completeInner = new QWidget;
    auto* cl = new QVBoxLayout(completeInner);
    m_completeTitle = makeLabel(completeInner, "heading", true);
    m_completeIntro = plainLabel(completeInner, "muted");
    cl->addWidget(m_completeTitle);
    cl->addWidget(m_completeIntro);
    m_formProblemsTitle = plainLabel(completeInner, "subheading");
    m_formProblems = problemBox(completeInner);
    m_formProblems->setObjectName(QStringLiteral("draftProblems"));
    cl->addWidget(m_formProblemsTitle);
    cl->addWidget(m_formProblems);
    m_formNote = plainLabel(completeInner, "muted");
    cl->addWidget(m_formNote);
    auto* fg = new QGridLayout;
    fg->setColumnStretch(1, 1);
    fg->setColumnStretch(2, 1);
    m_jaHead = makeLabel(completeInner, "muted");
    m_enHead = makeLabel(completeInner, "muted");
    static const char* const kFieldNames[FieldCount] = {
        "draftId", "draftClientId", "draftDisplayNameJa", "draftDisplayNameEn", "draftLegalNameJa", "draftLegalNameEn",
        "draftInquiryNameJa", "draftInquiryNameEn", "draftInquiryPhone", "draftInquiryEmail", "draftInquiryUrl",
        "draftApiBaseUrl"};
    for (int f = 0; f < FieldCount; ++f) {
        m_fields[f] = new QLineEdit(completeInner);
        m_fields[f]->setObjectName(QString::fromLatin1(kFieldNames[f]));
        connect(m_fields[f], &QLineEdit::textChanged, this, &AddIssuerDialog::revalidateForm);
        const bool english = f == DisplayNameEn || f == LegalNameEn || f == InquiryNameEn;
        m_fieldLabels[f] = english ? nullptr : makeLabel(completeInner);
        if (m_fieldLabels[f])
            m_fieldLabels[f]->setBuddy(m_fields[f]);
    }
    int row = 0;
    for (int f = 0; f < FieldCount; ++f) {
        const bool pairFirst = f == DisplayNameJa || f == LegalNameJa || f == InquiryNameJa;
        if (!m_fieldLabels[f])
            continue; // placed beside its Japanese twin
        if (f == DisplayNameJa) { // column heads over the first pair
            fg->addWidget(m_jaHead, row, 1);
            fg->addWidget(m_enHead, row, 2);
            ++row;
        }
        fg->addWidget(m_fieldLabels[f], row, 0);
        if (pairFirst) {
            fg->addWidget(m_fields[f], row, 1);
            fg->addWidget(m_fields[f + 1], row, 2);
        } else {
            fg->addWidget(m_fields[f], row, 1, 1, 2);
        }
        ++row;
    }
    cl->addLayout(fg);
    cl->addSpacing(6);
    m_scopesTitle = makeLabel(completeInner, "subheading", true);
    m_scopesIntro = makeLabel(completeInner, "muted", true);
    cl->addWidget(m_scopesTitle);
    cl->addWidget(m_scopesIntro);
    m_scopeCard = makeCard(completeInner);
    m_scopeGrid = new QGridLayout(m_scopeCard);
    m_scopeGrid->setColumnStretch(1, 1);
    m_scopeGrid->setColumnStretch(2, 1);
    cl->addWidget(m_scopeCard);
    cl->addStretch(1);
    m_completeScroll = scrolled(completeInner, m_stack);
    m_stack->addWidget(m_completeScroll);

    // 4. Review the disclosures.
    auto* reviewInner = new QWidget;
    auto* rl = new QVBoxLayout(reviewInner);
    m_reviewTitle = makeLabel(reviewInner, "heading", true);
    m_reviewIntro = makeLabel(reviewInner, "muted", true);
    rl->addWidget(m_reviewTitle);
    rl->addWidget(m_reviewIntro);
    // A refusal goes first: it is what the user must read before choosing.
    m_reviewMessage = plainLabel(reviewInner);
    m_reviewMessage->setObjectName(QStringLiteral("reviewMessage"));
    m_reviewMessage->setProperty("error", true);
    m_reviewMessage->setVisible(false);
    rl->addWidget(m_reviewMessage);
    m_reviewCard = makeCard(reviewInner);
    m_reviewGrid = new QGridLayout(m_reviewCard);
    m_reviewGrid->setColumnStretch(1, 1);
    m_reviewGrid->setHorizontalSpacing(14);
    rl->addWidget(m_reviewCard);
    m_reviewNotes = plainLabel(reviewInner, "muted");
    m_reviewNotes->setObjectName(QStringLiteral("reviewNotes"));
    rl->addWidget(m_reviewNotes);
    rl->addStretch(1);
    m_reviewScroll = scrolled(reviewInner, m_stack);
    m_stack->addWidget(m_reviewScroll);

    // 5. What was done.
    auto* done = new QWidget(m_stack);
    auto* dnl = new QVBoxLayout(done);
    m_resultTitle = makeLabel(done, "heading", true);
    m_result = plainLabel(done);
    m_result->setObjectName(QStringLiteral("addIssuerResult"));
    dnl->addWidget(m_resultTitle);
    dnl->addWidget(m_result);
    dnl->addStretch(1);
    m_stack->addWidget(done);

    auto* progress = new QHBoxLayout;
    progress->setContentsMargins(10, 0, 10, 0);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busyText = makeLabel(this, "muted", true);
    progress->addWidget(m_busy);
    progress->addWidget(m_busyText, 1);
    m_busy->setVisible(false);
    m_busyText->setVisible(false);
    root->addLayout(progress);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(10, 0, 10, 0);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_add = new QPushButton(this);
    m_replace = new QPushButton(this);
    m_replace->setObjectName(QStringLiteral("replaceIssuer"));
    m_cancel = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_next);
    buttons->addWidget(m_add);
    buttons->addWidget(m_close);
    root->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &AddIssuerDialog::next);
    connect(m_back, &QPushButton::clicked, this, &AddIssuerDialog::back);
    connect(m_add, &QPushButton::clicked, this, [this] { registerProfile(false); });
    connect(m_replace, &QPushButton::clicked, this, [this] { registerProfile(true); });
    connect(m_cancel, &QPushButton::clicked, this, &AddIssuerDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &AddIssuerDialog::accept);
    connect(m_browseFile, &QPushButton::clicked, this, &AddIssuerDialog::browseProfileFile);
    connect(m_browseCa, &QPushButton::clicked, this, &AddIssuerDialog::browseCaFile);

    retranslate();
    goTo(Choose);
}

AddIssuerDialog::~AddIssuerDialog() = default;

AddIssuerDialog::Page AddIssuerDialog::page() const
{
    return Page(m_stack->currentIndex());
}

QCheckBox* AddIssuerDialog::scopeBox(const QString& scope) const
{
    for (const ScopeRow& r : m_scopeRows) {
        if (r.name == scope)
            return r.box;
    }
    return nullptr;
}

QLineEdit* AddIssuerDialog::scopePurposeEdit(const QString& scope, const QString& language) const
{
    for (const ScopeRow& r : m_scopeRows) {
        if (r.name == scope)
            return language == QLatin1String("ja") ? r.purposeJa : r.purposeEn;
    }
    return nullptr;
}

QStringList AddIssuerDialog::fileProblems() const
{
    return problemsIn(m_fileProblems);
}

QStringList AddIssuerDialog::formProblems() const
{
    return problemsIn(m_formProblems);
}

QString AddIssuerDialog::reviewText() const
{
    QStringList out;
    for (const QLabel* l : m_reviewLabels)
        out << l->text();
    return out.join(QLatin1Char('\n'));
}

void AddIssuerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddIssuerDialog::reject()
{
    // Revocations under way must finish, or connections could be half replaced.
    if (m_registering)
        return;
    QDialog::reject();
}

void AddIssuerDialog::retranslate()
{
    const QString lang = m_app.language();
    setWindowTitle(tr("Add an issuer — Meisai"));
    m_banner->setText(tr("%1 — a screen of %2, not of your card issuer")
                          .arg(m_app.connector().serviceName.text(lang), m_app.connector().companyName.text(lang)));

    m_chooseTitle->setText(tr("Add an issuer"));
    m_chooseIntro->setText(tr("Meisai can link any issuer that follows the open API standards. Tell Meisai how to "
                              "reach the issuer; you check what the issuer says about itself before it is added. "
                              "Adding an issuer shares nothing: you link your account afterwards."));
    m_fromFile->setText(tr("From a &profile file"));
    m_fromFileHint->setText(tr("The issuer, or whoever set up Meisai for you, gave you a Meisai issuer profile "
                               "(a .json file)."));
    m_fromDiscovery->setText(tr("From the issuer's &discovery address"));
    m_fromDiscoveryHint->setText(tr("The issuer publishes its sign-in settings at an address such as "
                                    "https://auth.example-card.jp/.well-known/oauth-authorization-server. Meisai "
                                    "reads them, and you fill in what the issuer does not publish."));

    m_fileTitle->setText(tr("Add an issuer from a profile file"));
    m_fileIntro->setText(tr("Meisai reads the file and checks it against what the issuer publishes now. A "
                            "certificate file named in it is looked for next to the profile file and kept with "
                            "the issuer."));
    m_filePathLabel->setText(tr("&Profile file:"));
    m_filePath->setPlaceholderText(tr("for example, ~/example-card.json"));
    m_browseFile->setText(tr("Br&owse…"));
    m_browseFile->setAccessibleName(tr("Choose the profile file"));

    m_discoveryTitle->setText(tr("Add an issuer from its discovery address"));
    m_discoveryIntro->setText(tr("The issuer gives these to connectors such as Meisai. Meisai reads only what the "
                                 "issuer publishes to everyone; you do not sign in here."));
    m_discoveryUrlLabel->setText(tr("D&iscovery address:"));
    m_discoveryUrl->setPlaceholderText(
        tr("https://auth.example-card.jp/.well-known/oauth-authorization-server"));
    m_discoveryClientIdLabel->setText(tr("&Client ID:"));
    m_discoveryClientId->setPlaceholderText(tr("the client ID the issuer registered for Meisai"));
    m_caFileLabel->setText(tr("C&A certificate:"));
    m_caFile->setPlaceholderText(tr("optional: only for an issuer with its own certificate authority"));
    m_browseCa->setText(tr("Bro&wse…"));
    m_browseCa->setAccessibleName(tr("Choose the CA certificate file"));
    m_discoveryIdLabel->setText(tr("&Local name:"));
    m_discoveryId->setPlaceholderText(tr("optional: lower-case letters, digits and hyphens; else the issuer's own"));

    m_completeTitle->setText(tr("Fill in what the issuer does not publish"));
    m_jaHead->setText(tr("Japanese"));
    m_enHead->setText(tr("English"));
    const char* const kLabels[FieldCount] = {
        QT_TR_NOOP("Local na&me:"),      QT_TR_NOOP("Client &ID:"),     QT_TR_NOOP("&Display name:"), nullptr,
        QT_TR_NOOP("&Legal name:"),      nullptr,                       QT_TR_NOOP("Inquiry des&k:"), nullptr,
        QT_TR_NOOP("Inquiry &phone:"),   QT_TR_NOOP("Inquiry &e-mail:"), QT_TR_NOOP("Inquiry &web page:"),
        QT_TR_NOOP("Card &API address:")};
    for (int f = 0; f < FieldCount; ++f) {
        if (m_fieldLabels[f])
            m_fieldLabels[f]->setText(tr(kLabels[f]));
    }
    m_fields[DisplayNameJa]->setAccessibleName(tr("Display name in Japanese"));
    m_fields[DisplayNameEn]->setAccessibleName(tr("Display name in English"));
    m_fields[LegalNameJa]->setAccessibleName(tr("Legal name in Japanese"));
    m_fields[LegalNameEn]->setAccessibleName(tr("Legal name in English"));
    m_fields[InquiryNameJa]->setAccessibleName(tr("Inquiry desk in Japanese"));
    m_fields[InquiryNameEn]->setAccessibleName(tr("Inquiry desk in English"));
    m_fields[Id]->setPlaceholderText(tr("lower-case letters, digits and hyphens"));
    m_fields[DisplayNameJa]->setPlaceholderText(tr("the name people know it by"));
    m_fields[LegalNameJa]->setPlaceholderText(tr("the company's registered name"));
    m_fields[InquiryPhone]->setPlaceholderText(tr("e.g. 0120-000-000"));
    m_fields[InquiryUrl]->setPlaceholderText(tr("https://…"));
    m_fields[ApiBaseUrl]->setPlaceholderText(tr("https://… (Meisai reads the statements there)"));
    m_scopesTitle->setText(tr("Access Meisai asks for, and why"));
    m_scopesIntro->setText(tr("Tick only the access Meisai needs. Each purpose is shown on Meisai's consent screen "
                              "before you link."));
    if (m_scopeJaHead)
        m_scopeJaHead->setText(tr("Purpose in Japanese"));
    if (m_scopeEnHead)
        m_scopeEnHead->setText(tr("Purpose in English"));
    for (const ScopeRow& r : std::as_const(m_scopeRows)) {
        r.box->setAccessibleName(tr("Ask for %1").arg(r.name));
        r.purposeJa->setAccessibleName(tr("Purpose of %1 in Japanese").arg(r.name));
        r.purposeEn->setAccessibleName(tr("Purpose of %1 in English").arg(r.name));
    }

    m_reviewTitle->setText(tr("Check the issuer before adding it"));
    m_reviewIntro->setText(tr("This is what the profile says about the issuer. Meisai shows it to you before every "
                              "link; make sure it is the company you mean and that these are its real contacts."));

    m_back->setText(tr("< &Back"));
    m_add->setText(tr("&Add the issuer"));
    m_replace->setText(tr("&Replace and revoke the linked connections"));
    m_replace->setAccessibleName(m_replace->text().remove(QLatin1Char('&')));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));

    if (page() == Complete)
        revalidateForm();
    if (page() == Review)
        showReview();
    if (page() == Done && m_report)
        showDone(*m_report);
    updateButtons();
}

void AddIssuerDialog::goTo(Page p)
{
    if (p != page() && p != Done && p > page())
        m_history << page();
    m_stack->setCurrentIndex(p);
    updateButtons();
    switch (p) {
    case Choose:
        (m_fromFile->isChecked() ? m_fromFile : m_fromDiscovery)->setFocus();
        break;
    case FromFile:
        m_filePath->setFocus();
        break;
    case FromDiscovery:
        m_discoveryUrl->setFocus();
        break;
    case Complete:
        m_fields[Id]->setFocus();
        break;
    case Review:
        if (m_add->isEnabled())
            m_add->setFocus();
        break;
    case Done:
        m_close->setFocus();
        break;
    }
}

void AddIssuerDialog::back()
{
    if (isBusy() || m_history.isEmpty())
        return;
    const Page to = m_history.takeLast();
    m_mismatch = false;
    m_reviewError.clear();
    m_stack->setCurrentIndex(to);
    if (to == Complete)
        revalidateForm();
    updateButtons();
}

void AddIssuerDialog::next()
{
    if (isBusy())
        return;
    switch (page()) {
    case Choose:
        goTo(m_fromFile->isChecked() ? FromFile : FromDiscovery);
        break;
    case FromFile:
        readProfileFile();
        break;
    case FromDiscovery:
        readDiscovery();
        break;
    case Complete: {
        revalidateForm();
        if (!m_formOk)
            return;
        m_profile = profileFromForm();
        m_discoveredApiBase.clear();
        m_notes.clear();
        if (m_profile.apiBaseUrl.isEmpty())
            m_notes << tr("No card API address is given: you can link this issuer, but Meisai cannot read "
                          "statements from it.");
        m_mismatch = false;
        m_reviewError.clear();
        showReview();
        goTo(Review);
        break;
    }
    case Review:
    case Done:
        break;
    }
}

void AddIssuerDialog::setBusy(bool busy, const QString& what)
{
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    const bool on = m_busyCount > 0;
    m_busy->setVisible(on);
    m_busyText->setVisible(on);
    if (busy)
        m_busyText->setText(what);
    if (QWidget* current = m_stack->currentWidget())
        current->setEnabled(!on);
    updateButtons();
}

// A scroll area sizes its page by height-for-width only when told: content
// that changes while the page is shown (problems, a refusal) would be squeezed.
void AddIssuerDialog::refit()
{
    QTimer::singleShot(0, this, [this] {
        m_completeScroll->setWidgetResizable(true);
        m_reviewScroll->setWidgetResizable(true);
        if (m_reviewMessage->isVisible())
            m_reviewScroll->ensureWidgetVisible(m_reviewMessage);
    });
}

void AddIssuerDialog::updateButtons()
{
    const Page p = page();
    const bool busy = isBusy();
    m_back->setVisible(p != Choose && p != Done);
    m_back->setEnabled(!busy && !m_history.isEmpty());
    m_next->setVisible(p == Choose || p == FromFile || p == FromDiscovery || p == Complete);
    m_next->setText(p == FromFile || p == FromDiscovery ? tr("&Read") : tr("&Next >"));
    m_next->setAccessibleName(p == FromFile        ? tr("Read the profile file")
                              : p == FromDiscovery ? tr("Read the discovery address")
                                                   : tr("Next"));
    m_next->setEnabled(!busy && (p != Complete || m_formOk));
    m_add->setVisible(p == Review);
    m_add->setEnabled(!busy && !m_mismatch && m_profile.problems().isEmpty());
    m_replace->setVisible(p == Review && m_mismatch);
    m_replace->setEnabled(!busy);
    m_cancel->setVisible(p != Done);
    m_cancel->setEnabled(!m_registering);
    m_close->setVisible(p == Done);
    if (p == Review)
        m_add->setDefault(true);
    else if (p == Done)
        m_close->setDefault(true);
    else
        m_next->setDefault(true);
}

// ---- From a profile file -------------------------------------------------

void AddIssuerDialog::browseProfileFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an issuer profile"), m_filePath->text(),
                                                      tr("Issuer profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_filePath->setText(QDir::toNativeSeparators(path));
}

void AddIssuerDialog::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the issuer's CA certificate"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void AddIssuerDialog::showFileProblems(const QString& heading, const QStringList& problems)
{
    m_fileProblemsTitle->setText(heading);
    m_fileProblemsTitle->setVisible(!heading.isEmpty());
    setProblems(m_fileProblems, problems);
    m_fileProblems->setAccessibleName(heading);
}

// Mirrors `meisai-cli issuer import` (app/cli/IssuerCommands.cpp).
void AddIssuerDialog::readProfileFile()
{
    showFileProblems({}, {});
    const QString path = QDir::fromNativeSeparators(m_filePath->text().trimmed());
    if (path.isEmpty()) {
        showFileProblems(tr("Choose the issuer's profile file first."), {});
        m_filePath->setFocus();
        return;
    }
    const QString shown = QFileInfo(path).fileName();
    auto read = IssuerProfileFile::read(path);
    if (!read) {
        showFileProblems(read.error().message, {});
        return;
    }
    if (!read->usable()) {
        showFileProblems(tr("%1 is not a usable issuer profile. Nothing was added. Ask whoever gave it to you to "
                            "correct:").arg(shown),
                         read->problems);
        return;
    }
    const IssuerProfile& profile = read->profile;
    m_profile = profile;
    m_discoveredApiBase.clear();
    m_notes.clear();
    for (const QString& key : std::as_const(read->unknownFields))
        m_notes << tr("The field \"%1\" is not part of profile format 1 and was ignored (a typo?).").arg(key);
    checkAgainstIssuer();
}

// The same checks as every link: the discovery document must belong to the profile's issuer.
void AddIssuerDialog::checkAgainstIssuer()
{
    auto* probe = new IssuerProbe(this);
    probe->setAuditSink(&m_app.vault().audit()); // every request in the API execution log (G9)
    setBusy(true, tr("Checking the profile against what %1 publishes…").arg(m_profile.issuer.toString()));
    probe->checkProfile(m_profile, m_app.vault().clock(), this,
                    [this, probe](Result<ServerMetadata> metadata) {
                        probe->deleteLater();
                        setBusy(false);
                        if (!metadata) {
                            const ErrorCode code = metadata.error().code;
                            if (code != ErrorCode::Network && code != ErrorCode::Timeout) {
                                showFileProblems(tr("The issuer does not confirm this profile. Nothing was added."),
                                                 {metadata.error().message});
                                return;
                            }
                            m_notes << tr("The issuer could not be reached to check the profile (%1). You can add "
                                          "it all the same; Meisai checks it again when you link.")
                                           .arg(metadata.error().message);
                        }
                        m_discoveredApiBase = metadata ? metadata->apiBaseUrl : QUrl();
                        m_mismatch = false;
                        m_reviewError.clear();
                        showReview();
                        goTo(Review);
                    });
}

// ---- From the discovery address ------------------------------------------

void AddIssuerDialog::readDiscovery()
{
    m_discoveryMessage->setVisible(false);
    auto fail = [this](const QString& message) {
        m_discoveryMessage->setText(message);
        m_discoveryMessage->setVisible(true);
    };
    const QUrl url(m_discoveryUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        fail(tr("Enter the issuer's discovery address, starting with https://."));
        m_discoveryUrl->setFocus();
        return;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    const QString id = m_discoveryId->text().trimmed();
    if (!id.isEmpty() && !idPattern.match(id).hasMatch()) {
        fail(tr("The local name may hold lower-case letters, digits and hyphens only."));
        m_discoveryId->setFocus();
        return;
    }
    const QString caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile()) {
        fail(tr("The CA certificate %1 does not exist.").arg(caFile));
        m_caFile->setFocus();
        return;
    }
    IssuerProbeRequest request;
    request.discoveryUrl = url;
    request.clientId = m_discoveryClientId->text().trimmed();
    request.id = id;
    request.caFile = caFile;
    auto* probe = new IssuerProbe(this);
    probe->setAuditSink(&m_app.vault().audit()); // every request in the API execution log (G9)
    setBusy(true, tr("Reading %1 …").arg(redactUrl(url)));
    probe->probe(std::move(request), this, [this, probe, fail](Result<IssuerProbeResult> result) {
        probe->deleteLater();
        setBusy(false);
        if (!result) {
            fail(tr("Meisai could not read what the issuer publishes. Nothing was added.") + QLatin1Char('\n')
                 + result.error().message);
            return;
        }
        m_draft = result->draft;
        m_offeredScopes = result->metadata.scopesSupported;
        m_hasPublicProfile = result->hasPublicProfile;
        fillForm();
        goTo(Complete);
    });
}

void AddIssuerDialog::fillForm()
{
    const IssuerProfile& d = m_draft;
    const QString issuer = d.issuer.toString();
    m_completeIntro->setText(
        m_hasPublicProfile
            ? tr("Meisai read the sign-in settings of %1 and the public profile of its card API. Check what was "
                 "filled in and add what is missing.").arg(issuer)
            : tr("Meisai read the sign-in settings of %1. The issuer publishes nothing about itself there, so fill "
                 "in who it is and how to contact it, from the issuer's own documents.").arg(issuer));
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_fields[Id]),           QSignalBlocker(m_fields[ClientId]),
        QSignalBlocker(m_fields[DisplayNameJa]), QSignalBlocker(m_fields[DisplayNameEn]),
        QSignalBlocker(m_fields[LegalNameJa]),   QSignalBlocker(m_fields[LegalNameEn]),
        QSignalBlocker(m_fields[InquiryNameJa]), QSignalBlocker(m_fields[InquiryNameEn]),
        QSignalBlocker(m_fields[InquiryPhone]),  QSignalBlocker(m_fields[InquiryEmail]),
        QSignalBlocker(m_fields[InquiryUrl]),    QSignalBlocker(m_fields[ApiBaseUrl])};
    Q_UNUSED(blockers);
    m_fields[Id]->setText(d.id);
    m_fields[ClientId]->setText(d.clientId);
    m_fields[DisplayNameJa]->setText(d.displayName.ja);
    m_fields[DisplayNameEn]->setText(d.displayName.en);
    m_fields[LegalNameJa]->setText(d.disclosures.legalName.ja);
    m_fields[LegalNameEn]->setText(d.disclosures.legalName.en);
    m_fields[InquiryNameJa]->setText(d.disclosures.inquiry.name.ja);
    m_fields[InquiryNameEn]->setText(d.disclosures.inquiry.name.en);
    m_fields[InquiryPhone]->setText(d.disclosures.inquiry.phone);
    m_fields[InquiryEmail]->setText(d.disclosures.inquiry.email);
    m_fields[InquiryUrl]->setText(d.disclosures.inquiry.url);
    m_fields[ApiBaseUrl]->setText(d.apiBaseUrl.toString());

    // The scopes of the draft (checked), then what else the issuer offers (not checked: G6).
    for (const ScopeRow& r : std::as_const(m_scopeRows)) {
        delete r.box;
        delete r.purposeJa;
        delete r.purposeEn;
    }
    m_scopeRows.clear();
    delete m_scopeJaHead;
    delete m_scopeEnHead;
    m_scopeJaHead = makeLabel(m_scopeCard, "muted");
    m_scopeEnHead = makeLabel(m_scopeCard, "muted");
    m_scopeGrid->addWidget(m_scopeJaHead, 0, 1);
    m_scopeGrid->addWidget(m_scopeEnHead, 0, 2);
    QList<ScopeInfo> rows = d.scopes;
    for (const QString& offered : std::as_const(m_offeredScopes)) {
        if (!d.scope(offered))
            rows << ScopeInfo{offered, LocalizedText{}, true};
    }
    int row = 1;
    for (const ScopeInfo& s : std::as_const(rows)) {
        ScopeRow r;
        r.name = s.name;
        r.required = s.required;
        r.box = new QCheckBox(s.name, m_scopeCard);
        r.box->setChecked(d.scope(s.name) != nullptr);
        r.purposeJa = new QLineEdit(s.purpose.ja, m_scopeCard);
        r.purposeEn = new QLineEdit(s.purpose.en, m_scopeCard);
        r.purposeJa->setEnabled(r.box->isChecked());
        r.purposeEn->setEnabled(r.box->isChecked());
        m_scopeGrid->addWidget(r.box, row, 0);
        m_scopeGrid->addWidget(r.purposeJa, row, 1);
        m_scopeGrid->addWidget(r.purposeEn, row, 2);
        connect(r.box, &QCheckBox::toggled, r.purposeJa, &QWidget::setEnabled);
        connect(r.box, &QCheckBox::toggled, r.purposeEn, &QWidget::setEnabled);
        connect(r.box, &QCheckBox::toggled, this, &AddIssuerDialog::revalidateForm);
        connect(r.purposeJa, &QLineEdit::textChanged, this, &AddIssuerDialog::revalidateForm);
        connect(r.purposeEn, &QLineEdit::textChanged, this, &AddIssuerDialog::revalidateForm);
        m_scopeRows << r;
        ++row;
    }
    retranslate(); // names the new rows; revalidates when on the Complete page
    revalidateForm();
}

IssuerProfile AddIssuerDialog::profileFromForm() const
{
    auto text = [this](Field f) { return m_fields[f]->text().trimmed(); };
    IssuerProfile p = m_draft;
    p.id = text(Id);
    p.clientId = text(ClientId);
    p.displayName = LocalizedText{text(DisplayNameJa), text(DisplayNameEn)};
    p.disclosures.legalName = LocalizedText{text(LegalNameJa), text(LegalNameEn)};
    p.disclosures.inquiry.name = LocalizedText{text(InquiryNameJa), text(InquiryNameEn)};
    p.disclosures.inquiry.phone = text(InquiryPhone);
    p.disclosures.inquiry.email = text(InquiryEmail);
    p.disclosures.inquiry.url = text(InquiryUrl);
    p.apiBaseUrl = text(ApiBaseUrl).isEmpty() ? QUrl() : QUrl(text(ApiBaseUrl), QUrl::StrictMode);
    p.scopes.clear();
    for (const ScopeRow& r : m_scopeRows) {
        if (r.box->isChecked())
            p.scopes << ScopeInfo{r.name, LocalizedText{r.purposeJa->text().trimmed(), r.purposeEn->text().trimmed()},
                                  r.required};
    }
    return p;
}

void AddIssuerDialog::revalidateForm()
{
    const IssuerProfile p = profileFromForm();
    QStringList problems = p.problems();
    const QString apiText = m_fields[ApiBaseUrl]->text().trimmed();
    const bool apiInvalid = !apiText.isEmpty() && (!p.apiBaseUrl.isValid() || p.apiBaseUrl.scheme() != u"https");
    const bool reported = std::any_of(problems.cbegin(), problems.cend(), [](const QString& problem) {
        return problem.startsWith(QLatin1String("api_base_url:"));
    });
    if (apiInvalid && !reported)
        problems << tr("api_base_url: \"%1\" is not an address; it starts with https://.").arg(apiText);
    m_formOk = problems.isEmpty();
    setProblems(m_formProblems, problems);
    m_formProblemsTitle->setText(problems.isEmpty()
                                     ? tr("Nothing is missing. Choose Next to check the issuer's details.")
                                     : tr("Still missing or not valid (%n):", nullptr, int(problems.size())));
    setFlag(m_formProblemsTitle, "error", !problems.isEmpty());
    m_formProblems->setAccessibleName(tr("What is still missing"));
    m_formNote->setText(p.apiBaseUrl.isEmpty() ? tr("Without a card API address you can link this issuer, but "
                                                    "Meisai cannot read statements from it.")
                                               : QString());
    m_formNote->setVisible(p.apiBaseUrl.isEmpty());

    // Point at the inputs the problems are about (the problems name the profile's fields).
    auto about = [&problems](const char* field) {
        const QString prefix = QString::fromLatin1(field) + QLatin1Char(':');
        for (const QString& problem : std::as_const(problems)) {
            if (problem.startsWith(prefix))
                return true;
        }
        return false;
    };
    markInvalid(m_fields[Id], about("id"));
    markInvalid(m_fields[ClientId], about("client_id"));
    markInvalid(m_fields[DisplayNameJa], about("display_name"));
    markInvalid(m_fields[DisplayNameEn], about("display_name"));
    markInvalid(m_fields[LegalNameJa], about("disclosures.legal_name"));
    markInvalid(m_fields[LegalNameEn], about("disclosures.legal_name"));
    const bool inquiry = about("disclosures.inquiry_contact");
    for (Field f : {InquiryNameJa, InquiryNameEn, InquiryPhone, InquiryEmail, InquiryUrl})
        markInvalid(m_fields[f], inquiry);
    markInvalid(m_fields[ApiBaseUrl], apiInvalid || about("api_base_url"));
    const bool purposes = about("scopes[].purpose");
    for (const ScopeRow& r : std::as_const(m_scopeRows)) {
        const bool empty = r.purposeJa->text().trimmed().isEmpty() && r.purposeEn->text().trimmed().isEmpty();
        markInvalid(r.purposeJa, purposes && r.box->isChecked() && empty);
        markInvalid(r.purposeEn, purposes && r.box->isChecked() && empty);
    }
    updateButtons();
    refit();
}

// ---- Review and add ------------------------------------------------------

QString AddIssuerDialog::caDescription() const
{
    auto cas = m_profile.trustedCas();
    if (!cas)
        return cas.error().message;
    if (cas->isEmpty())
        return tr("The system's certificate authorities only");
    QStringList out;
    for (const QSslCertificate& c : *cas)
        out << tr("%1 (SHA-256 %2), trusted for this issuer only")
                   .arg(c.subjectDisplayName(),
                        QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    return out.join(QLatin1Char('\n'));
}

void AddIssuerDialog::showReview()
{
    const QString lang = m_app.language();
    const IssuerProfile& p = m_profile;
    const IssuerDisclosures& d = p.disclosures;
    while (QLayoutItem* item = m_reviewGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_reviewLabels.clear();
    int row = 0;
    auto add = [&](const QString& key, const QString& value) {
        if (value.isEmpty())
            return;
        QLabel* k = plainLabel(m_reviewCard, "muted");
        k->setText(key);
        QLabel* v = plainLabel(m_reviewCard);
        v->setText(value);
        m_reviewGrid->addWidget(k, row, 0);
        m_reviewGrid->addWidget(v, row, 1);
        m_reviewLabels << k << v;
        ++row;
    };
    QLabel* name = plainLabel(m_reviewCard, "subheading");
    name->setText(tr("%1 (local name: %2)").arg(p.name(lang), p.id));
    m_reviewGrid->addWidget(name, row++, 0, 1, 2);
    m_reviewLabels << name;
    if (p.sandbox)
        add(tr("Sandbox"), tr("A sandbox issuer: test data only, for trying Meisai out."));
    add(tr("Company"), d.legalName.text(lang));
    QStringList services;
    for (const LocalizedText& s : d.services)
        services << s.text(lang);
    add(tr("Services"), services.join(QLatin1Char('\n')));
    add(tr("Issuer address"), p.issuer.toString());
    add(tr("Discovery address"), p.discoveryUrl.toString());
    if (p.discoveryUrl.isEmpty())
        add(tr("Sign-in page"), p.endpoints.authorization.toString());
    if (!p.apiBaseUrl.isEmpty())
        add(tr("Card API"), p.apiBaseUrl.toString());
    else if (!m_discoveredApiBase.isEmpty())
        add(tr("Card API"), tr("%1 (named by the issuer's discovery document)").arg(m_discoveredApiBase.toString()));
    else
        add(tr("Card API"), tr("none given: linking works, reading statements does not"));
    add(tr("Client ID"), p.clientId);
    QStringList scopes;
    for (const ScopeInfo& s : p.scopes)
        scopes << (s.required ? QStringLiteral("%1 — %2") : tr("%1 — %2 (optional)")).arg(s.name, s.purpose.text(lang));
    add(tr("Access asked for"), scopes.join(QLatin1Char('\n')));
    add(tr("Inquiries"), d.inquiry.summary(lang));
    add(tr("Fraud and security"), d.incident.isEmpty() ? tr("not given") : d.incident.summary(lang));
    add(tr("Service hours"), d.serviceHours.text(lang));
    add(tr("Notes"), d.notes.text(lang));
    add(tr("Consent lasts at most"), tr("%n day(s)", nullptr, p.consentDays));
    add(tr("Certificates"), caDescription());

    m_reviewNotes->setText(m_notes.join(QLatin1Char('\n')));
    m_reviewNotes->setVisible(!m_notes.isEmpty());
    m_reviewMessage->setText(m_reviewError);
    m_reviewMessage->setVisible(!m_reviewError.isEmpty());
    updateButtons();
    refit();
}

void AddIssuerDialog::registerProfile(bool replace)
{
    if (isBusy() || m_registering)
        return;
    const QString lang = m_app.language();
    const QString name = m_profile.name(lang);
    if (replace) {
        const auto old = m_app.issuer(m_profile.id);
        const QString oldIssuer = old ? old->issuer.toString() : QString();
        if (!Ask::confirm(this, tr("Replace %1").arg(name),
                          tr("Meisai will revoke every linked connection of \"%1\" at %2, delete their tokens, and "
                             "only then register %3 for it. The statements already downloaded stay in Meisai. To "
                             "sync again you link the new issuer. Replace the issuer?")
                              .arg(m_profile.id, oldIssuer, m_profile.issuer.toString()),
                          tr("Replace and revoke")))
            return;
    }
    m_reviewError.clear();
    m_reviewMessage->setVisible(false);
    m_registering = true;
    setBusy(true, replace ? tr("Revoking the linked connections at the old issuer, then adding %1…").arg(name)
                          : tr("Adding %1…").arg(name));
    auto* registrar = new IssuerRegistrar(m_app.oauth(), &m_app.tokens(), this);
    registrar->registerProfile(m_profile, replace, this,
                               [this, registrar, replace](Result<IssuerRegistrar::Report> report) {
                                   registrar->deleteLater();
                                   m_registering = false;
                                   setBusy(false);
                                   if (!report) {
                                       const Error& e = report.error();
                                       m_mismatch = e.code == ErrorCode::BindingMismatch && !replace;
                                       m_reviewError = m_mismatch
                                           ? e.message + QStringLiteral("\n\n")
                                                 + tr("Cancel to keep your connections as they are. Choose “Replace "
                                                      "and revoke the linked connections” only if you are sure that "
                                                      "%1 is now the right address of this issuer.")
                                                       .arg(m_profile.issuer.toString())
                                           : tr("The issuer was not added: %1").arg(e.message);
                                       if (replace)
                                           m_app.notifyDataChanged(); // some connections may be revoked already
                                       showReview();
                                       m_cancel->setFocus(); // the safe choice
                                       return;
                                   }
                                   m_report = *report;
                                   m_app.notifyDataChanged();
                                   showDone(*m_report);
                                   goTo(Done);
                                   Q_EMIT issuerAdded(m_report->profile.id);
                               });
}

void AddIssuerDialog::showDone(const IssuerRegistrar::Report& r)
{
    const QString lang = m_app.language();
    const QString name = r.profile.name(lang);
    const bool replacedIssuer = r.replaced && !r.previousIssuer.isEmpty() && r.previousIssuer != r.profile.issuer;
    m_resultTitle->setText(replacedIssuer ? tr("%1 was replaced").arg(name) : tr("%1 was added").arg(name));
    QStringList lines;
    if (!r.revokedConnections.isEmpty()) {
        QStringList ids;
        for (qint64 id : r.revokedConnections)
            ids << QString::number(id);
        lines << tr("First, Meisai revoked %n linked connection(s) (%1) at %2 and deleted their tokens.", nullptr,
                    int(r.revokedConnections.size()))
                     .arg(ids.join(QStringLiteral(", ")), r.previousIssuer.toString());
        lines << tr("%1 confirmed %n token(s) as revoked.", nullptr, r.revocation.confirmed)
                     .arg(r.previousIssuer.toString());
        if (r.revocation.queued > 0) {
            lines << tr("%n token(s) could not be revoked there yet. Meisai keeps trying at %1 and never sends them "
                        "to the new issuer.", nullptr, r.revocation.queued)
                         .arg(r.previousIssuer.toString());
            for (const QString& m : r.revocation.messages)
                lines << QStringLiteral("  ") + m;
        }
        lines << tr("The statements of those connections stay in Meisai.");
    }
    lines << (replacedIssuer ? tr("Meisai now reaches %1 at %2 (it used %3 before).")
                                   .arg(name, r.profile.issuer.toString(), r.previousIssuer.toString())
                             : tr("Meisai now knows %1 at %2.").arg(name, r.profile.issuer.toString()));
    lines << tr("To read your statements from it, choose “Link an issuer…” under Connections and pick %1.").arg(name);
    m_result->setText(lines.join(QStringLiteral("\n\n")));
}

} // namespace meisai::ui
