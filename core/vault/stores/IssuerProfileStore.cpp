#include "IssuerProfileStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

Status IssuerProfileStore::put(const QString& issuerId, const QByteArray& json)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO issuer_profiles (issuer_id, json, updated_at) VALUES (?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, issuerId).bindBlob(2, json).bind(3, m_clock.now());
    return stmt->run();
}

Result<std::optional<QByteArray>> IssuerProfileStore::get(const QString& issuerId)
{
    auto stmt = m_db.prepare("SELECT json FROM issuer_profiles WHERE issuer_id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, issuerId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt->blob(0));
}

Result<QList<QPair<QString, QByteArray>>> IssuerProfileStore::list()
{
    auto stmt = m_db.prepare("SELECT issuer_id, json FROM issuer_profiles ORDER BY issuer_id");
    if (!stmt)
        return stmt.error();
    return collect<QPair<QString, QByteArray>>(*stmt, [](const Statement& s) {
        return qMakePair(s.text(0), s.blob(1));
    });
}

Status IssuerProfileStore::remove(const QString& issuerId)
{
    auto stmt = m_db.prepare("DELETE FROM issuer_profiles WHERE issuer_id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, issuerId);
    return stmt->run();
}

} // namespace meisai
