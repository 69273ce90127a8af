#include "ApiDecoders.h"

#include "model/Month.h"

#include "PanGuard.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace meisai::ApiDecoders {

namespace {

constexpr qint64 kMaxYen = 1'000'000'000'000LL; // a trillion yen: anything beyond is nonsense

// A path as Reader names it ("transactions[0].amount") is known to the
// scanner below only by a 64-bit FNV-1a hash of its UTF-8 bytes, extended one
// component at a time: no path string is built while scanning, only when an
// error names one. A collision can only make a whole number from the same
// issuer look fractional (refused), never let a fraction through.
constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

quint64 fnv(quint64 h, char c)
{
    return (h ^ quint64(quint8(c))) * kFnvPrime;
}

quint64 fnv(quint64 h, QByteArrayView bytes)
{
    for (const char c : bytes)
        h = fnv(h, c);
    return h;
}

quint64 pathHash(const QString& path)
{
    return fnv(kFnvOffset, path.toUtf8());
}

// The hash of a key as QJsonDocument will read it: the escapes that stand for
// ASCII are decoded (Reader asks only for ASCII keys, so "am\u006fount" must
// hash like "amount"); anything else is hashed as written.
quint64 keyHash(quint64 h, QByteArrayView raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            const char e = raw[++i];
            switch (e) {
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'u': {
                bool ok = false;
                const uint unit = i + 4 < raw.size() ? raw.sliced(i + 1, 4).toByteArray().toUInt(&ok, 16) : 0;
                if (ok && unit < 0x80) {
                    c = char(unit);
                    i += 4;
                } else {
                    h = fnv(h, '\\');
                    c = e;
                }
                break;
            }
            default: c = e; break; // \" \\ \/
            }
        }
        h = fnv(h, c);
    }
    return h;
}

// What one pass over the raw bytes learns before QJsonDocument sees them.
struct BodyScan
{
    // The hashes of the paths of numbers written with a fraction or an
    // exponent: QJsonDocument turns 1200.0 into an integer, so integer yen can
    // only be checked on the text itself.
    std::vector<quint64> fractional; // sorted, unique: a million numbers cost 8 MB, not a hash table
};

// Checks the budgets of ApiDecoders.h on the raw bytes in one linear pass, so
// a bomb is refused before any tree or path is built. The pass only counts:
// whether the JSON is well formed is QJsonDocument's to say afterwards.
Result<BodyScan> scanBody(QByteArrayView body, const QString& endpoint)
{
    struct Frame
    {
        bool array = false;
        qint64 index = 0;
        quint64 hash = kFnvOffset; // of this container's own path
        qint64 length = 0;         // of that path, in bytes
        quint64 childHash = 0;     // objects: the path of the member whose key was read last
        qint64 childLength = 0;
    };
    BodyScan scan;
    std::vector<Frame> stack;
    stack.reserve(kMaxDepth + 1);
    bool expectKey = false;
    qint64 elements = 0;
    qint64 work = body.size();
    const auto refuse = [&endpoint](const Text& what) -> Error {
        return makeError(ErrorCode::TooLarge, Messages::trText("The issuer's answer to %1 was refused: %2. Nothing from it "
                                                           "was stored; if this keeps happening, tell the issuer.")
                                                  .arg(endpoint).arg(what));
    };
    // A value starts: its path, and the element and work budgets.
    quint64 hash = kFnvOffset; // the path of the value begun last…
    qint64 valueLength = 0;    // …and its length
    std::optional<Error> error;
    const auto beginValue = [&](qsizetype at) {
        qint64& length = valueLength;
        length = 0;
        if (stack.empty()) {
            hash = kFnvOffset;
        } else if (stack.back().array) {
            const Frame& f = stack.back();
            char digits[24];
            int nd = 0;
            for (qint64 v = f.index; nd == 0 || v > 0; v /= 10)
                digits[nd++] = char('0' + v % 10);
            length = f.length + 2 + nd; // "[" index "]"
            hash = fnv(f.hash, '[');
            while (nd > 0)
                hash = fnv(hash, digits[--nd]);
            hash = fnv(hash, ']');
        } else {
            hash = stack.back().childHash;
            length = stack.back().childLength;
        }
        // What walking the tree with paths costs (the PAN guard names every
        // value by its path): one unit per byte of each value's path.
        work += length + 1;
        if (++elements > kMaxElements) {
            error = refuse(Messages::trText("it holds more than %1 values (the limit of one answer), at byte %2")
                               .arg(kMaxElements)
                               .arg(at));
        } else if (work > kMaxWork) {
            error = refuse(Messages::trText("reading it would take more than %1 units of work (the limit of one answer), "
                                        "at byte %2")
                               .arg(kMaxWork)
                               .arg(at));
        }
        return !error;
    };
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = body[i];
        switch (c) {
        case '{':
        case '[': {
            if (!beginValue(i))
                return *error;
            if (qsizetype(stack.size()) >= kMaxDepth) {
                return refuse(Messages::trText("it is nested more than %1 levels deep (the limit), at byte %2")
                                  .arg(kMaxDepth)
                                  .arg(i));
            }
            Frame f;
            f.array = c == '[';
            f.hash = hash;
            f.length = valueLength;
            stack.push_back(f);
            expectKey = !f.array;
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().array)
                    ++stack.back().index;
                else
                    expectKey = true;
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            for (++i; i < n && body[i] != '"'; ++i) {
                if (body[i] == '\\')
                    ++i;
            }
            const qsizetype length = std::min(i, n) - start;
            if (length > kMaxStringBytes) {
                return refuse(Messages::trText("a text in it is longer than %1 bytes (the limit), at byte %2")
                                  .arg(kMaxStringBytes)
                                  .arg(start - 1));
            }
            if (expectKey && !stack.empty() && !stack.back().array) {
                Frame& f = stack.back();
                const QByteArrayView key = body.sliced(start, length);
                quint64 h = f.hash;
                if (f.length > 0)
                    h = fnv(h, '.');
                f.childHash = keyHash(h, key);
                f.childLength = f.length + (f.length > 0 ? 1 : 0) + length;
                expectKey = false;
            } else if (!beginValue(start - 1)) {
                return *error;
            }
            break;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                if (!beginValue(i))
                    return *error;
                bool fractional = false;
                while (i + 1 < n) {
                    const char d = body[i + 1];
                    if (d == '.' || d == 'e' || d == 'E')
                        fractional = true;
                    else if (!(d == '-' || d == '+' || (d >= '0' && d <= '9')))
                        break;
                    ++i;
                }
                if (fractional)
                    scan.fractional.push_back(hash);
            } else if (c == 't' || c == 'f' || c == 'n') {
                if (!beginValue(i))
                    return *error;
                while (i + 1 < n && body[i + 1] >= 'a' && body[i + 1] <= 'z')
                    ++i;
            }
            break;
        }
    }
    std::sort(scan.fractional.begin(), scan.fractional.end());
    scan.fractional.erase(std::unique(scan.fractional.begin(), scan.fractional.end()), scan.fractional.end());
    return scan;
}

// Reads fields of one JSON object, remembering the first problem with the
// field's path and the endpoint, so the error names both.
class Reader
{
public:
    Reader(QString endpoint, std::optional<Error>* error, std::vector<quint64> fractional = {})
        : m_endpoint(std::move(endpoint)), m_error(error), m_fractional(std::move(fractional))
    {
    }

    bool failed() const { return m_error->has_value(); }

    void fail(const QString& field, const Text& problem)
    {
        if (failed())
            return;
        *m_error = makeError(ErrorCode::Protocol,
                             Messages::trText("The issuer's answer to %1 is not valid: the field \"%2\" %3.")
                                 .arg(m_endpoint).arg(field).arg(problem));
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    bool present(const QJsonObject& o, const QString& path, const QString& key)
    {
        if (o.contains(key))
            return true;
        fail(join(path, key), Messages::trText("is missing"));
        return false;
    }

    QString string(const QJsonObject& o, const QString& path, const QString& key, bool required = true,
                   bool allowEmpty = true)
    {
        if (!o.contains(key) || o.value(key).isNull()) {
            if (required)
                fail(join(path, key), o.contains(key) ? Messages::trText("is null") : Messages::trText("is missing"));
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(join(path, key), Messages::trText("is not a string"));
            return {};
        }
        const QString s = v.toString();
        if (!allowEmpty && s.isEmpty())
            fail(join(path, key), Messages::trText("is empty"));
        return s;
    }

    QString oneOf(const QJsonObject& o, const QString& path, const QString& key, const QStringList& allowed,
                  bool required = true)
    {
        const QString s = string(o, path, key, required);
        if (failed() || (s.isEmpty() && !required))
            return s;
        if (!allowed.contains(s)) {
            fail(join(path, key), Messages::trText("is \"%1\", not one of %2").arg(s).arg(allowed.join(QStringLiteral(", "))));
            return {};
        }
        return s;
    }

    // A vocabulary code (model/Vocabulary.h); fallback when it is absent and not required.
    template <typename E>
    E code(const QJsonObject& o, const QString& path, const QString& key,
           std::optional<E> (*parse)(QStringView), E fallback, bool required = true)
    {
        const QString s = oneOf(o, path, key, allCodes<E>(), required);
        return s.isEmpty() ? fallback : parse(s).value_or(fallback);
    }

    qint64 integer(const QJsonObject& o, const QString& path, const QString& key, bool required = true,
                   bool* present = nullptr, qint64 min = -kMaxYen, qint64 max = kMaxYen)
    {
        if (present)
            *present = false;
        if (!o.contains(key) || o.value(key).isNull()) {
            if (required)
                fail(join(path, key), o.contains(key) ? Messages::trText("is null") : Messages::trText("is missing"));
            return 0;
        }
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            fail(join(path, key), Messages::trText("is not a number"));
            return 0;
        }
        // Integer yen: a JSON number written without fraction or exponent,
        // within [min, max]. The range is checked on the double first, so no
        // value (1e300, 2^63, -1e20) is ever converted out of range.
        const QCborValue c = QCborValue::fromJsonValue(v);
        const double d = v.toDouble();
        if (!c.isInteger() && !(d >= double(min) && d <= double(max))) {
            fail(join(path, key), outOfRange(QString::number(d, 'g', 17), min, max));
            return 0;
        }
        if (!c.isInteger()
            || std::binary_search(m_fractional.begin(), m_fractional.end(), pathHash(join(path, key)))) {
            fail(join(path, key), Messages::trText("is not a whole number"));
            return 0;
        }
        const qint64 n = c.toInteger();
        if (n < min || n > max) {
            fail(join(path, key), outOfRange(QString::number(n), min, max));
            return 0;
        }
        if (present)
            *present = true;
        return n;
    }

    static Text outOfRange(const QString& value, qint64 min, qint64 max)
    {
        return Messages::trText("is %1, outside the range Meisai accepts (%2 to %3)").arg(value).arg(min).arg(max);
    }

    bool boolean(const QJsonObject& o, const QString& path, const QString& key)
    {
        if (!present(o, path, key))
            return false;
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            fail(join(path, key), Messages::trText("is not true or false"));
            return false;
        }
        return v.toBool();
    }

    QDate date(const QJsonObject& o, const QString& path, const QString& key, bool required = true)
    {
        const QString s = string(o, path, key, required);
        if (failed() || s.isEmpty())
            return {};
        if (!isDate(s)) {
            fail(join(path, key), Messages::trText("is \"%1\", not a date (YYYY-MM-DD)").arg(s));
            return {};
        }
        return QDate::fromString(s, Qt::ISODate);
    }

    QString month(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QString s = string(o, path, key);
        if (failed())
            return {};
        if (!isMonth(s)) {
            fail(join(path, key), Messages::trText("is \"%1\", not a month (YYYY-MM)").arg(s));
            return {};
        }
        return s;
    }

    QDateTime time(const QJsonObject& o, const QString& path, const QString& key, bool required = true)
    {
        const QString s = string(o, path, key, required);
        if (failed() || s.isEmpty())
            return {};
        const QDateTime t = parseRfc3339(s);
        if (!t.isValid())
            fail(join(path, key), Messages::trText("is \"%1\", not an RFC 3339 time with an offset").arg(s));
        return t;
    }

    QString currency(const QJsonObject& o, const QString& path, const QString& key, bool required = true)
    {
        const QString s = string(o, path, key, required);
        if (failed() || s.isEmpty())
            return s;
        if (!isKnownCurrency(s)) {
            fail(join(path, key), Messages::trText("is \"%1\", not an ISO 4217 currency code").arg(s));
            return {};
        }
        return s;
    }

    QString decimal(const QJsonObject& o, const QString& path, const QString& key)
    {
        static const QRegularExpression re(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
        const QString s = string(o, path, key);
        if (failed())
            return {};
        if (!re.match(s).hasMatch())
            fail(join(path, key), Messages::trText("is \"%1\", not a decimal number").arg(s));
        return s;
    }

    QJsonArray array(const QJsonObject& o, const QString& path, const QString& key)
    {
        if (!present(o, path, key))
            return {};
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(join(path, key), Messages::trText("is not a list"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            fail(path, Messages::trText("is not an object"));
            return {};
        }
        return v.toObject();
    }

    const QString& endpoint() const { return m_endpoint; }

private:
    QString m_endpoint;
    std::optional<Error>* m_error;
    std::vector<quint64> m_fractional; // path hashes, sorted (scanBody)
};

// Parses the body, runs the PAN guard over it and returns the root object.
// *fractional: the paths of the numbers written with a fraction (scanBody).
Result<QJsonObject> parseRoot(const QByteArray& body, const QString& endpoint, QList<PanFinding>* findings,
                              const SecretBytes* panKey, std::vector<quint64>* fractional)
{
    if (body.isEmpty()) {
        return makeError(ErrorCode::Protocol,
                         Messages::trText("The issuer's answer to %1 was empty. Try again later.").arg(endpoint));
    }
    // The budgets first, on the raw bytes: a bomb never reaches the parser or the PAN guard.
    auto scan = scanBody(body, endpoint);
    if (!scan)
        return scan.error();
    *fractional = std::move(scan->fractional);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::Protocol,
                         Messages::trText("The issuer's answer to %1 is not valid JSON (it breaks off at byte %2); it may "
                                      "have been cut short. Nothing from it was stored; try again later.")
                             .arg(endpoint)
                             .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return makeError(ErrorCode::Protocol,
                         Messages::trText("The issuer's answer to %1 is not a JSON object.").arg(endpoint));
    }
    QJsonValue root = doc.object();
    QList<PanFinding> local;
    MEISAI_TRY(PanGuard::sanitize(root, endpoint, findings ? *findings : local, panKey));
    return root.toObject();
}

const QString kCards = QStringLiteral("GET /v1/cards");
const QString kTransactions = QStringLiteral("GET /v1/cards/{cardId}/transactions");
const QString kStatement = QStringLiteral("GET /v1/cards/{cardId}/statements/{billingMonth}");
const QString kLimits = QStringLiteral("GET /v1/cards/{cardId}/limits");
const QString kNotices = QStringLiteral("GET /v1/notices");
const QString kProfile = QStringLiteral("GET /v1/profile");


CardTransaction decodeTransaction(Reader& r, const QJsonObject& o, const QString& path)
{
    CardTransaction t;
    t.transactionId = r.string(o, path, QStringLiteral("transactionId"), true, false);
    t.useDate = r.date(o, path, QStringLiteral("useDate"));
    t.postingDate = r.date(o, path, QStringLiteral("postingDate"), false);
    t.merchantName = r.string(o, path, QStringLiteral("merchantName"));
    t.remarks = r.string(o, path, QStringLiteral("remarks"), false);
    t.holderType = r.code(o, path, QStringLiteral("holderType"), holderTypeFromString, HolderType::Principal, false);
    t.amount = r.integer(o, path, QStringLiteral("amount"));
    const QString method = r.string(o, path, QStringLiteral("paymentMethod"));
    if (!r.failed() && !isPaymentMethod(method))
        r.fail(Reader::join(path, QStringLiteral("paymentMethod")),
               Messages::trText("is \"%1\", not a known payment method code").arg(method));
    t.paymentMethod = paymentMethodFromString(method).value_or(PaymentMethod::OneTime);
    bool hasInstallments = false;
    t.installmentCount = int(r.integer(o, path, QStringLiteral("installmentCount"), false, &hasInstallments, 0, 999));
    if (!hasInstallments)
        t.installmentCount = 1;
    t.paymentAmount = r.integer(o, path, QStringLiteral("paymentAmount"));
    t.feeAmount = r.integer(o, path, QStringLiteral("feeAmount"));
    t.paymentMonth = r.month(o, path, QStringLiteral("paymentMonth"));
    t.status = r.code(o, path, QStringLiteral("status"), transactionStatusFromString, TransactionStatus::Unconfirmed);
    t.approvalNumber = r.string(o, path, QStringLiteral("approvalNumber"), false);
    if (o.contains(QStringLiteral("foreign")) && !o.value(QStringLiteral("foreign")).isNull()) {
        const QString fpath = Reader::join(path, QStringLiteral("foreign"));
        const QJsonObject f = r.object(o.value(QStringLiteral("foreign")), fpath);
        if (!r.failed()) {
            t.foreign.localAmount = r.decimal(f, fpath, QStringLiteral("localAmount"));
            t.foreign.currencyCode = r.currency(f, fpath, QStringLiteral("currencyCode"));
            t.foreign.conversionRate = r.decimal(f, fpath, QStringLiteral("conversionRate"));
            t.foreign.conversionDate = r.date(f, fpath, QStringLiteral("conversionDate"), false);
        }
    }
    return t;
}

} // namespace

// ---------------------------------------------------------------- validators

bool isDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return re.match(text.toString()).hasMatch() && QDate::fromString(text.toString(), Qt::ISODate).isValid();
}

bool isMonth(QStringView text)
{
    return meisai::isMonth(text);
}

QDateTime parseRfc3339(QStringView text)
{
    // RFC 3339 §5.6: full-date "T" full-time, with Z or a numeric offset.
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,9})?"
        "([Zz]|([+-])([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int second = m.captured(6).toInt();
    if (second == 60) // a leap second: Qt cannot hold it
        second = 59;
    int msec = 0;
    if (m.capturedLength(7) > 0)
        msec = int(QStringView(m.capturedView(7)).mid(1).left(3).toString().leftJustified(3, u'0').toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (m.capturedLength(9) > 0) {
        const int hh = m.captured(10).toInt();
        const int mm = m.captured(11).toInt();
        if (hh > 23 || mm > 59)
            return {};
        offset = (hh * 3600 + mm * 60) * (m.captured(9) == u"-" ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

bool isKnownCurrency(QStringView code)
{
    // ISO 4217 active codes (2024), sorted for binary search.
    static const char* const kCodes[] = {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN",
        "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
        "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
        "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
        "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
        "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA",
        "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO",
        "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
        "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
        "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX",
        "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW",
        "ZWL"};
    if (code.size() != 3)
        return false;
    char c[4] = {};
    for (int i = 0; i < 3; ++i) {
        const char16_t u = code[i].unicode();
        if (u < u'A' || u > u'Z')
            return false;
        c[i] = char(u);
    }
    return std::binary_search(std::begin(kCodes), std::end(kCodes), c,
                              [](const char* a, const char* b) { return qstrcmp(a, b) < 0; });
}

bool isPaymentMethod(QStringView code)
{
    return paymentMethodFromString(code).has_value();
}

// ---------------------------------------------------------------- decoders

Result<CardList> decodeCards(const QByteArray& body, QList<PanFinding>* findings, const SecretBytes* panKey)
{
    std::vector<quint64> fractional;
    auto root = parseRoot(body, kCards, findings, panKey, &fractional);
    if (!root)
        return root.error();
    std::optional<Error> error;
    Reader r(kCards, &error, std::move(fractional));
    CardList list;
    const QJsonArray cards = r.array(*root, {}, QStringLiteral("cards"));
    for (qsizetype i = 0; i < cards.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("cards[%1]").arg(i);
        const QJsonObject o = r.object(cards.at(i), path);
        Card c;
        c.cardId = r.string(o, path, QStringLiteral("cardId"), true, false);
        c.maskedPan = r.string(o, path, QStringLiteral("maskedPan"));
        c.cardName = r.string(o, path, QStringLiteral("cardName"));
        c.holderType = r.code(o, path, QStringLiteral("holderType"), holderTypeFromString, HolderType::Principal);
        c.isVirtual = r.boolean(o, path, QStringLiteral("isVirtual"));
        list.cards.append(c);
    }
    if (error)
        return *error;
    return list;
}

Result<TransactionPage> decodeTransactions(const QByteArray& body, QList<PanFinding>* findings, const SecretBytes* panKey)
{
    std::vector<quint64> fractional;
    auto root = parseRoot(body, kTransactions, findings, panKey, &fractional);
    if (!root)
        return root.error();
    std::optional<Error> error;
    Reader r(kTransactions, &error, std::move(fractional));
    const QJsonObject& o = *root;
    TransactionPage page;
    page.cardId = r.string(o, {}, QStringLiteral("cardId"), false);
    page.dateFrom = r.date(o, {}, QStringLiteral("dateFrom"));
    page.dateTo = r.date(o, {}, QStringLiteral("dateTo"));
    page.baseDate = r.date(o, {}, QStringLiteral("baseDate"));
    page.baseTime = r.time(o, {}, QStringLiteral("baseTime"));
    page.count = int(r.integer(o, {}, QStringLiteral("count"), true, nullptr, 0, 100000));
    page.hasNext = r.boolean(o, {}, QStringLiteral("hasNext"));
    page.nextItemKey = r.string(o, {}, QStringLiteral("nextItemKey"), page.hasNext, !page.hasNext);
    if (!page.hasNext)
        page.nextItemKey.clear();
    const QJsonArray items = r.array(o, {}, QStringLiteral("transactions"));
    page.transactions.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("transactions[%1]").arg(i);
        const QJsonObject t = r.object(items.at(i), path);
        if (!r.failed())
            page.transactions.append(decodeTransaction(r, t, path));
    }
    if (!r.failed() && page.count != page.transactions.size())
        r.fail(QStringLiteral("count"), Messages::trText("is %1 but the page holds %2 transactions").arg(page.count).arg(page.transactions.size()));
    if (!r.failed() && page.dateFrom > page.dateTo)
        r.fail(QStringLiteral("dateFrom"), Messages::trText("is after dateTo"));
    if (error)
        return *error;
    return page;
}

Result<CardStatement> decodeStatement(const QByteArray& body, const QString& month, QList<PanFinding>* findings, const SecretBytes* panKey)
{
    std::vector<quint64> fractional;
    auto root = parseRoot(body, kStatement, findings, panKey, &fractional);
    if (!root)
        return root.error();
    std::optional<Error> error;
    Reader r(kStatement, &error, std::move(fractional));
    const QJsonObject& o = *root;
    CardStatement s;
    s.billingMonth = r.month(o, {}, QStringLiteral("billingMonth"));
    if (!r.failed() && !month.isEmpty() && s.billingMonth != month)
        r.fail(QStringLiteral("billingMonth"), Messages::trText("is %1, but %2 was asked for").arg(s.billingMonth).arg(month));
    s.billingStatus = r.code(o, {}, QStringLiteral("billingStatus"), billingStatusFromString, BillingStatus::NoData);
    const bool noData = s.billingStatus == BillingStatus::NoData;
    s.closingDate = r.date(o, {}, QStringLiteral("closingDate"), !noData);
    s.dueDate = r.date(o, {}, QStringLiteral("dueDate"), !noData);
    s.totalBilledAmount = r.integer(o, {}, QStringLiteral("totalBilledAmount"));
    s.newUsageAmount = r.integer(o, {}, QStringLiteral("newUsageAmount"));
    s.transactionCount = int(r.integer(o, {}, QStringLiteral("transactionCount"), true, nullptr, 0, 10'000'000));
    const QString currency = r.currency(o, {}, QStringLiteral("currencyCode"), false);
    if (!r.failed() && !currency.isEmpty() && currency != u"JPY")
        r.fail(QStringLiteral("currencyCode"), Messages::trText("is %1; statements are in yen (JPY)").arg(currency));
    if (error)
        return *error;
    return s;
}

Result<CardLimits> decodeLimits(const QByteArray& body, QList<PanFinding>* findings, const SecretBytes* panKey)
{
    std::vector<quint64> fractional;
    auto root = parseRoot(body, kLimits, findings, panKey, &fractional);
    if (!root)
        return root.error();
    std::optional<Error> error;
    Reader r(kLimits, &error, std::move(fractional));
    const QJsonObject& o = *root;
    CardLimits l;
    l.cardId = r.string(o, {}, QStringLiteral("cardId"), false);
    l.shoppingLimit = r.integer(o, {}, QStringLiteral("shoppingLimit"), true, nullptr, 0);
    l.shoppingAvailable = r.integer(o, {}, QStringLiteral("shoppingAvailable"));
    l.cashingLimit = r.integer(o, {}, QStringLiteral("cashingLimit"), true, nullptr, 0);
    l.cashingAvailable = r.integer(o, {}, QStringLiteral("cashingAvailable"));
    bool has = false;
    const qint64 installment = r.integer(o, {}, QStringLiteral("installmentAvailable"), false, &has);
    if (has)
        l.installmentAvailable = installment;
    const qint64 revolving = r.integer(o, {}, QStringLiteral("revolvingAvailable"), false, &has);
    if (has)
        l.revolvingAvailable = revolving;
    const QString currency = r.currency(o, {}, QStringLiteral("currencyCode"), false);
    if (!r.failed() && !currency.isEmpty() && currency != u"JPY")
        r.fail(QStringLiteral("currencyCode"), Messages::trText("is %1; limits are in yen (JPY)").arg(currency));
    if (error)
        return *error;
    return l;
}

Result<NoticeList> decodeNotices(const QByteArray& body, QList<PanFinding>* findings, const SecretBytes* panKey)
{
    std::vector<quint64> fractional;
    auto root = parseRoot(body, kNotices, findings, panKey, &fractional);
    if (!root)
        return root.error();
    std::optional<Error> error;
    Reader r(kNotices, &error, std::move(fractional));
    NoticeList list;
    const QJsonArray notices = r.array(*root, {}, QStringLiteral("notices"));
    for (qsizetype i = 0; i < notices.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("notices[%1]").arg(i);
        const QJsonObject o = r.object(notices.at(i), path);
        IssuerNotice n;
        n.noticeId = r.string(o, path, QStringLiteral("noticeId"), true, false);
        // A kind we do not know yet is shown as information.
        n.kind = noticeKindFromString(r.string(o, path, QStringLiteral("kind"))).value_or(NoticeKind::Info);
        n.title = r.string(o, path, QStringLiteral("title"));
        n.body = r.string(o, path, QStringLiteral("body"), false);
        n.publishedAt = r.time(o, path, QStringLiteral("publishedAt"));
        n.startsAt = r.time(o, path, QStringLiteral("startsAt"), false);
        n.endsAt = r.time(o, path, QStringLiteral("endsAt"), false);
        list.notices.append(n);
    }
    if (error)
        return *error;
    return list;
}

Result<IssuerPublicProfile> decodeProfile(const QByteArray& body, QList<PanFinding>* findings, const SecretBytes* panKey)
{
    std::vector<quint64> fractional;
    auto root = parseRoot(body, kProfile, findings, panKey, &fractional);
    if (!root)
        return root.error();
    std::optional<Error> error;
    Reader r(kProfile, &error, std::move(fractional));
    const QJsonObject& o = *root;
    IssuerPublicProfile p;
    p.issuerId = r.string(o, {}, QStringLiteral("issuerId"), true, false);
    p.legalName = r.string(o, {}, QStringLiteral("legalName"), true, false);
    p.legalNameEn = r.string(o, {}, QStringLiteral("legalNameEn"), false);
    p.brandName = r.string(o, {}, QStringLiteral("brandName"), false);
    p.kind = r.string(o, {}, QStringLiteral("kind"), false);
    const auto strings = [&](const QString& key) {
        QStringList out;
        if (!o.contains(key) || o.value(key).isNull())
            return out;
        const QJsonArray a = r.array(o, {}, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                r.fail(QStringLiteral("%1[%2]").arg(key).arg(i), Messages::trText("is not a string"));
                break;
            }
            out << a.at(i).toString();
        }
        return out;
    };
    p.services = strings(QStringLiteral("services"));
    p.servicesEn = strings(QStringLiteral("servicesEn"));
    const auto contact = [&](const QString& key) {
        PublicContact c;
        if (!o.contains(key) || o.value(key).isNull())
            return c;
        const QJsonObject co = r.object(o.value(key), key);
        c.name = r.string(co, key, QStringLiteral("name"), false);
        c.nameEn = r.string(co, key, QStringLiteral("nameEn"), false);
        c.phone = r.string(co, key, QStringLiteral("phone"), false);
        c.email = r.string(co, key, QStringLiteral("email"), false);
        c.url = r.string(co, key, QStringLiteral("url"), false);
        c.hours = r.string(co, key, QStringLiteral("hours"), false);
        c.hoursEn = r.string(co, key, QStringLiteral("hoursEn"), false);
        return c;
    };
    p.inquiryContact = contact(QStringLiteral("inquiryContact"));
    p.incidentContact = contact(QStringLiteral("incidentContact"));
    p.serviceHours = r.string(o, {}, QStringLiteral("serviceHours"), false);
    p.serviceHoursEn = r.string(o, {}, QStringLiteral("serviceHoursEn"), false);
    p.maintenanceWindow = r.string(o, {}, QStringLiteral("maintenanceWindow"), false);
    p.apiVersion = r.string(o, {}, QStringLiteral("apiVersion"), false);
    if (o.value(QStringLiteral("sandbox")).isBool())
        p.sandbox = o.value(QStringLiteral("sandbox")).toBool();
    if (error)
        return *error;
    return p;
}

std::optional<ErrorBody> decodeErrorBody(const QByteArray& body)
{
    if (!scanBody(body, QString()))
        return std::nullopt; // over a budget: the status alone is reported
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QJsonValue root = doc.object();
    QList<PanFinding> ignored;
    if (!PanGuard::sanitize(root, QString(), ignored, nullptr).ok())
        return std::nullopt;
    const QJsonObject o = root.toObject();
    ErrorBody e;
    e.error = o.value(QStringLiteral("error")).toString();
    e.errorCode = o.value(QStringLiteral("errorCode")).toString();
    e.errorMessage = o.value(QStringLiteral("errorMessage")).toString();
    if (e.errorMessage.isEmpty())
        e.errorMessage = o.value(QStringLiteral("error_description")).toString();
    const QJsonArray details = o.value(QStringLiteral("errorDetails")).toArray();
    for (const QJsonValue& d : details) {
        if (d.isString()) {
            e.details << d.toString();
        } else if (d.isObject()) {
            const QJsonObject dobj = d.toObject();
            const QString field = dobj.value(QStringLiteral("field")).toString();
            const QString message = dobj.value(QStringLiteral("message")).toString();
            e.details << (field.isEmpty() ? message : field + QStringLiteral(": ") + message);
        }
    }
    if (e.error.isEmpty() && e.errorCode.isEmpty() && e.errorMessage.isEmpty())
        return std::nullopt;
    return e;
}

Status checkApiVersion(const QString& version, const Text& issuerName)
{
    static const QRegularExpression re(QStringLiteral("^[vV]?([0-9]+)(\\.[0-9]+){0,2}([-+][0-9A-Za-z.-]+)?$"));
    const QRegularExpressionMatch m = re.match(version.trimmed());
    if (!m.hasMatch()) {
        return makeError(ErrorCode::UnsupportedVersion,
                         Messages::trText("%1 reported an API version Meisai cannot read (\"%2\"). Update Meisai; if that does "
                            "not help, contact the issuer.")
                             .arg(issuerName).arg(version));
    }
    const int major = m.captured(1).toInt();
    if (major != kSupportedApiMajorVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         Messages::trText("%1 now uses version %2 of its card API; this version of Meisai understands only "
                            "version %3. Nothing was stored from the answer. Update Meisai to keep syncing.")
                             .arg(issuerName)
                             .arg(version)
                             .arg(kSupportedApiMajorVersion));
    }
    return {};
}

QDateTime parseHttpDate(QByteArrayView text)
{
    const QString s = QString::fromLatin1(text).trimmed();
    if (s.isEmpty())
        return {};
    // IMF-fixdate; RFC 850 and asctime forms are obsolete and not accepted.
    QDateTime t = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

int parseRetryAfter(QByteArrayView text, const QDateTime& now)
{
    const QByteArray s = text.trimmed().toByteArray();
    if (s.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = s.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(std::min<qint64>(secs, 7 * 24 * 3600));
    const QDateTime at = parseHttpDate(s);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(at), 0, 7 * 24 * 3600));
}

std::optional<DeprecationInfo> parseDeprecation(QByteArrayView deprecation, QByteArrayView sunset, QByteArrayView link)
{
    const QByteArray dep = deprecation.trimmed().toByteArray();
    const QByteArray sun = sunset.trimmed().toByteArray();
    if (dep.isEmpty() && sun.isEmpty())
        return std::nullopt;
    DeprecationInfo info;
    if (dep.startsWith('@')) { // RFC 9745: a structured-field date
        bool ok = false;
        const qint64 epoch = dep.mid(1).toLongLong(&ok);
        if (ok)
            info.deprecatedAt = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    } else if (!dep.isEmpty() && dep != "true" && dep != "?1") {
        info.deprecatedAt = parseHttpDate(dep); // the earlier draft's HTTP date
    }
    if (!sun.isEmpty())
        info.sunsetAt = parseHttpDate(sun);
    // Link: <…>; rel="deprecation" (or "sunset").
    static const QRegularExpression linkRe(QStringLiteral("<([^>]*)>\\s*;[^,]*rel=\"?(deprecation|sunset)\"?"));
    const QRegularExpressionMatch m = linkRe.match(QString::fromLatin1(link));
    if (m.hasMatch())
        info.link = m.captured(1);
    return info;
}

} // namespace meisai::ApiDecoders
