#pragma once

// Small key/value settings of the profile (table settings): the UI language,
// the sync interval, the discovery cache of each issuer.

#include "vault/Database.h"

#include <QString>

namespace meisai {

class SettingsStore
{
public:
    explicit SettingsStore(Database& db) : m_db(db) {}
    Status setSetting(const QString& key, const QString& value);
    // The stored value, or fallback when the key is not set.
    Result<QString> setting(const QString& key, const QString& fallback = {});
    // Unsets key; unsetting a key that is not set is not an error.
    Status remove(const QString& key);

private:
    Database& m_db;
};

} // namespace meisai
