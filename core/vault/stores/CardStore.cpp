#include "CardStore.h"

#include "StoreSupport.h"

namespace meisai {

using namespace store;

namespace {

enum Col { ConnectionId, CardId, MaskedPan, CardName, HolderTypeCol, IsVirtual, FetchedAt, ColumnCount };
constexpr std::array<const char*, ColumnCount> kColumns = {"connection_id", "card_id",    "masked_pan", "card_name",
                                                           "holder_type",   "is_virtual", "fetched_at"};

} // namespace

Status CardStore::upsert(const QList<Card>& cards)
{
    static const QByteArray sql = "INSERT OR REPLACE INTO cards (" + columnList(kColumns) + ") VALUES ("
        + placeholders(ColumnCount) + ")";
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (const Card& c : cards) {
        stmt->bind(ConnectionId + 1, c.connectionId).bind(CardId + 1, c.cardId).bind(MaskedPan + 1, c.maskedPan);
        stmt->bind(CardName + 1, c.cardName).bind(HolderTypeCol + 1, toString(c.holderType));
        stmt->bind(IsVirtual + 1, c.isVirtual).bind(FetchedAt + 1, c.fetchedAt);
        MEISAI_TRY(stmt->run());
    }
    return tx.commit();
}

Result<QList<Card>> CardStore::list(qint64 connectionId)
{
    static const QByteArray sql = "SELECT " + columnList(kColumns)
        + " FROM cards WHERE (?1 = 0 OR connection_id = ?1) ORDER BY connection_id, card_id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, connectionId);
    return collect<Card>(*stmt, [](const Statement& s) {
        return Card{s.int64(ConnectionId), s.text(CardId), s.text(MaskedPan), s.text(CardName),
                    holderTypeFromString(s.text(HolderTypeCol)).value_or(HolderType::Principal),
                    s.int64(IsVirtual) != 0, s.dateTime(FetchedAt)};
    });
}

} // namespace meisai
