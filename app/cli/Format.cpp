#include "Format.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace meisai::cli {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Width W and F (Unicode 15 EastAsianWidth.txt, merged into ranges).
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
    {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
    {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

} // namespace

int displayWidth(char32_t c)
{
    if (c == 0)
        return 0;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    if (c >= 0x1100) {
        const auto it = std::upper_bound(std::begin(kWide), std::end(kWide), c,
                                         [](char32_t v, const Range& r) { return v < r.first; });
        if (it != std::begin(kWide) && c <= std::prev(it)->last)
            return 2;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        return 1;
    }
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += displayWidth(c);
    return width;
}

QString elide(const QString& text, int maxWidth)
{
    if (maxWidth <= 0 || displayWidth(text) <= maxWidth)
        return text;
    const QString ellipsis = QStringLiteral("…");
    QString out;
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const int w = displayWidth(c);
        if (width + w > maxWidth - 1)
            break;
        width += w;
        out += QString::fromUcs4(&c, 1);
    }
    return out + ellipsis;
}

bool isUnsafeForTerminal(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true;
    switch (c) {
    case 0x061C: // Arabic letter mark
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        break;
    }
    return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || (c >= 0xD800 && c <= 0xDFFF); // a surrogate on its own
}

QString terminalSafe(const QString& text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        // A well-formed surrogate pair is one code point (an emoji, a rare kanji): kept whole.
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if (u == u'\n' && keepNewlines)
            out += c;
        else if (u == u'\t')
            out += QLatin1Char(' ');
        else if (isUnsafeForTerminal(u))
            out += QChar(QChar::ReplacementCharacter);
        else
            out += c;
    }
    return out;
}

namespace {
bool g_elideByDefault = true;

// RFC 4180: quoted when it holds a comma, a quote, CR or LF, quotes doubled.
QString csvQuoted(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
}

void TextTable::setElideByDefault(bool elide)
{
    g_elideByDefault = elide;
}

TextTable::TextTable() : m_elide(g_elideByDefault) {}


void TextTable::addColumn(const QString& header, Align align, int maxWidth)
{
    m_columns.append(Column{terminalSafe(header), align, maxWidth});
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row = cells;
    while (row.size() < m_columns.size())
        row.append(QString());
    for (int i = 0; i < m_columns.size(); ++i) {
        // Tabs and newlines in issuer data would break the layout; escape sequences would reach the terminal.
        row[i].replace(QLatin1Char('\n'), QLatin1Char(' '));
        row[i].remove(QLatin1Char('\r'));
        row[i] = terminalSafe(row[i]);
        if (m_elide)
            row[i] = elide(row[i], m_columns[i].maxWidth);
    }
    m_rows.append(row);
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const Column& c : m_columns)
        widths.append(displayWidth(c.header));
    for (const QStringList& row : m_rows)
        for (int i = 0; i < m_columns.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));

    auto line = [&](const QStringList& cells) {
        QString out;
        for (int i = 0; i < m_columns.size(); ++i) {
            const int pad = widths[i] - displayWidth(cells[i]);
            const bool last = i == m_columns.size() - 1;
            if (i > 0)
                out += QStringLiteral("  ");
            if (m_columns[i].align == Right)
                out += QString(pad, QLatin1Char(' ')) + cells[i];
            else
                out += cells[i] + (last ? QString() : QString(pad, QLatin1Char(' ')));
        }
        return out;
    };

    QStringList headers;
    QStringList rules;
    for (int i = 0; i < m_columns.size(); ++i) {
        headers.append(m_columns[i].header);
        rules.append(QString(widths[i], QLatin1Char('-')));
    }
    QString out = line(headers) + QLatin1Char('\n') + line(rules) + QLatin1Char('\n');
    for (const QStringList& row : m_rows)
        out += line(row) + QLatin1Char('\n');
    return out;
}

CsvCell CsvCell::decimal(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("\\A-?[0-9]{1,30}(\\.[0-9]{1,30})?\\z"));
    CsvCell cell(text);
    cell.m_number = plain.match(text).hasMatch();
    return cell;
}

QString csvField(const QString& field)
{
    QString safe;
    safe.reserve(field.size() + 1);
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c.isHighSurrogate() && i + 1 < field.size() && field.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += field.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        // A tab and a newline are data a spreadsheet keeps; a CR would move the cursor when the CSV is shown.
        safe += (u != u'\t' && u != u'\n' && isUnsafeForTerminal(u)) ? QChar(QChar::ReplacementCharacter) : c;
    }
    // Spreadsheet formula injection (OWASP "CSV Injection"): look at the first character after any spaces
    // of the original text, so that a CR that became U+FFFD still counts.
    qsizetype first = 0;
    while (first < field.size() && field.at(first) == QLatin1Char(' '))
        ++first;
    if (first < field.size()) {
        static const QString triggers = QStringLiteral("=+-@\t\r");
        if (triggers.contains(field.at(first)))
            safe.prepend(QLatin1Char('\''));
    }
    return csvQuoted(safe);
}

QString csvRecord(const QList<CsvCell>& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const CsvCell& f : fields)
        quoted.append(f.isNumber() ? f.text() : csvField(f.text()));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray jsonText(const QJsonValue& value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    const QByteArray raw = doc.toJson(QJsonDocument::Indented);
    // Qt escapes the controls below U+0020. DEL, C1 controls and bidi marks are legal raw in a JSON
    // string but act on a terminal: escaped as well, which leaves the value a JSON reader gets unchanged.
    // Outside strings the text is ASCII, so only string contents are touched.
    if (std::all_of(raw.cbegin(), raw.cend(), [](char b) { return uchar(b) < 0x7F; }))
        return raw;
    const QString text = QString::fromUtf8(raw);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x7F && !c.isSurrogate() && isUnsafeForTerminal(u))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out.toUtf8();
}

} // namespace meisai::cli
