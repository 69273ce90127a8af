#include "Scope.h"

#include "Vocabulary.h"

namespace meisai {

QString limitsScope()
{
    return QStringLiteral("limits:read");
}

QString scopeLabel(const QString& scope)
{
    if (scope == u"cards:read")
        return Vocabulary::tr("Cards");
    if (scope == u"transactions:read")
        return Vocabulary::tr("Card transactions");
    if (scope == u"statements:read")
        return Vocabulary::tr("Monthly statements");
    if (scope == limitsScope())
        return Vocabulary::tr("Credit limit and available credit");
    return scope;
}

QStringList scopeLabels(const QStringList& scopes)
{
    QStringList out;
    for (const QString& s : scopes)
        out << scopeLabel(s);
    return out;
}

} // namespace meisai
