#include "SettingsPage.h"

#include "AppContext.h"
#include "Ask.h"
#include "Language.h"
#include "Widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace meisai::ui {

namespace {
enum Field { Service, Company, Representative, Address, Registration, Inquiry, Incident, Compensation,
             CompensationContact, Role, FieldCount };
} // namespace

SettingsPage::SettingsPage(AppContext& app, QWidget* parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* root = new QVBoxLayout(content);
    root->setContentsMargins(20, 16, 20, 12);
    m_title = makeLabel(content, "heading");
    root->addWidget(m_title);

    auto* general = makeCard(content);
    auto* gl = new QFormLayout(general);
    m_generalHeading = makeLabel(general, "subheading");
    gl->addRow(m_generalHeading);
    m_languageLabel = makeLabel(general);
    m_language = new QComboBox(general);
    for (const QString& code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_language->setMaximumWidth(260);
    m_languageLabel->setBuddy(m_language);
    gl->addRow(m_languageLabel, m_language);
    m_intervalLabel = makeLabel(general);
    m_interval = new QSpinBox(general);
    m_interval->setRange(1, 24);
    m_interval->setValue(qMax(1, m_app.syncIntervalMinutes() / 60));
    m_interval->setMaximumWidth(160);
    m_intervalLabel->setBuddy(m_interval);
    gl->addRow(m_intervalLabel, m_interval);
    root->addWidget(general);

    auto* connector = makeCard(content);
    auto* cl = new QVBoxLayout(connector);
    m_connectorHeading = makeLabel(connector, "subheading");
    m_connectorIntro = makeLabel(connector, "muted", true);
    cl->addWidget(m_connectorHeading);
    cl->addWidget(m_connectorIntro);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (int i = 0; i < FieldCount; ++i) {
        auto* n = makeLabel(connector, "muted");
        auto* v = makeLabel(connector, nullptr, true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_names << n;
        m_values << v;
        m_form->addRow(n, v);
    }
    cl->addLayout(m_form);
    root->addWidget(connector);
    root->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        if (code == Language::current())
            return;
        const Status saved = m_app.vault().settings().setSetting(Language::settingKey, code);
        Language::apply(code);
        // Told after the switch, so in the language just chosen.
        if (!saved)
            Ask::inform(this, tr("Language"),
                        tr("The language could not be saved: %1 Meisai uses it until you close it.")
                            .arg(saved.error().message));
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int hours) {
        if (const Status saved = m_app.setSyncIntervalMinutes(hours * 60); !saved)
            Ask::inform(this, tr("Sync interval"),
                        tr("The sync interval could not be saved: %1 Meisai uses the new interval until you "
                           "close it.")
                            .arg(saved.error().message));
    });
    retranslate();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    const QString lang = m_app.language();
    const ConnectorProfile& c = m_app.connector();
    m_title->setText(tr("Settings"));
    m_generalHeading->setText(tr("General"));
    m_languageLabel->setText(tr("&Language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_intervalLabel->setText(tr("S&ync every"));
    m_interval->setSuffix(tr(" hours"));
    m_interval->setAccessibleName(tr("Sync interval in hours"));
    m_connectorHeading->setText(tr("About the provider of this app"));
    m_connectorIntro->setText(tr("Meisai is provided by the company below, which is not a card issuer. These "
                                 "details come from the connector profile and cannot be edited."));
    const QString names[FieldCount] = {tr("Service"), tr("Company name"), tr("Representative"), tr("Address"),
                                       tr("Registration number"), tr("Inquiries"), tr("Security incidents"),
                                       tr("Compensation policy"), tr("Compensation desk"), tr("Our role")};
    const QString values[FieldCount] = {c.serviceName.text(lang),
                                        c.companyName.text(lang),
                                        c.representative.text(lang),
                                        c.address.text(lang),
                                        c.registrationNumber.isEmpty() ? tr("None") : c.registrationNumber,
                                        c.inquiry.summary(lang),
                                        c.incident.summary(lang),
                                        c.compensationPolicy.text(lang),
                                        c.compensationContact.summary(lang),
                                        c.role.text(lang)};
    for (int i = 0; i < FieldCount; ++i) {
        m_names[i]->setText(names[i]);
        m_values[i]->setText(values[i]);
    }
}

} // namespace meisai::ui
