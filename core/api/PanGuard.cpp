#include "PanGuard.h"

#include "common/Mac.h"

#include <QJsonArray>
#include <QJsonObject>

namespace meisai::PanGuard {

namespace {

// 0–9 for ASCII and full-width digits, -1 otherwise.
int digitOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19)
        return u - 0xFF10;
    return -1;
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case 0x00A0: // no-break space
    case 0x3000: // ideographic space
    case 0xFF0D: // full-width hyphen-minus
    case 0x2010: // hyphen
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: // minus sign
    case 0x30FC: // katakana prolonged sound mark, often typed for a dash
        return true;
    default:
        return false;
    }
}

struct Group
{
    qsizetype begin = 0; // index of the first digit
    qsizetype end = 0;   // one past the last digit
    int digits = 0;
};

bool luhnOver(QStringView text, const QList<Group>& groups, int first, int last)
{
    int sum = 0;
    bool doubleIt = false;
    for (int g = last; g >= first; --g) {
        for (qsizetype i = groups[g].end - 1; i >= groups[g].begin; --i) {
            int d = digitOf(text[i]);
            if (doubleIt) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
    }
    return sum % 10 == 0;
}

// Ranges [begin, end) of text that are card numbers.
QList<QPair<qsizetype, qsizetype>> findPans(QStringView text)
{
    QList<QPair<qsizetype, qsizetype>> found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (digitOf(text[i]) < 0) {
            ++i;
            continue;
        }
        // A run of groups joined by single separators.
        QList<Group> groups;
        qsizetype j = i;
        while (true) {
            Group g;
            g.begin = j;
            while (j < n && digitOf(text[j]) >= 0)
                ++j;
            g.end = j;
            g.digits = int(g.end - g.begin);
            groups.append(g);
            if (j + 1 < n && isSeparator(text[j]) && digitOf(text[j + 1]) >= 0)
                ++j;
            else
                break;
        }
        i = j;

        // One group: a plain number of 13–19 digits.
        const int count = int(groups.size());
        if (count == 1) {
            if (groups[0].digits >= 13 && groups[0].digits <= 19 && luhnOver(text, groups, 0, 0))
                found.append({groups[0].begin, groups[0].end});
            continue;
        }
        // Grouped: the layouts card numbers are printed in, starting at any group:
        // 4-4-4-4 (and 4-4-4-1…4-4-4-4-3 for 13–19 digits), 4-6-5 and 4-6-4.
        for (int a = 0; a < count;) {
            int matchEnd = -1;
            if (groups[a].digits >= 13 && groups[a].digits <= 19 && luhnOver(text, groups, a, a))
                matchEnd = a;
            else if (groups[a].digits == 4) {
                int digits = 0;
                for (int b = a; b < count; ++b) {
                    digits += groups[b].digits;
                    if (digits > 19)
                        break;
                    if (digits >= 13 && luhnOver(text, groups, a, b))
                        matchEnd = b;
                    if (groups[b].digits != 4)
                        break; // only the last group may be shorter
                }
                if (matchEnd < 0 && a + 2 < count && groups[a + 1].digits == 6
                    && (groups[a + 2].digits == 5 || groups[a + 2].digits == 4) && luhnOver(text, groups, a, a + 2))
                    matchEnd = a + 2;
            }
            if (matchEnd >= 0) {
                found.append({groups[a].begin, groups[matchEnd].end});
                a = matchEnd + 1;
            } else {
                ++a;
            }
        }
    }
    return found;
}

} // namespace

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitOf(digits[i]);
        if (d < 0)
            return false;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool containsPan(QStringView text)
{
    return !findPans(text).isEmpty();
}

QString redact(const QString& text, int* found)
{
    const auto ranges = findPans(text);
    if (found)
        *found = int(ranges.size());
    if (ranges.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const auto& [begin, end] : ranges) {
        out += QStringView(text).mid(pos, begin - pos);
        // Keep the last four digits, as a masked number does.
        QString digits;
        for (qsizetype i = begin; i < end; ++i) {
            const int d = digitOf(text[i]);
            if (d >= 0)
                digits += QChar(u'0' + d);
        }
        out += QString(digits.size() - 4, u'*') + digits.right(4);
        pos = end;
    }
    out += QStringView(text).mid(pos);
    return out;
}

static bool isIdentifierKey(const QString& path)
{
    static const QStringList keys{QStringLiteral("transactionId"), QStringLiteral("cardId"),
                                  QStringLiteral("noticeId"), QStringLiteral("nextItemKey"),
                                  QStringLiteral("approvalNumber"), QStringLiteral("issuerId")};
    const qsizetype dot = path.lastIndexOf(u'.');
    return keys.contains(dot < 0 ? path : path.mid(dot + 1));
}

QString fingerprint(const SecretBytes& key, const QString& identifier)
{
    const QByteArray mac = Mac::hmacSha256(key, identifier.toUtf8());
    return QStringLiteral("redacted-k1-") + QString::fromLatin1(mac.toHex().left(32));
}

Status sanitize(QJsonValue& value, const QString& endpoint, QList<PanFinding>& findings, const SecretBytes* key,
                const QString& path)
{
    if (value.isString() && isIdentifierKey(path)) {
        // An identifier must stay unique: masking to the last four digits could
        // merge two of them, so a PAN-like identifier becomes a keyed fingerprint.
        const QString text = value.toString();
        const int count = int(findPans(text).size());
        if (count > 0) {
            const bool keyed = key && !key->isEmpty();
            for (int i = 0; i < count; ++i)
                findings.append(PanFinding{endpoint, path, keyed ? PanAction::Fingerprinted : PanAction::Dropped});
            if (!keyed) {
                value = QString();
                return makeError(ErrorCode::Protocol,
                                 Messages::tr("The issuer's answer to %1 holds a full card number in %2, a field that "
                                              "identifies a record. Meisai could not replace it with a private "
                                              "fingerprint here, so the whole answer was dropped; nothing from it "
                                              "was stored.")
                                     .arg(endpoint, path));
            }
            value = fingerprint(*key, text);
        }
    } else if (value.isString()) {
        int found = 0;
        const QString cleaned = redact(value.toString(), &found);
        if (found > 0) {
            value = cleaned;
            for (int i = 0; i < found; ++i)
                findings.append(PanFinding{endpoint, path, PanAction::Masked});
        }
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            const qsizetype before = findings.size();
            MEISAI_TRY(sanitize(item, endpoint, findings, key,
                                path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')));
            if (findings.size() != before) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        bool changed = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue item = it.value();
            if (!item.isString() && !item.isArray() && !item.isObject())
                continue;
            const qsizetype before = findings.size();
            MEISAI_TRY(sanitize(item, endpoint, findings, key,
                                path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()));
            if (findings.size() != before) {
                it.value() = item;
                changed = true;
            }
        }
        if (changed)
            value = object;
    }
    return {};
}

} // namespace meisai::PanGuard
