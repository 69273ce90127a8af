#include "Month.h"

namespace meisai {

bool isMonth(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    const int month = (text[5].unicode() - u'0') * 10 + (text[6].unicode() - u'0');
    return month >= 1 && month <= 12;
}

QString monthOf(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

} // namespace meisai
