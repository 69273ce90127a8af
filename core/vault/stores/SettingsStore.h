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
    Result<QString> setting(const QString& key, const QString& fallback = {});

private:
    Database& m_db;
};

} // namespace meisai
