// The card API's header and field parsers: the input is split into lines
// fed to Deprecation, Sunset, Link, Retry-After, the API version check and
// the date validators, so one input reaches all of them.

#include "FuzzSupport.h"

#include "api/ApiDecoders.h"

#include <QDateTime>
#include <QList>

using namespace meisai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> lines = input.split('\n');
    const auto line = [&lines](qsizetype i) { return i < lines.size() ? lines[i] : QByteArray(); };
    const QDateTime now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

    const auto deprecation = ApiDecoders::parseDeprecation(line(0), line(1), line(2));
    Q_UNUSED(deprecation);
    const int retryAfter = ApiDecoders::parseRetryAfter(line(3), now);
    Q_UNUSED(retryAfter);
    const QDateTime date = ApiDecoders::parseHttpDate(line(0));
    Q_UNUSED(date);

    const QString text = QString::fromUtf8(input);
    const Status version = ApiDecoders::checkApiVersion(text, Text::verbatim(QStringLiteral("Fuzz Card")));
    Q_UNUSED(version);
    const QDateTime time = ApiDecoders::parseRfc3339(text);
    Q_UNUSED(time);
    const bool checks[] = {ApiDecoders::isDate(text), ApiDecoders::isMonth(text), ApiDecoders::isKnownCurrency(text),
                           ApiDecoders::isPaymentMethod(text)};
    Q_UNUSED(checks);
    return 0;
}
