#pragma once

// Modal questions and notices, behind one seam so tests can answer them.

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace meisai::ui {

class Ask
{
public:
    // Returns the index of the chosen button, or -1 when dismissed.
    using Handler = std::function<int(const QString& title, const QString& text, const QStringList& buttons)>;

    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& buttons,
                      int defaultButton = 0, bool warning = false);
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes);
    static void inform(QWidget* parent, const QString& title, const QString& text);

    // Tests: answer instead of showing a dialog; the last text shown is kept.
    static void setHandler(Handler handler);
    static QString lastText();
};

} // namespace meisai::ui
