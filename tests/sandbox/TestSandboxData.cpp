// The sandbox's synthetic data on its own: deterministic, statements equal to
// their transactions, Luhn-valid numbers, and 100,000 transactions generated fast.

#include "CardData.h"
#include "Fault.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace meisai::sandbox;

class TestSandboxData final : public QObject
{
    Q_OBJECT

private slots:
    void luhn_data();
    void luhn();
    void faultSpecs_data();
    void faultSpecs();
    void deterministic();
    void statementsEqualTransactions_data();
    void statementsEqualTransactions();
    void confirmPendingKeepsStatementsConsistent();
    void hundredThousandIsFast();
};

void TestSandboxData::luhn_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("visa test number") << QStringLiteral("4111111111111111") << true;
    QTest::newRow("mastercard test number") << QStringLiteral("5555555555554444") << true;
    QTest::newRow("one digit off") << QStringLiteral("4111111111111112") << false;
    QTest::newRow("too short") << QStringLiteral("4") << false;
}

void TestSandboxData::luhn()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(luhnValid(number), valid);
    if (number.size() > 1)
        QVERIFY(luhnValid(luhnComplete(number.left(number.size() - 1))));
}

void TestSandboxData::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("arg");
    QTest::newRow("500") << QStringLiteral("hoshizora-card:500") << true << QStringLiteral("hoshizora-card") << QStringLiteral("500") << QString();
    QTest::newRow("latency with ms") << QStringLiteral("kaede-card:latency:250") << true << QStringLiteral("kaede-card") << QStringLiteral("latency") << QStringLiteral("250");
    QTest::newRow("maintenance with retry") << QStringLiteral("momo-pay:maintenance:120") << true << QStringLiteral("momo-pay") << QStringLiteral("maintenance") << QStringLiteral("120");
    QTest::newRow("pan-leak") << QStringLiteral("momo-pay:pan-leak") << true << QStringLiteral("momo-pay") << QStringLiteral("pan-leak") << QString();
    QTest::newRow("unknown mode") << QStringLiteral("momo-pay:explode") << false << QString() << QString() << QString();
    QTest::newRow("no mode") << QStringLiteral("momo-pay") << false << QString() << QString() << QString();
    QTest::newRow("arg not a number") << QStringLiteral("momo-pay:latency:soon") << false << QString() << QString() << QString();
    QTest::newRow("arg where none is taken") << QStringLiteral("momo-pay:500:3") << false << QString() << QString() << QString();
    QTest::newRow("too many parts") << QStringLiteral("a:429:1:2") << false << QString() << QString() << QString();
}

void TestSandboxData::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QString issuerId;
    Fault fault;
    QString error;
    QCOMPARE(parseFaultSpec(spec, &issuerId, &fault, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QTEST(issuerId, "issuer");
    QTEST(toString(fault.mode), "mode");
    QTEST(fault.arg, "arg");
}

void TestSandboxData::deterministic()
{
    const IssuerInfo& issuer = issuerCatalog().first();
    const QDate today(2026, 3, 14);
    CardData a(issuer, 42, 500, today);
    CardData b(issuer, 42, 500, today);
    CardData c(issuer, 43, 500, today);
    const Card* ca = a.card(QStringLiteral("taro"), a.cards(QStringLiteral("taro")).first()->id);
    const Card* cb = b.card(QStringLiteral("taro"), b.cards(QStringLiteral("taro")).first()->id);
    QCOMPARE(ca->id, cb->id);
    QCOMPARE(a.transactionJson(*ca, ca->transactions[10]), b.transactionJson(*cb, cb->transactions[10]));
    QVERIFY(c.cards(QStringLiteral("taro")).first()->id != ca->id);
    QVERIFY(a.cards(QStringLiteral("hanako")).first()->id != ca->id);
    QCOMPARE(a.cards(QStringLiteral("nobody")).size(), 0);
    QVERIFY(luhnValid(ca->fullPan));
    QVERIFY(ca->maskedPan.endsWith(ca->fullPan.right(4)));
}

void TestSandboxData::statementsEqualTransactions_data()
{
    QTest::addColumn<int>("issuerIndex");
    QTest::addColumn<quint64>("seed");
    for (int i = 0; i < issuerCatalog().size(); ++i) {
        for (quint64 seed : {1ULL, 99ULL})
            QTest::addRow("%s seed %llu", qPrintable(issuerCatalog().at(i).id), seed) << i << seed;
    }
}

void TestSandboxData::statementsEqualTransactions()
{
    QFETCH(int, issuerIndex);
    QFETCH(quint64, seed);
    const IssuerInfo& issuer = issuerCatalog().at(issuerIndex);
    CardData data(issuer, seed, 2000, QDate(2026, 2, 20));
    QSet<int> methods;
    bool refunds = false;
    bool foreign = false;
    int unconfirmed = 0;
    int cancelled = 0;
    for (Card* listed : data.cards(QStringLiteral("taro"))) {
        const Card* card = data.card(QStringLiteral("taro"), listed->id);
        QCOMPARE(int(card->transactions.size()), 2000);
        QMap<int, qint64> total;
        QMap<int, int> count;
        for (const Transaction& tx : card->transactions) {
            methods.insert(tx.method);
            refunds = refunds || tx.amount < 0;
            foreign = foreign || tx.currency != 0;
            unconfirmed += tx.status == TxStatus::Unconfirmed;
            cancelled += tx.status == TxStatus::Cancelled;
            if (tx.status == TxStatus::Cancelled)
                continue;
            total[tx.paymentMonth] += tx.paymentAmount + tx.feeAmount;
            ++count[tx.paymentMonth];
        }
        for (auto it = total.begin(); it != total.end(); ++it) {
            const Statement s = data.statement(*card, it.key());
            QCOMPARE(s.totalBilledAmount, it.value());
            QCOMPARE(s.transactionCount, count.value(it.key()));
            QVERIFY(s.billingStatus != u"no_data");
        }
        QCOMPARE(data.statement(*card, 2020 * 12).billingStatus, QStringLiteral("no_data"));
    }
    QVERIFY(refunds);
    QVERIFY(foreign);
    QVERIFY(unconfirmed > 0);
    QVERIFY(cancelled > 0);
    if (issuer.isCodePayment()) {
        QCOMPARE(methods, QSet<int>{10});
    } else {
        for (int m : {10, 61, 80})
            QVERIFY2(methods.contains(m), qPrintable(QString::number(m)));
        QVERIFY(methods.contains(21) || methods.contains(22) || methods.contains(23) || methods.contains(24));
        QVERIFY(methods.contains(31) || methods.contains(32) || methods.contains(33) || methods.contains(34));
    }
}

void TestSandboxData::confirmPendingKeepsStatementsConsistent()
{
    CardData data(issuerCatalog().at(1), 5, 3000, QDate(2026, 2, 20));
    Card* card = data.card(QStringLiteral("hanako"), data.cards(QStringLiteral("hanako")).first()->id);
    QVERIFY(data.confirmPending() > 0);
    QMap<int, qint64> total;
    for (const Transaction& tx : card->transactions) {
        QVERIFY(tx.status != TxStatus::Unconfirmed);
        if (tx.status != TxStatus::Cancelled)
            total[tx.paymentMonth] += tx.paymentAmount + tx.feeAmount;
    }
    for (auto it = total.begin(); it != total.end(); ++it)
        QCOMPARE(data.statement(*card, it.key()).totalBilledAmount, it.value());
    // Cards generated after the confirmation have no unconfirmed items either.
    Card* later = data.card(QStringLiteral("taro"), data.cards(QStringLiteral("taro")).first()->id);
    for (const Transaction& tx : later->transactions)
        QVERIFY(tx.status != TxStatus::Unconfirmed);
}

void TestSandboxData::hundredThousandIsFast()
{
    CardData data(issuerCatalog().first(), 1, 100000, QDate::currentDate());
    QElapsedTimer timer;
    timer.start();
    const Card* card = data.card(QStringLiteral("taro"), data.cards(QStringLiteral("taro")).first()->id);
    const qint64 ms = timer.elapsed();
    QCOMPARE(int(card->transactions.size()), 100000);
    qInfo("generated 100,000 transactions in %lld ms", ms);
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    // Newest first, and spread over about 14 months.
    QVERIFY(card->transactions.front().useDay >= card->transactions.back().useDay);
    QCOMPARE(QDate::fromJulianDay(card->transactions.back().useDay), data.firstDay());
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "TestSandboxData.moc"
