// TransactionStore: every field of a transaction reads back as the issuer
// sent it; a re-import counts exactly what it inserted, updated and left
// alone; queries filter by connection, card, payment month and use dates in a
// stable order; forEach() yields what query() yields; billedTotal() is what
// the user will pay, cancelled items left out.

#include "StoreFixture.h"

#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::CardTransaction)
Q_DECLARE_METATYPE(meisai::PaymentMethod)
Q_DECLARE_METATYPE(meisai::TransactionStatus)
Q_DECLARE_METATYPE(meisai::HolderType)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

CardTransaction item(qint64 connectionId, const QString& cardId, const QString& id, const QDate& useDate,
                     const QString& paymentMonth, qint64 amount = 1000)
{
    CardTransaction t;
    t.connectionId = connectionId;
    t.cardId = cardId;
    t.transactionId = id;
    t.useDate = useDate;
    t.postingDate = useDate.isValid() ? useDate.addDays(2) : QDate();
    t.merchantName = QStringLiteral("セブン-イレブン 渋谷店");
    t.holderType = HolderType::Principal;
    t.amount = amount;
    t.paymentMethod = PaymentMethod::OneTime;
    t.installmentCount = 1;
    t.paymentAmount = amount;
    t.paymentMonth = paymentMonth;
    t.status = TransactionStatus::Confirmed;
    t.approvalNumber = QStringLiteral("0123456");
    t.fetchedAt = utc(2026, 11, 20, 3, 0);
    return t;
}

CardTransaction domestic()
{
    CardTransaction t = item(0, QStringLiteral("c1"), QStringLiteral("TX-20261103-0001"), QDate(2026, 11, 3),
                             QStringLiteral("2026-12"), 3980);
    t.remarks = QStringLiteral("ポイント2倍");
    t.fetchedAt = utc(2026, 11, 20, 3, 0, 0, 789);
    return t;
}

QString label(const CardTransaction& t)
{
    return QStringLiteral("%1/%2/%3").arg(t.connectionId).arg(t.cardId, t.transactionId);
}

QStringList labels(const QList<CardTransaction>& list)
{
    QStringList out;
    for (const CardTransaction& t : list)
        out << label(t);
    return out;
}

void compareTransaction(const CardTransaction& a, const CardTransaction& e)
{
    QCOMPARE(a.connectionId, e.connectionId);
    QCOMPARE(a.cardId, e.cardId);
    QCOMPARE(a.transactionId, e.transactionId);
    QCOMPARE(a.useDate, e.useDate);
    QCOMPARE(a.postingDate, e.postingDate);
    QCOMPARE(a.merchantName, e.merchantName);
    QCOMPARE(a.remarks, e.remarks);
    QCOMPARE(toString(a.holderType), toString(e.holderType));
    QCOMPARE(a.amount, e.amount);
    QCOMPARE(toString(a.paymentMethod), toString(e.paymentMethod));
    QCOMPARE(a.installmentCount, e.installmentCount);
    QCOMPARE(a.paymentAmount, e.paymentAmount);
    QCOMPARE(a.feeAmount, e.feeAmount);
    QCOMPARE(a.paymentMonth, e.paymentMonth);
    QCOMPARE(toString(a.status), toString(e.status));
    QCOMPARE(a.approvalNumber, e.approvalNumber);
    QCOMPARE(a.foreign.localAmount, e.foreign.localAmount);
    QCOMPARE(a.foreign.currencyCode, e.foreign.currencyCode);
    QCOMPARE(a.foreign.conversionRate, e.foreign.conversionRate);
    QCOMPARE(a.foreign.conversionDate, e.foreign.conversionDate);
    QCOMPARE(a.fetchedAt, e.fetchedAt);
}

// Connections 1 and 2; rows inserted in this order, so row ids follow it.
QList<CardTransaction> filterSet()
{
    return {
        item(1, QStringLiteral("c1"), QStringLiteral("T1"), QDate(2026, 1, 5), QStringLiteral("2026-02")),
        item(1, QStringLiteral("c2"), QStringLiteral("T1"), QDate(2026, 1, 10), QStringLiteral("2026-02")),
        item(2, QStringLiteral("c1"), QStringLiteral("T1"), QDate(2026, 1, 15), QStringLiteral("2026-02")),
        item(1, QStringLiteral("c1"), QStringLiteral("T2"), QDate(2026, 1, 20), QStringLiteral("2026-02")),
        item(1, QStringLiteral("c1"), QStringLiteral("T3"), QDate(2026, 2, 3), QStringLiteral("2026-03")),
        item(1, QStringLiteral("c1"), QStringLiteral("T4"), QDate(2026, 2, 3), QStringLiteral("2026-03")),
        // No use date sent.
        item(1, QStringLiteral("c1"), QStringLiteral("T5"), QDate(), QStringLiteral("2026-03")),
    };
}

} // namespace

class TestTransactionStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<CardTransaction>("transaction");

        QTest::newRow("domestic, one-time, confirmed, with remarks") << domestic();

        CardTransaction foreign = domestic();
        foreign.merchantName = QStringLiteral("AMAZON.COM*2K4 SEATTLE");
        foreign.foreign = ForeignAmount{QStringLiteral("12.34"), QStringLiteral("USD"),
                                        QStringLiteral("151.234"), QDate(2026, 11, 4)};
        QTest::newRow("foreign currency with rate and conversion date") << foreign;

        CardTransaction refund = domestic();
        refund.amount = -3980;
        refund.paymentAmount = -3980;
        refund.remarks = QStringLiteral("返品");
        QTest::newRow("a refund: negative amounts") << refund;

        CardTransaction installments = domestic();
        installments.holderType = HolderType::Family;
        installments.paymentMethod = PaymentMethod::Installments;
        installments.installmentCount = 12;
        installments.amount = 120000;
        installments.paymentAmount = 10000;
        installments.feeAmount = 815;
        QTest::newRow("installments by a family member, with a fee") << installments;

        CardTransaction open = domestic();
        open.paymentMethod = PaymentMethod::Revolving;
        open.status = TransactionStatus::Unconfirmed;
        open.postingDate = QDate();
        open.paymentMonth = QString();
        open.remarks = QString();
        open.approvalNumber = QString();
        open.installmentCount = 0;
        QTest::newRow("revolving, unconfirmed: no posting date, month, remarks or approval") << open;

        CardTransaction cancelled = domestic();
        cancelled.status = TransactionStatus::Cancelled;
        cancelled.merchantName = QString();
        cancelled.fetchedAt = QDateTime();
        QTest::newRow("cancelled, no merchant, never fetched") << cancelled;

        CardTransaction jst = domestic();
        jst.fetchedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0, 0, 5), QTimeZone(9 * 3600));
        QTest::newRow("fetch time given in JST: the same instant") << jst;
    }

    void everyFieldRoundTrips()
    {
        QFETCH(CardTransaction, transaction);
        StoreFixture f;
        QVERIFY(f.open());
        transaction.connectionId = f.addConnection();
        auto counts = f.vault().transactions().upsert({transaction});
        QVERIFY(counts.ok());
        QCOMPARE(counts->inserted, 1);
        QVERIFY(f.reopen());
        auto got = f.vault().transactions().query(TransactionQuery::forConnection(transaction.connectionId));
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 1);
        compareTransaction(got->first(), transaction);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(got->first().rowId > 0);
        QVERIFY(got->first().sameContent(transaction));
    }

    void enumsAreStoredAsTheirCodes_data()
    {
        QTest::addColumn<PaymentMethod>("method");
        QTest::addColumn<TransactionStatus>("status");
        QTest::addColumn<HolderType>("holder");
        QTest::addColumn<QString>("methodCode");
        QTest::addColumn<QString>("statusCode");
        QTest::addColumn<QString>("holderCode");
        const std::pair<PaymentMethod, const char*> methods[] = {
            {PaymentMethod::OneTime, "10"},        {PaymentMethod::Bonus1, "21"},
            {PaymentMethod::Bonus2, "22"},         {PaymentMethod::Bonus3, "23"},
            {PaymentMethod::Bonus4, "24"},         {PaymentMethod::BonusCombined1, "31"},
            {PaymentMethod::BonusCombined2, "32"}, {PaymentMethod::BonusCombined3, "33"},
            {PaymentMethod::BonusCombined4, "34"}, {PaymentMethod::Installments, "61"},
            {PaymentMethod::Revolving, "80"}};
        for (const auto& [method, code] : methods)
            QTest::addRow("payment method %s", code)
                << method << TransactionStatus::Confirmed << HolderType::Principal
                << QString::fromLatin1(code) << QStringLiteral("confirmed") << QStringLiteral("principal");
        QTest::newRow("status unconfirmed")
            << PaymentMethod::OneTime << TransactionStatus::Unconfirmed << HolderType::Principal
            << QStringLiteral("10") << QStringLiteral("unconfirmed") << QStringLiteral("principal");
        QTest::newRow("status cancelled, family member")
            << PaymentMethod::OneTime << TransactionStatus::Cancelled << HolderType::Family
            << QStringLiteral("10") << QStringLiteral("cancelled") << QStringLiteral("family");
    }

    void enumsAreStoredAsTheirCodes()
    {
        QFETCH(PaymentMethod, method);
        QFETCH(TransactionStatus, status);
        QFETCH(HolderType, holder);
        QFETCH(QString, methodCode);
        QFETCH(QString, statusCode);
        QFETCH(QString, holderCode);
        StoreFixture f;
        QVERIFY(f.open());
        CardTransaction t = domestic();
        t.connectionId = f.addConnection();
        t.paymentMethod = method;
        t.status = status;
        t.holderType = holder;
        QVERIFY(f.vault().transactions().upsert({t}).ok());
        QCOMPARE(f.queryText("SELECT payment_method FROM transactions"), methodCode);
        QCOMPARE(f.queryText("SELECT status FROM transactions"), statusCode);
        QCOMPARE(f.queryText("SELECT holder_type FROM transactions"), holderCode);
        auto got = f.vault().transactions().query();
        QCOMPARE(toString(got->first().paymentMethod), methodCode);
        QCOMPARE(toString(got->first().status), statusCode);
        QCOMPARE(toString(got->first().holderType), holderCode);
    }

    void upsertCountsExactly_data()
    {
        QTest::addColumn<QList<CardTransaction>>("second");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("unchanged");

        const QList<CardTransaction> first = firstPage();
        QTest::newRow("the same page again") << first << 0 << 0 << 3;

        QList<CardTransaction> confirmed = first;
        confirmed[0].status = TransactionStatus::Confirmed;
        QTest::newRow("an unconfirmed item confirmed") << confirmed << 0 << 1 << 2;

        QList<CardTransaction> corrected = first;
        corrected[1].amount = 4321;
        corrected[1].paymentAmount = 4321;
        QTest::newRow("an amount corrected") << corrected << 0 << 1 << 2;

        QList<CardTransaction> cancelled = first;
        cancelled[2].status = TransactionStatus::Cancelled;
        QTest::newRow("a cancellation") << cancelled << 0 << 1 << 2;

        QList<CardTransaction> rate = first;
        rate[1].foreign = ForeignAmount{QStringLiteral("9.99"), QStringLiteral("EUR"),
                                        QStringLiteral("162.5"), QDate(2026, 11, 2)};
        QTest::newRow("a conversion rate sent later") << rate << 0 << 1 << 2;

        QList<CardTransaction> remark = first;
        remark[0].remarks = QString();
        QTest::newRow("a remark withdrawn") << remark << 0 << 1 << 2;

        QList<CardTransaction> refetched = first;
        for (CardTransaction& t : refetched)
            t.fetchedAt = t.fetchedAt.addDays(1);
        QTest::newRow("only the fetch time moved") << refetched << 0 << 0 << 3;

        QList<CardTransaction> mixed{first[0], first[1],
                                     item(0, QStringLiteral("c1"), QStringLiteral("T4"), QDate(2026, 11, 5),
                                          QStringLiteral("2026-12"))};
        mixed[0].merchantName = QStringLiteral("ローソン 新宿店");
        QTest::newRow("one new, one changed, one the same") << mixed << 1 << 1 << 1;

        CardTransaction otherCard = first[0];
        otherCard.cardId = QStringLiteral("c2");
        QTest::newRow("the same transaction id on another card is another item")
            << QList<CardTransaction>{otherCard} << 1 << 0 << 0;

        const CardTransaction fresh = item(0, QStringLiteral("c1"), QStringLiteral("T9"), QDate(2026, 11, 9),
                                           QStringLiteral("2026-12"));
        QTest::newRow("an item listed twice in one page")
            << QList<CardTransaction>{fresh, fresh} << 1 << 0 << 1;

        QTest::newRow("an empty page") << QList<CardTransaction>() << 0 << 0 << 0;
    }

    void upsertCountsExactly()
    {
        QFETCH(QList<CardTransaction>, second);
        QFETCH(int, inserted);
        QFETCH(int, updated);
        QFETCH(int, unchanged);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QList<CardTransaction> first = firstPage();
        for (CardTransaction& t : first)
            t.connectionId = id;
        for (CardTransaction& t : second)
            t.connectionId = id;

        auto once = f.vault().transactions().upsert(first);
        QVERIFY(once.ok());
        QCOMPARE(once->inserted, 3);
        QCOMPARE(once->updated + once->unchanged, 0);
        QHash<QString, qint64> rowIds;
        for (const CardTransaction& t : *f.vault().transactions().query())
            rowIds.insert(label(t), t.rowId);

        auto twice = f.vault().transactions().upsert(second);
        QVERIFY(twice.ok());
        QCOMPARE(twice->inserted, inserted);
        QCOMPARE(twice->updated, updated);
        QCOMPARE(twice->unchanged, unchanged);

        // What is stored is the latest content of each item, in the row it started in.
        QHash<QString, CardTransaction> latest;
        for (const CardTransaction& t : first + second)
            latest.insert(label(t), t);
        auto stored = f.vault().transactions().query();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), latest.size());
        QCOMPARE(*f.vault().transactions().count(id), qint64(latest.size()));
        for (const CardTransaction& t : *stored) {
            QVERIFY2(latest.contains(label(t)), qPrintable(label(t)));
            QVERIFY2(t.sameContent(latest.value(label(t))), qPrintable(label(t)));
            if (rowIds.contains(label(t)))
                QCOMPARE(t.rowId, rowIds.value(label(t)));
        }
    }

    void anUnchangedReImportKeepsTheFirstFetchTime()
    {
        StoreFixture f;
        QVERIFY(f.open());
        CardTransaction t = domestic();
        t.connectionId = f.addConnection();
        QVERIFY(f.vault().transactions().upsert({t}).ok());
        CardTransaction again = t;
        again.fetchedAt = t.fetchedAt.addDays(3);
        QCOMPARE(f.vault().transactions().upsert({again})->unchanged, 1);
        QCOMPARE(f.vault().transactions().query()->first().fetchedAt, t.fetchedAt);
        // A changed item takes the fetch time of the page that changed it.
        again.amount += 1;
        QCOMPARE(f.vault().transactions().upsert({again})->updated, 1);
        QCOMPARE(f.vault().transactions().query()->first().fetchedAt, again.fetchedAt);
    }

    void aPageWithAnItemThatCannotBeStoredIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("flaw");
        QTest::newRow("an item of an unknown connection") << QStringLiteral("connection");
        QTest::newRow("an item without a transaction id") << QStringLiteral("transaction id");
        QTest::newRow("an item without a card id") << QStringLiteral("card id");
    }

    void aPageWithAnItemThatCannotBeStoredIsRefusedWhole()
    {
        // The counts are what the sync reports; an item that is not stored must not be counted as stored.
        QFETCH(QString, flaw);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QList<CardTransaction> page = sampleTransactions(id, QStringLiteral("c1"), 20);
        CardTransaction bad = item(id, QStringLiteral("c1"), QStringLiteral("T-bad"), QDate(2026, 11, 1),
                                   QStringLiteral("2026-12"));
        if (flaw == u"connection")
            bad.connectionId = id + 5;
        else if (flaw == u"transaction id")
            bad.transactionId = QString();
        else
            bad.cardId = QString();
        page.insert(10, bad);
        auto counts = f.vault().transactions().upsert(page);
        QVERIFY2(!counts.ok(),
                 counts.ok() ? qPrintable(QStringLiteral("accepted: %1 inserted, %2 updated, %3 unchanged")
                                              .arg(counts->inserted)
                                              .arg(counts->updated)
                                              .arg(counts->unchanged))
                             : "");
        QCOMPARE(*f.vault().transactions().count(), qint64(0));
        page.removeAt(10);
        QCOMPARE(f.vault().transactions().upsert(page)->inserted, 20);
    }

    void queryFiltersAndOrders_data()
    {
        QTest::addColumn<int>("connection"); // 0: any; 1, 2; 3: unknown
        QTest::addColumn<QString>("cardId");
        QTest::addColumn<QString>("paymentMonth");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected"); // in query() order: newest use date first, then newest row

        auto list = [](std::initializer_list<const char*> names) {
            QStringList out;
            for (const char* n : names)
                out << QString::fromLatin1(n);
            return out;
        };
        QTest::newRow("everything; same day by newest row; no use date last")
            << 0 << QString() << QString() << QDate() << QDate()
            << list({"1/c1/T4", "1/c1/T3", "1/c1/T2", "2/c1/T1", "1/c2/T1", "1/c1/T1", "1/c1/T5"});
        QTest::newRow("one connection")
            << 2 << QString() << QString() << QDate() << QDate() << list({"2/c1/T1"});
        QTest::newRow("one card of a connection")
            << 1 << QStringLiteral("c1") << QString() << QDate() << QDate()
            << list({"1/c1/T4", "1/c1/T3", "1/c1/T2", "1/c1/T1", "1/c1/T5"});
        QTest::newRow("a card id across connections")
            << 0 << QStringLiteral("c1") << QString() << QDate() << QDate()
            << list({"1/c1/T4", "1/c1/T3", "1/c1/T2", "2/c1/T1", "1/c1/T1", "1/c1/T5"});
        QTest::newRow("one payment month") << 0 << QString() << QStringLiteral("2026-02") << QDate()
                                           << QDate() << list({"1/c1/T2", "2/c1/T1", "1/c2/T1", "1/c1/T1"});
        QTest::newRow("card and month together")
            << 1 << QStringLiteral("c1") << QStringLiteral("2026-03") << QDate() << QDate()
            << list({"1/c1/T4", "1/c1/T3", "1/c1/T5"});
        QTest::newRow("use dates from a day, inclusive")
            << 0 << QString() << QString() << QDate(2026, 1, 20) << QDate()
            << list({"1/c1/T4", "1/c1/T3", "1/c1/T2"});
        QTest::newRow("use dates up to a day, inclusive")
            << 0 << QString() << QString() << QDate() << QDate(2026, 1, 10) << list({"1/c2/T1", "1/c1/T1"});
        QTest::newRow("a range of use dates")
            << 0 << QString() << QString() << QDate(2026, 1, 10) << QDate(2026, 1, 20)
            << list({"1/c1/T2", "2/c1/T1", "1/c2/T1"});
        QTest::newRow("a one-day range") << 1 << QString() << QString() << QDate(2026, 2, 3)
                                         << QDate(2026, 2, 3) << list({"1/c1/T4", "1/c1/T3"});
        QTest::newRow("a range and a card") << 1 << QStringLiteral("c2") << QString() << QDate(2026, 1, 1)
                                            << QDate(2026, 1, 31) << list({"1/c2/T1"});
        QTest::newRow("nothing in the range")
            << 0 << QString() << QString() << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QStringList();
        QTest::newRow("a month nothing is billed in")
            << 0 << QString() << QStringLiteral("1999-01") << QDate() << QDate() << QStringList();
        QTest::newRow("an unknown connection")
            << 3 << QString() << QString() << QDate() << QDate() << QStringList();
    }

    void queryFiltersAndOrders()
    {
        QFETCH(int, connection);
        QFETCH(QString, cardId);
        QFETCH(QString, paymentMonth);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        auto got = f.vault().transactions().query(makeQuery(connection, cardId, paymentMonth, from, to));
        QVERIFY(got.ok());
        QCOMPARE(labels(*got), expected);
    }

    void forEachYieldsWhatQueryYields_data() { queryFiltersAndOrders_data(); }

    void forEachYieldsWhatQueryYields()
    {
        QFETCH(int, connection);
        QFETCH(QString, cardId);
        QFETCH(QString, paymentMonth);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        const TransactionQuery q = makeQuery(connection, cardId, paymentMonth, from, to);
        auto queried = f.vault().transactions().query(q);
        QVERIFY(queried.ok());
        QList<CardTransaction> streamed;
        const Status st = f.vault().transactions().forEach(q, [&streamed](const TransactionRow& row) {
            streamed << row.record();
            return true;
        });
        QVERIFY(st.ok());
        // Newest row first, and the same rows, field for field.
        QVERIFY(std::is_sorted(
            streamed.cbegin(), streamed.cend(),
            [](const CardTransaction& a, const CardTransaction& b) { return a.rowId > b.rowId; }));
        QStringList streamedSorted = labels(streamed), expectedSorted = expected;
        streamedSorted.sort();
        expectedSorted.sort();
        QCOMPARE(streamedSorted, expectedSorted);
        auto byRow = [](const CardTransaction& a, const CardTransaction& b) { return a.rowId < b.rowId; };
        std::sort(queried->begin(), queried->end(), byRow);
        std::sort(streamed.begin(), streamed.end(), byRow);
        QCOMPARE(streamed.size(), queried->size());
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            QCOMPARE(streamed[i].rowId, queried->at(i).rowId);
            compareTransaction(streamed[i], queried->at(i));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void forEachStopsWhenAsked_data()
    {
        QTest::addColumn<int>("stopAfter"); // -1: never stops
        QTest::addColumn<QStringList>("visited");
        QTest::newRow("stop at the first row") << 1 << QStringList{QStringLiteral("1/c1/T5")};
        QTest::newRow("stop after three rows")
            << 3
            << QStringList{QStringLiteral("1/c1/T5"), QStringLiteral("1/c1/T4"), QStringLiteral("1/c1/T3")};
        QTest::newRow("never stop: every row")
            << -1
            << QStringList{QStringLiteral("1/c1/T5"), QStringLiteral("1/c1/T4"), QStringLiteral("1/c1/T3"),
                           QStringLiteral("1/c1/T2"), QStringLiteral("2/c1/T1"), QStringLiteral("1/c2/T1"),
                           QStringLiteral("1/c1/T1")};
    }

    void forEachStopsWhenAsked()
    {
        QFETCH(int, stopAfter);
        QFETCH(QStringList, visited);
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        QStringList seen;
        const Status st = f.vault().transactions().forEach({}, [&](const TransactionRow& row) {
            seen << label(row.record());
            return stopAfter < 0 || seen.size() < stopAfter;
        });
        QVERIFY(st.ok());
        QCOMPARE(seen, visited);
        // Stopping early leaves the vault usable for the next write.
        QVERIFY(f.vault()
                    .transactions()
                    .upsert({item(1, QStringLiteral("c9"), QStringLiteral("after"), QDate(2026, 3, 1),
                                  QStringLiteral("2026-04"))})
                    .ok());
    }

    void billedTotalLeavesCancelledItemsOut_data()
    {
        QTest::addColumn<int>("connection");
        QTest::addColumn<QString>("cardId");
        QTest::addColumn<QString>("month");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("confirmed, unconfirmed, a fee and a refund; not the cancelled")
            << 1 << QStringLiteral("c1") << QStringLiteral("2026-12")
            << qint64(10000 + 5000 + 3000 + 250 - 1200);
        QTest::newRow("another month of the card")
            << 1 << QStringLiteral("c1") << QStringLiteral("2027-01") << qint64(9999);
        QTest::newRow("another card of the connection")
            << 1 << QStringLiteral("c2") << QStringLiteral("2026-12") << qint64(444);
        QTest::newRow("the same card id at another connection")
            << 2 << QStringLiteral("c1") << QStringLiteral("2026-12") << qint64(333);
        QTest::newRow("a month with only a cancelled item")
            << 1 << QStringLiteral("c3") << QStringLiteral("2026-12") << qint64(0);
        QTest::newRow("a month with nothing billed")
            << 1 << QStringLiteral("c1") << QStringLiteral("2026-11") << qint64(0);
        QTest::newRow("an unknown card")
            << 1 << QStringLiteral("nope") << QStringLiteral("2026-12") << qint64(0);
    }

    void billedTotalLeavesCancelledItemsOut()
    {
        QFETCH(int, connection);
        QFETCH(QString, cardId);
        QFETCH(QString, month);
        QFETCH(qint64, expected);
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.addConnection(), qint64(1));
        QCOMPARE(f.addConnection(QStringLiteral("other-card")), qint64(2));
        const QDate day(2026, 11, 10);
        const QString dec = QStringLiteral("2026-12");
        QList<CardTransaction> rows;
        rows << item(1, QStringLiteral("c1"), QStringLiteral("confirmed"), day, dec, 10000);
        rows << item(1, QStringLiteral("c1"), QStringLiteral("unconfirmed"), day, dec, 5000);
        rows.last().status = TransactionStatus::Unconfirmed;
        rows << item(1, QStringLiteral("c1"), QStringLiteral("cancelled"), day, dec, 7000);
        rows.last().status = TransactionStatus::Cancelled;
        rows << item(1, QStringLiteral("c1"), QStringLiteral("installment"), day, dec, 36000);
        rows.last().paymentMethod = PaymentMethod::Installments;
        rows.last().installmentCount = 12;
        rows.last().paymentAmount = 3000; // this month's part, not the whole amount
        rows.last().feeAmount = 250;
        rows << item(1, QStringLiteral("c1"), QStringLiteral("refund"), day, dec, -1200);
        rows << item(1, QStringLiteral("c1"), QStringLiteral("january"), day, QStringLiteral("2027-01"),
                     9999);
        rows << item(1, QStringLiteral("c2"), QStringLiteral("other-card"), day, dec, 444);
        rows << item(2, QStringLiteral("c1"), QStringLiteral("other-connection"), day, dec, 333);
        rows << item(1, QStringLiteral("c3"), QStringLiteral("only-cancelled"), day, dec, 5000);
        rows.last().status = TransactionStatus::Cancelled;
        QVERIFY(f.vault().transactions().upsert(rows).ok());
        auto total = f.vault().transactions().billedTotal(connection, cardId, month);
        QVERIFY(total.ok());
        QCOMPARE(*total, expected);
    }

    void countIsPerConnection()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        QCOMPARE(*f.vault().transactions().count(), qint64(7));
        QCOMPARE(*f.vault().transactions().count(1), qint64(6));
        QCOMPARE(*f.vault().transactions().count(2), qint64(1));
        QCOMPARE(*f.vault().transactions().count(99), qint64(0));
    }

private:
    static QList<CardTransaction> firstPage()
    {
        QList<CardTransaction> page{item(0, QStringLiteral("c1"), QStringLiteral("T1"), QDate(2026, 11, 1),
                                         QStringLiteral("2026-12"), 1100),
                                    item(0, QStringLiteral("c1"), QStringLiteral("T2"), QDate(2026, 11, 2),
                                         QStringLiteral("2026-12"), 2200),
                                    item(0, QStringLiteral("c1"), QStringLiteral("T3"), QDate(2026, 11, 3),
                                         QStringLiteral("2026-12"), 3300)};
        page[0].status = TransactionStatus::Unconfirmed;
        page[0].remarks = QStringLiteral("速報");
        return page;
    }

    static bool fill(StoreFixture& f)
    {
        if (f.addConnection() != 1 || f.addConnection(QStringLiteral("other-card")) != 2)
            return false;
        auto counts = f.vault().transactions().upsert(filterSet());
        return counts.ok() && counts->inserted == 7;
    }

    static TransactionQuery makeQuery(int connection, const QString& cardId, const QString& paymentMonth,
                                      const QDate& from, const QDate& to)
    {
        TransactionQuery q;
        q.connectionId = connection == 3 ? 99 : connection;
        q.cardId = cardId;
        q.paymentMonth = paymentMonth;
        q.useDateFrom = from;
        q.useDateTo = to;
        return q;
    }
};

QTEST_GUILESS_MAIN(TestTransactionStore)
#include "TestTransactionStore.moc"
