#pragma once

// Output formatting for meisai-cli: terminal tables that stay aligned with
// Japanese text (East Asian Width), yen amounts, RFC 4180 CSV and JSON.

#include "model/Yen.h" // formatYen, groupThousands: one home, shared with the app

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace meisai::cli {

enum class OutputFormat { Table, Csv, Json };

// Terminal cells taken by a string: 2 for East Asian Wide and Fullwidth
// characters, 0 for combining marks and controls, 1 otherwise (ambiguous
// characters count as narrow, as in most terminals with a CJK font).
int displayWidth(QStringView text);
int displayWidth(char32_t ucs4);
// Cuts text to at most maxWidth cells, ending with "…" when it was cut.
QString elide(const QString& text, int maxWidth);

// Text from an issuer or a profile file, made safe for a terminal. Each code
// point that could act on the terminal or change how the line reads becomes
// one U+FFFD: C0 controls (ESC, BEL, CR, BS…), DEL, C1 controls (CSI U+009B,
// OSC U+009D…), the bidirectional marks, embeddings, overrides and isolates
// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and
// paragraph separators (U+2028, U+2029) and lone surrogates. An escape
// sequence thus loses its ESC and shows as inert text: ESC ]0;x BEL is
// shown as "�]0;x�". A tab becomes a space; a newline stays when keepNewlines is set.
QString terminalSafe(const QString& text, bool keepNewlines = false);
// Whether terminalSafe() replaces this code point (a tab and a newline count as unsafe).
bool isUnsafeForTerminal(char32_t c);

class TextTable
{
public:
    enum Align { Left, Right };

    // Columns are cut to their maxWidth only when elide is set (a terminal):
    // piped into a file or another program, every value is written in full.
    static void setElideByDefault(bool elide);

    void addColumn(const QString& header, Align align = Left, int maxWidth = 0);
    void addRow(const QStringList& cells);
    int rowCount() const { return int(m_rows.size()); }
    // Lines joined with '\n', the header underlined; cells padded by display width.
    QString render() const;

private:
    struct Column
    {
        QString header;
        Align align;
        int maxWidth;
    };
    QList<Column> m_columns;
    QList<QStringList> m_rows;
    bool m_elide;

public:
    TextTable();
};

// One cell of a CSV record. Text (an issuer's merchant name, a card id…) is
// made safe for spreadsheets by csvField(); a number Meisai itself writes
// (an amount, a count, a refund of -1200) is written as it is.
class CsvCell
{
public:
    CsvCell(const QString& text) : m_text(text) {}
    CsvCell(qint64 number) : m_text(QString::number(number)), m_number(true) {}
    // Text that is a plain decimal number ("-12.50", "0.0091") is written as a number, anything else as
    // text: for figures an issuer sends as strings (a foreign amount, a conversion rate).
    static CsvCell decimal(const QString& text);

    const QString& text() const { return m_text; }
    bool isNumber() const { return m_number; }

private:
    QString m_text;
    bool m_number = false;
};

// One RFC 4180 record: fields quoted when they hold a comma, a quote, CR or
// LF (quotes doubled), ended by CRLF.
QString csvRecord(const QList<CsvCell>& fields);
// A text field of a CSV record. Control characters and bidi marks become
// U+FFFD as on a terminal (a tab and a newline stay), and a field whose
// first character after any spaces is '=', '+', '-', '@', a tab or CR gets a
// leading apostrophe, so that a spreadsheet shows it as text instead of
// running it as a formula ("=1+1" gives "'=1+1", " @SUM(A1)" gives "' @SUM(A1)").
QString csvField(const QString& field);

// Indented JSON text of a value, ending with a newline. Object keys come out
// sorted, so the output is stable from run to run. Every character that
// terminalSafe() would replace is written as a \uXXXX escape, so the text is
// safe on a terminal and a JSON reader still gets the exact value.
QByteArray jsonText(const QJsonValue& value);

} // namespace meisai::cli
