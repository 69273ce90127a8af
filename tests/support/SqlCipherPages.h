#pragma once

// Decrypts the pages of a SQLCipher 3 database (and its WAL) with the raw
// key, so a test can look at what is physically in the file — freed pages
// and deleted cells included — rather than at what SQL still returns.

#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace meisai::test {

// Plaintext of every page of the database file and of every frame in its
// -wal file, concatenated. pageSize must match cipher_page_size.
QByteArray decryptSqlCipherPages(const QString& databasePath, const SecretBytes& key, int pageSize = 4096);

// Luhn check over digits, written independently of PanGuard: a test's own way to
// recognise a card number in decrypted pages or output.
bool luhnValid(QStringView digits);

} // namespace meisai::test
