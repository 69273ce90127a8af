#pragma once

// The UI language, switchable at run time: installs the embedded translation
// (":/i18n/meisai_<code>.qm") and sets the default QLocale, which makes Qt
// send QEvent::LanguageChange to every widget; pages retranslate on it.

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace meisai::ui {

class Language
{
public:
    static QStringList available(); // "ja", "en"
    static QString current();       // "ja" or "en"
    // The system's choice when it is Japanese, else English.
    static QString systemDefault();
    static bool apply(const QString& code);
    static QString nativeName(const QString& code);

    // The vault setting that keeps the user's choice (Settings page); read at start.
    static constexpr QLatin1StringView settingKey{"ui.language"};
};

} // namespace meisai::ui
