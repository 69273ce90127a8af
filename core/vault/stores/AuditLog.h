#pragma once

// The API execution log (table audit_log, G9). Append-only (triggers refuse
// UPDATE and DELETE) and chained with a key: each row's link is
// HMAC-SHA256, under the vault's audit subkey, of the previous row's link and
// the row's canonical encoding, so a row edited, inserted or deleted — even
// with every link after it recomputed by someone without the subkey — is
// caught by verify(). The head of the chain (last seq and link) is anchored
// outside the database, in profile.json, signed with the anchor subkey, so
// that cutting rows off the end is caught as well.
//
// Vaults written before the chain was keyed hold unkeyed SHA-256 links; on
// the first open seal() checks that chain and re-links it with the MAC (an
// audit_resealed row says so). If the old chain does not verify it is not
// resealed: those rows stay unkeyed, marked as failed, and verify() keeps
// reporting them; rows appended after are keyed.

#include "common/Clock.h"
#include "model/AuditEntry.h"
#include "model/AuditSink.h"
#include "vault/Database.h"
#include "vault/Profile.h"
#include "vault/VaultKeys.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace meisai {

class AuditLog final : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(meisai::AuditLog)

public:
    AuditLog(Database& db, const Clock& clock, const VaultKeys& keys, Profile& profile)
        : m_db(db), m_clock(clock), m_keys(keys), m_profile(profile)
    {
    }
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
        // The last entry is newer than the anchor: Meisai stopped between
        // writing the entry and the anchor. Tolerated for exactly one entry.
        bool anchorBehindByOne = false;
    };
    Result<Verification> verify();

    // Called once by Vault::open: keys an unkeyed chain (see above), and moves
    // the anchor up to an entry written just before a crash.
    Status seal();

    // The link of a row: HMAC-SHA256 under key over the previous link and the row.
    static QByteArray computeMac(const SecretBytes& key, const QByteArray& previous, const AuditEntry& entry);
    // The unkeyed link of vaults before the MAC: SHA-256 over the same encoding.
    static QByteArray computeUnkeyedHash(const QByteArray& previous, const AuditEntry& entry);
    // The anchor's signature: HMAC-SHA256 under key over profile id, seq, mac, keyedFrom.
    static QByteArray signAnchor(const SecretBytes& key, const QString& profileId, const AuditAnchor& anchor);

    // For a backup: the copy (another database) gets unkeyed links (the
    // restored vault has another key and reseals them on its first open).
    // Rows are re-linked only when this vault's chain verifies; otherwise the
    // copy keeps links that will fail, so a broken log is never laundered.
    Status exportUnkeyed(Database& copy);

private:
    using Link = std::function<QByteArray(const QByteArray& previous, const AuditEntry& entry)>;
    // Recomputes the links of db's rows from seq `from` on (the trigger lifted meanwhile).
    static Status relink(Database& db, qint64 from, const Link& link);
    Result<qint64> metaInt(const char* key);
    Status setMeta(const char* key, qint64 value);
    // Writes the anchor for the newest row (never moving it backwards).
    void anchorHead();
    Status writeAnchor(qint64 seq, const QByteArray& mac, qint64 keyedFrom);

    Database& m_db;
    const Clock& m_clock;
    const VaultKeys& m_keys;
    Profile& m_profile;
    bool m_anchorQueued = false;
};

} // namespace meisai
