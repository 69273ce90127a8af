#pragma once

// The rich text of the pages' labels, built around translated text: tr()
// strings are plain text without markup, style or colour; these pieces add
// them. Arguments named `html` are markup already (escape plain text with
// Html::escaped() first); `text` is plain text and is escaped here.

#include "Palette.h"

#include <QString>
#include <QStringList>
#include <QTextDocument>

namespace meisai::ui::Html {

inline QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// A tooltip (Qt::ToolTipRole, setToolTip) that shows text literally: Qt renders a tooltip that
// looks like markup as rich text, so issuer text goes through this.
inline QString plainToolTip(const QString& text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

inline QString bold(const QString& html)
{
    return QStringLiteral("<b>") + html + QStringLiteral("</b>");
}

// A paragraph, in a colour of the palette when one is given.
inline QString paragraph(const QString& html, Palette::Colour colour = {})
{
    if (colour.isEmpty())
        return QStringLiteral("<p>") + html + QStringLiteral("</p>");
    return QStringLiteral("<p style='color:%1'>%2</p>").arg(colour, html);
}

inline QString coloured(const QString& html, Palette::Colour colour)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, html);
}

// A bold line above a list or a table.
inline QString heading(const QString& text)
{
    return paragraph(bold(escaped(text)));
}

// A bulleted list, indented like the text around it.
inline QString list(const QStringList& itemsHtml)
{
    QString out = QStringLiteral("<ul style='margin-left:-20px'>");
    for (const QString& item : itemsHtml)
        out += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

// One row of a name/value table (<table> … </table> around the rows): the name muted.
inline QString nameValueRow(const QString& name, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td></tr>").arg(Palette::muted, escaped(name),
                                                                               valueHtml);
}

} // namespace meisai::ui::Html
