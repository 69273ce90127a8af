#pragma once

// The statement table's storage, built for a million rows: transactions as
// compact structs (dates as Julian days, amounts as integers, status and
// payment type as small integers) whose strings are interned in one pool
// with a pre-lowercased copy and a sort rank, so that searching tests each
// distinct string once and sorting compares integers. TransactionModel shows
// it; see there for why it is not a QSortFilterProxyModel.

#include "model/Card.h"
#include "model/CardTransaction.h"
#include "vault/stores/TransactionStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace meisai::ui {

// Transactions in compact form, ready for the model. Building one may run
// off the UI thread; the model takes it by move.
class TransactionTable
{
public:
    enum class Status : quint8 { Confirmed, Unconfirmed, Cancelled, Other };

    struct Row
    {
        qint64 rowId = 0;
        qint64 amount = 0;
        qint64 paymentAmount = 0;
        qint64 feeAmount = 0;
        qint64 fetchedAtMs = 0;
        qint32 useDay = 0;     // QDate::toJulianDay()
        qint32 postingDay = 0;
        quint32 merchant = 0;  // pool indices
        quint32 remarks = 0;
        quint32 foreign = 0;   // 0: none, else index + 1 into foreigns()
        quint16 card = 0;      // index into cards()
        quint16 paymentMonth = 0; // year * 12 + month - 1, 0 if unknown
        quint8 paymentMethod = 0; // index into paymentMethods()
        quint8 installments = 0;
        Status status = Status::Other;
        bool family = false;

        qint64 billed() const { return paymentAmount + feeAmount; }
    };

    // What rows can be ordered by (the model maps its columns onto these).
    enum class SortKey : quint8 { UseDate, Card, Merchant, PaymentMethod, Amount, Billed, PaymentMonth, Status };

    struct CardRef
    {
        qint64 connectionId = 0;
        QString cardId;
        QString label; // card name and masked number
    };

    // Builds the table from records, splitting the work over up to `threads` threads.
    static TransactionTable build(const QList<CardTransaction>& records, const QList<Card>& cards, int threads = 0);
    // Builds the table straight from the store's rows (UTF-8 bytes and
    // integers, no CardTransaction on the way): the fast path for the view.
    static Result<TransactionTable> load(TransactionStore& store, const TransactionQuery& query,
                                         const QList<Card>& cards);

    void reserve(qsizetype rows);
    void setCards(const QList<Card>& cards);
    void append(const CardTransaction& t);
    void append(const TransactionRow& row);
    // Must be called once after the last append (pre-computes sort ranks).
    void finish();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    const Row& row(qsizetype i) const { return m_rows[size_t(i)]; }
    const QString& string(quint32 index) const { return m_pool[qsizetype(index)]; }
    // Unique per row, so kept beside the rows as UTF-8 rather than in the pool.
    QString transactionId(qsizetype i) const { return QString::fromUtf8(m_ids.at(i)); }
    QString approvalNumber(qsizetype i) const { return QString::fromUtf8(m_approvals.at(i)); }
    QByteArrayView approvalNumberUtf8(qsizetype i) const { return m_approvals.at(i); }
    const QString& lowered(quint32 index) const { return m_lowered[size_t(index)]; }
    qsizetype poolSize() const { return m_pool.size(); }
    quint32 rank(quint32 index) const { return m_rank[size_t(index)]; }
    const QList<CardRef>& cards() const { return m_cards; }
    const QString& paymentMethod(quint8 index) const { return m_methods[index]; }
    quint32 paymentMethodRank(quint8 index) const { return m_methodRank[index]; }
    const ForeignAmount& foreign(quint32 index) const { return m_foreigns[qsizetype(index - 1)]; }
    // Distinct payment months present, newest first ("YYYY-MM"); computed by finish().
    QStringList months() const { return m_months; }
    // Row indices sorted on a key's raw values (stable): strings by their
    // rank, so no string is compared.
    std::vector<quint32> sortedOrder(SortKey key, Qt::SortOrder order) const;
    // Rows already in the default order (date of use, newest first), computed
    // by build() or load() off the model; the model takes them over. Empty
    // when key and order are not that order.
    std::vector<quint32> takePresorted(SortKey key, Qt::SortOrder order);
    static QString monthText(quint16 month);
    static quint16 monthKey(const QString& yyyyMm);
    CardTransaction transaction(qsizetype i) const;

private:
    // Per-row strings packed in one buffer: a million short ids cost two
    // allocations instead of a million.
    class Utf8Column
    {
    public:
        void reserve(qsizetype rows, qsizetype bytesPerRow);
        void append(QByteArrayView s);
        void append(const Utf8Column& other);
        QByteArrayView at(qsizetype i) const;

    private:
        QByteArray m_bytes;
        std::vector<quint32> m_ends;
    };

    void appendTable(TransactionTable&& other); // merges another part (build())
    void growUtf8Slots();
    void permute(const std::vector<quint32>& order); // the new row i is the old row order[i]
    quint32 intern(const QString& s);
    quint32 intern(QByteArrayView utf8);
    quint8 methodIndex(const QString& code);
    int cardIndex(qint64 connectionId, const QString& cardId);
    void setPresorted(std::vector<quint32> order, SortKey key, Qt::SortOrder sortOrder);

    std::vector<Row> m_rows;
    std::vector<quint32> m_presorted;
    std::optional<SortKey> m_presortKey;
    Qt::SortOrder m_presortOrder = Qt::AscendingOrder;
    QStringList m_months;
    Utf8Column m_ids;
    Utf8Column m_approvals;
    QStringList m_pool{QString()};
    std::vector<QString> m_lowered{QString()};
    std::vector<quint32> m_rank;
    QHash<QString, quint32> m_index{{QString(), 0}};
    // The same strings keyed by their UTF-8 bytes, for load(): open addressing
    // with the hash kept in the slot, as QHash compares the keys on every probe
    // (a fifth of load()'s time with a QHash<QByteArray>).
    struct Utf8Slot
    {
        quint32 hash = 0;
        quint32 key = 0;  // index into m_utf8Keys
        quint32 pool = 0; // 0: empty slot (the empty string is never stored)
    };
    std::vector<Utf8Slot> m_utf8Slots;
    Utf8Column m_utf8Keys;
    qsizetype m_utf8Count = 0;
    QList<CardRef> m_cards;
    QList<ForeignAmount> m_foreigns;
    QString m_lastMonthText;
    quint16 m_lastMonth = 0;
    QStringList m_methods{QString()}; // payment method codes ("10", "61"…); 0: none
    std::vector<quint32> m_methodRank;
    QString m_lastMethodText;
    quint8 m_lastMethod = 0;
    // Rows come in runs of the same method and fetch time: the UTF-8 path
    // converts one only when it differs from the previous row's.
    struct CardUtf8
    {
        qint64 connectionId = 0;
        QByteArray cardId;
        quint16 index = 0;
    };
    std::vector<CardUtf8> m_cardsUtf8;
    QByteArray m_lastMethodUtf8;
    quint8 m_lastMethodU = 0;
    QByteArray m_lastFetchedUtf8;
    qint64 m_lastFetchedMs = 0;
};

} // namespace meisai::ui
