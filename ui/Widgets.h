#pragma once

// Small helpers that give every page the same look.

#include <QFrame>
#include <QLabel>

namespace meisai::ui {

inline QLabel* makeLabel(QWidget* parent, const char* role = nullptr, bool wrap = false)
{
    auto* l = new QLabel(parent);
    if (role)
        l->setProperty("role", QString::fromLatin1(role));
    l->setWordWrap(wrap);
    return l;
}

inline QFrame* makeCard(QWidget* parent)
{
    auto* f = new QFrame(parent);
    f->setProperty("role", QStringLiteral("card"));
    return f;
}

} // namespace meisai::ui
