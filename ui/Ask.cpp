#include "Ask.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace meisai::ui {

namespace {
Ask::Handler g_handler;
QString g_lastText;
} // namespace

void Ask::setHandler(Handler handler)
{
    g_handler = std::move(handler);
}

QString Ask::lastText()
{
    return g_lastText;
}

int Ask::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
                int defaultButton, bool warning)
{
    g_lastText = text;
    if (g_handler)
        return g_handler(title, text, buttons);
    QMessageBox box(warning ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton*> made;
    for (int i = 0; i < buttons.size(); ++i) {
        auto* b = box.addButton(buttons[i], i == buttons.size() - 1 && buttons.size() > 1 ? QMessageBox::RejectRole
                                                                                          : QMessageBox::AcceptRole);
        made << b;
        if (i == defaultButton)
            box.setDefaultButton(qobject_cast<QPushButton*>(b));
    }
    box.exec();
    return int(made.indexOf(box.clickedButton()));
}

bool Ask::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    return choose(parent, title, text, {yes, QCoreApplication::translate("meisai::ui::Ask", "Cancel")}, 1, true) == 0;
}

void Ask::inform(QWidget* parent, const QString& title, const QString& text)
{
    g_lastText = text;
    if (g_handler) {
        g_handler(title, text, {});
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace meisai::ui
