#pragma once

// Synthetic card data, deterministic from the seed (and today's date, since
// the history ends in the current month). Each card's transactions are
// generated on first use, compactly, so that 100,000 per card is cheap.
//
// Statement rule (documented in docs/sandbox.md): for billing month B,
//   totalBilledAmount = Σ (paymentAmount + feeAmount)
//   newUsageAmount    = Σ amount
//   transactionCount  = number of transactions
// over the card's transactions with paymentMonth == B and status != cancelled.

#include "IssuerCatalog.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace meisai::sandbox {

enum class TxStatus : quint8 { Confirmed, Unconfirmed, Cancelled };

struct Transaction
{
    qint32 useDay = 0;  // Julian day
    qint32 postDay = 0; // Julian day
    qint32 amount = 0;  // yen, negative for a refund
    qint32 paymentAmount = 0;
    qint32 feeAmount = 0;
    qint32 localMinor = 0; // foreign amount in minor units of the currency
    quint32 seq = 0;       // 1-based, unique within the card
    quint32 approval = 0;
    qint32 paymentMonth = 0; // year * 12 + (month - 1)
    quint16 merchant = 0;
    quint8 method = 10;
    quint8 installments = 1;
    TxStatus status = TxStatus::Confirmed;
    quint8 currency = 0; // 0 = JPY, else index into the currency table + 1
};

struct Card
{
    QString id;
    QString maskedPan;
    QString fullPan; // only ever sent by the pan-leak fault
    QString name;
    bool family = false;
    bool isVirtual = false;
    int shoppingLimit = 0;
    int cashingLimit = 0;
    quint64 seed = 0;
    bool generated = false;
    std::vector<Transaction> transactions; // newest first
};

struct Statement
{
    QDate closingDate;
    QDate dueDate;
    QString billingStatus;
    qint64 totalBilledAmount = 0;
    qint64 newUsageAmount = 0;
    int transactionCount = 0;
};

inline int monthIndex(const QDate& d) { return d.year() * 12 + d.month() - 1; }
inline QString monthString(int index)
{
    return QStringLiteral("%1-%2").arg(index / 12, 4, 10, QLatin1Char('0')).arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

class CardData final
{
public:
    CardData(const IssuerInfo& issuer, quint64 seed, int transactionsPerCard, QDate today);
    Q_DISABLE_COPY_MOVE(CardData)

    QDate today() const { return m_today; }
    QDate firstDay() const { return m_firstDay; }

    // The user's cards (not yet with transactions).
    QList<Card*> cards(const QString& user);
    // The card if it belongs to the user, with its transactions generated.
    Card* card(const QString& user, const QString& cardId);

    Statement statement(const Card& card, int billingMonth) const;
    // Appends the transaction as compact JSON (fast path for pages of 500).
    void appendTransactionJson(QByteArray* out, const Card& card, const Transaction& tx,
                               const QString& remarksOverride = {}) const;
    QJsonObject transactionJson(const Card& card, const Transaction& tx) const;

    // Confirms every unconfirmed transaction (now and for cards generated later);
    // foreign amounts move a little, as when the final rate is applied.
    int confirmPending();

private:
    void generate(Card& card) const;
    void settle(Transaction& tx) const; // paymentAmount, feeAmount, paymentMonth from the rest
    int regularPaymentMonth(const QDate& postDate) const;

    const IssuerInfo& m_issuer;
    quint64 m_seed;
    int m_perCard;
    QDate m_today;
    QDate m_firstDay;
    bool m_pendingConfirmed = false;
    std::vector<std::pair<QString, std::vector<std::unique_ptr<Card>>>> m_users;
};

QString luhnComplete(const QString& digitsWithoutCheck);
bool luhnValid(const QString& digits);

} // namespace meisai::sandbox
