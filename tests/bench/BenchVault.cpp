// Time to store 100,000 transactions through the vault's stores, against a raw
// SQLCipher prepared-statement insert of the same rows into the same schema,
// in the same run. Prints medians of several rounds and their ratio.

#include "TempProfile.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace meisai;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The floor: one prepared INSERT bound from the same values, one transaction,
// on a vault database with the same schema, key and pragmas.
double rawInsert(Vault& vault, const QList<CardTransaction>& rows)
{
    sqlite3* db = vault.database().handle();
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO transactions (connection_id, card_id, transaction_id, use_date, posting_date, "
                       "merchant_name, remarks, holder_type, amount, payment_method, installment_count, "
                       "payment_amount, fee_amount, payment_month, status, approval_number, foreign_local_amount, "
                       "foreign_currency, foreign_rate, foreign_date, fetched_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &stmt, nullptr);
    auto text = [&](int i, const QString& s) {
        if (s.isNull()) {
            sqlite3_bind_null(stmt, i);
            return;
        }
        const QByteArray u = s.toUtf8();
        sqlite3_bind_text(stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    };
    for (const CardTransaction& t : rows) {
        sqlite3_bind_int64(stmt, 1, t.connectionId);
        text(2, t.cardId);
        text(3, t.transactionId);
        text(4, t.useDate.toString(Qt::ISODate));
        text(5, t.postingDate.toString(Qt::ISODate));
        text(6, t.merchantName);
        text(7, t.remarks);
        text(8, t.holderType);
        sqlite3_bind_int64(stmt, 9, t.amount);
        text(10, t.paymentMethod);
        sqlite3_bind_int64(stmt, 11, t.installmentCount);
        sqlite3_bind_int64(stmt, 12, t.paymentAmount);
        sqlite3_bind_int64(stmt, 13, t.feeAmount);
        text(14, t.paymentMonth);
        text(15, t.status);
        text(16, t.approvalNumber);
        text(17, t.foreign.localAmount);
        text(18, t.foreign.currencyCode);
        text(19, t.foreign.conversionRate);
        text(20, t.foreign.conversionDate.isValid() ? t.foreign.conversionDate.toString(Qt::ISODate) : QString());
        text(21, t.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return double(timer.nsecsElapsed()) / 1e6;
}

double storeInsert(Vault& vault, const QList<CardTransaction>& rows)
{
    QElapsedTimer timer;
    timer.start();
    auto r = vault.transactions().upsert(rows);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!r || r->inserted != rows.size())
        std::fprintf(stderr, "store insert failed\n");
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kRows = 100000;
    constexpr int kRounds = 5;
    std::vector<double> raw, store;
    for (int round = 0; round < kRounds; ++round) {
        // A fresh vault each for both, alternating order so neither gets a warmer cache.
        for (int which = 0; which < 2; ++which) {
            test::TempProfile profile;
            auto vault = Vault::open(profile.dir());
            if (!vault) {
                std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
                return 1;
            }
            Connection c;
            c.issuerId = QStringLiteral("bench");
            auto added = (*vault)->connections().add(c);
            if (!added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
                return 1;
            }
            const qint64 id = *added;
            const auto rows = test::sampleTransactions(id, QStringLiteral("card"), kRows);
            const bool storeFirst = round % 2 == 0;
            if ((which == 0) == storeFirst)
                store.push_back(storeInsert(**vault, rows));
            else
                raw.push_back(rawInsert(**vault, rows));
        }
    }
    const double s = median(store), r = median(raw);
    std::printf("bench_vault: store 100,000 transactions: median %.1f ms through TransactionStore::upsert, "
                "%.1f ms raw SQLCipher prepared insert (%d rounds); ratio %.2f (goal <= 1.30)\n",
                s, r, kRounds, s / r);
    return 0;
}
