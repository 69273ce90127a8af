#include "Language.h"

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
    return {QStringLiteral("ja"), QStringLiteral("en")};
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
    auto* t = new QTranslator(app);
    if (t->load(QStringLiteral(":/i18n/meisai_%1.qm").arg(code))) {
        g_translator = t;
        QCoreApplication::installTranslator(t);
    } else {
        delete t;
    }
    // Qt's own strings (standard buttons, context menus) when the system has them.
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QStringLiteral("/usr/share/qt6/translations"))) {
        g_qtTranslator = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace meisai::ui
