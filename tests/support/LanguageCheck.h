#pragma once

// Is a text meant for a Japanese reader really Japanese? Shared by the UI,
// CLI and core language tests.

#include <QString>
#include <QStringList>

namespace meisai::test {

// Words that stay in Latin letters in Japanese text: names, codes, acronyms.
const QStringList& latinAllowedInJapanese();

enum class Quotes {
    Checked, // quoted text is Meisai's own and must be Japanese too (UI labels)
    Skipped, // quoted text (「…」, "…", “…”) is what an issuer sent, in its own words (messages)
};

// The English words left in a text once what is not prose is taken out:
// e-mail addresses, URLs and paths, scope names (a:b), three-letter codes,
// API field paths, mnemonics, allowed words; and when quotes is Skipped (messages), quoted
// text and hyphenated ids and commands (kaede-card, meisai-cli).
QStringList englishWords(const QString& text, Quotes quotes = Quotes::Checked, const QStringList& alsoAllowed = {});

// Has kana or kanji, and no English words left (quoted issuer text aside).
bool looksJapanese(const QString& text, const QStringList& alsoAllowed = {});

} // namespace meisai::test
