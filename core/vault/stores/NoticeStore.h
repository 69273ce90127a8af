#pragma once

// The notices issuers publish (table notices).

#include "model/IssuerNotice.h"
#include "vault/Database.h"

#include <QList>
#include <QStringList>

namespace meisai {

class NoticeStore
{
public:
    explicit NoticeStore(Database& db) : m_db(db) {}
    // Replaces the issuer's notices with the current list; returns the ids seen for the first time.
    Result<QStringList> replace(const QString& issuerId, const QList<IssuerNotice>& notices);
    Result<QList<IssuerNotice>> list(const QString& issuerId = {});

private:
    Database& m_db;
};

} // namespace meisai
