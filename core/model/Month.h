#pragma once

// Billing and payment months (支払月, 請求月) as the card API and the vault
// spell them: "YYYY-MM".

#include <QDate>
#include <QString>
#include <QStringView>

namespace meisai {

// "2026-03": four digits, a hyphen, 01–12.
bool isMonth(QStringView text);
// The month a day falls in: 2026-03-17 → "2026-03".
QString monthOf(const QDate& day);

} // namespace meisai
