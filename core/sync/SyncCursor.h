#pragma once

// Where a connection's sync stands, kept in Connection::syncState (opaque to
// the vault) so that an interrupted sync resumes and the next one reads only
// what may have changed:
//   {"v":1,"failures":N,"cards":{"<cardId>":{"syncedTo":"YYYY-MM-DD",
//     "oldestOpen":"YYYY-MM-DD","resume":{"from","to","key","oldestOpen"}}}}
// A cursor of another version, or none, reads as empty (a full sync).

#include <QDate>
#include <QHash>
#include <QString>

namespace meisai {

struct CardCursor
{
    QDate syncedTo;   // transactions were complete up to this day (the issuer's base date)
    QDate oldestOpen; // the oldest unconfirmed transaction seen: re-read from there
    bool resuming = false;
    QDate resumeFrom; // an interrupted window: its dates and the next page key
    QDate resumeTo;
    QString resumeKey;
    QDate resumeOldestOpen;
};

struct SyncCursor
{
    int failures = 0; // consecutive failed syncs
    QHash<QString, CardCursor> cards;

    static SyncCursor fromJson(const QString& text);
    QString toJson() const;
};

} // namespace meisai
