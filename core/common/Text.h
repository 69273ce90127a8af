#pragma once

// A text for people, kept as what it says rather than in one language: a
// source string of a translation context with its arguments, rendered in the
// current language each time it is shown. What Meisai stores for later
// display (alerts, a connection's name, its last problem) is kept as a Text,
// so a language switch changes every visible text at once.
//
//   Text t = AlertRules::trText("%1 is under maintenance").arg(Text::bilingual(ja, en));
//   store(t.toJson());  …  label->setText(Text::fromJson(stored).toString());
//
// A class gets trText() beside tr() from MEISAI_DECLARE_TR_FUNCTIONS (plain
// classes) or MEISAI_TR_TEXT (Q_OBJECT classes); lupdate knows both
// (translations/CMakeLists.txt), so the source is filed under the context it
// is rendered with. Words that are not Meisai's (issuer text, ids, URLs) go
// in verbatim and are never translated.
//
// The JSON form is stable across versions: a string is verbatim text;
// {"c","s","d","n","a"} a translated source with its arguments;
// {"ja","en"} a name in two languages; {"t","f"} a time; {"j","sep"} a list
// of parts. A source changed in a later version renders untranslated.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace meisai {

class Text
{
public:
    enum class TimeStyle { LongDateTime, ShortDateTime, LongDate };

    Text() = default;

    // Meisai's own words: source (and disambiguation, and n for %n) under a
    // translation context, as QCoreApplication::translate takes them.
    static Text translated(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);
    // Shown as it is in every language.
    static Text verbatim(const QString& text);
    // A name in Japanese and English (from a profile), shown in the current language.
    static Text bilingual(const QString& ja, const QString& en);
    // A time, written in the current language and the local time zone.
    static Text time(const QDateTime& t, TimeStyle style = TimeStyle::LongDateTime);
    // Sentences of one paragraph: joined by a space in English, by nothing in Japanese.
    static Text sentences(const QList<Text>& parts);
    // Parts joined by sep, verbatim in every language.
    static Text joined(const QList<Text>& parts, const QString& sep);

    // Fills the lowest-numbered %1…%99 not yet filled, as QString::arg does,
    // in one pass when rendered (a %N inside an argument is left alone).
    Text& arg(const Text& a);
    Text& arg(const QString& a) { return arg(verbatim(a)); }
    Text& arg(qint64 n);

    bool isEmpty() const;
    QString toString() const;
    QJsonValue toJson() const { return m_json; }
    // Anything that is not one of the forms above renders as empty.
    static Text fromJson(const QJsonValue& json);
    // The JSON as a compact string for a TEXT column, and back ("" is empty).
    QString toStorage() const;
    static Text fromStorage(const QString& stored);

    friend bool operator==(const Text&, const Text&) = default;

private:
    QJsonValue m_json = QJsonValue(QJsonValue::Null);
};

} // namespace meisai

// Q_DECLARE_TR_FUNCTIONS(context) and a trText() that returns a Text under
// the same context.
#define MEISAI_DECLARE_TR_FUNCTIONS(context)                                                                           \
    Q_DECLARE_TR_FUNCTIONS(context)                                                                                    \
public:                                                                                                                \
    static ::meisai::Text trText(const char* sourceText, const char* disambiguation = nullptr, int n = -1)            \
    {                                                                                                                  \
        return ::meisai::Text::translated(#context, sourceText, disambiguation, n);                                    \
    }                                                                                                                  \
                                                                                                                       \
private:

// trText() for a Q_OBJECT class (its context is the class name lupdate uses).
#define MEISAI_TR_TEXT                                                                                                 \
public:                                                                                                                \
    static ::meisai::Text trText(const char* sourceText, const char* disambiguation = nullptr, int n = -1)            \
    {                                                                                                                  \
        return ::meisai::Text::translated(staticMetaObject.className(), sourceText, disambiguation, n);                \
    }                                                                                                                  \
                                                                                                                       \
private:
