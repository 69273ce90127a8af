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

// Text from an issuer or a profile file, made safe for a terminal: control
// characters (C0 and C1: ESC, BEL, CR…) and bidirectional overrides become
// U+FFFD, so no escape sequence can reach the terminal. Newlines stay when
// keepNewlines is set.
QString terminalSafe(const QString& text, bool keepNewlines = false);

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

// One RFC 4180 record: fields quoted when they hold a comma, a quote, CR or
// LF (quotes doubled), ended by CRLF.
QString csvRecord(const QStringList& fields);
QString csvField(const QString& field);

// Compact or indented JSON text of a value, ending with a newline. Object
// keys come out sorted, so the output is stable from run to run.
QByteArray jsonText(const QJsonValue& value);

} // namespace meisai::cli
