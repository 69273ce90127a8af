#include "TransactionTable.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <numeric>

namespace meisai::ui {

namespace {

TransactionTable::Status statusFrom(std::optional<TransactionStatus> s)
{
    if (!s)
        return TransactionTable::Status::Other;
    switch (*s) {
    case TransactionStatus::Confirmed: return TransactionTable::Status::Confirmed;
    case TransactionStatus::Unconfirmed: return TransactionTable::Status::Unconfirmed;
    case TransactionStatus::Cancelled: return TransactionTable::Status::Cancelled;
    }
    return TransactionTable::Status::Other;
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.constData(), size_t(a.size())) == 0);
}

// The code of HolderType::Family as the vault stores it, for rows read in place.
const QByteArray kFamilyUtf8 = toString(HolderType::Family).toUtf8();

// monthKey() for "YYYY-MM" bytes.
quint16 monthKeyUtf8(QByteArrayView m)
{
    if (m.size() != 7 || m[4] != '-')
        return 0;
    int digits[6] = {};
    const int at[6] = {0, 1, 2, 3, 5, 6};
    for (int k = 0; k < 6; ++k) {
        if (m[at[k]] < '0' || m[at[k]] > '9')
            return 0;
        digits[k] = m[at[k]] - '0';
    }
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int mo = digits[4] * 10 + digits[5];
    if (mo < 1 || mo > 12)
        return 0;
    return quint16(y * 12 + mo - 1);
}

} // namespace

void TransactionTable::permute(const std::vector<quint32>& order)
{
    std::vector<Row> rows;
    rows.reserve(order.size());
    Utf8Column ids, approvals;
    ids.reserve(qsizetype(order.size()), 12);
    approvals.reserve(qsizetype(order.size()), 8);
    for (quint32 i : order) {
        rows.push_back(m_rows[i]);
        ids.append(m_ids.at(i));
        approvals.append(m_approvals.at(i));
    }
    m_rows = std::move(rows);
    m_ids = std::move(ids);
    m_approvals = std::move(approvals);
}

void TransactionTable::Utf8Column::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    m_ends.reserve(size_t(rows));
    m_bytes.reserve(rows * bytesPerRow);
}

void TransactionTable::Utf8Column::append(QByteArrayView s)
{
    m_bytes.append(s);
    m_ends.push_back(quint32(m_bytes.size()));
}

void TransactionTable::Utf8Column::append(const Utf8Column& other)
{
    const auto offset = quint32(m_bytes.size());
    m_bytes.append(other.m_bytes);
    for (quint32 e : other.m_ends)
        m_ends.push_back(e + offset);
}

QByteArrayView TransactionTable::Utf8Column::at(qsizetype i) const
{
    const quint32 begin = i > 0 ? m_ends[size_t(i - 1)] : 0;
    return QByteArrayView(m_bytes.constData() + begin, qsizetype(m_ends[size_t(i)] - begin));
}

Result<TransactionTable> TransactionTable::load(TransactionStore& store, const TransactionQuery& query,
                                                const QList<Card>& cards)
{
    TransactionTable out;
    out.setCards(cards);
    const auto visit = [&out](const TransactionRow& row) {
        if (out.m_rows.size() == out.m_rows.capacity())
            out.reserve(qMax<qsizetype>(4096, qsizetype(out.m_rows.size()) * 2));
        out.append(row);
        return true;
    };
    MEISAI_TRY(store.forEach(query, visit));
    out.finish();
    // Stored in the default order, so the filters and totals, which walk the
    // rows in that order, read memory front to back instead of jumping over
    // a million rows (measured: a few hundred ms per first show).
    out.permute(out.sortedOrder(SortKey::UseDate, Qt::DescendingOrder));
    std::vector<quint32> identity(out.m_rows.size());
    std::iota(identity.begin(), identity.end(), 0u);
    out.setPresorted(std::move(identity), SortKey::UseDate, Qt::DescendingOrder);
    return out;
}

TransactionTable TransactionTable::build(const QList<CardTransaction>& records, const QList<Card>& cards, int threads)
{
    // The work is memory-bound (every record's strings live apart): on two
    // cores a second thread only adds contention (measured), so split only
    // where there are cores to spare.
    if (threads <= 0)
        threads = QThread::idealThreadCount() >= 4 ? qMin(4, QThread::idealThreadCount() / 2) : 1;
    const qsizetype n = records.size();
    if (n < 50000)
        threads = 1;
    std::vector<TransactionTable> parts;
    parts.resize(size_t(threads));
    auto work = [&](int k) {
        TransactionTable& t = parts[size_t(k)];
        t.setCards(cards);
        const qsizetype from = n * k / threads;
        const qsizetype to = n * (k + 1) / threads;
        t.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            t.append(records[i]);
    };
    std::vector<QThread*> workers;
    for (int k = 1; k < threads; ++k) {
        workers.push_back(QThread::create(work, k));
        workers.back()->start();
    }
    work(0);
    for (QThread* w : workers) {
        w->wait();
        delete w;
    }
    TransactionTable out = std::move(parts[0]);
    out.reserve(n);
    for (size_t k = 1; k < parts.size(); ++k)
        out.appendTable(std::move(parts[k]));
    out.finish();
    out.setPresorted(out.sortedOrder(SortKey::UseDate, Qt::DescendingOrder), SortKey::UseDate, Qt::DescendingOrder);
    return out;
}

void TransactionTable::appendTable(TransactionTable&& other)
{
    std::vector<quint32> pool(size_t(other.m_pool.size()));
    for (qsizetype i = 0; i < other.m_pool.size(); ++i)
        pool[size_t(i)] = intern(other.m_pool[i]);
    std::vector<quint16> card(size_t(other.m_cards.size()));
    for (qsizetype i = 0; i < other.m_cards.size(); ++i) {
        const int c = cardIndex(other.m_cards[i].connectionId, other.m_cards[i].cardId);
        if (m_cards[c].label == m_cards[c].cardId)
            m_cards[c].label = other.m_cards[i].label;
        card[size_t(i)] = quint16(c);
    }
    const auto foreignOffset = quint32(m_foreigns.size());
    m_foreigns.append(other.m_foreigns);
    for (Row r : other.m_rows) {
        r.merchant = pool[r.merchant];
        r.remarks = pool[r.remarks];
        r.paymentMethod = methodIndex(other.m_methods[r.paymentMethod]);
        r.card = card[r.card];
        if (r.foreign)
            r.foreign += foreignOffset;
        m_rows.push_back(r);
    }
    m_ids.append(other.m_ids);
    m_approvals.append(other.m_approvals);
}

void TransactionTable::reserve(qsizetype rows)
{
    m_rows.reserve(size_t(rows));
    m_ids.reserve(rows, 12);
    m_approvals.reserve(rows, 8);
}

void TransactionTable::setCards(const QList<Card>& cards)
{
    for (const Card& c : cards) {
        const int i = cardIndex(c.connectionId, c.cardId);
        QString label = c.cardName;
        if (!c.maskedPan.isEmpty())
            label += QStringLiteral(" ") + c.maskedPan.right(4).prepend(QStringLiteral("…"));
        m_cards[i].label = label.trimmed();
    }
}

int TransactionTable::cardIndex(qint64 connectionId, const QString& cardId)
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i].connectionId == connectionId && m_cards[i].cardId == cardId)
            return i;
    }
    m_cards.append(CardRef{connectionId, cardId, cardId});
    return int(m_cards.size() - 1);
}

quint32 TransactionTable::intern(const QString& s)
{
    if (s.isEmpty())
        return 0;
    const auto it = m_index.constFind(s);
    if (it != m_index.constEnd())
        return it.value();
    const auto i = quint32(m_pool.size());
    m_pool.append(s);
    m_lowered.push_back(s.toLower());
    m_index.insert(s, i);
    return i;
}

quint32 TransactionTable::intern(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    if (size_t(m_utf8Count + 1) * 2 > m_utf8Slots.size())
        growUtf8Slots();
    // Seeded: merchant names come from the issuer, so no crafted collisions.
    const auto hash = quint32(qHash(utf8, QHashSeed::globalSeed()));
    const size_t mask = m_utf8Slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Utf8Slot& slot = m_utf8Slots[i];
        if (slot.pool == 0) {
            slot.pool = intern(QString::fromUtf8(utf8));
            slot.hash = hash;
            slot.key = quint32(m_utf8Count++);
            m_utf8Keys.append(utf8);
            return slot.pool;
        }
        if (slot.hash == hash && sameBytes(m_utf8Keys.at(slot.key), utf8))
            return slot.pool;
    }
}

void TransactionTable::growUtf8Slots()
{
    std::vector<Utf8Slot> table(qMax<size_t>(1024, m_utf8Slots.size() * 2));
    const size_t mask = table.size() - 1;
    for (const Utf8Slot& s : m_utf8Slots) {
        if (s.pool == 0)
            continue;
        size_t i = s.hash & mask;
        while (table[i].pool != 0)
            i = (i + 1) & mask;
        table[i] = s;
    }
    m_utf8Slots = std::move(table);
}

quint8 TransactionTable::methodIndex(const QString& code)
{
    const qsizetype i = m_methods.indexOf(code);
    if (i >= 0)
        return quint8(i);
    if (m_methods.size() >= 255)
        return 0; // the API defines about a dozen codes; more is garbage
    m_methods.append(code);
    return quint8(m_methods.size() - 1);
}

quint16 TransactionTable::monthKey(const QString& m)
{
    if (m.size() != 7)
        return 0;
    bool okY = false, okM = false;
    const int y = QStringView(m).left(4).toInt(&okY);
    const int mo = QStringView(m).mid(5, 2).toInt(&okM);
    if (!okY || !okM || mo < 1 || mo > 12)
        return 0;
    return quint16(y * 12 + mo - 1);
}

QString TransactionTable::monthText(quint16 key)
{
    if (key == 0)
        return {};
    return QStringLiteral("%1-%2").arg(key / 12, 4, 10, QLatin1Char('0')).arg(key % 12 + 1, 2, 10, QLatin1Char('0'));
}

void TransactionTable::append(const CardTransaction& t)
{
    Row r;
    r.rowId = t.rowId;
    r.amount = t.amount;
    r.paymentAmount = t.paymentAmount;
    r.feeAmount = t.feeAmount;
    r.fetchedAtMs = t.fetchedAt.isValid() ? t.fetchedAt.toMSecsSinceEpoch() : 0;
    r.useDay = qint32(t.useDate.toJulianDay());
    r.postingDay = t.postingDate.isValid() ? qint32(t.postingDate.toJulianDay()) : 0;
    r.merchant = intern(t.merchantName);
    r.remarks = intern(t.remarks);
    m_ids.append(t.transactionId.toUtf8());
    m_approvals.append(t.approvalNumber.toUtf8());
    if (const QString method = toString(t.paymentMethod); method != m_lastMethodText) {
        m_lastMethodText = method;
        m_lastMethod = methodIndex(method);
    }
    r.paymentMethod = m_lastMethod;
    r.installments = quint8(std::clamp(t.installmentCount, 0, 255));
    // Records come grouped by month: skip parsing a month seen on the previous row.
    if (t.paymentMonth != m_lastMonthText) {
        m_lastMonthText = t.paymentMonth;
        m_lastMonth = monthKey(t.paymentMonth);
    }
    r.paymentMonth = m_lastMonth;
    r.status = statusFrom(t.status);
    r.family = t.holderType == HolderType::Family;
    r.card = quint16(cardIndex(t.connectionId, t.cardId));
    if (!t.foreign.isEmpty()) {
        m_foreigns.append(t.foreign);
        r.foreign = quint32(m_foreigns.size());
    }
    m_rows.push_back(r);
}

void TransactionTable::append(const TransactionRow& t)
{
    using C = TransactionRow;
    Row r;
    r.rowId = t.integer(C::RowId);
    r.amount = t.integer(C::Amount);
    r.paymentAmount = t.integer(C::PaymentAmount);
    r.feeAmount = t.integer(C::FeeAmount);
    const QByteArrayView fetched = t.utf8(C::FetchedAt);
    if (!sameBytes(fetched, m_lastFetchedUtf8)) {
        m_lastFetchedUtf8 = fetched.toByteArray();
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(fetched), Qt::ISODateWithMs);
        m_lastFetchedMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    }
    r.fetchedAtMs = m_lastFetchedMs;
    r.useDay = qint32(t.julianDay(C::UseDate));
    r.postingDay = qint32(t.julianDay(C::PostingDate));
    r.merchant = intern(t.utf8(C::MerchantName));
    r.remarks = intern(t.utf8(C::Remarks));
    m_ids.append(t.utf8(C::TransactionId));
    m_approvals.append(t.utf8(C::ApprovalNumber));
    const QByteArrayView method = t.utf8(C::PaymentMethod);
    if (!sameBytes(method, m_lastMethodUtf8)) {
        m_lastMethodUtf8 = method.toByteArray();
        m_lastMethodU = methodIndex(QString::fromUtf8(method));
    }
    r.paymentMethod = m_lastMethodU;
    r.installments = quint8(std::clamp<qint64>(t.integer(C::InstallmentCount), 0, 255));
    r.paymentMonth = monthKeyUtf8(t.utf8(C::PaymentMonth));
    r.status = statusFrom(transactionStatusFromUtf8(t.utf8(C::Status)));
    r.family = sameBytes(t.utf8(C::HolderType), QByteArrayView(kFamilyUtf8));
    // A handful of cards, often interleaved: look them up by their bytes.
    const qint64 connection = t.integer(C::ConnectionId);
    const QByteArrayView card = t.utf8(C::CardId);
    auto known = std::find_if(m_cardsUtf8.cbegin(), m_cardsUtf8.cend(), [&](const CardUtf8& c) {
        return c.connectionId == connection && sameBytes(card, c.cardId);
    });
    if (known == m_cardsUtf8.cend()) {
        m_cardsUtf8.push_back({connection, card.toByteArray(),
                               quint16(cardIndex(connection, QString::fromUtf8(card)))});
        known = m_cardsUtf8.cend() - 1;
    }
    r.card = known->index;
    if (!t.utf8(C::ForeignCurrency).isEmpty()) {
        ForeignAmount f;
        f.localAmount = QString::fromUtf8(t.utf8(C::ForeignLocalAmount));
        f.currencyCode = QString::fromUtf8(t.utf8(C::ForeignCurrency));
        f.conversionRate = QString::fromUtf8(t.utf8(C::ForeignRate));
        if (const qint64 day = t.julianDay(C::ForeignDate))
            f.conversionDate = QDate::fromJulianDay(day);
        m_foreigns.append(f);
        r.foreign = quint32(m_foreigns.size());
    }
    m_rows.push_back(r);
}

void TransactionTable::finish()
{
    // Ranks of the pooled strings, so sorting by text compares integers.
    std::vector<quint32> byText(size_t(m_pool.size()));
    std::iota(byText.begin(), byText.end(), 0u);
    std::sort(byText.begin(), byText.end(), [this](quint32 a, quint32 b) {
        return m_pool[qsizetype(a)].compare(m_pool[qsizetype(b)]) < 0;
    });
    m_rank.assign(byText.size(), 0);
    for (size_t i = 0; i < byText.size(); ++i)
        m_rank[byText[i]] = quint32(i);
    std::vector<quint32> methods(size_t(m_methods.size()));
    std::iota(methods.begin(), methods.end(), 0u);
    std::sort(methods.begin(), methods.end(), [this](quint32 a, quint32 b) {
        return m_methods[qsizetype(a)].compare(m_methods[qsizetype(b)]) < 0;
    });
    m_methodRank.assign(methods.size(), 0);
    for (size_t i = 0; i < methods.size(); ++i)
        m_methodRank[methods[i]] = quint32(i);
    std::vector<bool> seen(12 * 10000, false);
    for (const Row& r : m_rows)
        seen[r.paymentMonth] = true;
    m_months.clear();
    for (int k = int(seen.size()) - 1; k > 0; --k) {
        if (seen[size_t(k)])
            m_months << monthText(quint16(k));
    }
}

void TransactionTable::setPresorted(std::vector<quint32> order, SortKey key, Qt::SortOrder sortOrder)
{
    m_presorted = std::move(order);
    m_presortKey = key;
    m_presortOrder = sortOrder;
}

std::vector<quint32> TransactionTable::takePresorted(SortKey key, Qt::SortOrder order)
{
    if (key != m_presortKey || order != m_presortOrder || m_presorted.size() != m_rows.size())
        return {};
    m_presortKey.reset();
    return std::move(m_presorted);
}

std::vector<quint32> TransactionTable::sortedOrder(SortKey sortKey, Qt::SortOrder order) const
{
    std::vector<quint32> out;
    // Sorts (key, row) pairs packed into 64-bit integers: one flat array, no
    // QVariant, and ties keep row order, so the sort is stable.
    const auto n = size_t(size());
    auto key = [&](size_t i) -> qint64 {
        const Row& r = m_rows[i];
        switch (sortKey) {
        case SortKey::UseDate: return r.useDay;
        case SortKey::Card: return r.card;
        case SortKey::Merchant: return rank(r.merchant);
        case SortKey::PaymentMethod: return paymentMethodRank(r.paymentMethod);
        case SortKey::Amount: return r.amount;
        case SortKey::Billed: return r.billed();
        case SortKey::PaymentMonth: return r.paymentMonth;
        case SortKey::Status: return qint64(r.status);
        }
        return 0;
    };
    std::vector<qint64> keys(n);
    qint64 lo = 0, hi = 0;
    for (size_t i = 0; i < n; ++i) {
        keys[i] = key(i);
        lo = i ? qMin(lo, keys[i]) : keys[i];
        hi = i ? qMax(hi, keys[i]) : keys[i];
    }
    const bool desc = order == Qt::DescendingOrder;
    constexpr int rowBits = 24; // up to 16.7 million rows
    const quint64 range = quint64(hi - lo);
    out.resize(n);
    if (n < (size_t(1) << rowBits) && range < (quint64(1) << (63 - rowBits))) {
        std::vector<quint64> packed(n);
        for (size_t i = 0; i < n; ++i) {
            const quint64 k = desc ? quint64(hi - keys[i]) : quint64(keys[i] - lo);
            packed[i] = (k << rowBits) | i;
        }
        std::sort(packed.begin(), packed.end());
        for (size_t i = 0; i < n; ++i)
            out[i] = quint32(packed[i] & ((quint64(1) << rowBits) - 1));
        return out;
    }
    std::iota(out.begin(), out.end(), 0u);
    std::stable_sort(out.begin(), out.end(), [&](quint32 a, quint32 b) {
        return desc ? keys[b] < keys[a] : keys[a] < keys[b];
    });
    return out;
}

CardTransaction TransactionTable::transaction(qsizetype i) const
{
    const Row& r = row(i);
    CardTransaction t;
    t.rowId = r.rowId;
    const CardRef& card = m_cards[r.card];
    t.connectionId = card.connectionId;
    t.cardId = card.cardId;
    t.transactionId = transactionId(i);
    t.useDate = QDate::fromJulianDay(r.useDay);
    if (r.postingDay)
        t.postingDate = QDate::fromJulianDay(r.postingDay);
    t.merchantName = string(r.merchant);
    t.remarks = string(r.remarks);
    t.holderType = r.family ? HolderType::Family : HolderType::Principal;
    t.amount = r.amount;
    t.paymentMethod = paymentMethodFromString(paymentMethod(r.paymentMethod)).value_or(PaymentMethod::OneTime);
    t.installmentCount = r.installments;
    t.paymentAmount = r.paymentAmount;
    t.feeAmount = r.feeAmount;
    t.paymentMonth = monthText(r.paymentMonth);
    switch (r.status) {
    case Status::Confirmed: t.status = TransactionStatus::Confirmed; break;
    case Status::Cancelled: t.status = TransactionStatus::Cancelled; break;
    case Status::Unconfirmed:
    case Status::Other: t.status = TransactionStatus::Unconfirmed; break;
    }
    t.approvalNumber = approvalNumber(i);
    if (r.foreign)
        t.foreign = foreign(r.foreign);
    if (r.fetchedAtMs)
        t.fetchedAt = QDateTime::fromMSecsSinceEpoch(r.fetchedAtMs);
    return t;
}

} // namespace meisai::ui
