#pragma once

// Small helpers that give every page the same look.

#include "Palette.h"

#include <QFrame>
#include <QLabel>

namespace meisai::ui {

// Plain text unless the caller turns on Qt::RichText for markup built with
// Html:: (issuer text escaped): a QLabel's default, Qt::AutoText, would render
// an issuer's "<b>" or "<img src=…>" as markup.
inline QLabel* makeLabel(QWidget* parent, const char* role = nullptr, bool wrap = false)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    if (role)
        l->setProperty("role", QString::fromLatin1(role));
    l->setWordWrap(wrap);
    return l;
}

// Meisai's own colours (Palette::brand) across the top of a dialog, so that it
// cannot be taken for an issuer's page (§3.4(2)iii③).
inline QLabel* makeConnectorBanner(QWidget* parent, const char* objectName)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 8px 14px; font-weight: 600;")
                         .arg(Palette::brand, Palette::onBrand));
    return l;
}

inline QFrame* makeCard(QWidget* parent)
{
    auto* f = new QFrame(parent);
    f->setProperty("role", QStringLiteral("card"));
    return f;
}

} // namespace meisai::ui
