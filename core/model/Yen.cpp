#include "Yen.h"

namespace meisai {

QString groupThousands(qint64 value)
{
    // Work on the magnitude as unsigned so that the minimum qint64 does not overflow.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const QString digits = QString::number(magnitude);
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString formatYen(qint64 yen)
{
    // The sign goes before the yen sign. Not -yen: that overflows for the minimum qint64.
    const QString grouped = groupThousands(yen);
    if (yen < 0)
        return QStringLiteral("-¥") + QStringView(grouped).mid(1);
    return QStringLiteral("¥") + grouped;
}

} // namespace meisai
