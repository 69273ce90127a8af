#include "PageText.h"

#include "LanguageCheck.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

namespace meisai::test {

QString plainText(const QString& text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }
    return text;
}

QStringList pageTexts(QWidget* root)
{
    QStringList found;
    auto add = [&](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty())
            found << where + QStringLiteral(": ") + plainText(text);
    };
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->property("data").toBool() || !w->isVisibleTo(root))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            add(QStringLiteral("label ") + l->objectName(), l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(QStringLiteral("button"), b->text());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(QStringLiteral("placeholder"), e->placeholderText());
        else if (auto* tb = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tb->count(); ++i)
                add(QStringLiteral("tab"), tb->tabText(i));
        } else if (auto* lw = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < lw->count(); ++i)
                add(QStringLiteral("list item"), lw->item(i)->text());
        } else if (auto* hv = qobject_cast<QHeaderView*>(w)) {
            if (hv->orientation() == Qt::Horizontal && hv->model()) {
                for (int c = 0; c < hv->model()->columnCount(); ++c)
                    add(QStringLiteral("header"), hv->model()->headerData(c, Qt::Horizontal).toString());
            }
        }
        if (!w->accessibleName().isEmpty())
            add(QStringLiteral("accessible name"), w->accessibleName());
    }
    return found;
}

QStringList englishLeftovers(QWidget* root, Quotes quotes)
{
    QStringList out;
    for (const QString& piece : pageTexts(root)) {
        const QString text = piece.section(QStringLiteral(": "), 1);
        const QStringList words = englishWords(text, quotes);
        if (!words.isEmpty())
            out << piece.left(120) + QStringLiteral(" (") + words.join(u',') + QLatin1Char(')');
    }
    return out;
}

bool hasJapaneseOutsideQuotes(const QString& text)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|「[^」]*」|“[^”]*”"));
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    QString t = text;
    return t.remove(quoted).contains(japanese);
}

QStringList japaneseLeftovers(QWidget* root)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|「[^」]*」|“[^”]*”"));
    static const QRegularExpression around(
        QStringLiteral(".{0,60}[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]+.{0,30}"));
    QStringList out;
    for (const QString& piece : pageTexts(root)) {
        QString text = piece.section(QStringLiteral(": "), 1);
        if (!hasJapaneseOutsideQuotes(text))
            continue;
        text.remove(quoted).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << piece.section(QStringLiteral(": "), 0, 0) + QStringLiteral(": …") + around.match(text).captured()
                   + QStringLiteral("…");
    }
    return out;
}

} // namespace meisai::test
