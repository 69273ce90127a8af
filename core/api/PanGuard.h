#pragma once

// The PAN guard (G5): Meisai never stores a full card number. Every string in
// every API response goes through it before decoding; a 13–19 digit,
// Luhn-valid number (digits may be grouped by spaces or hyphens, ASCII or
// full-width) is replaced by a masked form that keeps the last four digits;
// in identifier fields (transactionId, cardId, …), which must stay unique, by
// a stable hash ("redacted-<24 hex>") instead.
//
// What counts as a card number: a Luhn-valid run of 13–19 digits, or digit
// groups joined by single separators (space, hyphen, their full-width forms)
// in the layouts cards are printed in — 4-4-4-4 (the last group 1–4 digits for
// 13–19 digits, e.g. 4-4-4-4-3), 4-6-5 and 4-6-4 — passing the Luhn check.
// So "2025-01-01 2025-02-01" or "123456789012-0001234" (an id) is not one. A
// run of more than 19 digits is not a card number.

#include "ApiTypes.h"
#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace meisai::PanGuard {

// The translation context of the guard's messages.
class Messages final
{
    Q_DECLARE_TR_FUNCTIONS(meisai::PanGuard)
};

// Luhn check over ASCII or full-width digits only (no separators).
bool luhnValid(QStringView digits);

// True when text holds a full card number.
bool containsPan(QStringView text);

// text with each full card number replaced by "****…1234" (as many '*' as
// digits removed); *found (may be null) counts the numbers replaced.
QString redact(const QString& text, int* found = nullptr);

// The keyed fingerprint that replaces an identifier holding a card number.
QString fingerprint(const SecretBytes& key, const QString& identifier);

// Walks a JSON value and redacts every string (values, and object keys are
// left alone); each replacement is reported with its JSON path and action.
// An identifier holding a card number is fingerprinted under key; with no
// key (null or empty) the walk stops with an error and the caller drops the
// whole answer (G5 allows dropping, never an unkeyed hash).
[[nodiscard]] Status sanitize(QJsonValue& value, const QString& endpoint, QList<PanFinding>& findings,
                              const SecretBytes* key, const QString& path = {});

} // namespace meisai::PanGuard
