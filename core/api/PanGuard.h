#pragma once

// The PAN guard (G5): Meisai never stores a full card number. Every string in
// every API response goes through it before decoding; a 13–19 digit,
// Luhn-valid number (digits may be grouped by spaces or hyphens, ASCII or
// full-width) is replaced by a masked form that keeps the last four digits.
//
// What counts as a candidate: a run of digit groups joined by single
// separators (space, hyphen, their full-width forms), where each joined group
// has at least 3 digits (so "2025-01-01 2025-02-01" is not a card number),
// and a sub-run of consecutive groups of 13–19 digits passes the Luhn check.
// A run of more than 19 digits with no separator is not a card number.

#include "ApiTypes.h"

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace meisai::PanGuard {

// Luhn check over ASCII or full-width digits only (no separators).
bool luhnValid(QStringView digits);

// True when text holds a full card number.
bool containsPan(QStringView text);

// text with each full card number replaced by "****…1234" (as many '*' as
// digits removed); *found (may be null) counts the numbers replaced.
QString redact(const QString& text, int* found = nullptr);

// Walks a JSON value and redacts every string (values, and object keys are
// left alone); each replacement is reported with its JSON path.
void sanitize(QJsonValue& value, const QString& endpoint, QList<PanFinding>& findings,
              const QString& path = {});

} // namespace meisai::PanGuard
