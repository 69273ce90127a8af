#pragma once

// What the stores share: a table's columns written once (for the select list,
// the insert list and the reading, by the same enum), results collected row
// by row, and the encodings of scope lists, URLs and issuer bindings.

#include "model/Connection.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <cstddef>

namespace meisai::store {

// "a, b, c" from a table's column names.
template <std::size_t N>
QByteArray columnList(const std::array<const char*, N>& names)
{
    QByteArray out;
    for (const char* name : names) {
        if (!out.isEmpty())
            out += ", ";
        out += name;
    }
    return out;
}

// "?,?,?" for n parameters.
QByteArray placeholders(std::size_t n);

// Runs stmt and collects one value per row through read().
template <typename T, typename F>
Result<QList<T>> collect(Statement& stmt, F read)
{
    QList<T> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(read(stmt));
    }
    return out;
}

// Scope lists are one space-separated column, never NULL ('' when empty).
QByteArray joinScopes(const QStringList& scopes);
QStringList splitScopes(const QString& text);

// URLs are kept as their fully encoded text; an empty URL as NULL.
QString urlText(const QUrl& url);
QUrl urlFrom(const QString& text);

// An IssuerBinding is four columns, in this order: bound_issuer,
// bound_token_endpoint, bound_revocation_endpoint, bound_api_base.
inline constexpr std::array<const char*, 4> kBindingColumns = {"bound_issuer", "bound_token_endpoint",
                                                                "bound_revocation_endpoint", "bound_api_base"};
IssuerBinding readBinding(const Statement& s, int first);
void bindBinding(Statement& stmt, int first, const IssuerBinding& binding);

// A shown text is two columns: the Text (common/Text.h) as JSON, and the
// string it rendered to when written (read by older versions; for a row
// written before Texts were kept, the only one). keptText is what to store:
// text, unless shown was changed without it.
Text keptText(const Text& text, const QString& shown);
// The Text of a row: the stored Text, or the string as it was written.
Text readText(const Statement& s, int textColumn, int shownColumn);

} // namespace meisai::store
