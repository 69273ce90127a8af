// TransactionRow: a row read in place during forEach() — its columns name
// every column of the table, its UTF-8 views and integers are the stored
// values, and julianDay() reads an ISO date or says 0 for anything else
// (including a value written to the file by something other than Meisai).

#include "StoreFixture.h"

#include <QTest>
#include <set>
#include <string>

using namespace meisai;
using namespace meisai::test;

class TestTransactionRow final : public QObject
{
    Q_OBJECT

private slots:
    void columnsNameEveryColumnOfTheTableOnce()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto stmt = f.vault().database().prepare("PRAGMA table_info(transactions)");
        QVERIFY(stmt.ok());
        std::set<std::string> table;
        while (*stmt->step())
            table.insert(stmt->text(1).toStdString()); // cid, name, type…
        const auto& names = TransactionRow::columnNames();
        const std::set<std::string> named(names.begin(), names.end());
        QCOMPARE(int(named.size()), int(TransactionRow::ColumnCount)); // no name twice
        QVERIFY2(named == table, "TransactionRow::columnNames() and the transactions table disagree");
        QCOMPARE(QByteArray(names[TransactionRow::RowId]), QByteArray("id"));
        QCOMPARE(QByteArray(names[TransactionRow::UseDate]), QByteArray("use_date"));
        QCOMPARE(QByteArray(names[TransactionRow::MerchantName]), QByteArray("merchant_name"));
    }

    void julianDayReadsOnlyIsoDates_data()
    {
        QTest::addColumn<QByteArray>("stored"); // an SQL literal for use_date
        QTest::addColumn<qint64>("expected");
        QTest::newRow("an ISO date") << QByteArray("'2026-01-31'") << QDate(2026, 1, 31).toJulianDay();
        QTest::newRow("a leap day") << QByteArray("'2028-02-29'") << QDate(2028, 2, 29).toJulianDay();
        QTest::newRow("the first day of year 1")
            << QByteArray("'0001-01-01'") << QDate(1, 1, 1).toJulianDay();
        QTest::newRow("NULL") << QByteArray("NULL") << qint64(0);
        QTest::newRow("empty") << QByteArray("''") << qint64(0);
        QTest::newRow("no such day") << QByteArray("'2026-02-30'") << qint64(0);
        QTest::newRow("month 13") << QByteArray("'2026-13-01'") << qint64(0);
        QTest::newRow("day 0") << QByteArray("'2026-01-00'") << qint64(0);
        QTest::newRow("not a leap year") << QByteArray("'2026-02-29'") << qint64(0);
        QTest::newRow("single-digit month") << QByteArray("'2026-1-31'") << qint64(0);
        QTest::newRow("slashes") << QByteArray("'2026/01/31'") << qint64(0);
        QTest::newRow("with a time") << QByteArray("'2026-01-31T00:00:00Z'") << qint64(0);
        QTest::newRow("letters in the digits") << QByteArray("'2026-0a-31'") << qint64(0);
        QTest::newRow("a sign in the digits") << QByteArray("'2026-+1-31'") << qint64(0);
        // Next to the digits in ASCII, so arithmetic alone would make a valid date of them (1996-01-31,
        // 2026-01-10).
        QTest::newRow("a slash among the year's digits") << QByteArray("'20/6-01-31'") << qint64(0);
        QTest::newRow("a colon for the last digit") << QByteArray("'2026-01-0:'") << qint64(0);
        QTest::newRow("full-width digits") << QByteArray("'２０２６-01-31'") << qint64(0);
        QTest::newRow("ten characters, no dashes") << QByteArray("'2026013100'") << qint64(0);
        QTest::newRow("an integer") << QByteArray("20260131") << qint64(0);
    }

    void julianDayReadsOnlyIsoDates()
    {
        QFETCH(QByteArray, stored);
        QFETCH(qint64, expected);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(f.vault().transactions().upsert(sampleTransactions(id, QStringLiteral("c1"), 1)).ok());
        // Past the store: what another tool (or a damaged file) could have left there.
        const QByteArray sql =
            "UPDATE transactions SET use_date = " + stored + ", posting_date = " + stored + ";";
        QVERIFY(f.vault().database().exec(sql.constData()).ok());
        QList<qint64> days; // use date, posting date of each row
        QVERIFY(f.vault()
                    .transactions()
                    .forEach({},
                             [&days](const TransactionRow& row) {
                                 days << row.julianDay(TransactionRow::UseDate)
                                      << row.julianDay(TransactionRow::PostingDate);
                                 return true;
                             })
                    .ok());
        QCOMPARE(days, (QList<qint64>{expected, expected}));
    }

    void viewsAreTheStoredValues_data()
    {
        QTest::addColumn<QString>("merchant");
        QTest::addColumn<QString>("remarks");
        QTest::addColumn<qint64>("amount");
        QTest::newRow("Japanese merchant and remarks") << QStringLiteral("ファミリーマート 渋谷道玄坂店")
                                                       << QStringLiteral("ポイント𠮷 2倍") << qint64(1234);
        QTest::newRow("a refund, no remarks (NULL)")
            << QStringLiteral("ユニクロ") << QString() << qint64(-5990);
        QTest::newRow("empty merchant, empty remarks")
            << QStringLiteral("") << QStringLiteral("") << qint64(0);
        QTest::newRow("a large amount") << QStringLiteral("LEXUS") << QString() << qint64(9876543210);
    }

    void viewsAreTheStoredValues()
    {
        QFETCH(QString, merchant);
        QFETCH(QString, remarks);
        QFETCH(qint64, amount);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        auto rows = sampleTransactions(id, QStringLiteral("c1"), 1);
        rows[0].merchantName = merchant;
        rows[0].remarks = remarks;
        rows[0].amount = amount;
        rows[0].status = TransactionStatus::Confirmed;
        rows[0].postingDate = QDate();
        QVERIFY(f.vault().transactions().upsert(rows).ok());
        // Copied out during the visit: the views are valid only inside it.
        struct Seen
        {
            QByteArray merchant, remarks, postingDate, cardId, status;
            bool remarksNull = false, postingNull = false;
            qint64 postingDay = -1, useDay = -1, amount = 0, connectionId = 0, rowId = 0;
            CardTransaction record;
        };
        QList<Seen> seen;
        QVERIFY(
            f.vault()
                .transactions()
                .forEach({},
                         [&seen](const TransactionRow& row) {
                             using C = TransactionRow;
                             seen.append(Seen{
                                 row.utf8(C::MerchantName).toByteArray(), row.utf8(C::Remarks).toByteArray(),
                                 row.utf8(C::PostingDate).toByteArray(), row.utf8(C::CardId).toByteArray(),
                                 row.utf8(C::Status).toByteArray(), row.isNull(C::Remarks),
                                 row.isNull(C::PostingDate), row.julianDay(C::PostingDate),
                                 row.julianDay(C::UseDate), row.integer(C::Amount),
                                 row.integer(C::ConnectionId), row.integer(C::RowId), row.record()});
                             return true;
                         })
                .ok());
        QCOMPARE(seen.size(), 1);
        const Seen& s = seen.first();
        QCOMPARE(s.merchant, merchant.toUtf8());
        QCOMPARE(s.remarks, remarks.toUtf8());
        QCOMPARE(s.remarksNull, remarks.isNull());
        QVERIFY(s.postingNull);
        QVERIFY(s.postingDate.isEmpty());
        QCOMPARE(s.postingDay, qint64(0));
        QCOMPARE(s.useDay, QDate(2026, 1, 1).toJulianDay());
        QCOMPARE(s.amount, amount);
        QCOMPARE(s.connectionId, id);
        QCOMPARE(s.cardId, QByteArray("c1"));
        QCOMPARE(s.status, QByteArray("confirmed"));
        QCOMPARE(s.record.merchantName, merchant);
        QCOMPARE(s.record.remarks, remarks);
        QCOMPARE(s.record.amount, amount);
        QCOMPARE(s.record.rowId, s.rowId);
    }

    void unknownCodesReadAsTheDefaults()
    {
        // A code this version does not know (written by a newer one) reads as the default, not as garbage.
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        auto rows = sampleTransactions(id, QStringLiteral("c1"), 1);
        rows[0].holderType = HolderType::Family;
        rows[0].paymentMethod = PaymentMethod::Revolving;
        rows[0].status = TransactionStatus::Confirmed;
        QVERIFY(f.vault().transactions().upsert(rows).ok());
        QVERIFY(f.vault()
                    .database()
                    .exec("UPDATE transactions SET holder_type = 'corporate', payment_method = '99', status "
                          "= 'held';")
                    .ok());
        auto got = f.vault().transactions().query();
        QVERIFY(got.ok());
        QCOMPARE(toString(got->first().holderType), QStringLiteral("principal"));
        QCOMPARE(toString(got->first().paymentMethod), QStringLiteral("10"));
        QCOMPARE(toString(got->first().status), QStringLiteral("unconfirmed"));
    }
};

QTEST_GUILESS_MAIN(TestTransactionRow)
#include "TestTransactionRow.moc"
