#pragma once

// The API execution log (table audit_log, G9). Append-only and hash-chained:
// each row's hash covers its fields and the previous row's hash, so editing,
// inserting or deleting a row in the middle is caught by verify().

#include "common/Clock.h"
#include "model/AuditEntry.h"
#include "model/AuditSink.h"
#include "vault/Database.h"

#include <QCoreApplication>
#include <QList>

namespace meisai {

class AuditLog final : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(meisai::AuditLog)

public:
    explicit AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Result<qint64> append(AuditEntry entry);
    // AuditSink: append(), a row that cannot be written logged as a warning.
    void record(AuditEntry entry) override;
    Result<QList<AuditEntry>> list(qint64 connectionId = 0, int limit = -1);
    Result<qint64> count();

    struct Verification
    {
        bool intact = true;
        qint64 rowsChecked = 0;
        qint64 firstBadSeq = 0;
        QString message;
    };
    Result<Verification> verify();

    static QByteArray computeHash(const QByteArray& previousHash, const AuditEntry& entry);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
