#pragma once

// What the benchmarks share: medians, and the floor every store is measured
// against — a raw SQLCipher prepared insert of transactions.

#include "vault/Vault.h"

#include <vector>

namespace meisai::bench {

double median(std::vector<double> values);

// Inserts rows into the vault's transactions table with one prepared INSERT in
// one transaction, straight through the SQLCipher C API; returns milliseconds.
// connectionId > 0 replaces each row's connection (rows decoded for another vault).
double rawInsert(Vault& vault, const QList<CardTransaction>& rows, qint64 connectionId = 0);

} // namespace meisai::bench
