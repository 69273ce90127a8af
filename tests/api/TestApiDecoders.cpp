// The card API decoders, the PAN guard, API versions and header parsing, as
// pure functions: no network.

#include "api/ApiDecoders.h"
#include "api/PanGuard.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctime>

using namespace meisai;

namespace {

// CPU budgets are loose bounds for a hang or a blow-up, not timings; under
// AddressSanitizer (./run test --sanitize) decoding runs about ten times slower.
#ifdef __SANITIZE_ADDRESS__
constexpr qint64 kSanitizerFactor = 12;
#else
constexpr qint64 kSanitizerFactor = 1;
#endif

QJsonObject validTransaction()
{
    return QJsonObject{
        {QStringLiteral("transactionId"), QStringLiteral("tx-0001")},
        {QStringLiteral("useDate"), QStringLiteral("2025-01-05")},
        {QStringLiteral("postingDate"), QStringLiteral("2025-01-07")},
        {QStringLiteral("merchantName"), QStringLiteral("テスト商店")},
        {QStringLiteral("remarks"), QString()},
        {QStringLiteral("holderType"), QStringLiteral("principal")},
        {QStringLiteral("amount"), 1200},
        {QStringLiteral("paymentMethod"), QStringLiteral("10")},
        {QStringLiteral("installmentCount"), 1},
        {QStringLiteral("paymentAmount"), 1200},
        {QStringLiteral("feeAmount"), 0},
        {QStringLiteral("paymentMonth"), QStringLiteral("2025-02")},
        {QStringLiteral("status"), QStringLiteral("confirmed")},
        {QStringLiteral("approvalNumber"), QStringLiteral("123456")},
        {QStringLiteral("foreign"), QJsonObject{{QStringLiteral("localAmount"), QStringLiteral("12.34")},
                                                {QStringLiteral("currencyCode"), QStringLiteral("USD")},
                                                {QStringLiteral("conversionRate"), QStringLiteral("151.230")},
                                                {QStringLiteral("conversionDate"), QStringLiteral("2025-01-07")}}},
    };
}

QJsonObject validPage()
{
    return QJsonObject{
        {QStringLiteral("cardId"), QStringLiteral("card-1")},
        {QStringLiteral("dateFrom"), QStringLiteral("2024-01-01")},
        {QStringLiteral("dateTo"), QStringLiteral("2025-01-31")},
        {QStringLiteral("baseDate"), QStringLiteral("2025-01-31")},
        {QStringLiteral("baseTime"), QStringLiteral("2025-01-31T10:00:00+09:00")},
        {QStringLiteral("count"), 1},
        {QStringLiteral("hasNext"), false},
        {QStringLiteral("nextItemKey"), QJsonValue::Null},
        {QStringLiteral("transactions"), QJsonArray{validTransaction()}},
    };
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Sets (or with an undefined value removes) a field of the page or of its first transaction / foreign amount.
QByteArray withField(const QString& where, const QString& key, const QJsonValue& value)
{
    QJsonObject page = validPage();
    auto apply = [&](QJsonObject& o) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
    };
    if (where == u"page") {
        apply(page);
    } else {
        QJsonArray items = page.value(QStringLiteral("transactions")).toArray();
        QJsonObject tx = items.at(0).toObject();
        if (where == u"tx") {
            apply(tx);
        } else {
            QJsonObject f = tx.value(QStringLiteral("foreign")).toObject();
            apply(f);
            tx.insert(QStringLiteral("foreign"), f);
        }
        items.replace(0, tx);
        page.insert(QStringLiteral("transactions"), items);
    }
    return json(page);
}

// Raw JSON with a literal value spliced in (for numbers such as 1.0 or 1e3 that QJsonValue would normalise).
QByteArray withRawAmount(const QByteArray& literal)
{
    QByteArray body = json(validPage());
    const QByteArray needle = "\"amount\":1200";
    Q_ASSERT(body.contains(needle));
    body.replace(needle, QByteArray(QByteArray("\"amount\":") + literal));
    return body;
}

// The valid page with `"bulk":` + value spliced in as its first member (an
// unknown field, so only the budgets can refuse it).
QByteArray withBulk(const QByteArray& value)
{
    QByteArray body = json(validPage());
    body.insert(1, QByteArray("\"bulk\":" + value + ','));
    return body;
}

// `depth` arrays nested in one another around `inner`.
QByteArray nested(int depth, const QByteArray& inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// `[item,item,…]`, n items.
QByteArray wide(qsizetype n, const QByteArray& item)
{
    QByteArray out;
    out.reserve(n * (item.size() + 1) + 2);
    out += '[';
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            out += ',';
        out += item;
    }
    out += ']';
    return out;
}

// An array as wide as fits in `bytes` bytes.
QByteArray wideToSize(qsizetype bytes, const QByteArray& item)
{
    return wide((bytes - 2) / (item.size() + 1), item);
}

constexpr qsizetype kHttpLimit = 8 * 1024 * 1024; // HttpClient's size limit of a response

} // namespace

class TestApiDecoders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPageDecodes();
    void transactionErrors_data();
    void transactionErrors();
    void absurdNumbersAreRefused_data();
    void absurdNumbersAreRefused();
    void budgets_data();
    void budgets();
    void budgetsOfOtherEndpoints();
    void eightMiBOfCardNumbersAreAllMasked();
    void unknownFieldsIgnored();
    void cardsStatementsLimitsNotices_data();
    void cardsStatementsLimitsNotices();
    void validators_data();
    void validators();
    void luhn_data();
    void luhn();
    void panGuard_data();
    void panGuard();
    void panGuardInDecodedPage();
    void apiVersion_data();
    void apiVersion();
    void deprecationHeaders();
    void retryAfter_data();
    void retryAfter();
    void errorBody();
};

void TestApiDecoders::validPageDecodes()
{
    QList<PanFinding> findings;
    auto page = ApiDecoders::decodeTransactions(json(validPage()), &findings);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QCOMPARE(page->transactions.size(), 1);
    const CardTransaction& t = page->transactions.at(0);
    QCOMPARE(t.amount, 1200);
    QCOMPARE(t.useDate, QDate(2025, 1, 5));
    QCOMPARE(t.paymentMonth, QStringLiteral("2025-02"));
    QCOMPARE(t.foreign.currencyCode, QStringLiteral("USD"));
    QCOMPARE(page->baseTime.toUTC(), QDateTime(QDate(2025, 1, 31), QTime(1, 0), Qt::UTC));
    QVERIFY(!page->hasNext);
    QVERIFY(findings.isEmpty());
}

void TestApiDecoders::transactionErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QJsonValue missing = QJsonValue(QJsonValue::Undefined);

    const QStringList txRequired{QStringLiteral("transactionId"), QStringLiteral("useDate"),
                                 QStringLiteral("merchantName"), QStringLiteral("amount"),
                                 QStringLiteral("paymentMethod"), QStringLiteral("paymentAmount"),
                                 QStringLiteral("feeAmount"), QStringLiteral("paymentMonth"), QStringLiteral("status")};
    for (const QString& f : txRequired) {
        QTest::addRow("transaction without %s", qPrintable(f))
            << withField(QStringLiteral("tx"), f, missing) << QStringLiteral("transactions[0].") + f;
    }
    const QStringList pageRequired{QStringLiteral("dateFrom"), QStringLiteral("dateTo"), QStringLiteral("baseDate"),
                                   QStringLiteral("baseTime"), QStringLiteral("count"), QStringLiteral("hasNext"),
                                   QStringLiteral("transactions")};
    for (const QString& f : pageRequired)
        QTest::addRow("page without %s", qPrintable(f)) << withField(QStringLiteral("page"), f, missing) << f;
    for (const QString& f : {QStringLiteral("localAmount"), QStringLiteral("currencyCode"), QStringLiteral("conversionRate")}) {
        QTest::addRow("foreign amount without %s", qPrintable(f))
            << withField(QStringLiteral("foreign"), f, missing) << QStringLiteral("transactions[0].foreign.") + f;
    }

    QTest::newRow("amount with a fraction") << withRawAmount("1200.5") << QStringLiteral("transactions[0].amount");
    QTest::newRow("amount written as 1200.0") << withRawAmount("1200.0") << QStringLiteral("transactions[0].amount");
    QTest::newRow("amount with an exponent") << withRawAmount("1.2e3") << QStringLiteral("transactions[0].amount");
    QTest::newRow("amount as a string") << withRawAmount("\"1200\"") << QStringLiteral("transactions[0].amount");
    QTest::newRow("amount null") << withRawAmount("null") << QStringLiteral("transactions[0].amount");
    QTest::newRow("amount beyond a trillion yen") << withRawAmount("10000000000000") << QStringLiteral("transactions[0].amount");
    QTest::newRow("fee as a float")
        << withField(QStringLiteral("tx"), QStringLiteral("feeAmount"), 0.5) << QStringLiteral("transactions[0].feeAmount");
    QTest::newRow("useDate with slashes")
        << withField(QStringLiteral("tx"), QStringLiteral("useDate"), QStringLiteral("2025/01/05"))
        << QStringLiteral("transactions[0].useDate");
    QTest::newRow("useDate 30 February")
        << withField(QStringLiteral("tx"), QStringLiteral("useDate"), QStringLiteral("2025-02-30"))
        << QStringLiteral("transactions[0].useDate");
    QTest::newRow("useDate as a time")
        << withField(QStringLiteral("tx"), QStringLiteral("useDate"), QStringLiteral("2025-01-05T00:00:00Z"))
        << QStringLiteral("transactions[0].useDate");
    QTest::newRow("useDate as a number")
        << withField(QStringLiteral("tx"), QStringLiteral("useDate"), 20250105) << QStringLiteral("transactions[0].useDate");
    QTest::newRow("paymentMonth 13")
        << withField(QStringLiteral("tx"), QStringLiteral("paymentMonth"), QStringLiteral("2025-13"))
        << QStringLiteral("transactions[0].paymentMonth");
    QTest::newRow("paymentMethod unknown")
        << withField(QStringLiteral("tx"), QStringLiteral("paymentMethod"), QStringLiteral("99"))
        << QStringLiteral("transactions[0].paymentMethod");
    QTest::newRow("paymentMethod as a number")
        << withField(QStringLiteral("tx"), QStringLiteral("paymentMethod"), 10) << QStringLiteral("transactions[0].paymentMethod");
    QTest::newRow("status unknown")
        << withField(QStringLiteral("tx"), QStringLiteral("status"), QStringLiteral("pending"))
        << QStringLiteral("transactions[0].status");
    QTest::newRow("holderType unknown")
        << withField(QStringLiteral("tx"), QStringLiteral("holderType"), QStringLiteral("owner"))
        << QStringLiteral("transactions[0].holderType");
    QTest::newRow("empty transactionId")
        << withField(QStringLiteral("tx"), QStringLiteral("transactionId"), QString())
        << QStringLiteral("transactions[0].transactionId");
    QTest::newRow("currency in lower case")
        << withField(QStringLiteral("foreign"), QStringLiteral("currencyCode"), QStringLiteral("usd"))
        << QStringLiteral("transactions[0].foreign.currencyCode");
    QTest::newRow("currency not in ISO 4217")
        << withField(QStringLiteral("foreign"), QStringLiteral("currencyCode"), QStringLiteral("XYZ"))
        << QStringLiteral("transactions[0].foreign.currencyCode");
    QTest::newRow("currency of two letters")
        << withField(QStringLiteral("foreign"), QStringLiteral("currencyCode"), QStringLiteral("US"))
        << QStringLiteral("transactions[0].foreign.currencyCode");
    QTest::newRow("localAmount as a number")
        << withField(QStringLiteral("foreign"), QStringLiteral("localAmount"), 12.34)
        << QStringLiteral("transactions[0].foreign.localAmount");
    QTest::newRow("localAmount with a comma")
        << withField(QStringLiteral("foreign"), QStringLiteral("localAmount"), QStringLiteral("1,234.00"))
        << QStringLiteral("transactions[0].foreign.localAmount");
    QTest::newRow("baseTime without an offset")
        << withField(QStringLiteral("page"), QStringLiteral("baseTime"), QStringLiteral("2025-01-31T10:00:00"))
        << QStringLiteral("baseTime");
    QTest::newRow("baseTime with hour 24")
        << withField(QStringLiteral("page"), QStringLiteral("baseTime"), QStringLiteral("2025-01-31T24:00:00Z"))
        << QStringLiteral("baseTime");
    QTest::newRow("count disagrees with the items")
        << withField(QStringLiteral("page"), QStringLiteral("count"), 2) << QStringLiteral("count");
    QTest::newRow("hasNext without nextItemKey")
        << withField(QStringLiteral("page"), QStringLiteral("hasNext"), true) << QStringLiteral("nextItemKey");
    QTest::newRow("hasNext as a string")
        << withField(QStringLiteral("page"), QStringLiteral("hasNext"), QStringLiteral("false")) << QStringLiteral("hasNext");
    QTest::newRow("transactions not a list")
        << withField(QStringLiteral("page"), QStringLiteral("transactions"), QJsonObject{}) << QStringLiteral("transactions");
    QTest::newRow("dateFrom after dateTo")
        << withField(QStringLiteral("page"), QStringLiteral("dateFrom"), QStringLiteral("2025-02-01"))
        << QStringLiteral("dateFrom");
}

void TestApiDecoders::transactionErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    auto page = ApiDecoders::decodeTransactions(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Protocol);
    const QString message = page.error().message;
    QVERIFY2(message.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("GET /v1/cards/{cardId}/transactions")), qPrintable(message));
}

void TestApiDecoders::absurdNumbersAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem");
    const QString range = QStringLiteral("outside the range");
    const QString whole = QStringLiteral("not a whole number");
    const QString number = QStringLiteral("not a number");
    const QString amount = QStringLiteral("transactions[0].amount");
    QTest::newRow("amount 1e300") << withRawAmount("1e300") << amount << range;
    QTest::newRow("amount -1e300") << withRawAmount("-1e300") << amount << range;
    QTest::newRow("amount -1e20") << withRawAmount("-1e20") << amount << range;
    QTest::newRow("amount 2^63") << withRawAmount("9223372036854775808") << amount << range;
    QTest::newRow("amount -2^63-1") << withRawAmount("-9223372036854775809") << amount << range;
    QTest::newRow("amount 2^63-1") << withRawAmount("9223372036854775807") << amount << range;
    QTest::newRow("amount 2^64") << withRawAmount("18446744073709551616") << amount << range;
    QTest::newRow("amount 1e20 written out") << withRawAmount("100000000000000000000") << amount << range;
    QTest::newRow("amount a trillion yen and one") << withRawAmount("1000000000001") << amount << range;
    QTest::newRow("amount minus a trillion yen and one") << withRawAmount("-1000000000001") << amount << range;
    QTest::newRow("amount \"NaN\"") << withRawAmount("\"NaN\"") << amount << number;
    QTest::newRow("amount \"Infinity\"") << withRawAmount("\"Infinity\"") << amount << number;
    QTest::newRow("amount \"1e300\"") << withRawAmount("\"1e300\"") << amount << number;
    QTest::newRow("amount true") << withRawAmount("true") << amount << number;
    QTest::newRow("amount 1e3 (a whole number, but written as a float)") << withRawAmount("1e3") << amount << whole;
    QTest::newRow("amount -0.0") << withRawAmount("-0.0") << amount << whole;
    QByteArray escapedKey = withRawAmount("1200.0");
    escapedKey.replace("\"amount\"", "\"am\\u006fount\"");
    // Refused either way: as a fraction, or (Qt 6.4 keeps the escaped key apart) as missing.
    QTest::newRow("amount 1200.0 behind an escaped key") << escapedKey << amount << QString();

    QTest::newRow("count 2^31 (overflows int)")
        << withField(QStringLiteral("page"), QStringLiteral("count"), 2147483648.0) << QStringLiteral("count") << range;
    QTest::newRow("count 2^32+1 (wraps to 1 as an int)")
        << withField(QStringLiteral("page"), QStringLiteral("count"), 4294967297.0) << QStringLiteral("count") << range;
    QTest::newRow("count -1") << withField(QStringLiteral("page"), QStringLiteral("count"), -1) << QStringLiteral("count")
                              << range;
    QByteArray countOf2p63 = json(validPage());
    countOf2p63.replace("\"count\":1", "\"count\":9223372036854775808");
    QTest::newRow("count 2^63") << countOf2p63 << QStringLiteral("count") << range;
    QTest::newRow("installmentCount 2^31")
        << withField(QStringLiteral("tx"), QStringLiteral("installmentCount"), 2147483648.0)
        << QStringLiteral("transactions[0].installmentCount") << range;
    QTest::newRow("installmentCount 1000")
        << withField(QStringLiteral("tx"), QStringLiteral("installmentCount"), 1000)
        << QStringLiteral("transactions[0].installmentCount") << range;
    QTest::newRow("feeAmount -1e20")
        << withField(QStringLiteral("tx"), QStringLiteral("feeAmount"), -1e20) << QStringLiteral("transactions[0].feeAmount")
        << range;
}

// Amounts and counts an issuer cannot mean: refused with the field and the
// endpoint named, never converted out of range.
void TestApiDecoders::absurdNumbersAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    auto page = ApiDecoders::decodeTransactions(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Protocol);
    const QString message = page.error().message;
    QVERIFY2(message.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("GET /v1/cards/{cardId}/transactions")), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

namespace {

// The CPU time this process has used, in ms.
qint64 cpuTimeMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
}

} // namespace

void TestApiDecoders::budgets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("limit"); // what the message names; empty: the page decodes; "JSON": not JSON
    const QString depth = QStringLiteral("nested more than %1 levels deep").arg(ApiDecoders::kMaxDepth);
    const QString values = QStringLiteral("more than %1 values").arg(ApiDecoders::kMaxElements);
    const QString text = QStringLiteral("longer than %1 bytes").arg(ApiDecoders::kMaxStringBytes);
    const QString work = QStringLiteral("more than %1 units of work").arg(ApiDecoders::kMaxWork);
    const int maxDepth = ApiDecoders::kMaxDepth;

    // Depth: the page is 1 level, "bulk" adds its own.
    QTest::newRow("nesting at the limit decodes") << withBulk(nested(maxDepth - 1)) << QString();
    QTest::newRow("nesting one level past the limit") << withBulk(nested(maxDepth)) << depth;
    QTest::newRow("objects nested past the limit")
        << withBulk(QByteArray("{\"a\":").repeated(maxDepth) + '1' + QByteArray(maxDepth, '}')) << depth;
    QTest::newRow("1,000 deep with fractions (322 KB, once 1 GB and 6 s)")
        << withBulk(QByteArray("[1.5,").repeated(1000) + "1.5" + QByteArray(1000, ']')) << depth;
    QTest::newRow("8 MiB of opening brackets") << QByteArray(kHttpLimit, '[') << depth;
    QTest::newRow("8 MiB nested 4 million deep")
        << (QByteArray("{\"x\":") + nested(int(kHttpLimit / 2 - 8)) + '}') << depth;

    // Values.
    QTest::newRow("a million values decode (the limit, with the page's own)")
        << withBulk(wide(ApiDecoders::kMaxElements - 100, "0")) << QString();
    QTest::newRow("a million and one zeros") << withBulk(wide(ApiDecoders::kMaxElements + 1, "0")) << values;
    QTest::newRow("8 MiB wide array of zeros") << withBulk(wideToSize(kHttpLimit - 1024, "0")) << values;
    QTest::newRow("8 MiB of fractional numbers") << withBulk(wideToSize(kHttpLimit - 1024, "1.5")) << values;
    QTest::newRow("8 MiB of empty objects") << withBulk(wideToSize(kHttpLimit - 1024, "{}")) << values;
    QTest::newRow("8 MiB of nulls") << withBulk(wideToSize(kHttpLimit - 1024, "null")) << values;
    // Each value's path is some 90 bytes long: the work runs out before the values.
    QTest::newRow("8 MiB of fractions 30 deep")
        << withBulk(nested(maxDepth - 3, wideToSize(kHttpLimit - 1024, "1e9"))) << work;

    QByteArray keys = "{";
    for (int i = 0; keys.size() < kHttpLimit - 1100; ++i)
        keys += "\"k" + QByteArray::number(i) + "\":1.5,";
    QTest::newRow("8 MiB object of 700,000 keys with fractions decodes") << withBulk(keys + "\"z\":0}") << QString();
    QTest::newRow("8 MiB of one number's digits") << withBulk(QByteArray(kHttpLimit - 1024, '7')) << QStringLiteral("JSON");

    // Texts.
    QTest::newRow("a text at the limit decodes")
        << withBulk('"' + QByteArray(ApiDecoders::kMaxStringBytes, 'a') + '"') << QString();
    QTest::newRow("a text one byte past the limit")
        << withBulk('"' + QByteArray(ApiDecoders::kMaxStringBytes + 1, 'a') + '"') << text;
    QTest::newRow("a key one byte past the limit")
        << withBulk("{\"" + QByteArray(ApiDecoders::kMaxStringBytes + 1, 'k') + "\":1}") << text;
    QTest::newRow("an 8 MiB text") << withBulk('"' + QByteArray(kHttpLimit - 1024, 'a') + '"') << text;
    QTest::newRow("an 8 MiB merchant name")
        << withField(QStringLiteral("tx"), QStringLiteral("merchantName"), QString(int(kHttpLimit - 1024), u'x'))
        << text;
    QTest::newRow("8 MiB of texts at the limit, digits for the PAN guard decode")
        << withBulk(wideToSize(kHttpLimit - 1024,
                               '"' + QByteArray("4111 1111 1111 1112 ").repeated(ApiDecoders::kMaxStringBytes / 20) + '"'))
        << QString();

    // Work: long keys make every value's path long.
    QByteArray longPath;
    for (int i = 0; i < maxDepth - 3; ++i)
        longPath += "{\"" + QByteArray(2000, char('a' + i % 26)) + "\":";
    QTest::newRow("values under 29 keys of 2,000 bytes")
        << withBulk(longPath + wide(1200, "0") + QByteArray(maxDepth - 3, '}')) << work;
    QTest::newRow("a few values under long keys decode")
        << withBulk(longPath + wide(100, "0") + QByteArray(maxDepth - 3, '}')) << QString();
}

// A body over a budget is refused whole, quickly, naming the endpoint and
// the limit; one at a limit decodes (the valid page around it intact).
void TestApiDecoders::budgets()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, limit);
    QVERIFY(body.size() <= kHttpLimit);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = cpuTimeMs();
    QList<PanFinding> findings;
    auto page = ApiDecoders::decodeTransactions(body, &findings);
    const qint64 cpuMs = cpuTimeMs() - cpuBefore;
    qInfo("%lld bytes: %lld ms of CPU, %lld ms elapsed", qlonglong(body.size()), qlonglong(cpuMs),
          qlonglong(timer.elapsed()));
    // CPU time, not elapsed time: the bound must hold on a loaded machine too.
    QVERIFY2(cpuMs < 1500 * kSanitizerFactor, qPrintable(QStringLiteral("took %1 ms of CPU").arg(cpuMs)));
    if (limit.isEmpty()) {
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->transactions.size(), 1);
        QCOMPARE(page->transactions.at(0).amount, 1200);
        return;
    }
    QVERIFY(!page.ok());
    const QString message = page.error().message;
    // Qt refuses a number of millions of digits as JSON itself.
    QCOMPARE(page.error().code, limit == u"JSON" ? ErrorCode::Protocol : ErrorCode::TooLarge);
    QVERIFY2(message.contains(QStringLiteral("GET /v1/cards/{cardId}/transactions")), qPrintable(message));
    QVERIFY2(message.contains(limit), qPrintable(message));
    QVERIFY2(message.size() < 400, "the message quotes the body");
    QVERIFY(findings.isEmpty()); // refused before the PAN guard looked at it
}

// Every decoder applies the budgets, and an error body over them is not read.
void TestApiDecoders::budgetsOfOtherEndpoints()
{
    const QByteArray bomb = "{\"x\":" + nested(5000) + '}';
    const auto check = [](const auto& result, const char* endpoint) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::TooLarge);
        QVERIFY2(result.error().message.contains(QLatin1String(endpoint)), qPrintable(result.error().message));
    };
    check(ApiDecoders::decodeCards(bomb), "GET /v1/cards");
    check(ApiDecoders::decodeStatement(bomb, QStringLiteral("2025-01")), "GET /v1/cards/{cardId}/statements/");
    check(ApiDecoders::decodeLimits(bomb), "GET /v1/cards/{cardId}/limits");
    check(ApiDecoders::decodeNotices(bomb), "GET /v1/notices");
    check(ApiDecoders::decodeProfile(bomb), "GET /v1/profile");
    QVERIFY(!ApiDecoders::decodeErrorBody("{\"error\":\"server_error\",\"x\":" + nested(5000) + '}').has_value());
    QVERIFY(ApiDecoders::decodeErrorBody("{\"error\":\"server_error\",\"x\":" + nested(8) + '}').has_value());
}

// The PAN guard over the largest body within the budgets: every number found,
// in bounded time.
void TestApiDecoders::eightMiBOfCardNumbersAreAllMasked()
{
    const int perText = int(ApiDecoders::kMaxStringBytes / 20);
    const QByteArray text = '"' + QByteArray("4111 1111 1111 1111 ").repeated(perText) + '"';
    const QByteArray body = withBulk(wideToSize(kHttpLimit - 1024, text));
    const qsizetype texts = (kHttpLimit - 1024 - 2) / (text.size() + 1);
    const qint64 cpuBefore = cpuTimeMs();
    QList<PanFinding> findings;
    auto page = ApiDecoders::decodeTransactions(body, &findings);
    const qint64 cpuMs = cpuTimeMs() - cpuBefore;
    qInfo("%lld bytes, %lld card numbers: %lld ms of CPU", qlonglong(body.size()), qlonglong(findings.size()),
          qlonglong(cpuMs));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QCOMPARE(findings.size(), texts * perText);
    QCOMPARE(findings.first().field, QStringLiteral("bulk[0]"));
    QVERIFY2(cpuMs < 3000 * kSanitizerFactor, qPrintable(QStringLiteral("took %1 ms of CPU").arg(cpuMs)));
}

void TestApiDecoders::unknownFieldsIgnored()
{
    QJsonObject page = validPage();
    page.insert(QStringLiteral("futureField"), QJsonObject{{QStringLiteral("nested"), 1.5}});
    QJsonArray items = page.value(QStringLiteral("transactions")).toArray();
    QJsonObject tx = items.at(0).toObject();
    tx.insert(QStringLiteral("loyaltyPoints"), 12.5);
    tx.insert(QStringLiteral("category"), QStringLiteral("food"));
    items.replace(0, tx);
    page.insert(QStringLiteral("transactions"), items);
    auto decoded = ApiDecoders::decodeTransactions(json(page));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->transactions.at(0).merchantName, QStringLiteral("テスト商店"));
}

void TestApiDecoders::cardsStatementsLimitsNotices_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("badField"); // empty: must decode

    const QByteArray cardOk = R"({"cards":[{"cardId":"c1","maskedPan":"5302-32**-****-1234","cardName":"星空カード","holderType":"principal","isVirtual":false}],"count":1})";
    QTest::newRow("cards: valid") << QStringLiteral("cards") << cardOk << QString();
    QTest::newRow("cards: isVirtual as a string")
        << QStringLiteral("cards")
        << QByteArray(R"({"cards":[{"cardId":"c1","maskedPan":"x","cardName":"n","holderType":"principal","isVirtual":"no"}]})")
        << QStringLiteral("cards[0].isVirtual");
    QTest::newRow("cards: no cards list") << QStringLiteral("cards") << QByteArray(R"({"count":0})") << QStringLiteral("cards");
    QTest::newRow("cards: not JSON") << QStringLiteral("cards") << QByteArray(R"({"cards":[{"cardId":"c1",)")
                                     << QStringLiteral("JSON");
    QTest::newRow("cards: a list at the top") << QStringLiteral("cards") << QByteArray("[]") << QStringLiteral("object");

    const QByteArray st = R"({"cardId":"c1","billingMonth":"2025-01","closingDate":"2024-12-15","dueDate":"2025-01-10","billingStatus":"confirmed","totalBilledAmount":12345,"newUsageAmount":12000,"transactionCount":10,"currencyCode":"JPY"})";
    QTest::newRow("statement: valid") << QStringLiteral("statement") << st << QString();
    QTest::newRow("statement: another month")
        << QStringLiteral("statement") << QByteArray(st).replace("\"2025-01\"", "\"2025-02\"") << QStringLiteral("billingMonth");
    QTest::newRow("statement: total as a float")
        << QStringLiteral("statement") << QByteArray(st).replace("12345", "12345.0") << QStringLiteral("totalBilledAmount");
    QTest::newRow("statement: unknown billingStatus")
        << QStringLiteral("statement") << QByteArray(st).replace("\"confirmed\"", "\"final\"") << QStringLiteral("billingStatus");
    QTest::newRow("statement: in dollars")
        << QStringLiteral("statement") << QByteArray(st).replace("JPY", "USD") << QStringLiteral("currencyCode");
    QTest::newRow("statement: dueDate missing")
        << QStringLiteral("statement") << QByteArray(st).replace("\"dueDate\":\"2025-01-10\",", "") << QStringLiteral("dueDate");

    const QByteArray lim = R"({"cardId":"c1","currencyCode":"JPY","shoppingLimit":500000,"shoppingAvailable":400000,"cashingLimit":100000,"cashingAvailable":100000})";
    QTest::newRow("limits: valid without optional fields") << QStringLiteral("limits") << lim << QString();
    QTest::newRow("limits: shoppingLimit missing")
        << QStringLiteral("limits") << QByteArray(lim).replace("\"shoppingLimit\":500000,", "") << QStringLiteral("shoppingLimit");
    QTest::newRow("limits: revolvingAvailable as a string")
        << QStringLiteral("limits") << QByteArray(lim).replace("}", ",\"revolvingAvailable\":\"1\"}")
        << QStringLiteral("revolvingAvailable");

    const QByteArray no = R"({"notices":[{"noticeId":"n1","kind":"security","title":"t","body":"b","publishedAt":"2025-01-01T09:00:00+09:00","startsAt":null,"endsAt":null}],"count":1})";
    QTest::newRow("notices: valid") << QStringLiteral("notices") << no << QString();
    QTest::newRow("notices: publishedAt without offset")
        << QStringLiteral("notices") << QByteArray(no).replace("+09:00", "") << QStringLiteral("notices[0].publishedAt");
    QTest::newRow("notices: noticeId missing")
        << QStringLiteral("notices") << QByteArray(no).replace("\"noticeId\":\"n1\",", "") << QStringLiteral("notices[0].noticeId");
}

void TestApiDecoders::cardsStatementsLimitsNotices()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, badField);
    std::optional<Error> error;
    if (endpoint == u"cards") {
        auto r = ApiDecoders::decodeCards(body);
        if (!r)
            error = r.error();
    } else if (endpoint == u"statement") {
        auto r = ApiDecoders::decodeStatement(body, QStringLiteral("2025-01"));
        if (!r)
            error = r.error();
        else
            QCOMPARE(r->totalBilledAmount, 12345);
    } else if (endpoint == u"limits") {
        auto r = ApiDecoders::decodeLimits(body);
        if (!r)
            error = r.error();
        else
            QVERIFY(!r->revolvingAvailable.has_value());
    } else {
        auto r = ApiDecoders::decodeNotices(body);
        if (!r)
            error = r.error();
    }
    if (badField.isEmpty()) {
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    } else {
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(badField), qPrintable(error->message));
        QVERIFY2(error->message.contains(QStringLiteral("/v1/")), qPrintable(error->message));
    }
}

void TestApiDecoders::validators_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("date ISO") << "date" << "2024-02-29" << true;
    QTest::newRow("date not a leap year") << "date" << "2023-02-29" << false;
    QTest::newRow("date short month") << "date" << "2024-2-09" << false;
    QTest::newRow("date with time") << "date" << "2024-02-09T00:00" << false;
    QTest::newRow("time Z") << "time" << "2025-01-31T01:00:00Z" << true;
    QTest::newRow("time offset") << "time" << "2025-01-31T10:00:00+09:00" << true;
    QTest::newRow("time fraction") << "time" << "2025-01-31T10:00:00.123456+09:00" << true;
    QTest::newRow("time no offset") << "time" << "2025-01-31T10:00:00" << false;
    QTest::newRow("time offset without colon") << "time" << "2025-01-31T10:00:00+0900" << false;
    QTest::newRow("time date only") << "time" << "2025-01-31" << false;
    QTest::newRow("currency JPY") << "currency" << "JPY" << true;
    QTest::newRow("currency EUR") << "currency" << "EUR" << true;
    QTest::newRow("currency lower case") << "currency" << "jpy" << false;
    QTest::newRow("currency invented") << "currency" << "ABC" << false;
    QTest::newRow("currency four letters") << "currency" << "JPYY" << false;
    QTest::newRow("method one payment") << "method" << "10" << true;
    QTest::newRow("method bonus 24") << "method" << "24" << true;
    QTest::newRow("method bonus combined 34") << "method" << "34" << true;
    QTest::newRow("method installments") << "method" << "61" << true;
    QTest::newRow("method revolving") << "method" << "80" << true;
    QTest::newRow("method 25") << "method" << "25" << false;
    QTest::newRow("method empty") << "method" << "" << false;
}

void TestApiDecoders::validators()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    bool got = false;
    if (kind == u"date")
        got = ApiDecoders::isDate(text);
    else if (kind == u"time")
        got = ApiDecoders::parseRfc3339(text).isValid();
    else if (kind == u"currency")
        got = ApiDecoders::isKnownCurrency(text);
    else
        got = ApiDecoders::isPaymentMethod(text);
    QCOMPARE(got, valid);
}

void TestApiDecoders::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Visa test number") << "4111111111111111" << true;
    QTest::newRow("Mastercard test number") << "5555555555554444" << true;
    QTest::newRow("Amex test number (15)") << "378282246310005" << true;
    QTest::newRow("JCB test number") << "3530111333300000" << true;
    QTest::newRow("last digit changed") << "4111111111111112" << false;
    QTest::newRow("full-width digits") << QStringLiteral("４１１１１１１１１１１１１１１１") << true;
    QTest::newRow("a letter inside") << "41111111a1111111" << false;
}

void TestApiDecoders::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(PanGuard::luhnValid(digits), valid);
}

void TestApiDecoders::panGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pan");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("plain 16 digits") << "4111111111111111" << true << "************1111";
    QTest::newRow("in a sentence") << "ご利用カード番号 5555555555554444 です" << true << "ご利用カード番号 ************4444 です";
    QTest::newRow("grouped by spaces") << "4111 1111 1111 1111" << true << "************1111";
    QTest::newRow("grouped by hyphens") << "4111-1111-1111-1111" << true << "************1111";
    QTest::newRow("Amex grouping 4-6-5") << "3782-822463-10005" << true << "***********0005";
    QTest::newRow("full-width digits and hyphens")
        << QStringLiteral("５５５５－５５５５－５５５５－４４４４") << true << "************4444";
    QTest::newRow("13 digits Luhn-valid") << "4222222222222" << true << "*********2222";
    QTest::newRow("19 digits Luhn-valid") << "6011000990139424009" << true << "***************4009";
    QTest::newRow("20 digits") << "60110009901394240091" << false << "60110009901394240091";
    QTest::newRow("16 digits failing Luhn") << "4111111111111112" << false << "4111111111111112";
    QTest::newRow("12 digits") << "411111111111" << false << "411111111111";
    QTest::newRow("masked number") << "5302-32**-****-1234" << false << "5302-32**-****-1234";
    QTest::newRow("two dates") << "2025-01-01 2025-02-01" << false << "2025-01-01 2025-02-01";
    QTest::newRow("phone number") << "0120-123-456" << false << "0120-123-456";
    QTest::newRow("25-digit reference") << "1234567890123456789012345" << false << "1234567890123456789012345";
    QTest::newRow("two PANs") << "4111111111111111 / 5555555555554444" << true << "************1111 / ************4444";
    QTest::newRow("an id of 12 and 7 digits") << "123456789012-0001234" << false << "123456789012-0001234";
    QTest::newRow("grouped 4-4-4-4-3 (19 digits)") << "6011 0009 9013 9424 009" << true << "***************4009";
    QTest::newRow("16 digits then a suffix") << "4111111111111111-01" << true << "************1111-01";
    QTest::newRow("empty") << "" << false << "";
}

void TestApiDecoders::panGuard()
{
    QFETCH(QString, text);
    QFETCH(bool, pan);
    QFETCH(QString, redacted);
    QCOMPARE(PanGuard::containsPan(text), pan);
    QCOMPARE(PanGuard::redact(text), redacted);
}

void TestApiDecoders::panGuardInDecodedPage()
{
    QJsonObject page = validPage();
    QJsonArray items = page.value(QStringLiteral("transactions")).toArray();
    QJsonObject tx = items.at(0).toObject();
    tx.insert(QStringLiteral("remarks"), QStringLiteral("ご利用カード番号 4111-1111-1111-1111"));
    tx.insert(QStringLiteral("merchantName"), QStringLiteral("店 5555555555554444"));
    tx.insert(QStringLiteral("transactionId"), QStringLiteral("4111111111111111"));
    items.replace(0, tx);
    page.insert(QStringLiteral("transactions"), items);
    QList<PanFinding> findings;
    const SecretBytes key = SecretBytes::random(32);
    auto decoded = ApiDecoders::decodeTransactions(json(page), &findings, &key);
    QVERIFY(decoded.ok());
    QCOMPARE(findings.size(), 3);
    QStringList fields;
    for (const PanFinding& f : findings)
        fields << f.field + u' ' + QString::number(int(f.action));
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("transactions[0].merchantName %1").arg(int(PanAction::Masked)),
                                  QStringLiteral("transactions[0].remarks %1").arg(int(PanAction::Masked)),
                                  QStringLiteral("transactions[0].transactionId %1").arg(int(PanAction::Fingerprinted))}));
    const CardTransaction& t = decoded->transactions.at(0);
    // An identifier is replaced by a keyed fingerprint, not masked (masks of two ids could be equal).
    QVERIFY(t.transactionId.startsWith(QStringLiteral("redacted-k1-")));
    QVERIFY(!t.transactionId.contains(QStringLiteral("1111")));
    QCOMPARE(ApiDecoders::decodeTransactions(json(page), nullptr, &key)->transactions.at(0).transactionId, t.transactionId);
    // Without a key the page is dropped rather than hashed.
    QVERIFY(!ApiDecoders::decodeTransactions(json(page)).ok());
    QVERIFY(!t.remarks.contains(QStringLiteral("4111")));
    QVERIFY(t.remarks.endsWith(QStringLiteral("1111")));
    QVERIFY(!PanGuard::containsPan(t.remarks));
    QVERIFY(!PanGuard::containsPan(t.merchantName));
}

void TestApiDecoders::apiVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("supported");
    QTest::newRow("1.2.0") << "1.2.0" << true;
    QTest::newRow("1") << "1" << true;
    QTest::newRow("v1.0") << "v1.0" << true;
    QTest::newRow("1.3.0-beta") << "1.3.0-beta" << true;
    QTest::newRow("2.0.0") << "2.0.0" << false;
    QTest::newRow("0.9") << "0.9" << false;
    QTest::newRow("garbage") << "latest" << false;
}

void TestApiDecoders::apiVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, supported);
    const Status s = ApiDecoders::checkApiVersion(version, Text::verbatim(QStringLiteral("星空カード")));
    QCOMPARE(s.ok(), supported);
    if (!supported) {
        QCOMPARE(s.error().code, ErrorCode::UnsupportedVersion);
        QVERIFY(s.error().message.contains(QStringLiteral("星空カード")));
        QVERIFY(s.error().message.contains(QStringLiteral("Update Meisai")));
    }
}

void TestApiDecoders::deprecationHeaders()
{
    auto info = ApiDecoders::parseDeprecation("@1735657200", "Thu, 31 Dec 2026 15:00:00 GMT",
                                              "<https://x.example/#deprecations>; rel=\"deprecation\"; type=\"text/html\"");
    QVERIFY(info.has_value());
    QCOMPARE(info->deprecatedAt, QDateTime(QDate(2024, 12, 31), QTime(15, 0), Qt::UTC));
    QCOMPARE(info->sunsetAt, QDateTime(QDate(2026, 12, 31), QTime(15, 0), Qt::UTC));
    QCOMPARE(info->link, QStringLiteral("https://x.example/#deprecations"));
    QVERIFY(!ApiDecoders::parseDeprecation({}, {}).has_value());
    auto onlyTrue = ApiDecoders::parseDeprecation("true", {});
    QVERIFY(onlyTrue.has_value());
    QVERIFY(!onlyTrue->deprecatedAt.isValid());
}

void TestApiDecoders::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("secs");
    QTest::newRow("seconds") << QByteArray("30") << 30;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("HTTP date 2 minutes ahead") << QByteArray("Wed, 01 Jan 2025 00:02:00 GMT") << 120;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
}

void TestApiDecoders::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, secs);
    const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(ApiDecoders::parseRetryAfter(header, now), secs);
}

void TestApiDecoders::errorBody()
{
    auto body = ApiDecoders::decodeErrorBody(
        R"({"error":"maintenance","errorCode":"E503-01","errorMessage":"メンテナンス中","errorDetails":[{"field":"x","message":"y"}]})");
    QVERIFY(body.has_value());
    QCOMPARE(body->error, QStringLiteral("maintenance"));
    QCOMPARE(body->errorMessage, QStringLiteral("メンテナンス中"));
    QCOMPARE(body->details, QStringList{QStringLiteral("x: y")});
    QVERIFY(!ApiDecoders::decodeErrorBody("<html>").has_value());
}

QTEST_GUILESS_MAIN(TestApiDecoders)
#include "TestApiDecoders.moc"
