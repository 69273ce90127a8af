#include "LinkWizard.h"

#include "AppContext.h"
#include "Html.h"
#include "Language.h"
#include "Palette.h"
#include "Widgets.h"
#include "model/Scope.h"
#include "oauth/LinkFlow.h"
#include "oauth/OAuthContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace meisai::ui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QWidget* scrolled(QWidget* inner, QWidget* parent)
{
    auto* s = new QScrollArea(parent);
    s->setWidgetResizable(true);
    s->setFrameShape(QFrame::NoFrame);
    s->setWidget(inner);
    return s;
}
} // namespace

LinkWizard::LinkWizard(AppContext& app, const QString& issuerId, qint64 reconnectConnectionId, QWidget* parent)
    : QDialog(parent), m_app(app), m_reconnect(reconnectConnectionId)
{
    setObjectName(QStringLiteral("linkWizard"));
    setMinimumSize(760, 620);
    // Required scopes are shown checked and locked, but must stay readable.
    setStyleSheet(QStringLiteral("QCheckBox:disabled { color: %1; }").arg(Palette::text));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 8);
    m_banner = makeConnectorBanner(this, "wizardBanner");
    root->addWidget(m_banner);
    m_stack = new QStackedWidget(this);
    m_stack->setContentsMargins(10, 0, 10, 0);
    root->addWidget(m_stack, 1);

    // 1. Pick the issuer.
    auto* pick = new QWidget(m_stack);
    auto* pl = new QVBoxLayout(pick);
    m_pickTitle = makeLabel(pick, "heading");
    m_pickIntro = makeLabel(pick, "muted", true);
    pl->addWidget(m_pickTitle);
    pl->addWidget(m_pickIntro);
    auto* prow = new QHBoxLayout;
    m_issuers = new QListWidget(pick);
    m_issuers->setMaximumWidth(260);
    for (const IssuerProfile& p : m_app.linkableIssuers()) {
        auto* item = new QListWidgetItem(p.name(m_app.language()), m_issuers);
        item->setData(Qt::UserRole, p.id);
    }
    prow->addWidget(m_issuers);
    m_disclosures = makeLabel(pick, nullptr, true);
    m_disclosures->setObjectName(QStringLiteral("issuerDisclosures"));
    m_disclosures->setTextFormat(Qt::RichText);
    m_disclosures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_disclosures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prow->addWidget(scrolled(m_disclosures, pick), 1);
    pl->addLayout(prow, 1);
    m_stack->addWidget(pick);

    // 2. Meisai's consent screen.
    auto* consentInner = new QWidget;
    auto* cl = new QVBoxLayout(consentInner);
    m_consentTitle = makeLabel(consentInner, "heading", true);
    cl->addWidget(m_consentTitle);
    m_consent = makeLabel(consentInner, nullptr, true);
    m_consent->setObjectName(QStringLiteral("consentText"));
    m_consent->setTextFormat(Qt::RichText);
    cl->addWidget(m_consent);
    m_scopeBox = makeCard(consentInner);
    m_scopeLayout = new QVBoxLayout(m_scopeBox);
    cl->addWidget(m_scopeBox);
    m_roles = makeLabel(consentInner, nullptr, true);
    m_roles->setObjectName(QStringLiteral("consentRoles"));
    m_roles->setTextFormat(Qt::RichText);
    cl->addWidget(m_roles);
    m_reminders = makeLabel(consentInner, nullptr, true);
    m_reminders->setObjectName(QStringLiteral("consentReminders"));
    m_reminders->setTextFormat(Qt::RichText);
    cl->addWidget(m_reminders);
    cl->addStretch(1);
    m_stack->addWidget(scrolled(consentInner, m_stack));

    // 3. Waiting for the browser.
    auto* wait = new QWidget(m_stack);
    auto* wl = new QVBoxLayout(wait);
    m_waitTitle = makeLabel(wait, "heading", true);
    m_waitText = makeLabel(wait, nullptr, true);
    auto* busy = new QProgressBar(wait);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    m_link = makeLabel(wait, "muted", true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* linkButtons = new QHBoxLayout;
    m_copy = new QPushButton(wait);
    m_reopen = new QPushButton(wait);
    linkButtons->addWidget(m_copy);
    linkButtons->addWidget(m_reopen);
    linkButtons->addStretch(1);
    wl->addWidget(m_waitTitle);
    wl->addWidget(m_waitText);
    wl->addWidget(busy);
    wl->addWidget(m_link);
    wl->addLayout(linkButtons);
    wl->addStretch(1);
    m_stack->addWidget(wait);

    // 4. Result.
    auto* res = new QWidget(m_stack);
    auto* rl = new QVBoxLayout(res);
    m_resultTitle = makeLabel(res, "heading", true);
    m_result = makeLabel(res, nullptr, true);
    m_result->setObjectName(QStringLiteral("linkResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rl->addWidget(m_resultTitle);
    rl->addWidget(m_result);
    rl->addStretch(1);
    m_stack->addWidget(res);

    // The box stays beside the buttons, outside the scrolled consent text:
    // always in sight, however long the text and however small the window.
    m_agree = new QCheckBox(this);
    m_agree->setObjectName(QStringLiteral("agreeBox"));
    // Under it, right above Continue, what Continue waits for.
    m_continueHint = makeLabel(this, "muted", true);
    m_continueHint->setObjectName(QStringLiteral("continueHint"));
    m_continueHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* agreeRow = new QVBoxLayout;
    agreeRow->setContentsMargins(20, 4, 10, 2);
    agreeRow->setSpacing(2);
    agreeRow->addWidget(m_agree);
    agreeRow->addWidget(m_continueHint);
    root->addLayout(agreeRow);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(10, 0, 10, 0);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_continue = new QPushButton(this);
    m_cancel = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_close);
    root->addLayout(buttons);

    connect(m_issuers, &QListWidget::currentRowChanged, this, &LinkWizard::showIssuer);
    connect(m_issuers, &QListWidget::itemActivated, this, [this] { m_next->click(); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_issuer)
            goTo(Consent);
    });
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(PickIssuer); });
    connect(m_agree, &QCheckBox::toggled, this, [this] { goTo(step()); });
    connect(m_continue, &QPushButton::clicked, this, &LinkWizard::startFlow);
    connect(m_cancel, &QPushButton::clicked, this, &LinkWizard::reject);
    connect(m_close, &QPushButton::clicked, this, &LinkWizard::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_url); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { AppContext::openInBrowser(QUrl(m_url)); });

    retranslate();
    if (!issuerId.isEmpty() && selectIssuer(issuerId) && m_reconnect)
        goTo(Consent);
    else {
        if (!m_issuer && m_issuers->count() > 0)
            m_issuers->setCurrentRow(0);
        goTo(PickIssuer);
    }
    if (step() == PickIssuer)
        m_issuers->setFocus();
    else
        m_agree->setFocus();
}

LinkWizard::~LinkWizard()
{
    if (m_flow && m_flow->isRunning())
        m_flow->cancel();
}

LinkWizard::Step LinkWizard::step() const
{
    return Step(m_stack->currentIndex());
}

bool LinkWizard::selectIssuer(const QString& issuerId)
{
    for (int i = 0; i < m_issuers->count(); ++i) {
        if (m_issuers->item(i)->data(Qt::UserRole).toString() == issuerId) {
            m_issuers->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void LinkWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LinkWizard::retranslate()
{
    setWindowTitle(m_reconnect ? tr("Reconnect an issuer — Meisai") : tr("Link an issuer — Meisai"));
    m_banner->setText(tr("%1 — a screen of %2, not of your card issuer")
                          .arg(m_app.connector().serviceName.text(m_app.language()),
                               m_app.connector().companyName.text(m_app.language())));
    m_pickTitle->setText(tr("Choose your card issuer"));
    m_pickIntro->setText(tr("Meisai reads your statements through the issuer's official API. You sign in and "
                            "approve on the issuer's own page; Meisai never sees your issuer password."));
    m_issuers->setAccessibleName(tr("Issuers"));
    m_agree->setText(tr("&I have read the above and want to continue to the issuer"));
    m_continueHint->setText(tr("To continue, tick \"I have read the above\" (Space or Alt+I)."));
    m_waitTitle->setText(tr("Waiting for your approval"));
    m_copy->setText(tr("&Copy link"));
    m_reopen->setText(tr("&Open the page again"));
    m_back->setText(tr("< &Back"));
    m_next->setText(tr("&Next >"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_issuers->count(); ++i) {
        if (auto p = m_app.issuer(m_issuers->item(i)->data(Qt::UserRole).toString()))
            m_issuers->item(i)->setText(p->name(m_app.language()));
    }
    showIssuer();
    if (m_issuer)
        buildConsent();
    goTo(step());
}

void LinkWizard::showIssuer()
{
    auto* item = m_issuers->currentItem();
    m_issuer = item ? m_app.issuer(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!m_issuer) {
        m_disclosures->setText(tr("No issuer is registered in this profile."));
        m_next->setEnabled(false);
        return;
    }
    m_next->setEnabled(true);
    const QString lang = m_app.language();
    const IssuerDisclosures& d = m_issuer->disclosures;
    QStringList services;
    for (const LocalizedText& s : d.services)
        services << esc(s.text(lang));
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(m_issuer->name(lang)));
    if (m_issuer->sandbox)
        html += Html::paragraph(Html::bold(esc(tr("Sandbox issuer: test data only, for trying Meisai out."))),
                                Palette::caution);
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&](const QString& name, const QString& value) {
        if (!value.isEmpty())
            html += Html::nameValueRow(name, value);
    };
    row(tr("Company"), esc(d.legalName.text(lang)));
    row(tr("Services"), services.join(QStringLiteral("<br>")));
    row(tr("Inquiries"), esc(d.inquiry.summary(lang)));
    row(tr("Fraud and security"), esc(d.incident.summary(lang)));
    row(tr("Service hours"), esc(d.serviceHours.text(lang)));
    row(tr("Notes"), esc(d.notes.text(lang)));
    html += QStringLiteral("</table>");
    m_disclosures->setText(html);
    buildConsent();
}

void LinkWizard::buildConsent()
{
    if (!m_issuer)
        return;
    const QString lang = m_app.language();
    const ConnectorProfile& c = m_app.connector();
    const QString issuer = esc(m_issuer->name(lang));
    const QString company = esc(c.companyName.text(lang));
    const QString service = esc(c.serviceName.text(lang));
    m_consentTitle->setText(tr("Before you continue: what you allow Meisai to do"));
    m_consent->setText(
        Html::paragraph(esc(tr("This screen is shown by %1, not by %2.")).arg(Html::bold(company), issuer))
        + QStringLiteral("<table cellspacing='0' cellpadding='3'>")
        + Html::nameValueRow(tr("Who gets access"), Html::bold(company))
        + Html::nameValueRow(tr("For which service"),
                             esc(tr("%1 (household ledger for your card statements)")).arg(service))
        + Html::nameValueRow(tr("How long"), esc(tr("Up to %1 days from your approval, including renewals with a "
                                                    "refresh token. After that you are asked again."))
                                                 .arg(m_issuer->consentDays))
        + Html::nameValueRow(tr("How to stop it"),
                             esc(tr("Any time: Connections → Disconnect, or Stop all connections in Meisai, or at "
                                    "%1. Meisai then asks %1 to revoke its access at once."))
                                 .arg(issuer))
        + Html::nameValueRow(tr("Please note"),
                             esc(tr("Meisai only reads data; it cannot pay, change settings or see your full card "
                                    "number. Enter your issuer ID and password only on %1's page, never in Meisai."))
                                 .arg(issuer))
        + QStringLiteral("</table>") + Html::heading(tr("What Meisai asks for, and why")));
    qDeleteAll(m_scopeChecks);
    m_scopeChecks.clear();
    for (const ScopeInfo& s : m_issuer->scopes) {
        // In words (the scope's code only for those who look for it, in the tooltip).
        const QString text = s.required ? tr("Required: %1 (%2)") : tr("Optional: %1 (%2)");
        auto* box = new QCheckBox(QString(text.arg(scopeLabel(s.name), s.purpose.text(lang))).replace(u'&', QStringLiteral("&&")),
                                  m_scopeBox);
        box->setProperty("scope", s.name);
        box->setChecked(true);
        box->setEnabled(!s.required);
        box->setToolTip((s.required ? tr("Needed for Meisai to work") : tr("Optional: you may leave this out"))
                        + QStringLiteral(" [") + s.name + QLatin1Char(']'));
        m_scopeLayout->addWidget(box);
        m_scopeChecks << box;
    }
    m_roles->setText(
        Html::heading(tr("Who does what"))
        + Html::list({esc(tr("%1 (%2) holds your card account, checks that it is you and decides what to share. "
                             "Questions about your card, charges or payments: %3."))
                          .arg(Html::bold(issuer), esc(m_issuer->disclosures.legalName.text(lang)),
                               esc(m_issuer->disclosures.inquiry.summary(lang))),
                      esc(tr("%1 runs Meisai, a separate service, and only shows and totals the data %2 provides. "
                             "Meisai is not %2's app. Questions about Meisai: %3."))
                          .arg(Html::bold(company), issuer, esc(c.inquiry.summary(lang))),
                      esc(tr("If you suffer a loss: %1")).arg(esc(c.compensationPolicy.text(lang)))}));
    m_reminders->setText(
        Html::heading(tr("Security reminders"))
        + Html::list({esc(tr("Use a password for Meisai and your computer that differs from your issuer password, "
                             "and is not easy to guess. Never lend or tell it to anyone.")),
                      esc(tr("Keep antivirus software installed.")),
                      esc(tr("If a password may have leaked, contact us at once: %1."))
                          .arg(esc(c.incident.summary(lang)))}));
    // An "&" in the issuer's name must not become a mnemonic of its own.
    m_continue->setText(tr("&Continue to %1").arg(QString(m_issuer->name(lang)).replace(u'&', QStringLiteral("&&"))));
    m_continue->setAccessibleName(tr("Continue to %1").arg(m_issuer->name(lang)));
}

void LinkWizard::goTo(Step s)
{
    const bool moved = m_stack->currentIndex() != s;
    m_stack->setCurrentIndex(s);
    m_back->setVisible(s == Consent && !m_reconnect);
    m_next->setVisible(s == PickIssuer);
    m_continue->setVisible(s == Consent);
    m_continue->setEnabled(m_agree->isChecked());
    m_agree->setVisible(s == Consent);
    // A disabled button says nothing by itself: the hint says what it waits for.
    m_continueHint->setVisible(s == Consent && !m_agree->isChecked());
    m_cancel->setVisible(s != Result);
    m_close->setVisible(s == Result);
    // Enter presses the step's main button.
    m_next->setDefault(s == PickIssuer);
    m_continue->setDefault(s == Consent);
    m_close->setDefault(s == Result);
    if (!moved)
        return;
    if (s == PickIssuer)
        m_issuers->setFocus();
    if (s == Consent)
        m_agree->setFocus();
    if (s == Result)
        m_close->setFocus();
}

QStringList LinkWizard::chosenScopes() const
{
    QStringList out;
    for (QCheckBox* b : m_scopeChecks) {
        if (b->isChecked())
            out << b->property("scope").toString();
    }
    return out;
}

void LinkWizard::startFlow()
{
    if (!m_issuer || !m_agree->isChecked())
        return;
    const QString issuerName = m_issuer->name(m_app.language());
    m_waitText->setText(tr("Meisai opened %1's page in your web browser. Sign in there and approve the access. "
                           "This window continues by itself when you are done.")
                            .arg(issuerName));
    m_link->setText(tr("Preparing the link…"));
    m_copy->setEnabled(false);
    m_reopen->setEnabled(false);
    goTo(Waiting);
    auto* flow = new LinkFlow(m_app.oauth(), this);
    m_flow = flow;
    flow->setUrlOpener(&AppContext::openInBrowser);
    connect(flow, &LinkFlow::authorizationUrlReady, this, [this](const QUrl& url) {
        m_url = url.toString(QUrl::FullyEncoded);
        m_link->setText(tr("If your browser did not open, copy this link into it:\n%1").arg(m_url));
        m_copy->setEnabled(true);
        m_reopen->setEnabled(true);
    });
    connect(flow, &LinkFlow::browserOpenFailed, this, [this](const QUrl&) {
        m_waitText->setText(tr("Meisai could not open your web browser. Copy the link below into your browser, "
                               "sign in there and approve the access."));
    });
    connect(flow, &LinkFlow::redirectReceived, this, [this] {
        m_waitText->setText(tr("Approval received. Finishing the connection…"));
    });
    connect(flow, &LinkFlow::finished, this, &LinkWizard::onFinished);
    LinkFlow::Options options;
    options.scopes = chosenScopes();
    options.reconnectConnectionId = m_reconnect;
    flow->start(m_issuer->id, options);
}

QString LinkWizard::whatToDo(const Error& e) const
{
    const QString issuer = m_issuer ? m_issuer->name(m_app.language()) : QString();
    const QString issuerContact = m_issuer ? m_issuer->disclosures.inquiry.summary(m_app.language()) : QString();
    switch (e.code) {
    case ErrorCode::AccessDenied:
        return tr("You declined, or %1 refused, the access. Nothing was shared. Start again if this was a "
                  "mistake.").arg(issuer);
    case ErrorCode::Cancelled:
        return tr("Linking was cancelled. Nothing was shared.");
    case ErrorCode::StateMismatch:
    case ErrorCode::IssuerMismatch:
    case ErrorCode::BindingMismatch:
        return tr("The answer did not come from the issuer you chose, so Meisai stopped to protect you. Close "
                  "other sign-in tabs and start again. If it happens again, contact us: %1.")
            .arg(m_app.connector().incident.summary(m_app.language()));
    case ErrorCode::Timeout:
        return tr("The approval took too long. Start again and finish it in your browser within 10 minutes.");
    case ErrorCode::Network:
    case ErrorCode::Tls:
        return tr("Meisai could not reach %1 safely. Check your internet connection and try again later.")
            .arg(issuer);
    case ErrorCode::Maintenance:
        return tr("%1 is under maintenance. Try again after the maintenance window.").arg(issuer);
    default:
        return tr("Try again later. If it keeps failing, contact %1: %2.").arg(issuer, issuerContact);
    }
}

void LinkWizard::onFinished(bool ok)
{
    LinkFlow* flow = m_flow;
    const QString lang = m_app.language();
    const QString issuerName = m_issuer ? m_issuer->name(lang) : QString();
    if (ok && flow) {
        m_succeeded = true;
        m_connectionId = flow->connectionId();
        auto conn = m_app.vault().connections().get(m_connectionId);
        QStringList requested, granted;
        QDateTime expires;
        if (conn && conn.value()) {
            requested = conn.value()->requestedScopes;
            granted = conn.value()->grantedScopes;
            expires = conn.value()->consentExpiresAt;
        }
        m_resultTitle->setText(m_reconnect ? tr("%1 is reconnected").arg(issuerName)
                                           : tr("%1 is linked").arg(issuerName));
        QString html = tr("<p>Meisai now syncs your statements from %1.</p>").arg(esc(issuerName));
        html += QStringLiteral("<table cellspacing='0' cellpadding='4'><tr><th align='left'>%1</th><th>%2</th>"
                               "<th>%3</th></tr>")
                    .arg(tr("Access"), tr("Requested"), tr("Granted"));
        QStringList all = requested;
        for (const QString& g : granted) {
            if (!all.contains(g))
                all << g;
        }
        bool missing = false;
        for (const QString& s : all) {
            const ScopeInfo* info = m_issuer ? m_issuer->scope(s) : nullptr;
            const bool g = granted.contains(s);
            missing = missing || (requested.contains(s) && !g);
            html += QStringLiteral("<tr><td>%1<br>%2</td><td align='center'>%3</td>"
                                   "<td align='center' style='color:%5'>%4</td></tr>")
                        .arg(esc(scopeLabel(s)), Html::coloured(info ? esc(info->purpose.text(lang)) : QString(), Palette::muted),
                             requested.contains(s) ? tr("Yes") : tr("No"), g ? tr("Yes") : tr("No"),
                             g ? Palette::success : Palette::danger);
        }
        html += QStringLiteral("</table>");
        if (missing)
            html += tr("<p>%1 granted less than Meisai asked for. The parts not granted will stay empty; "
                       "reconnect to grant them.</p>").arg(esc(issuerName));
        if (expires.isValid())
            html += tr("<p>This consent lasts until %1.</p>").arg(esc(QLocale().toString(expires.toLocalTime(), QLocale::LongFormat)));
        m_result->setText(html);
        Q_EMIT linked(m_connectionId);
    } else {
        const Error e = flow ? flow->error() : makeError(ErrorCode::Cancelled, QString());
        m_resultTitle->setText(tr("%1 was not linked").arg(issuerName));
        m_result->setText(tr("<p><b>Why:</b> %1</p><p><b>What to do:</b> %2</p>")
                              .arg(esc(e.message.isEmpty() ? tr("Unknown error") : e.message), esc(whatToDo(e))));
    }
    goTo(Result);
    // The user was in the browser: bring the answer back in front of them.
    if (QWidget* main = parentWidget() ? parentWidget()->window() : nullptr) {
        main->raise();
        main->activateWindow();
    }
    raise();
    activateWindow();
}

void LinkWizard::reject()
{
    if (m_flow && m_flow->isRunning()) {
        m_flow->cancel();
        return; // finished(false) shows the result page
    }
    QDialog::reject();
}

} // namespace meisai::ui
