#include "Translations.h"

#include <QLocale>
#include <QTranslator>

namespace meisai::i18n {

namespace {
QTranslator* loaded(QTranslator* t, bool ok)
{
    if (ok)
        return t;
    delete t;
    return nullptr;
}
} // namespace

QStringList available()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString systemLanguage()
{
    // uiLanguages() follows the messages locale, so LC_MESSAGES=ja_JP.UTF-8 counts, not only LANG.
    const QStringList languages = QLocale::system().uiLanguages();
    const bool japanese = !languages.isEmpty() && QLocale(languages.constFirst()).language() == QLocale::Japanese;
    return japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QTranslator* loadCatalogue(const QString& code, QObject* parent)
{
    auto* t = new QTranslator(parent);
    return loaded(t, t->load(QStringLiteral(":/i18n/meisai_%1.qm").arg(code)));
}

QTranslator* loadQtCatalogue(const QString& code, QObject* parent)
{
    auto* t = new QTranslator(parent);
    return loaded(t, t->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QStringLiteral("/usr/share/qt6/translations")));
}

} // namespace meisai::i18n
