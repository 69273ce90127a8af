#pragma once

// Issuer profiles registered in this vault (table issuer_profiles), as JSON
// documents of format 1 (docs/issuer-profiles.md). IssuerDirectory reads them.

#include "common/Clock.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace meisai {

class IssuerProfileStore
{
public:
    explicit IssuerProfileStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Status put(const QString& issuerId, const QByteArray& json);
    Result<std::optional<QByteArray>> get(const QString& issuerId);
    Result<QList<QPair<QString, QByteArray>>> list(); // (id, json), sorted by id
    Status remove(const QString& issuerId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
