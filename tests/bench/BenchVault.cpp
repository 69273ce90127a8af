// Time to store 100,000 transactions through the vault's stores, against a raw
// SQLCipher prepared-statement insert of the same rows into the same schema,
// in the same run. Prints medians of several rounds and their ratio.

#include "BenchSupport.h"
#include "TempProfile.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace meisai;
using namespace meisai::bench;

namespace {

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
