#pragma once

// Alerts for the user (table alerts): one open alert per dedup key.

#include "common/Clock.h"
#include "model/Alert.h"
#include "vault/Database.h"

#include <QList>

namespace meisai {

class AlertStore
{
public:
    explicit AlertStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    // Adds the alert unless one with the same dedupKey is still open; returns its id.
    // An open one of lower severity is raised to the new severity and texts.
    Result<qint64> raise(const Alert& alert);
    Status setState(qint64 id, AlertState state);
    Status resolveByKey(const QString& dedupKey);
    Result<QList<Alert>> list(bool openOnly = false);
    // Replaces the four texts of alert a.id (and their Texts), nothing else.
    Status setTexts(const Alert& a);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace meisai
