#pragma once

// Settings: language (switches at once), sync interval, and the connector's
// own disclosures (G15), read-only from the connector profile.

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace meisai::ui {

class AppContext;

class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(AppContext& app, QWidget* parent = nullptr);
    QComboBox* languageCombo() const { return m_language; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AppContext& m_app;
    QLabel* m_title;
    QLabel* m_generalHeading;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QLabel* m_connectorHeading;
    QLabel* m_connectorIntro;
    QFormLayout* m_form;
    QList<QLabel*> m_names;
    QList<QLabel*> m_values;
};

} // namespace meisai::ui
