#pragma once

// The card API's scopes ("cards:read", …) as people read them: a few words
// per scope, translated under meisai::Vocabulary. The one home of these
// labels; the UI and the CLI show a scope's words, its code only where a
// profile is written.

#include <QString>
#include <QStringList>

namespace meisai {

// The scope that guards GET /v1/cards/{cardId}/limits: optional when linking.
// A connection whose grant lacks it never calls that endpoint.
QString limitsScope();

// A scope this vocabulary does not know is shown as its code.
QString scopeLabel(const QString& scope);
QStringList scopeLabels(const QStringList& scopes);

} // namespace meisai
