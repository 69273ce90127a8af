#include "Language.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace meisai::ui {

namespace {
QString g_current = QStringLiteral("en");
QTranslator* g_translator = nullptr;
QTranslator* g_qtTranslator = nullptr;
} // namespace

QStringList Language::available()
{
    return i18n::available();
}

QString Language::current()
{
    return g_current;
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString Language::nativeName(const QString& code)
{
    return code == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English");
}

bool Language::apply(const QString& code)
{
    if (!available().contains(code))
        return false;
    auto* app = QCoreApplication::instance();
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
        g_qtTranslator = nullptr;
    }
    g_current = code;
    QLocale::setDefault(code == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                     : QLocale(QLocale::English, QLocale::Japan));
    g_translator = i18n::loadCatalogue(code, app);
    if (g_translator)
        QCoreApplication::installTranslator(g_translator);
    g_qtTranslator = i18n::loadQtCatalogue(code, app);
    if (g_qtTranslator)
        QCoreApplication::installTranslator(g_qtTranslator);
    return true;
}

} // namespace meisai::ui
