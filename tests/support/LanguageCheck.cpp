#include "LanguageCheck.h"

#include <QRegularExpression>

namespace meisai::test {

const QStringList& latinAllowedInJapanese()
{
    static const QStringList words = {
        QStringLiteral("Meisai"), QStringLiteral("API"),  QStringLiteral("HTTP"), QStringLiteral("ID"),
        QStringLiteral("URL"),    QStringLiteral("Argon"), QStringLiteral("id"),  QStringLiteral("Secret"),
        QStringLiteral("Service"), QStringLiteral("OK"),  QStringLiteral("ms"),   QStringLiteral("RFC"),
        QStringLiteral("Ctrl"),   QStringLiteral("JSON"), QStringLiteral("CA"),
    };
    return words;
}

QStringList englishWords(const QString& text, Quotes quotes, const QStringList& alsoAllowed)
{
    QString t = text;
    static const QRegularExpression quoted(QStringLiteral("「[^」]*」|\"[^\"]*\"|“[^”]*”"));
    static const QRegularExpression codes(QStringLiteral(
        R"([\w.+-]+@[\w.-]+|https?://\S+|\b[a-z]+:[a-z]+\b|&\w|\b[A-Z]{3}\b|(?<![\w.])/[\w/{}.-]+|)"
        // API field paths: transactions[0].remarks, card.cardName
        R"(\b[a-z][A-Za-z]*(?:\[\d+\])?(?:\.[a-z][A-Za-z]*(?:\[\d+\])?)+|\b[a-z][A-Za-z]*\[\d+\])"));
    // In messages: issuer and card ids and commands (kaede-card, crd_4028bf, meisai-cli link …).
    static const QRegularExpression ids(QStringLiteral(R"(\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b)"));
    if (quotes == Quotes::Skipped) {
        t.remove(quoted);
        t.remove(ids);
    }
    t.remove(codes);
    QStringList out;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    auto it = word.globalMatch(t);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!latinAllowedInJapanese().contains(w) && !alsoAllowed.contains(w))
            out << w;
    }
    return out;
}

bool looksJapanese(const QString& text, const QStringList& alsoAllowed)
{
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    return text.contains(japanese) && englishWords(text, Quotes::Skipped, alsoAllowed).isEmpty();
}

} // namespace meisai::test
