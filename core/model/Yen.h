#pragma once

// Amounts of yen as people read them, the same in the desktop app and
// meisai-cli: "¥1,234", "-¥1,200". Digits are grouped by three with a comma
// whatever the locale (some locales group with dots or spaces, or put a
// negative amount in parentheses, as QLocale::toCurrencyString() does).

#include <QString>

namespace meisai {

// 1234567 → "1,234,567"; -1200 → "-1,200". Grouping does not depend on the locale.
QString groupThousands(qint64 value);
// 1234 → "¥1,234"; -1200 → "-¥1,200".
QString formatYen(qint64 yen);

} // namespace meisai
