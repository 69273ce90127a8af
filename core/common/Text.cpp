#include "Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace meisai {

namespace {

const QLatin1String kContext("c"), kSource("s"), kDisambiguation("d"), kCount("n"), kArgs("a");
const QLatin1String kJa("ja"), kEn("en"), kTime("t"), kStyle("f"), kParts("j"), kSep("sep");
const QLatin1String kSentences("sentences");

bool japanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QLatin1String styleName(Text::TimeStyle style)
{
    switch (style) {
    case Text::TimeStyle::LongDateTime: return QLatin1String("long");
    case Text::TimeStyle::ShortDateTime: return QLatin1String("short");
    case Text::TimeStyle::LongDate: return QLatin1String("date");
    }
    return QLatin1String("long");
}

// QString::arg's rule in one pass: the lowest %N takes the first argument,
// the next lowest the second…; %N inside an argument is not looked at again.
QString substitute(const QString& pattern, const QStringList& args)
{
    if (args.isEmpty())
        return pattern;
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] != u'%' || !pattern[i + 1].isDigit())
            continue;
        int n = pattern[i + 1].digitValue();
        if (i + 2 < pattern.size() && pattern[i + 2].isDigit())
            n = n * 10 + pattern[i + 2].digitValue();
        if (n > 0 && !numbers.contains(n))
            numbers << n;
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            int n = pattern[i + 1].digitValue();
            qsizetype len = 2;
            if (i + 2 < pattern.size() && pattern[i + 2].isDigit()) {
                n = n * 10 + pattern[i + 2].digitValue();
                len = 3;
            }
            const qsizetype index = numbers.indexOf(n);
            if (n > 0 && index >= 0 && index < args.size()) {
                out += args[index];
                i += len - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

QString render(const QJsonValue& v);

QString renderObject(const QJsonObject& o)
{
    if (o.contains(kSource)) {
        const QByteArray context = o.value(kContext).toString().toUtf8();
        const QByteArray source = o.value(kSource).toString().toUtf8();
        const QByteArray disambiguation = o.value(kDisambiguation).toString().toUtf8();
        const int n = o.value(kCount).toInt(-1);
        const QString pattern = QCoreApplication::translate(
            context.constData(), source.constData(), disambiguation.isEmpty() ? nullptr : disambiguation.constData(), n);
        QStringList args;
        for (const QJsonValue& a : o.value(kArgs).toArray())
            args << render(a);
        return substitute(pattern, args);
    }
    if (o.contains(kTime)) {
        const QDateTime t = QDateTime::fromString(o.value(kTime).toString(), Qt::ISODateWithMs).toLocalTime();
        const QString style = o.value(kStyle).toString();
        if (style == styleName(Text::TimeStyle::LongDate))
            return QLocale().toString(t.date(), QLocale::LongFormat);
        return QLocale().toString(
            t, style == styleName(Text::TimeStyle::ShortDateTime) ? QLocale::ShortFormat : QLocale::LongFormat);
    }
    if (o.contains(kParts)) {
        const QString sep = o.value(kSep).toString();
        const QString joint = sep == kSentences ? (japanese() ? QString() : QStringLiteral(" ")) : sep;
        QStringList parts;
        for (const QJsonValue& p : o.value(kParts).toArray()) {
            const QString part = render(p);
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(joint);
    }
    if (o.contains(kJa) || o.contains(kEn)) {
        const QString ja = o.value(kJa).toString(), en = o.value(kEn).toString();
        if (japanese())
            return ja.isEmpty() ? en : ja;
        return en.isEmpty() ? ja : en;
    }
    return {};
}

QString render(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isObject())
        return renderObject(v.toObject());
    return {};
}

} // namespace

Text Text::translated(const char* context, const char* source, const char* disambiguation, int n)
{
    QJsonObject o{{kContext, QString::fromUtf8(context)}, {kSource, QString::fromUtf8(source)}};
    if (disambiguation && *disambiguation)
        o.insert(kDisambiguation, QString::fromUtf8(disambiguation));
    if (n >= 0)
        o.insert(kCount, n);
    Text t;
    t.m_json = o;
    return t;
}

Text Text::verbatim(const QString& text)
{
    Text t;
    t.m_json = text;
    return t;
}

Text Text::bilingual(const QString& ja, const QString& en)
{
    Text t;
    QJsonObject o;
    if (!ja.isEmpty())
        o.insert(kJa, ja);
    if (!en.isEmpty())
        o.insert(kEn, en);
    t.m_json = o;
    return t;
}

Text Text::time(const QDateTime& when, TimeStyle style)
{
    Text t;
    t.m_json = QJsonObject{{kTime, when.toUTC().toString(Qt::ISODateWithMs)}, {kStyle, styleName(style)}};
    return t;
}

Text Text::sentences(const QList<Text>& parts)
{
    return joined(parts, kSentences); // the separator "sentences" is chosen by language when rendered
}

Text Text::joined(const QList<Text>& parts, const QString& sep)
{
    QJsonArray a;
    for (const Text& p : parts)
        a.append(p.m_json);
    Text t;
    t.m_json = QJsonObject{{kParts, a}, {kSep, sep}};
    return t;
}

Text& Text::arg(const Text& a)
{
    if (!m_json.isObject() || !m_json.toObject().contains(kSource))
        return *this; // only a translated source has places for arguments
    QJsonObject o = m_json.toObject();
    QJsonArray args = o.value(kArgs).toArray();
    args.append(a.m_json.isNull() ? QJsonValue(QString()) : a.m_json);
    o.insert(kArgs, args);
    m_json = o;
    return *this;
}

Text& Text::arg(qint64 n)
{
    return arg(verbatim(QString::number(n)));
}

bool Text::isEmpty() const
{
    return m_json.isNull() || m_json.isUndefined() || (m_json.isString() && m_json.toString().isEmpty());
}

QString Text::toString() const
{
    return render(m_json);
}

Text Text::fromJson(const QJsonValue& json)
{
    Text t;
    if (json.isString() || json.isObject())
        t.m_json = json;
    return t;
}

QString Text::toStorage() const
{
    if (isEmpty())
        return {};
    if (m_json.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray{m_json}).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(m_json.toObject()).toJson(QJsonDocument::Compact));
}

Text Text::fromStorage(const QString& stored)
{
    if (stored.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (doc.isArray() && doc.array().size() == 1)
        return fromJson(doc.array().first());
    return fromJson(doc.object());
}

} // namespace meisai
