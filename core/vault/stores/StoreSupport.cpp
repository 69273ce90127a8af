#include "StoreSupport.h"

namespace meisai::store {

QByteArray placeholders(std::size_t n)
{
    QByteArray out;
    for (std::size_t i = 0; i < n; ++i)
        out += i ? ",?" : "?";
    return out;
}

QByteArray joinScopes(const QStringList& scopes)
{
    const QByteArray joined = scopes.join(u' ').toUtf8();
    return joined.isNull() ? QByteArray("") : joined;
}

QStringList splitScopes(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

QString urlText(const QUrl& url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

QUrl urlFrom(const QString& text)
{
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

IssuerBinding readBinding(const Statement& s, int first)
{
    return IssuerBinding{urlFrom(s.text(first)), urlFrom(s.text(first + 1)), urlFrom(s.text(first + 2)),
                         urlFrom(s.text(first + 3))};
}

void bindBinding(Statement& stmt, int first, const IssuerBinding& b)
{
    stmt.bind(first, urlText(b.issuer)).bind(first + 1, urlText(b.tokenEndpoint));
    stmt.bind(first + 2, urlText(b.revocationEndpoint)).bind(first + 3, urlText(b.apiBaseUrl));
}

Text keptText(const Text& text, const QString& shown)
{
    return !text.isEmpty() && text.toString() == shown ? text : Text::verbatim(shown);
}

Text readText(const Statement& s, int textColumn, int shownColumn)
{
    const Text stored = Text::fromStorage(s.text(textColumn));
    return stored.isEmpty() ? Text::verbatim(s.text(shownColumn)) : stored;
}

} // namespace meisai::store
