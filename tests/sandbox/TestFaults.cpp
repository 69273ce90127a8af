// Faults on its own: the bookkeeping (counts that clear a fault, one fault per
// mode and issuer, issuers kept apart) and what each mode does to a response,
// with an injected clock.

#include "Faults.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

using namespace meisai::sandbox;

namespace {

const QString kA = QStringLiteral("issuer-a");
const QString kB = QStringLiteral("issuer-b");
const QDateTime kNow(QDate(2026, 3, 14), QTime(1, 30), QTimeZone::utc());

Fault fault(FaultMode mode, const QString& arg = {}, int count = 0)
{
    Fault f;
    f.mode = mode;
    f.arg = arg;
    f.remaining = count;
    return f;
}

HttpResponse okResponse()
{
    return HttpResponse::json(200, R"({"cards":[{"cardId":"crd_1","maskedPan":"5302-32**-****-1234"}],"count":1})");
}

} // namespace

Q_DECLARE_METATYPE(FaultMode)
Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(HttpResponse::Delivery)

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void countClearsTheFault_data();
    void countClearsTheFault();
    void setRefusesWhatCannotApply_data();
    void setRefusesWhatCannotApply();
    void settingAgainReplacesTheCount();
    void issuersAreKeptApart();
    void listIsOrderedByModeName();
    void refusalsInOrderOneUseEach_data();
    void refusalsInOrderOneUseEach();
    void bodyFaults_data();
    void bodyFaults();
    void latencyAndApiVersion_data();
    void latencyAndApiVersion();
    void pageChain_data();
    void pageChain();
    void expireTokensAsksForAllTokensAndThenPerRequest();
    void maintenanceNotice_data();
    void maintenanceNotice();

private:
    Faults m_faults{{kA, kB}, [] { return kNow; }};
};

void TestFaults::countClearsTheFault_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("uses");
    QTest::addColumn<bool>("stillActive");
    QTest::addColumn<int>("remaining");
    QTest::newRow("no count lasts until cleared") << 0 << 50 << true << 0;
    QTest::newRow("count 1, used once") << 1 << 1 << false << 0;
    QTest::newRow("count 3, used twice") << 3 << 2 << true << 1;
    QTest::newRow("count 3, used three times") << 3 << 3 << false << 0;
    QTest::newRow("count 2, used more often than that") << 2 << 5 << false << 0;
}

void TestFaults::countClearsTheFault()
{
    QFETCH(int, count);
    QFETCH(int, uses);
    QFETCH(bool, stillActive);
    QFETCH(int, remaining);
    Faults faults({kA});
    QString error;
    QVERIFY2(faults.set(kA, fault(FaultMode::ServerError, {}, count), &error), qPrintable(error));
    for (int i = 0; i < uses; ++i)
        faults.consume(kA, FaultMode::ServerError);
    const Fault* f = faults.active(kA, FaultMode::ServerError);
    QCOMPARE(f != nullptr, stillActive);
    if (f)
        QCOMPARE(f->remaining, remaining);
    QCOMPARE(faults.list(kA).size(), stillActive ? 1 : 0);
}

void TestFaults::setRefusesWhatCannotApply_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<FaultMode>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("accepted") << kA << FaultMode::Latency << QStringLiteral("250") << QString();
    QTest::newRow("unknown issuer") << QStringLiteral("nobody") << FaultMode::ServerError << QString() << QStringLiteral("unknown issuer \"nobody\"");
    QTest::newRow("argument where none is taken") << kA << FaultMode::PanLeak << QStringLiteral("1")
                                                  << QStringLiteral("fault mode \"pan-leak\" takes no argument");
    QTest::newRow("oversized beyond 1 GiB") << kA << FaultMode::OversizedBody << QStringLiteral("1025")
                                            << QStringLiteral("fault \"oversized-body\" needs a whole number argument, got \"1025\"");
    QTest::newRow("version that is no version") << kA << FaultMode::ApiVersion << QStringLiteral("two")
                                                << QStringLiteral("fault \"api-version\" needs a version such as 2.0.0, got \"two\"");
}

void TestFaults::setRefusesWhatCannotApply()
{
    QFETCH(QString, issuer);
    QFETCH(FaultMode, mode);
    QFETCH(QString, arg);
    QFETCH(QString, error);
    Faults faults({kA});
    QString why;
    QCOMPARE(faults.set(issuer, fault(mode, arg), &why), error.isEmpty());
    QCOMPARE(why, error);
    QCOMPARE(faults.active(kA, mode) != nullptr, error.isEmpty());
}

void TestFaults::settingAgainReplacesTheCount()
{
    Faults faults({kA});
    QString error;
    QVERIFY(faults.set(kA, fault(FaultMode::TooManyRequests, QStringLiteral("7"), 2), &error));
    faults.consume(kA, FaultMode::TooManyRequests);
    QVERIFY(faults.set(kA, fault(FaultMode::TooManyRequests, QStringLiteral("9"), 5), &error));
    QCOMPARE(faults.list(kA).size(), 1);
    QCOMPARE(faults.active(kA, FaultMode::TooManyRequests)->remaining, 5);
    QCOMPARE(faults.active(kA, FaultMode::TooManyRequests)->arg, QStringLiteral("9"));
}

void TestFaults::issuersAreKeptApart()
{
    Faults faults({kA, kB});
    QString error;
    QVERIFY(faults.set(kA, fault(FaultMode::ServerError, {}, 1), &error));
    QVERIFY(faults.set(kA, fault(FaultMode::Latency), &error));
    QVERIFY(faults.set(kB, fault(FaultMode::ServerError, {}, 1), &error));
    QVERIFY(!faults.active(kB, FaultMode::Latency));
    faults.consume(kA, FaultMode::ServerError);
    QVERIFY(!faults.active(kA, FaultMode::ServerError));
    QVERIFY(faults.active(kB, FaultMode::ServerError));
    faults.clear(kA);
    QVERIFY(faults.list(kA).isEmpty());
    QCOMPARE(faults.list(kB).size(), 1);
    faults.clear(kB, FaultMode::Latency); // not set there: nothing happens
    QCOMPARE(faults.list(kB).size(), 1);
    faults.clear(kB, FaultMode::ServerError);
    QVERIFY(faults.list(kB).isEmpty());
}

void TestFaults::listIsOrderedByModeName()
{
    Faults faults({kA}, [] { return kNow; });
    QString error;
    for (FaultMode mode : {FaultMode::Latency, FaultMode::ApiVersion, FaultMode::ServerError, FaultMode::TooManyRequests})
        QVERIFY(faults.set(kA, fault(mode), &error));
    QStringList names;
    for (const Fault& f : faults.list(kA))
        names.append(toString(f.mode));
    QCOMPARE(names, (QStringList{QStringLiteral("429"), QStringLiteral("500"), QStringLiteral("api-version"), QStringLiteral("latency")}));
    QCOMPARE(faults.list(kA).first().since, kNow);
}

void TestFaults::refusalsInOrderOneUseEach_data()
{
    QTest::addColumn<QList<Fault>>("set");
    QTest::addColumn<QList<int>>("statuses"); // of successive takeRefusal() calls; 0 = none
    QTest::addColumn<QList<QByteArray>>("retryAfter");
    QTest::newRow("maintenance, then 500, then 429")
        << QList<Fault>{fault(FaultMode::TooManyRequests, {}, 1), fault(FaultMode::ServerError, {}, 1), fault(FaultMode::Maintenance, {}, 1)}
        << QList<int>{503, 500, 429, 0} << QList<QByteArray>{"600", "", "30", ""};
    QTest::newRow("arguments are the Retry-After")
        << QList<Fault>{fault(FaultMode::Maintenance, QStringLiteral("120"), 1), fault(FaultMode::TooManyRequests, QStringLiteral("7"), 2)}
        << QList<int>{503, 429, 429, 0} << QList<QByteArray>{"120", "7", "7", ""};
    QTest::newRow("until cleared") << QList<Fault>{fault(FaultMode::ServerError)} << QList<int>{500, 500, 500}
                                   << QList<QByteArray>{"", "", ""};
    QTest::newRow("other modes refuse nothing")
        << QList<Fault>{fault(FaultMode::Latency), fault(FaultMode::MalformedJson), fault(FaultMode::ApiVersion)}
        << QList<int>{0} << QList<QByteArray>{""};
}

void TestFaults::refusalsInOrderOneUseEach()
{
    QFETCH(QList<Fault>, set);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<QByteArray>, retryAfter);
    Faults faults({kA});
    QString error;
    for (const Fault& f : set)
        QVERIFY2(faults.set(kA, f, &error), qPrintable(error));
    for (int i = 0; i < statuses.size(); ++i) {
        const std::optional<Faults::Refusal> r = faults.takeRefusal(kA);
        QCOMPARE(r ? r->status : 0, statuses.at(i));
        QCOMPARE(r ? r->retryAfter : QByteArray(), retryAfter.at(i));
        if (r)
            QVERIFY(!r->error.isEmpty() && !r->message.isEmpty());
    }
}

void TestFaults::bodyFaults_data()
{
    QTest::addColumn<QList<Fault>>("set");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<HttpResponse::Delivery>("delivery");
    QTest::addColumn<qint64>("oversizedBytes");
    QTest::addColumn<int>("faultsLeft");
    const auto normal = HttpResponse::Delivery::Normal;
    QTest::newRow("none") << QList<Fault>{} << false << normal << qint64(0) << 0;
    QTest::newRow("malformed-json") << QList<Fault>{fault(FaultMode::MalformedJson, {}, 1)} << true << normal << qint64(0) << 0;
    QTest::newRow("truncated-body") << QList<Fault>{fault(FaultMode::TruncatedBody, {}, 1)} << false
                                    << HttpResponse::Delivery::Truncated << qint64(0) << 0;
    QTest::newRow("oversized-body default 64 MiB") << QList<Fault>{fault(FaultMode::OversizedBody, {}, 1)} << false
                                                   << HttpResponse::Delivery::Oversized << (qint64(64) << 20) << 0;
    QTest::newRow("oversized-body 0 is 1 MiB") << QList<Fault>{fault(FaultMode::OversizedBody, QStringLiteral("0"))} << false
                                               << HttpResponse::Delivery::Oversized << (qint64(1) << 20) << 1;
    QTest::newRow("malformed-json first, the others wait")
        << QList<Fault>{fault(FaultMode::OversizedBody, {}, 1), fault(FaultMode::TruncatedBody, {}, 1), fault(FaultMode::MalformedJson, {}, 1)}
        << true << normal << qint64(0) << 2;
    QTest::newRow("truncated-body before oversized-body")
        << QList<Fault>{fault(FaultMode::OversizedBody, {}, 1), fault(FaultMode::TruncatedBody, {}, 1)} << false
        << HttpResponse::Delivery::Truncated << qint64(0) << 1;
}

void TestFaults::bodyFaults()
{
    QFETCH(QList<Fault>, set);
    QFETCH(bool, malformed);
    QFETCH(HttpResponse::Delivery, delivery);
    QFETCH(qint64, oversizedBytes);
    QFETCH(int, faultsLeft);
    Faults faults({kA});
    QString error;
    for (const Fault& f : set)
        QVERIFY2(faults.set(kA, f, &error), qPrintable(error));
    const HttpResponse before = okResponse();
    HttpResponse r = okResponse();
    faults.applyToBody(kA, r);
    if (malformed) {
        QVERIFY(r.body.startsWith(before.body.left(before.body.size() * 2 / 3)));
        QVERIFY(r.body.endsWith(",\"unterminated"));
    } else {
        QCOMPARE(r.body, before.body);
    }
    QCOMPARE(r.delivery, delivery);
    QCOMPARE(r.oversizedBytes, oversizedBytes);
    QCOMPARE(r.status, 200);
    QCOMPARE(faults.list(kA).size(), faultsLeft);
}

void TestFaults::latencyAndApiVersion_data()
{
    QTest::addColumn<FaultMode>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QByteArray>("apiVersion"); // empty: the card API's own
    QTest::newRow("no fault") << FaultMode::ServerError << QString() << 0 << QByteArray();
    QTest::newRow("latency default") << FaultMode::Latency << QString() << 2000 << QByteArray();
    QTest::newRow("latency 250 ms") << FaultMode::Latency << QStringLiteral("250") << 250 << QByteArray();
    QTest::newRow("api-version default") << FaultMode::ApiVersion << QString() << 0 << QByteArray("2.0.0");
    QTest::newRow("api-version 3.1") << FaultMode::ApiVersion << QStringLiteral("3.1") << 0 << QByteArray("3.1");
}

void TestFaults::latencyAndApiVersion()
{
    QFETCH(FaultMode, mode);
    QFETCH(QString, arg);
    QFETCH(int, delayMs);
    QFETCH(QByteArray, apiVersion);
    Faults faults({kA});
    QString error;
    if (mode != FaultMode::ServerError)
        QVERIFY2(faults.set(kA, fault(mode, arg, 1), &error), qPrintable(error));
    HttpResponse r = okResponse();
    faults.applyLatency(kA, r);
    QCOMPARE(r.delayMs, delayMs);
    QCOMPARE(faults.takeApiVersion(kA).value_or(QByteArray()), apiVersion);
    // Each was used once: a second response is left alone.
    HttpResponse again = okResponse();
    faults.applyLatency(kA, again);
    QCOMPARE(again.delayMs, 0);
    QVERIFY(!faults.takeApiVersion(kA));
}

void TestFaults::pageChain_data()
{
    QTest::addColumn<QList<FaultMode>>("modes");
    QTest::addColumn<int>("expected"); // Faults::PageChain
    QTest::addColumn<int>("faultsLeft");
    QTest::addColumn<QString>("arg"); // repeat-key's
    QTest::addColumn<int>("cycle");
    QTest::newRow("none") << QList<FaultMode>{FaultMode::Latency} << int(Faults::PageChain::Normal) << 1 << QString() << -1;
    QTest::newRow("repeat-key") << QList<FaultMode>{FaultMode::RepeatKey} << int(Faults::PageChain::RepeatKey) << 0
                                << QString() << 1;
    QTest::newRow("repeat-key cycle of 3") << QList<FaultMode>{FaultMode::RepeatKey} << int(Faults::PageChain::RepeatKey)
                                           << 0 << QStringLiteral("3") << 3;
    QTest::newRow("repeat-key cycle of 0 counts as 1")
        << QList<FaultMode>{FaultMode::RepeatKey} << int(Faults::PageChain::RepeatKey) << 0 << QStringLiteral("0") << 1;
    QTest::newRow("endless-pages") << QList<FaultMode>{FaultMode::EndlessPages} << int(Faults::PageChain::Endless) << 0
                                   << QString() << -1;
    QTest::newRow("repeat-key before endless-pages")
        << QList<FaultMode>{FaultMode::EndlessPages, FaultMode::RepeatKey} << int(Faults::PageChain::RepeatKey) << 1
        << QString() << 1;
}

void TestFaults::pageChain()
{
    QFETCH(QList<FaultMode>, modes);
    QFETCH(int, expected);
    QFETCH(int, faultsLeft);
    QFETCH(QString, arg);
    QFETCH(int, cycle);
    Faults faults({kA, kB});
    QString error;
    for (FaultMode mode : modes)
        QVERIFY2(faults.set(kA, fault(mode, mode == FaultMode::RepeatKey ? arg : QString(), 1), &error), qPrintable(error));
    QCOMPARE(int(faults.takePageChain(kB)), int(Faults::PageChain::Normal)); // only the issuer it was set for
    int taken = -1;
    QCOMPARE(int(faults.takePageChain(kA, &taken)), expected);
    QCOMPARE(taken, cycle);
    QCOMPARE(faults.list(kA).size(), faultsLeft);
}

void TestFaults::expireTokensAsksForAllTokensAndThenPerRequest()
{
    Faults faults({kA, kB});
    QSignalSpy expired(&faults, &Faults::accessTokensExpired);
    QString error;
    QVERIFY(!faults.takeTokenExpiry(kA));
    QVERIFY(faults.set(kA, fault(FaultMode::Latency), &error));
    QCOMPARE(expired.size(), 0);
    QVERIFY(faults.set(kA, fault(FaultMode::ExpireTokens, {}, 2), &error));
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().toString(), kA);
    QVERIFY(!faults.takeTokenExpiry(kB));
    QVERIFY(faults.takeTokenExpiry(kA));
    QVERIFY(faults.takeTokenExpiry(kA));
    QVERIFY(!faults.takeTokenExpiry(kA)); // used up
}

void TestFaults::maintenanceNotice_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<int>("lastsSecs");
    QTest::newRow("default 600 s") << QString() << 600;
    QTest::newRow("Retry-After 120 s") << QStringLiteral("120") << 120;
}

void TestFaults::maintenanceNotice()
{
    QFETCH(QString, arg);
    QFETCH(int, lastsSecs);
    QVERIFY(!m_faults.maintenanceNotice(kA));
    QString error;
    QVERIFY(m_faults.set(kA, fault(FaultMode::Maintenance, arg), &error));
    const std::optional<Notice> n = m_faults.maintenanceNotice(kA);
    QVERIFY(n);
    QCOMPARE(n->id, QStringLiteral("maintenance-now"));
    QCOMPARE(n->kind, QStringLiteral("maintenance"));
    QCOMPARE(n->startsAt, kNow);
    QCOMPARE(n->endsAt, kNow.addSecs(lastsSecs));
    QVERIFY2(n->body.contains(kNow.addSecs(lastsSecs).toOffsetFromUtc(9 * 3600).toString(Qt::ISODate)), qPrintable(n->body));
    QVERIFY(!m_faults.maintenanceNotice(kB));
    m_faults.clear(kA, FaultMode::Maintenance);
    QVERIFY(!m_faults.maintenanceNotice(kA));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "TestFaults.moc"
