// The UI's models under QAbstractItemModelTester, and what a user notices of
// them: numeric sorting of amounts, filters, totals, yen formatting (the
// core's formatYen(), as meisai-cli prints it).

#include "Language.h"
#include "RecordModels.h"
#include "TempProfile.h"
#include "TransactionModel.h"
#include "UiFixture.h"
#include "model/Yen.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <limits>

using namespace meisai;
using namespace meisai::ui;

class TestUiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::apply(QStringLiteral("en")); }
    void transactionModel();
    void transactionModelSortsOnRawValues();
    void transactionFilters_data();
    void transactionFilters();
    void totalsMatchTheStore();
    void buildingInPartsGivesTheSameTable();
    void loadingFromTheStoreGivesTheSameTable();
    void recordModels();
    void proxySortsOnRawValues();
    void yenIsGroupedTheSameInEveryLocale();

private:
    static TransactionTable tableOf(const QList<CardTransaction>& txs)
    {
        TransactionTable t;
        t.setCards({Card{1, QStringLiteral("c1"), QStringLiteral("5302-32**-****-1234"), QStringLiteral("Gold"),
                         HolderType::Principal, false, {}}});
        for (const auto& x : txs)
            t.append(x);
        t.finish();
        return t;
    }
};

void TestUiModels::transactionModel()
{
    TransactionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(tableOf(test::sampleTransactions(1, QStringLiteral("c1"), 300)));
    QCOMPARE(model.rowCount(), 300);
    model.sort(TransactionModel::Amount, Qt::AscendingOrder);
    model.sort(TransactionModel::Merchant, Qt::DescendingOrder);
    TransactionFilter f;
    f.text = QStringLiteral("商店1");
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 300);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 300);
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::transactionModelSortsOnRawValues()
{
    auto txs = test::sampleTransactions(1, QStringLiteral("c1"), 3);
    txs[0].amount = 200;
    txs[1].amount = 1000;
    txs[2].amount = -50;
    TransactionModel model;
    model.setTable(tableOf(txs));
    model.sort(TransactionModel::Amount, Qt::AscendingOrder);
    // "¥1,000" < "¥200" as text; the model must order by the number.
    QCOMPARE(model.index(0, TransactionModel::Amount).data(Qt::UserRole).toLongLong(), -50);
    QCOMPARE(model.index(1, TransactionModel::Amount).data(Qt::UserRole).toLongLong(), 200);
    QCOMPARE(model.index(2, TransactionModel::Amount).data(Qt::UserRole).toLongLong(), 1000);
    model.sort(TransactionModel::UseDate, Qt::DescendingOrder);
    QVERIFY(model.index(0, 0).data(Qt::UserRole).toDate() >= model.index(1, 0).data(Qt::UserRole).toDate());
    QCOMPARE(model.index(0, 0).data(Qt::UserRole).metaType(), QMetaType::fromType<QDate>());
}

void TestUiModels::transactionFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("statusMask");
    QTest::addColumn<int>("expected");
    QTest::newRow("no filter") << QString() << 0 << 4;
    QTest::newRow("merchant, any case") << QStringLiteral("amazon") << 0 << 1;
    QTest::newRow("remarks") << QStringLiteral("海外") << 0 << 1;
    QTest::newRow("approval number") << QStringLiteral("777123") << 0 << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0 << 0;
    QTest::newRow("cancelled only") << QString() << (1 << int(TransactionTable::Status::Cancelled)) << 1;
    QTest::newRow("text and status") << QStringLiteral("a") << (1 << int(TransactionTable::Status::Confirmed)) << 2;
}

void TestUiModels::transactionFilters()
{
    QFETCH(QString, text);
    QFETCH(int, statusMask);
    QFETCH(int, expected);
    auto txs = test::sampleTransactions(1, QStringLiteral("c1"), 4);
    txs[0].merchantName = QStringLiteral("AMAZON.CO.JP");
    txs[1].merchantName = QStringLiteral("Cafe");
    txs[1].remarks = QStringLiteral("海外利用");
    txs[2].approvalNumber = QStringLiteral("777123");
    txs[2].merchantName = QStringLiteral("Bookshop");
    txs[3].merchantName = QStringLiteral("Shop");
    txs[3].status = TransactionStatus::Cancelled;
    for (int i = 0; i < 3; ++i)
        txs[i].status = TransactionStatus::Confirmed;
    TransactionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(tableOf(txs));
    TransactionFilter f;
    f.text = text;
    f.statusMask = statusMask;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), expected);
}

void TestUiModels::totalsMatchTheStore()
{
    test::TempProfile profile;
    auto vault = Vault::open(profile.dir());
    QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
    test::UiFixture::seedDemoData(*vault.value());
    auto txs = vault.value()->transactions().query();
    QVERIFY(txs);
    TransactionModel model;
    model.setTable(tableOf(txs.value()));
    const auto cards = model.table().cards();
    int checked = 0;
    for (int c = 0; c < cards.size(); ++c) {
        for (const QString& month : model.table().months()) {
            TransactionFilter f;
            f.card = c;
            f.month = month;
            model.setFilter(f);
            auto expected = vault.value()->transactions().billedTotal(cards[c].connectionId, cards[c].cardId, month);
            QVERIFY(expected);
            QCOMPARE(model.visibleBilledTotal(), expected.value());
            ++checked;
        }
    }
    QVERIFY(checked >= 6);
}

void TestUiModels::buildingInPartsGivesTheSameTable()
{
    QList<CardTransaction> txs = test::sampleTransactions(1, QStringLiteral("c1"), 40000);
    txs += test::sampleTransactions(2, QStringLiteral("c2"), 40000, QStringLiteral("Shop "));
    txs[70000].foreign = ForeignAmount{QStringLiteral("12.50"), QStringLiteral("USD"), QStringLiteral("150.1"), {}};
    txs[70000].paymentMethod = PaymentMethod::Installments;
    const QList<Card> cards = {Card{2, QStringLiteral("c2"), QStringLiteral("4980-11**-****-5678"), QStringLiteral("Blue"),
                                    HolderType::Principal, false, {}}};
    const TransactionTable one = TransactionTable::build(txs, cards, 1);
    const TransactionTable three = TransactionTable::build(txs, cards, 3);
    QCOMPARE(three.size(), one.size());
    QCOMPARE(three.months(), one.months());
    QCOMPARE(three.cards().size(), one.cards().size());
    for (qsizetype i : {qsizetype(0), qsizetype(39999), qsizetype(40000), qsizetype(70000), qsizetype(79999)}) {
        const CardTransaction a = one.transaction(i);
        const CardTransaction b = three.transaction(i);
        QVERIFY2(a.sameContent(b), qPrintable(QString::number(i)));
        QCOMPARE(b.foreign.currencyCode, txs[i].foreign.currencyCode);
        QCOMPARE(toString(b.paymentMethod), toString(txs[i].paymentMethod));
        QCOMPARE(b.cardId, txs[i].cardId);
    }
    TransactionModel m1, m3;
    m1.setTable(TransactionTable::build(txs, cards, 1));
    m3.setTable(TransactionTable::build(txs, cards, 3));
    TransactionFilter f;
    f.text = QStringLiteral("shop 1");
    m1.setFilter(f);
    m3.setFilter(f);
    QCOMPARE(m3.rowCount(), m1.rowCount());
    QCOMPARE(m3.visibleBilledTotal(), m1.visibleBilledTotal());
}

void TestUiModels::loadingFromTheStoreGivesTheSameTable()
{
    test::TempProfile profile;
    auto vault = Vault::open(profile.dir());
    QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
    Vault& v = *vault.value();
    test::UiFixture::seedDemoData(v);
    const qint64 connection = v.connections().list().value().first().id;
    QList<CardTransaction> more = test::sampleTransactions(connection, QStringLiteral("extra"), 500, QStringLiteral("Shop "));
    more[1].foreign = ForeignAmount{QStringLiteral("12.50"), QStringLiteral("USD"), QStringLiteral("150.1"), QDate(2026, 1, 2)};
    more[2].postingDate = QDate();
    more[3].paymentMethod = PaymentMethod::Installments;
    more[3].installmentCount = 3;
    more[4].status = TransactionStatus::Cancelled;
    more[5].paymentMonth = QString();
    QVERIFY(v.transactions().upsert(more).ok());
    const QList<Card> cards = v.cards().list().value();

    const TransactionTable built = TransactionTable::build(v.transactions().query().value(), cards, 1);
    auto loaded = TransactionTable::load(v.transactions(), {}, cards);
    QVERIFY(loaded.ok());
    const TransactionTable& table = loaded.value();
    QCOMPARE(table.size(), built.size());
    QVERIFY(table.size() > 500);
    QCOMPARE(table.months(), built.months());
    QCOMPARE(table.cards().size(), built.cards().size());
    QHash<qint64, qsizetype> builtRow;
    for (qsizetype i = 0; i < built.size(); ++i)
        builtRow.insert(built.row(i).rowId, i);
    for (qsizetype i = 0; i < table.size(); ++i) {
        const CardTransaction a = table.transaction(i);
        const CardTransaction b = built.transaction(builtRow.value(a.rowId, -1));
        QVERIFY2(a.sameContent(b), qPrintable(a.transactionId));
        QCOMPARE(a.transactionId, b.transactionId);
        QCOMPARE(a.cardId, b.cardId);
        QCOMPARE(a.connectionId, b.connectionId);
        QCOMPARE(a.fetchedAt, b.fetchedAt);
        QCOMPARE(table.cards()[table.row(i).card].label, built.cards()[built.row(builtRow.value(a.rowId)).card].label);
    }

    // The same rows in the same order, filters and totals, under the model tester.
    TransactionModel fromStore, fromRecords;
    QAbstractItemModelTester tester(&fromStore, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fromStore.setTable(std::move(loaded.value()));
    fromRecords.setTable(TransactionTable::build(v.transactions().query().value(), cards, 1));
    for (const QString& text : {QString(), QStringLiteral("shop 1"), QStringLiteral("10004")}) {
        TransactionFilter f;
        f.text = text;
        fromStore.setFilter(f);
        fromRecords.setFilter(f);
        QCOMPARE(fromStore.rowCount(), fromRecords.rowCount());
        QVERIFY(fromStore.rowCount() > 0);
        QCOMPARE(fromStore.visibleBilledTotal(), fromRecords.visibleBilledTotal());
        for (int r = 0; r < fromStore.rowCount(); r += 37) {
            for (int c = 0; c < TransactionModel::ColumnCount; ++c)
                QCOMPARE(fromStore.index(r, c).data(), fromRecords.index(r, c).data());
        }
    }
}

void TestUiModels::recordModels()
{
    test::TempProfile profile;
    auto vault = Vault::open(profile.dir());
    QVERIFY(vault);
    test::UiFixture::seedDemoData(*vault.value());
    auto name = [](const QString& id) { return id.toUpper(); };

    ConnectionModel connections(name);
    RawSortProxy cp;
    cp.setSourceModel(&connections);
    QAbstractItemModelTester t1(&connections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t1p(&cp, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connections.setConnections(vault.value()->connections().list().value());
    QCOMPARE(connections.rowCount(), 3);
    QCOMPARE(connections.index(0, ConnectionModel::Issuer).data().toString(), QStringLiteral("HOSHIZORA-CARD"));
    cp.sort(ConnectionModel::LastSync, Qt::AscendingOrder);
    connections.setConnections({});

    AlertModel alerts(name);
    RawSortProxy ap;
    ap.setSourceModel(&alerts);
    QAbstractItemModelTester t2(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2p(&ap, QAbstractItemModelTester::FailureReportingMode::QtTest);
    alerts.setAlerts(vault.value()->alerts().list().value());
    QCOMPARE(alerts.rowCount(), 2);
    QCOMPARE(alerts.openCount(), 2);
    ap.sort(AlertModel::Severity, Qt::DescendingOrder);
    QCOMPARE(ap.index(0, AlertModel::Severity).data(Qt::UserRole).toInt(), int(AlertSeverity::Critical));

    AuditLogModel audit(name);
    RawSortProxy lp;
    lp.setSourceModel(&audit);
    QAbstractItemModelTester t3(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3p(&lp, QAbstractItemModelTester::FailureReportingMode::QtTest);
    audit.setEntries(vault.value()->audit().list().value());
    QCOMPARE(audit.rowCount(), 12);
    lp.setFilterFixedString(QStringLiteral("invalidgrant"));
    QCOMPARE(lp.rowCount(), 1);
    lp.setFilterFixedString({});
    lp.sort(AuditLogModel::Seq, Qt::DescendingOrder);
    QVERIFY(lp.index(0, 0).data(Qt::UserRole).toLongLong() > lp.index(1, 0).data(Qt::UserRole).toLongLong());
}

void TestUiModels::proxySortsOnRawValues()
{
    QList<AuditEntry> entries;
    for (int d : {9, 100, 20}) {
        AuditEntry e;
        e.seq = d;
        e.durationMs = d;
        entries << e;
    }
    AuditLogModel audit([](const QString& s) { return s; });
    audit.setEntries(entries);
    RawSortProxy proxy;
    proxy.setSourceModel(&audit);
    proxy.sort(AuditLogModel::Duration, Qt::AscendingOrder);
    // As text "100 ms" < "20 ms" < "9 ms"; on raw values 9 < 20 < 100.
    QCOMPARE(proxy.index(0, AuditLogModel::Duration).data(Qt::UserRole).toLongLong(), 9);
    QCOMPARE(proxy.index(2, AuditLogModel::Duration).data(Qt::UserRole).toLongLong(), 100);
}

void TestUiModels::yenIsGroupedTheSameInEveryLocale()
{
    Language::apply(QStringLiteral("ja"));
    QCOMPARE(formatYen(1234567), QStringLiteral("¥1,234,567"));
    QCOMPARE(formatYen(-500), QStringLiteral("-¥500"));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(formatYen(1234567), QStringLiteral("¥1,234,567"));
    // As meisai-cli prints them, whatever the locale groups with.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(formatYen(1234567), QStringLiteral("¥1,234,567"));
    QCOMPARE(formatYen(-1200), QStringLiteral("-¥1,200"));
    QLocale::setDefault(before);
    QCOMPARE(formatYen(0), QStringLiteral("¥0"));
    QCOMPARE(formatYen(999), QStringLiteral("¥999"));
    QCOMPARE(formatYen(-1000), QStringLiteral("-¥1,000"));
    QCOMPARE(formatYen(std::numeric_limits<qint64>::min()), QStringLiteral("-¥9,223,372,036,854,775,808"));
    // The statement table shows amounts that way.
    TransactionModel m;
    CardTransaction t;
    t.connectionId = 1;
    t.cardId = QStringLiteral("c1");
    t.transactionId = QStringLiteral("t1");
    t.useDate = QDate(2026, 10, 1);
    t.amount = -1200;
    t.paymentAmount = 1234567;
    m.setTable(tableOf({t}));
    QCOMPARE(m.index(0, TransactionModel::Amount).data().toString(), QStringLiteral("-¥1,200"));
    QCOMPARE(m.index(0, TransactionModel::Payment).data().toString(), QStringLiteral("¥1,234,567"));
}

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"
