#pragma once

// The text a person reads on a window, for the language tests: labels,
// buttons, placeholders, tabs, list items, table headers and accessible
// names of every visible widget (widgets marked with the "data" property,
// which show what an issuer sent, aside).

#include "LanguageCheck.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace meisai::test {

// Rich text as the plain text it shows.
QString plainText(const QString& text);

// Each piece of text under root, as "where: text".
QStringList pageTexts(QWidget* root);

// The pieces of pageTexts(root) with English words left in them (names and
// codes aside), each with those words: what a Japanese reader would trip on.
// quotes: Skipped where messages quote the issuer (pages after a sync).
QStringList englishLeftovers(QWidget* root, Quotes quotes = Quotes::Checked);

// Japanese outside quotes (a name the user or the issuer wrote stays as written).
bool hasJapaneseOutsideQuotes(const QString& text);

// The pieces with Japanese in them outside quotes (a name the user or the
// issuer wrote stays as written): what an English reader would trip on.
QStringList japaneseLeftovers(QWidget* root);

} // namespace meisai::test
