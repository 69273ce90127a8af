#include "SettingsStore.h"

namespace meisai {

Status SettingsStore::setSetting(const QString& key, const QString& value)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Result<QString> SettingsStore::setting(const QString& key, const QString& fallback)
{
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : fallback;
}

Status SettingsStore::remove(const QString& key)
{
    auto stmt = m_db.prepare("DELETE FROM settings WHERE key=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    return stmt->run();
}

} // namespace meisai
