#include "NoticeStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col { IssuerId, NoticeId, Kind, Title, Body, PublishedAt, StartsAt, EndsAt, FetchedAt, ColumnCount };
constexpr std::array<const char*, ColumnCount> kColumns = {"issuer_id",    "notice_id", "kind",    "title",
                                                           "body",         "published_at", "starts_at", "ends_at",
                                                           "fetched_at"};

} // namespace

Result<QStringList> NoticeStore::replace(const QString& issuerId, const QList<IssuerNotice>& notices)
{
    static const QByteArray insertSql =
        "INSERT OR REPLACE INTO notices (" + columnList(kColumns) + ") VALUES (" + placeholders(ColumnCount) + ")";
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    QStringList known;
    {
        auto sel = m_db.prepare("SELECT notice_id FROM notices WHERE issuer_id=?");
        if (!sel)
            return sel.error();
        sel->bind(1, issuerId);
        auto ids = collect<QString>(*sel, [](const Statement& s) { return s.text(0); });
        if (!ids)
            return ids.error();
        known = *ids;
    }
    {
        auto del = m_db.prepare("DELETE FROM notices WHERE issuer_id=?");
        if (!del)
            return del.error();
        del->bind(1, issuerId);
        MEISAI_TRY(del->run());
    }
    auto ins = m_db.prepare(insertSql);
    if (!ins)
        return ins.error();
    QStringList fresh;
    for (const IssuerNotice& n : notices) {
        ins->bind(IssuerId + 1, issuerId).bind(NoticeId + 1, n.noticeId).bind(Kind + 1, toString(n.kind));
        ins->bind(Title + 1, n.title).bind(Body + 1, n.body).bind(PublishedAt + 1, n.publishedAt);
        ins->bind(StartsAt + 1, n.startsAt).bind(EndsAt + 1, n.endsAt).bind(FetchedAt + 1, n.fetchedAt);
        MEISAI_TRY(ins->run());
        if (!known.contains(n.noticeId) && !fresh.contains(n.noticeId))
            fresh << n.noticeId;
    }
    MEISAI_TRY(tx.commit());
    return fresh;
}

Result<QList<IssuerNotice>> NoticeStore::list(const QString& issuerId)
{
    static const QByteArray sql = "SELECT " + columnList(kColumns)
        + " FROM notices WHERE (?1 IS NULL OR issuer_id = ?1) ORDER BY published_at DESC";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, issuerId.isEmpty() ? QString() : issuerId);
    return collect<IssuerNotice>(*stmt, [](const Statement& s) {
        IssuerNotice n;
        n.issuerId = s.text(IssuerId);
        n.noticeId = s.text(NoticeId);
        n.kind = noticeKindFromString(s.text(Kind)).value_or(NoticeKind::Info);
        n.title = s.text(Title);
        n.body = s.text(Body);
        n.publishedAt = s.dateTime(PublishedAt);
        n.startsAt = s.dateTime(StartsAt);
        n.endsAt = s.dateTime(EndsAt);
        n.fetchedAt = s.dateTime(FetchedAt);
        return n;
    });
}

} // namespace meisai
