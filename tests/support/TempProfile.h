#pragma once

// A profile folder that lives for one test and takes its keychain entry with it.

#include "vault/Vault.h"

#include <QTemporaryDir>

namespace meisai::test {

class TempProfile
{
public:
    TempProfile();
    ~TempProfile();
    QString dir() const { return m_dir.path() + QStringLiteral("/profile"); }
    // Every file under the profile folder (vault, WAL, profile.json…).
    QStringList files() const;
    QByteArray readAll() const; // all files concatenated

private:
    QTemporaryDir m_dir;
};

// Deterministic sample transactions for one card.
QList<CardTransaction> sampleTransactions(qint64 connectionId, const QString& cardId, int count,
                                          const QString& merchantPrefix = QStringLiteral("テスト商店"));

} // namespace meisai::test
