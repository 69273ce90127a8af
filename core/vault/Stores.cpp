#include "Stores.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

namespace meisai {

namespace {

// Never null: the columns are NOT NULL and an empty list is ''.
QByteArray joinScopes(const QStringList& scopes)
{
    const QByteArray joined = scopes.join(u' ').toUtf8();
    return joined.isNull() ? QByteArray("") : joined;
}

QStringList splitScopes(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// URLs are kept as their fully encoded text; an empty URL as ''.
QString urlText(const QUrl& url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

QUrl urlFrom(const QString& text)
{
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

// An IssuerBinding is four columns, in this order: bound_issuer,
// bound_token_endpoint, bound_revocation_endpoint, bound_api_base.
IssuerBinding readBinding(const Statement& s, int first)
{
    return IssuerBinding{urlFrom(s.text(first)), urlFrom(s.text(first + 1)), urlFrom(s.text(first + 2)),
                         urlFrom(s.text(first + 3))};
}

void bindBinding(Statement& stmt, int first, const IssuerBinding& b)
{
    stmt.bind(first, urlText(b.issuer)).bind(first + 1, urlText(b.tokenEndpoint));
    stmt.bind(first + 2, urlText(b.revocationEndpoint)).bind(first + 3, urlText(b.apiBaseUrl));
}

#define MEISAI_PREPARE(var, db, sql)                                                               \
    auto var##Result = (db).prepare(sql);                                                          \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    Statement& var = *var##Result

// Runs stmt and collects one value per row through read().
template <typename T, typename F>
Result<QList<T>> collect(Statement& stmt, F read)
{
    QList<T> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(read(stmt));
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------- connections

#define MEISAI_CONNECTION_COLUMNS \
    "id, issuer_id, label, status, requested_scopes, granted_scopes, consent_granted_at, consent_expires_at, " \
    "auth_time, last_sync_at, next_sync_at, last_error, sync_state, created_at, updated_at, " \
    "bound_issuer, bound_token_endpoint, bound_revocation_endpoint, bound_api_base"

static Connection readConnection(const Statement& s)
{
    Connection c;
    c.id = s.int64(0);
    c.issuerId = s.text(1);
    c.label = s.text(2);
    c.status = connectionStatusFromString(s.text(3)).value_or(ConnectionStatus::Linking);
    c.requestedScopes = splitScopes(s.text(4));
    c.grantedScopes = splitScopes(s.text(5));
    c.consentGrantedAt = s.dateTime(6);
    c.consentExpiresAt = s.dateTime(7);
    c.authTime = s.dateTime(8);
    c.lastSyncAt = s.dateTime(9);
    c.nextSyncAt = s.dateTime(10);
    c.lastError = s.text(11);
    c.syncState = s.text(12);
    c.createdAt = s.dateTime(13);
    c.updatedAt = s.dateTime(14);
    c.binding = readBinding(s, 15);
    return c;
}

Result<qint64> ConnectionStore::add(const Connection& c)
{
    MEISAI_PREPARE(stmt, m_db,
                   "INSERT INTO connections (issuer_id, label, status, requested_scopes, granted_scopes, "
                   "consent_granted_at, consent_expires_at, auth_time, last_sync_at, next_sync_at, last_error, "
                   "sync_state, created_at, updated_at, bound_issuer, bound_token_endpoint, "
                   "bound_revocation_endpoint, bound_api_base) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QDateTime now = m_clock.now();
    stmt.bind(1, c.issuerId).bind(2, c.label).bind(3, toString(c.status));
    stmt.bind(4, QByteArrayView(joinScopes(c.requestedScopes))).bind(5, QByteArrayView(joinScopes(c.grantedScopes)));
    stmt.bind(6, c.consentGrantedAt).bind(7, c.consentExpiresAt).bind(8, c.authTime);
    stmt.bind(9, c.lastSyncAt).bind(10, c.nextSyncAt).bind(11, c.lastError).bind(12, c.syncState);
    stmt.bind(13, c.createdAt.isValid() ? c.createdAt : now).bind(14, now);
    bindBinding(stmt, 15, c.binding);
    MEISAI_TRY(stmt.run());
    return m_db.lastInsertRowId();
}

Status ConnectionStore::update(const Connection& c)
{
    MEISAI_PREPARE(stmt, m_db,
                   "UPDATE connections SET issuer_id=?, label=?, status=?, requested_scopes=?, granted_scopes=?, "
                   "consent_granted_at=?, consent_expires_at=?, auth_time=?, last_sync_at=?, next_sync_at=?, "
                   "last_error=?, sync_state=?, updated_at=?, bound_issuer=?, bound_token_endpoint=?, "
                   "bound_revocation_endpoint=?, bound_api_base=? WHERE id=?");
    stmt.bind(1, c.issuerId).bind(2, c.label).bind(3, toString(c.status));
    stmt.bind(4, QByteArrayView(joinScopes(c.requestedScopes))).bind(5, QByteArrayView(joinScopes(c.grantedScopes)));
    stmt.bind(6, c.consentGrantedAt).bind(7, c.consentExpiresAt).bind(8, c.authTime);
    stmt.bind(9, c.lastSyncAt).bind(10, c.nextSyncAt).bind(11, c.lastError).bind(12, c.syncState);
    stmt.bind(13, m_clock.now());
    bindBinding(stmt, 14, c.binding);
    stmt.bind(18, c.id);
    MEISAI_TRY(stmt.run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("connection %1 not found").arg(c.id));
    return {};
}

Status ConnectionStore::setStatus(qint64 id, ConnectionStatus status, const QString& lastError)
{
    MEISAI_PREPARE(stmt, m_db, "UPDATE connections SET status=?, last_error=?, updated_at=? WHERE id=?");
    stmt.bind(1, toString(status)).bind(2, lastError).bind(3, m_clock.now()).bind(4, id);
    return stmt.run();
}

Status ConnectionStore::setBinding(qint64 id, const IssuerBinding& binding)
{
    MEISAI_PREPARE(stmt, m_db,
                   "UPDATE connections SET bound_issuer=?, bound_token_endpoint=?, bound_revocation_endpoint=?, "
                   "bound_api_base=?, updated_at=? WHERE id=?");
    bindBinding(stmt, 1, binding);
    stmt.bind(5, m_clock.now()).bind(6, id);
    return stmt.run();
}

Result<std::optional<Connection>> ConnectionStore::get(qint64 id)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT " MEISAI_CONNECTION_COLUMNS " FROM connections WHERE id=?");
    stmt.bind(1, id);
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Connection>();
    return std::optional<Connection>(readConnection(stmt));
}

Result<QList<Connection>> ConnectionStore::list()
{
    MEISAI_PREPARE(stmt, m_db, "SELECT " MEISAI_CONNECTION_COLUMNS " FROM connections ORDER BY id");
    return collect<Connection>(stmt, readConnection);
}

Status ConnectionStore::remove(qint64 id)
{
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    for (const char* sql : {"DELETE FROM tokens WHERE connection_id=?", "DELETE FROM transactions WHERE connection_id=?",
                            "DELETE FROM statements WHERE connection_id=?", "DELETE FROM limits WHERE connection_id=?",
                            "DELETE FROM cards WHERE connection_id=?", "DELETE FROM connections WHERE id=?"}) {
        MEISAI_PREPARE(stmt, m_db, sql);
        stmt.bind(1, id);
        MEISAI_TRY(stmt.run());
    }
    return tx.commit();
}

// ---------------------------------------------------------------- tokens

Status TokenStore::put(qint64 connectionId, const TokenSet& t)
{
    MEISAI_PREPARE(stmt, m_db,
                   "INSERT OR REPLACE INTO tokens (connection_id, access_token, refresh_token, token_type, "
                   "access_expires_at, refresh_expires_at, updated_at) VALUES (?,?,?,?,?,?,?)");
    stmt.bind(1, connectionId).bind(2, t.accessToken).bind(3, t.refreshToken).bind(4, t.tokenType);
    stmt.bind(5, t.accessExpiresAt).bind(6, t.refreshExpiresAt).bind(7, m_clock.now());
    return stmt.run();
}

Result<std::optional<TokenSet>> TokenStore::get(qint64 connectionId)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT access_token, refresh_token, token_type, access_expires_at, refresh_expires_at, "
                   "updated_at FROM tokens WHERE connection_id=?");
    stmt.bind(1, connectionId);
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TokenSet>();
    TokenSet t;
    t.accessToken = stmt.secret(0);
    t.refreshToken = stmt.secret(1);
    t.tokenType = stmt.text(2);
    t.accessExpiresAt = stmt.dateTime(3);
    t.refreshExpiresAt = stmt.dateTime(4);
    t.updatedAt = stmt.dateTime(5);
    stmt.reset(); // let SQLite release its copy of the row
    return std::optional<TokenSet>(std::move(t));
}

Status TokenStore::remove(qint64 connectionId)
{
    MEISAI_PREPARE(stmt, m_db, "DELETE FROM tokens WHERE connection_id=?");
    stmt.bind(1, connectionId);
    return stmt.run();
}

// ---------------------------------------------------------------- cards

Status CardStore::upsert(const QList<Card>& cards)
{
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    MEISAI_PREPARE(stmt, m_db,
                   "INSERT OR REPLACE INTO cards (connection_id, card_id, masked_pan, card_name, holder_type, "
                   "is_virtual, fetched_at) VALUES (?,?,?,?,?,?,?)");
    for (const Card& c : cards) {
        stmt.bind(1, c.connectionId).bind(2, c.cardId).bind(3, c.maskedPan).bind(4, c.cardName);
        stmt.bind(5, toString(c.holderType)).bind(6, c.isVirtual).bind(7, c.fetchedAt);
        MEISAI_TRY(stmt.run());
    }
    return tx.commit();
}

Result<QList<Card>> CardStore::list(qint64 connectionId)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT connection_id, card_id, masked_pan, card_name, holder_type, is_virtual, fetched_at "
                   "FROM cards WHERE (?1 = 0 OR connection_id = ?1) ORDER BY connection_id, card_id");
    stmt.bind(1, connectionId);
    return collect<Card>(stmt, [](const Statement& s) {
        return Card{s.int64(0), s.text(1), s.text(2), s.text(3),
                    holderTypeFromString(s.text(4)).value_or(HolderType::Principal), s.int64(5) != 0, s.dateTime(6)};
    });
}

// ---------------------------------------------------------------- transactions

#define MEISAI_TX_COLUMNS \
    "connection_id, card_id, transaction_id, use_date, posting_date, merchant_name, remarks, holder_type, " \
    "amount, payment_method, installment_count, payment_amount, fee_amount, payment_month, status, " \
    "approval_number, foreign_local_amount, foreign_currency, foreign_rate, foreign_date, fetched_at"

static void bindTransaction(Statement& s, const CardTransaction& t)
{
    s.bind(1, t.connectionId).bind(2, t.cardId).bind(3, t.transactionId).bind(4, t.useDate);
    s.bind(5, t.postingDate).bind(6, t.merchantName).bind(7, t.remarks).bind(8, toString(t.holderType));
    s.bind(9, t.amount).bind(10, toString(t.paymentMethod)).bind(11, t.installmentCount).bind(12, t.paymentAmount);
    s.bind(13, t.feeAmount).bind(14, t.paymentMonth).bind(15, toString(t.status)).bind(16, t.approvalNumber);
    s.bind(17, t.foreign.localAmount).bind(18, t.foreign.currencyCode).bind(19, t.foreign.conversionRate);
    s.bind(20, t.foreign.conversionDate).bind(21, t.fetchedAt);
}

static CardTransaction readTransaction(const Statement& s)
{
    return TransactionRow(s).record();
}

CardTransaction TransactionRow::record() const
{
    const Statement& s = m_stmt;
    CardTransaction t;
    t.connectionId = s.int64(0);
    t.cardId = s.text(1);
    t.transactionId = s.text(2);
    t.useDate = s.date(3);
    t.postingDate = s.date(4);
    t.merchantName = s.text(5);
    t.remarks = s.text(6);
    t.holderType = holderTypeFromString(s.text(7)).value_or(HolderType::Principal);
    t.amount = s.int64(8);
    t.paymentMethod = paymentMethodFromString(s.text(9)).value_or(PaymentMethod::OneTime);
    t.installmentCount = s.int32(10);
    t.paymentAmount = s.int64(11);
    t.feeAmount = s.int64(12);
    t.paymentMonth = s.text(13);
    t.status = transactionStatusFromString(s.text(14)).value_or(TransactionStatus::Unconfirmed);
    t.approvalNumber = s.text(15);
    t.foreign.localAmount = s.text(16);
    t.foreign.currencyCode = s.text(17);
    t.foreign.conversionRate = s.text(18);
    t.foreign.conversionDate = s.date(19);
    t.fetchedAt = s.dateTime(20);
    t.rowId = s.int64(21);
    return t;
}

qint64 TransactionRow::julianDay(Column c) const
{
    const QByteArrayView v = utf8(c);
    if (v.size() != 10 || v[4] != '-' || v[7] != '-')
        return 0;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
        for (int i = starts[k]; i < starts[k] + lengths[k]; ++i) {
            if (v[i] < '0' || v[i] > '9')
                return 0;
            parts[k] = parts[k] * 10 + (v[i] - '0');
        }
    }
    const QDate d(parts[0], parts[1], parts[2]);
    return d.isValid() ? d.toJulianDay() : 0;
}

Result<UpsertCounts> TransactionStore::upsert(const QList<CardTransaction>& transactions)
{
    UpsertCounts counts;
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    MEISAI_PREPARE(insert, m_db,
                   "INSERT OR IGNORE INTO transactions (" MEISAI_TX_COLUMNS
                   ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    std::optional<Statement> select, update;
    for (const CardTransaction& t : transactions) {
        bindTransaction(insert, t);
        MEISAI_TRY(insert.run());
        if (m_db.changes() == 1) {
            ++counts.inserted;
            continue;
        }
        // Already stored: update in place when anything but fetched_at changed
        // (an unconfirmed item confirmed, an amount corrected, a cancellation).
        if (!select) {
            auto s = m_db.prepare("SELECT " MEISAI_TX_COLUMNS
                                  ", id FROM transactions WHERE connection_id=? AND card_id=? AND transaction_id=?");
            if (!s)
                return s.error();
            select = std::move(*s);
            auto u = m_db.prepare("UPDATE transactions SET "
                                  "use_date=?4, posting_date=?5, merchant_name=?6, remarks=?7, holder_type=?8, "
                                    "amount=?9, payment_method=?10, installment_count=?11, payment_amount=?12, "
                                    "fee_amount=?13, payment_month=?14, status=?15, approval_number=?16, "
                                    "foreign_local_amount=?17, foreign_currency=?18, foreign_rate=?19, "
                                    "foreign_date=?20, fetched_at=?21 "
                                    "WHERE connection_id=?1 AND card_id=?2 AND transaction_id=?3");
            if (!u)
                return u.error();
            update = std::move(*u);
        }
        select->bind(1, t.connectionId).bind(2, t.cardId).bind(3, t.transactionId);
        auto row = select->step();
        if (!row)
            return row.error();
        const bool same = *row && readTransaction(*select).sameContent(t);
        select->reset();
        if (same) {
            ++counts.unchanged;
            continue;
        }
        bindTransaction(*update, t);
        MEISAI_TRY(update->run());
        ++counts.updated;
    }
    MEISAI_TRY(tx.commit());
    return counts;
}

Result<QList<CardTransaction>> TransactionStore::query(const TransactionQuery& q)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT " MEISAI_TX_COLUMNS
                   ", id FROM transactions WHERE (?1 = 0 OR connection_id = ?1) AND (?2 IS NULL OR card_id = ?2) "
                         "AND (?3 IS NULL OR payment_month = ?3) AND (?4 IS NULL OR use_date >= ?4) "
                         "AND (?5 IS NULL OR use_date <= ?5) ORDER BY use_date DESC, id DESC");
    stmt.bind(1, q.connectionId);
    stmt.bind(2, q.cardId.isEmpty() ? QString() : q.cardId);
    stmt.bind(3, q.paymentMonth.isEmpty() ? QString() : q.paymentMonth);
    stmt.bind(4, q.useDateFrom).bind(5, q.useDateTo);
    return collect<CardTransaction>(stmt, readTransaction);
}

Status TransactionStore::forEach(const TransactionQuery& q, const std::function<bool(const TransactionRow&)>& visit)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT " MEISAI_TX_COLUMNS
                   ", id FROM transactions WHERE (?1 = 0 OR connection_id = ?1) AND (?2 IS NULL OR card_id = ?2) "
                         "AND (?3 IS NULL OR payment_month = ?3) AND (?4 IS NULL OR use_date >= ?4) "
                         "AND (?5 IS NULL OR use_date <= ?5) ORDER BY id DESC");
    stmt.bind(1, q.connectionId);
    stmt.bind(2, q.cardId.isEmpty() ? QString() : q.cardId);
    stmt.bind(3, q.paymentMonth.isEmpty() ? QString() : q.paymentMonth);
    stmt.bind(4, q.useDateFrom).bind(5, q.useDateTo);
    const TransactionRow row(stmt);
    for (;;) {
        auto more = stmt.step();
        if (!more)
            return more.error();
        if (!*more || !visit(row))
            return {};
    }
}

Result<qint64> TransactionStore::count(qint64 connectionId)
{
    MEISAI_PREPARE(stmt, m_db, "SELECT count(*) FROM transactions WHERE (?1 = 0 OR connection_id = ?1)");
    stmt.bind(1, connectionId);
    auto row = stmt.step();
    if (!row)
        return row.error();
    return stmt.int64(0);
}

Result<qint64> TransactionStore::billedTotal(qint64 connectionId, const QString& cardId, const QString& paymentMonth)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT coalesce(sum(payment_amount + fee_amount), 0) FROM transactions WHERE connection_id=? "
                   "AND card_id=? AND payment_month=? AND status != 'cancelled'");
    stmt.bind(1, connectionId).bind(2, cardId).bind(3, paymentMonth);
    auto row = stmt.step();
    if (!row)
        return row.error();
    return stmt.int64(0);
}

// ---------------------------------------------------------------- statements

Status StatementStore::upsert(const CardStatement& s)
{
    MEISAI_PREPARE(stmt, m_db,
                   "INSERT OR REPLACE INTO statements (connection_id, card_id, billing_month, closing_date, due_date, "
                   "billing_status, total_billed_amount, new_usage_amount, transaction_count, fetched_at) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)");
    stmt.bind(1, s.connectionId).bind(2, s.cardId).bind(3, s.billingMonth).bind(4, s.closingDate);
    stmt.bind(5, s.dueDate).bind(6, toString(s.billingStatus)).bind(7, s.totalBilledAmount).bind(8, s.newUsageAmount);
    stmt.bind(9, s.transactionCount).bind(10, s.fetchedAt);
    return stmt.run();
}

Result<QList<CardStatement>> StatementStore::list(qint64 connectionId, const QString& cardId)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT connection_id, card_id, billing_month, closing_date, due_date, billing_status, "
                   "total_billed_amount, new_usage_amount, transaction_count, fetched_at FROM statements "
                   "WHERE (?1 = 0 OR connection_id = ?1) AND (?2 IS NULL OR card_id = ?2) "
                   "ORDER BY billing_month DESC, connection_id, card_id");
    stmt.bind(1, connectionId).bind(2, cardId.isEmpty() ? QString() : cardId);
    return collect<CardStatement>(stmt, [](const Statement& s) {
        return CardStatement{s.int64(0),
                             s.text(1),
                             s.text(2),
                             s.date(3),
                             s.date(4),
                             billingStatusFromString(s.text(5)).value_or(BillingStatus::NoData),
                             s.int64(6),
                             s.int64(7),
                             s.int32(8),
                             s.dateTime(9)};
    });
}

// ---------------------------------------------------------------- limits

Status LimitStore::upsert(const CardLimits& l)
{
    MEISAI_PREPARE(stmt, m_db,
                   "INSERT OR REPLACE INTO limits (connection_id, card_id, shopping_limit, shopping_available, "
                   "cashing_limit, cashing_available, installment_available, revolving_available, fetched_at) "
                   "VALUES (?,?,?,?,?,?,?,?,?)");
    stmt.bind(1, l.connectionId).bind(2, l.cardId).bind(3, l.shoppingLimit).bind(4, l.shoppingAvailable);
    stmt.bind(5, l.cashingLimit).bind(6, l.cashingAvailable);
    if (l.installmentAvailable)
        stmt.bind(7, *l.installmentAvailable);
    else
        stmt.bindNull(7);
    if (l.revolvingAvailable)
        stmt.bind(8, *l.revolvingAvailable);
    else
        stmt.bindNull(8);
    stmt.bind(9, l.fetchedAt);
    return stmt.run();
}

Result<QList<CardLimits>> LimitStore::list(qint64 connectionId)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT connection_id, card_id, shopping_limit, shopping_available, cashing_limit, "
                   "cashing_available, installment_available, revolving_available, fetched_at FROM limits "
                   "WHERE (?1 = 0 OR connection_id = ?1) ORDER BY connection_id, card_id");
    stmt.bind(1, connectionId);
    return collect<CardLimits>(stmt, [](const Statement& s) {
        CardLimits l;
        l.connectionId = s.int64(0);
        l.cardId = s.text(1);
        l.shoppingLimit = s.int64(2);
        l.shoppingAvailable = s.int64(3);
        l.cashingLimit = s.int64(4);
        l.cashingAvailable = s.int64(5);
        if (!s.isNull(6))
            l.installmentAvailable = s.int64(6);
        if (!s.isNull(7))
            l.revolvingAvailable = s.int64(7);
        l.fetchedAt = s.dateTime(8);
        return l;
    });
}

// ---------------------------------------------------------------- notices

Result<QStringList> NoticeStore::replace(const QString& issuerId, const QList<IssuerNotice>& notices)
{
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    QStringList known;
    {
        MEISAI_PREPARE(sel, m_db, "SELECT notice_id FROM notices WHERE issuer_id=?");
        sel.bind(1, issuerId);
        auto ids = collect<QString>(sel, [](const Statement& s) { return s.text(0); });
        if (!ids)
            return ids.error();
        known = *ids;
    }
    {
        MEISAI_PREPARE(del, m_db, "DELETE FROM notices WHERE issuer_id=?");
        del.bind(1, issuerId);
        MEISAI_TRY(del.run());
    }
    MEISAI_PREPARE(ins, m_db,
                   "INSERT OR REPLACE INTO notices (issuer_id, notice_id, kind, title, body, published_at, starts_at, "
                   "ends_at, fetched_at) VALUES (?,?,?,?,?,?,?,?,?)");
    QStringList fresh;
    for (const IssuerNotice& n : notices) {
        ins.bind(1, issuerId).bind(2, n.noticeId).bind(3, toString(n.kind)).bind(4, n.title).bind(5, n.body);
        ins.bind(6, n.publishedAt).bind(7, n.startsAt).bind(8, n.endsAt).bind(9, n.fetchedAt);
        MEISAI_TRY(ins.run());
        if (!known.contains(n.noticeId))
            fresh << n.noticeId;
    }
    MEISAI_TRY(tx.commit());
    return fresh;
}

Result<QList<IssuerNotice>> NoticeStore::list(const QString& issuerId)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT issuer_id, notice_id, kind, title, body, published_at, starts_at, ends_at, fetched_at "
                   "FROM notices WHERE (?1 IS NULL OR issuer_id = ?1) ORDER BY published_at DESC");
    stmt.bind(1, issuerId.isEmpty() ? QString() : issuerId);
    return collect<IssuerNotice>(stmt, [](const Statement& s) {
        return IssuerNotice{s.text(0),     s.text(1),     noticeKindFromString(s.text(2)).value_or(NoticeKind::Info),     s.text(3),    s.text(4),
                            s.dateTime(5), s.dateTime(6), s.dateTime(7), s.dateTime(8)};
    });
}

// ---------------------------------------------------------------- audit log

QByteArray AuditLog::computeHash(const QByteArray& previousHash, const AuditEntry& e)
{
    // Length-prefixed fields so no two different rows serialize the same way.
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto addBytes = [&h](QByteArrayView bytes) {
        const quint32 len = qToBigEndian(quint32(bytes.size()));
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&len), sizeof len));
        h.addData(bytes);
    };
    auto addInt = [&h](qint64 v) {
        const qint64 be = qToBigEndian(v);
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&be), sizeof be));
    };
    addBytes("meisai-audit-v1");
    addBytes(previousHash);
    addInt(e.seq);
    addBytes(e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    addInt(e.connectionId);
    addBytes(e.issuerId.toUtf8());
    addBytes(e.operation.toUtf8());
    addInt(e.httpStatus);
    addBytes(e.result.toUtf8());
    addBytes(e.interactionId.toUtf8());
    addInt(e.durationMs);
    addBytes(e.detail.toUtf8());
    return h.result();
}

void AuditLog::record(AuditEntry entry)
{
    auto appended = append(std::move(entry));
    if (!appended)
        qCWarning(lcVault).noquote() << "an audit row could not be written:" << appended.error().message;
}

Result<qint64> AuditLog::append(AuditEntry e)
{
    Database::Transaction tx(m_db);
    MEISAI_TRY(tx.begin());
    QByteArray previous(32, '\0');
    qint64 seq = 1;
    {
        MEISAI_PREPARE(last, m_db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        auto row = last.step();
        if (!row)
            return row.error();
        if (*row) {
            seq = last.int64(0) + 1;
            previous = last.blob(1);
        }
    }
    e.seq = seq;
    if (!e.at.isValid())
        e.at = m_clock.now();
    // Stored with millisecond precision; hash what is stored.
    e.at = QDateTime::fromString(e.at.toUTC().toString(Qt::ISODateWithMs), Qt::ISODateWithMs).toUTC();
    e.hash = computeHash(previous, e);
    MEISAI_PREPARE(ins, m_db,
                   "INSERT INTO audit_log (seq, at, connection_id, issuer_id, operation, http_status, result, "
                   "interaction_id, duration_ms, detail, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind(1, e.seq).bind(2, e.at).bind(3, e.connectionId).bind(4, e.issuerId).bind(5, e.operation);
    ins.bind(6, e.httpStatus).bind(7, e.result).bind(8, e.interactionId).bind(9, e.durationMs);
    ins.bind(10, e.detail).bindBlob(11, e.hash);
    MEISAI_TRY(ins.run());
    MEISAI_TRY(tx.commit());
    return seq;
}

static AuditEntry readAudit(const Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.at = s.dateTime(1);
    e.connectionId = s.int64(2);
    e.issuerId = s.text(3);
    e.operation = s.text(4);
    e.httpStatus = s.int32(5);
    e.result = s.text(6);
    e.interactionId = s.text(7);
    e.durationMs = s.int64(8);
    e.detail = s.text(9);
    e.hash = s.blob(10);
    return e;
}

Result<QList<AuditEntry>> AuditLog::list(qint64 connectionId, int limit)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT seq, at, connection_id, issuer_id, operation, http_status, result, interaction_id, "
                   "duration_ms, detail, hash FROM audit_log WHERE (?1 = 0 OR connection_id = ?1) "
                   "ORDER BY seq DESC LIMIT ?2");
    stmt.bind(1, connectionId).bind(2, qint64(limit));
    return collect<AuditEntry>(stmt, readAudit);
}

Result<qint64> AuditLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

Result<AuditLog::Verification> AuditLog::verify()
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT seq, at, connection_id, issuer_id, operation, http_status, result, interaction_id, "
                   "duration_ms, detail, hash FROM audit_log ORDER BY seq");
    Verification v;
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = readAudit(stmt);
        ++v.rowsChecked;
        if (e.seq != expectedSeq || computeHash(previous, e) != e.hash) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.message = tr("The activity log was changed outside Meisai: entry %1 does not match the entries "
                           "before it.")
                            .arg(e.seq);
            return v;
        }
        previous = e.hash;
        ++expectedSeq;
    }
    return v;
}

// ---------------------------------------------------------------- alerts

static Alert readAlert(const Statement& s)
{
    Alert a;
    a.id = s.int64(0);
    a.kind = alertKindFromString(s.text(1)).value_or(AlertKind::SyncFailing);
    a.dedupKey = s.text(2);
    a.severity = alertSeverityFromString(s.text(3)).value_or(AlertSeverity::Warning);
    a.state = alertStateFromString(s.text(4)).value_or(AlertState::New);
    a.connectionId = s.int64(5);
    a.issuerId = s.text(6);
    a.title = s.text(7);
    a.whatHappened = s.text(8);
    a.whatToDo = s.text(9);
    a.contact = s.text(10);
    a.createdAt = s.dateTime(11);
    a.updatedAt = s.dateTime(12);
    return a;
}

Result<qint64> AlertStore::raise(const Alert& a)
{
    if (!a.dedupKey.isEmpty()) {
        MEISAI_PREPARE(open, m_db, "SELECT id FROM alerts WHERE dedup_key=? AND state != 'resolved' LIMIT 1");
        open.bind(1, a.dedupKey);
        auto row = open.step();
        if (!row)
            return row.error();
        if (*row)
            return open.int64(0);
    }
    MEISAI_PREPARE(ins, m_db,
                   "INSERT INTO alerts (kind, dedup_key, severity, state, connection_id, issuer_id, title, "
                   "what_happened, what_to_do, contact, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    const QDateTime now = m_clock.now();
    ins.bind(1, toString(a.kind)).bind(2, a.dedupKey.isEmpty() ? QString() : a.dedupKey).bind(3, toString(a.severity));
    ins.bind(4, toString(AlertState::New)).bind(5, a.connectionId).bind(6, a.issuerId).bind(7, a.title);
    ins.bind(8, a.whatHappened).bind(9, a.whatToDo).bind(10, a.contact).bind(11, now).bind(12, now);
    MEISAI_TRY(ins.run());
    return m_db.lastInsertRowId();
}

Status AlertStore::setState(qint64 id, AlertState state)
{
    MEISAI_PREPARE(stmt, m_db, "UPDATE alerts SET state=?, updated_at=? WHERE id=?");
    stmt.bind(1, toString(state)).bind(2, m_clock.now()).bind(3, id);
    return stmt.run();
}

Status AlertStore::resolveByKey(const QString& dedupKey)
{
    MEISAI_PREPARE(stmt, m_db,
                   "UPDATE alerts SET state='resolved', updated_at=? WHERE dedup_key=? AND state != 'resolved'");
    stmt.bind(1, m_clock.now()).bind(2, dedupKey);
    return stmt.run();
}

Result<QList<Alert>> AlertStore::list(bool openOnly)
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT id, kind, dedup_key, severity, state, connection_id, issuer_id, title, what_happened, "
                   "what_to_do, contact, created_at, updated_at FROM alerts "
                   "WHERE (?1 = 0 OR state != 'resolved') ORDER BY id DESC");
    stmt.bind(1, openOnly);
    return collect<Alert>(stmt, readAlert);
}

// ---------------------------------------------------------------- revocation queue

#define MEISAI_REVOCATION_COLUMNS \
    "id, connection_id, issuer_id, token, token_type_hint, attempts, next_attempt_at, last_error, " \
    "bound_issuer, bound_token_endpoint, bound_revocation_endpoint, bound_api_base"

static PendingRevocation readRevocation(const Statement& s)
{
    PendingRevocation r;
    r.id = s.int64(0);
    r.connectionId = s.int64(1);
    r.issuerId = s.text(2);
    r.token = s.secret(3);
    r.tokenTypeHint = s.text(4);
    r.attempts = s.int32(5);
    r.nextAttemptAt = s.dateTime(6);
    r.lastError = s.text(7);
    r.binding = readBinding(s, 8);
    return r;
}

static Result<std::vector<PendingRevocation>> collectRevocations(Statement& stmt)
{
    std::vector<PendingRevocation> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(readRevocation(stmt));
    }
    return out;
}

Status RevocationQueue::enqueue(const PendingRevocation& r)
{
    MEISAI_PREPARE(stmt, m_db,
                   "INSERT INTO pending_revocations (connection_id, issuer_id, token, token_type_hint, attempts, "
                   "next_attempt_at, last_error, bound_issuer, bound_token_endpoint, bound_revocation_endpoint, "
                   "bound_api_base) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    stmt.bind(1, r.connectionId).bind(2, r.issuerId).bind(3, r.token).bind(4, r.tokenTypeHint);
    stmt.bind(5, r.attempts).bind(6, r.nextAttemptAt.isValid() ? r.nextAttemptAt : m_clock.now());
    stmt.bind(7, r.lastError);
    bindBinding(stmt, 8, r.binding);
    return stmt.run();
}

Result<std::vector<PendingRevocation>> RevocationQueue::due()
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT " MEISAI_REVOCATION_COLUMNS " FROM pending_revocations WHERE next_attempt_at <= ? ORDER BY id");
    stmt.bind(1, m_clock.now());
    return collectRevocations(stmt);
}

Result<std::vector<PendingRevocation>> RevocationQueue::all()
{
    MEISAI_PREPARE(stmt, m_db,
                   "SELECT " MEISAI_REVOCATION_COLUMNS " FROM pending_revocations ORDER BY id");
    return collectRevocations(stmt);
}

Status RevocationQueue::remove(qint64 id)
{
    MEISAI_PREPARE(stmt, m_db, "DELETE FROM pending_revocations WHERE id=?");
    stmt.bind(1, id);
    return stmt.run();
}

Status RevocationQueue::reschedule(qint64 id, const QDateTime& nextAttemptAt, const QString& lastError)
{
    MEISAI_PREPARE(stmt, m_db,
                   "UPDATE pending_revocations SET attempts = attempts + 1, next_attempt_at=?, last_error=? WHERE id=?");
    stmt.bind(1, nextAttemptAt).bind(2, lastError).bind(3, id);
    return stmt.run();
}

// ---------------------------------------------------------------- issuer profiles and settings

Status ProfileStore::putIssuer(const QString& issuerId, const QByteArray& json)
{
    MEISAI_PREPARE(stmt, m_db, "INSERT OR REPLACE INTO issuer_profiles (issuer_id, json, updated_at) VALUES (?,?,?)");
    stmt.bind(1, issuerId).bindBlob(2, json).bind(3, m_clock.now());
    return stmt.run();
}

Result<std::optional<QByteArray>> ProfileStore::issuer(const QString& issuerId)
{
    MEISAI_PREPARE(stmt, m_db, "SELECT json FROM issuer_profiles WHERE issuer_id=?");
    stmt.bind(1, issuerId);
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt.blob(0));
}

Result<QList<QPair<QString, QByteArray>>> ProfileStore::issuers()
{
    MEISAI_PREPARE(stmt, m_db, "SELECT issuer_id, json FROM issuer_profiles ORDER BY issuer_id");
    return collect<QPair<QString, QByteArray>>(stmt, [](const Statement& s) {
        return qMakePair(s.text(0), s.blob(1));
    });
}

Status ProfileStore::removeIssuer(const QString& issuerId)
{
    MEISAI_PREPARE(stmt, m_db, "DELETE FROM issuer_profiles WHERE issuer_id=?");
    stmt.bind(1, issuerId);
    return stmt.run();
}

Status ProfileStore::setSetting(const QString& key, const QString& value)
{
    MEISAI_PREPARE(stmt, m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)");
    stmt.bind(1, key).bind(2, value);
    return stmt.run();
}

Result<QString> ProfileStore::setting(const QString& key, const QString& fallback)
{
    MEISAI_PREPARE(stmt, m_db, "SELECT value FROM settings WHERE key=?");
    stmt.bind(1, key);
    auto row = stmt.step();
    if (!row)
        return row.error();
    return *row ? stmt.text(0) : fallback;
}

} // namespace meisai
