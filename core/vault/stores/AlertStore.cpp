#include "AlertStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col {
    Id, Kind, DedupKey, Severity, State, ConnectionId, IssuerId, Title, WhatHappened, WhatToDo, Contact, CreatedAt,
    UpdatedAt, TitleText, WhatHappenedText, WhatToDoText, ContactText, ColumnCount
};
constexpr std::array<const char*, ColumnCount> kColumns = {
    "id",        "kind",          "dedup_key",  "severity", "state",   "connection_id", "issuer_id",
    "title",     "what_happened", "what_to_do", "contact",  "created_at", "updated_at",
    "title_text", "what_happened_text", "what_to_do_text", "contact_text"};

Alert read(const Statement& s)
{
    Alert a;
    a.id = s.int64(Id);
    a.kind = alertKindFromString(s.text(Kind)).value_or(AlertKind::SyncFailing);
    a.dedupKey = s.text(DedupKey);
    a.severity = alertSeverityFromString(s.text(Severity)).value_or(AlertSeverity::Warning);
    a.state = alertStateFromString(s.text(State)).value_or(AlertState::New);
    a.connectionId = s.int64(ConnectionId);
    a.issuerId = s.text(IssuerId);
    a.titleText = readText(s, TitleText, Title);
    a.whatHappenedText = readText(s, WhatHappenedText, WhatHappened);
    a.whatToDoText = readText(s, WhatToDoText, WhatToDo);
    a.contactText = readText(s, ContactText, Contact);
    a.title = a.titleText.toString();
    a.whatHappened = a.whatHappenedText.toString();
    a.whatToDo = a.whatToDoText.toString();
    a.contact = a.contactText.toString();
    a.createdAt = s.dateTime(CreatedAt);
    a.updatedAt = s.dateTime(UpdatedAt);
    return a;
}

} // namespace

Result<qint64> AlertStore::raise(const Alert& a)
{
    const QString resolved = toString(AlertState::Resolved);
    if (!a.dedupKey.isEmpty()) {
        auto open = m_db.prepare("SELECT id, severity FROM alerts WHERE dedup_key=? AND state != ? LIMIT 1");
        if (!open)
            return open.error();
        open->bind(1, a.dedupKey).bind(2, resolved);
        auto row = open->step();
        if (!row)
            return row.error();
        if (*row) {
            const qint64 id = open->int64(0);
            const auto severity = alertSeverityFromString(open->text(1)).value_or(AlertSeverity::Warning);
            open->reset();
            if (int(a.severity) > int(severity)) {
                // The same cause turned out graver (a lost grant found to be revoked by the issuer): say so.
                auto up = m_db.prepare("UPDATE alerts SET kind=?, severity=?, state=?, title=?, what_happened=?, "
                                       "what_to_do=?, contact=?, updated_at=?, title_text=?, what_happened_text=?, "
                                       "what_to_do_text=?, contact_text=? WHERE id=?");
                if (!up)
                    return up.error();
                up->bind(1, toString(a.kind)).bind(2, toString(a.severity)).bind(3, toString(AlertState::New));
                up->bind(4, a.title).bind(5, a.whatHappened).bind(6, a.whatToDo).bind(7, a.contact);
                up->bind(8, m_clock.now());
                up->bind(9, keptText(a.titleText, a.title).toStorage());
                up->bind(10, keptText(a.whatHappenedText, a.whatHappened).toStorage());
                up->bind(11, keptText(a.whatToDoText, a.whatToDo).toStorage());
                up->bind(12, keptText(a.contactText, a.contact).toStorage());
                up->bind(13, id);
                MEISAI_TRY(up->run());
            }
            return id;
        }
    }
    static const QByteArray insertSql = []() -> QByteArray {
        QByteArray names;
        for (int i = Kind; i < ColumnCount; ++i)
            names += QByteArray(i == Kind ? "" : ", ") + kColumns[size_t(i)];
        return "INSERT INTO alerts (" + names + ") VALUES (" + placeholders(ColumnCount - 1) + ")";
    }();
    auto ins = m_db.prepare(insertSql);
    if (!ins)
        return ins.error();
    // Without the id, a column's parameter is its Col value.
    const QDateTime now = m_clock.now();
    ins->bind(Kind, toString(a.kind)).bind(DedupKey, a.dedupKey.isEmpty() ? QString() : a.dedupKey);
    ins->bind(Severity, toString(a.severity)).bind(State, toString(AlertState::New));
    ins->bind(ConnectionId, a.connectionId).bind(IssuerId, a.issuerId).bind(Title, a.title);
    ins->bind(WhatHappened, a.whatHappened).bind(WhatToDo, a.whatToDo).bind(Contact, a.contact);
    ins->bind(CreatedAt, now).bind(UpdatedAt, now);
    ins->bind(TitleText, keptText(a.titleText, a.title).toStorage());
    ins->bind(WhatHappenedText, keptText(a.whatHappenedText, a.whatHappened).toStorage());
    ins->bind(WhatToDoText, keptText(a.whatToDoText, a.whatToDo).toStorage());
    ins->bind(ContactText, keptText(a.contactText, a.contact).toStorage());
    MEISAI_TRY(ins->run());
    return m_db.lastInsertRowId();
}

Status AlertStore::setState(qint64 id, AlertState state)
{
    auto stmt = m_db.prepare("UPDATE alerts SET state=?, updated_at=? WHERE id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, toString(state)).bind(2, m_clock.now()).bind(3, id);
    return stmt->run();
}

Status AlertStore::resolveByKey(const QString& dedupKey)
{
    auto stmt = m_db.prepare("UPDATE alerts SET state=?1, updated_at=?2 WHERE dedup_key=?3 AND state != ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, toString(AlertState::Resolved)).bind(2, m_clock.now()).bind(3, dedupKey);
    return stmt->run();
}

Result<QList<Alert>> AlertStore::list(bool openOnly)
{
    static const QByteArray sql =
        "SELECT " + columnList(kColumns) + " FROM alerts WHERE (?1 = 0 OR state != ?2) ORDER BY id DESC";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, openOnly).bind(2, toString(AlertState::Resolved));
    return collect<Alert>(*stmt, read);
}

Status AlertStore::setTexts(const Alert& a)
{
    auto stmt = m_db.prepare("UPDATE alerts SET title=?, what_happened=?, what_to_do=?, contact=?, title_text=?, "
                             "what_happened_text=?, what_to_do_text=?, contact_text=? WHERE id=?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, a.title).bind(2, a.whatHappened).bind(3, a.whatToDo).bind(4, a.contact);
    stmt->bind(5, keptText(a.titleText, a.title).toStorage());
    stmt->bind(6, keptText(a.whatHappenedText, a.whatHappened).toStorage());
    stmt->bind(7, keptText(a.whatToDoText, a.whatToDo).toStorage());
    stmt->bind(8, keptText(a.contactText, a.contact).toStorage());
    stmt->bind(9, a.id);
    return stmt->run();
}

} // namespace meisai
