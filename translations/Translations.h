#pragma once

// Loading Meisai's embedded translations (":/i18n/meisai_<code>.qm", from
// the meisai_i18n library), shared by the desktop app and meisai-cli.

#include <QString>
#include <QStringList>

class QObject;
class QTranslator;

namespace meisai::i18n {

QStringList available(); // "ja", "en"
// "ja" when the user's messages locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) is Japanese, else "en".
QString systemLanguage();
// Meisai's catalogue for code, or nullptr when there is none (English needs none).
QTranslator* loadCatalogue(const QString& code, QObject* parent);
// Qt's own strings (standard buttons, command-line parser errors) when the system has them.
QTranslator* loadQtCatalogue(const QString& code, QObject* parent);

} // namespace meisai::i18n
