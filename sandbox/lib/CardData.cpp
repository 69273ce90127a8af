#include "CardData.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstdio>

#include <cmath>

namespace meisai::sandbox {
namespace {

struct Merchant
{
    const char16_t* name;
    int min; // yen, or minor units of the currency for foreign merchants
    int max;
    quint8 currency; // 0 = domestic
    bool codePay;    // also used at the code-payment issuer
};

struct Currency
{
    const char* code;
    int digits;
    double rate; // yen per unit
};

constexpr Currency kCurrencies[] = {
    {"USD", 2, 151.23}, {"EUR", 2, 163.85}, {"KRW", 0, 0.1105},
    {"TWD", 2, 4.712},  {"GBP", 2, 191.40}, {"THB", 2, 4.183},
};

constexpr Merchant kMerchants[] = {
    // コンビニ
    {u"ひまわりマート 新宿三丁目店", 120, 2400, 0, true},
    {u"ファミリーポート 渋谷道玄坂店", 150, 1800, 0, true},
    {u"デイリーサンクス 梅田茶屋町店", 110, 1500, 0, true},
    {u"ポプラスストア 博多駅前店", 180, 2200, 0, true},
    // スーパー
    {u"スーパーさくら屋 荻窪店", 800, 9800, 0, true},
    {u"いなほマート 武蔵小杉店", 600, 12000, 0, true},
    {u"生鮮館みどり 吉祥寺店", 500, 7600, 0, true},
    {u"業務スーパーあさひ 川口店", 1200, 15000, 0, false},
    // 交通
    {u"モバイル交通チャージ", 1000, 5000, 0, false},
    {u"みなと鉄道 定期券", 6800, 28000, 0, false},
    {u"そよかぜタクシー", 730, 6400, 0, true},
    {u"あおぞら航空 国内線", 12000, 48000, 0, false},
    {u"高速道路 ETC ご利用分", 350, 8800, 0, false},
    // ネット通販・サブスクリプション
    {u"ネット通販 くもマーケット", 380, 58000, 0, true},
    {u"ONLINE STORE KUMO", 990, 24000, 0, false},
    {u"電子書籍 ブックス海風", 440, 3300, 0, true},
    {u"動画配信 ステラプラス 月額", 990, 1990, 0, false},
    {u"音楽配信 ハルモニ 月額", 980, 1480, 0, false},
    // 飲食
    {u"カフェ 木漏れ日 丸の内店", 450, 2200, 0, true},
    {u"居酒屋 ほたる 神田店", 2800, 16000, 0, true},
    {u"回転寿司 うみのさち 川崎店", 1200, 6800, 0, true},
    {u"ラーメン 一番星 高田馬場店", 850, 2100, 0, true},
    // 公共料金・通信
    {u"東都電力 電気料金", 3200, 18000, 0, false},
    {u"あかりガス ガス料金", 2100, 9800, 0, false},
    {u"ソラネットモバイル 携帯電話料金", 2980, 9800, 0, false},
    // ドラッグストア
    {u"ドラッグストア すこやか 池袋店", 300, 6400, 0, true},
    // 高額（分割・リボ・ボーナス払いの対象になりやすい）
    {u"家電のツバサ 秋葉原本店", 4800, 248000, 0, false},
    {u"百貨店 まるやま 日本橋本店", 3000, 180000, 0, false},
    {u"家具のくすのき 新横浜店", 9800, 160000, 0, false},
    {u"旅の窓口 トラベルサンズ", 18000, 196000, 0, false},
    // 海外
    {u"HOTEL SEASIDE HONOLULU HI", 18000, 64000, 1, false},
    {u"CAFE LUMIERE PARIS", 650, 4800, 2, false},
    {u"SEOUL MART MYEONGDONG", 8000, 180000, 3, true},
    {u"TAIPEI NIGHT MARKET FOODS", 12000, 98000, 4, true},
    {u"LONDON BOOKSHOP LTD", 899, 6400, 5, false},
    {u"BANGKOK RIVER SPA", 90000, 450000, 6, false},
    {u"APP STORE SUBSCRIPTION US", 299, 1999, 1, false},
};
constexpr int kMerchantCount = int(sizeof kMerchants / sizeof kMerchants[0]);

const QList<QString>& merchantNames()
{
    static const QList<QString> names = [] {
        QList<QString> list;
        for (const auto& m : kMerchants)
            list << QString::fromUtf16(m.name);
        return list;
    }();
    return names;
}

struct Rng
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int perMille) { return below(1000) < perMille; }
};

quint64 hashOf(const QString& text, quint64 seed)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray(text.toUtf8() + QByteArray::number(seed)), QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(digest[i]);
    return v;
}

QString digitsFrom(Rng& rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + rng.below(10));
    return s;
}

int firstPortion(int amount, int n) { return n <= 1 ? amount : amount - (n - 1) * (amount / n); }

constexpr int kInstallmentCounts[] = {3, 5, 6, 10, 12, 24};
constexpr int kBonusCombinedCounts[] = {3, 6, 10, 12};

} // namespace

QString luhnComplete(const QString& digits)
{
    int sum = 0;
    bool dbl = true; // the check digit will be appended on the right
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

bool luhnValid(const QString& digits)
{
    if (digits.size() < 2)
        return false;
    return luhnComplete(digits.left(digits.size() - 1)) == digits;
}

CardData::CardData(const IssuerInfo& issuer, quint64 seed, int transactionsPerCard, QDate today)
    : m_issuer(issuer)
    , m_seed(seed)
    , m_perCard(transactionsPerCard)
    , m_today(today)
    , m_firstDay(QDate(today.year(), today.month(), 1).addMonths(-13))
{
    for (const auto& user : issuer.users) {
        std::vector<std::unique_ptr<Card>> cards;
        for (int i = 0; i < 3; ++i) {
            auto card = std::make_unique<Card>();
            const quint64 h = hashOf(issuer.id + u'/' + user.login + u'/' + QString::number(i), seed);
            Rng rng{h};
            card->seed = h;
            card->id = QStringLiteral("crd_") + QString::number(h & 0xffffffffffffULL, 16).rightJustified(12, u'0');
            card->name = issuer.cardNamesJa.value(i);
            card->family = i == 1;
            card->isVirtual = i == 2;
            if (issuer.isCodePayment()) {
                const QString last4 = digitsFrom(rng, 4);
                card->maskedPan = issuer.panPrefix + QStringLiteral("-****-****-") + last4;
                // The number of the credit card linked to the account, for the pan-leak fault.
                card->fullPan = luhnComplete(QStringLiteral("4") + digitsFrom(rng, 14));
                card->shoppingLimit = i == 0 ? 100000 : 50000;
                card->cashingLimit = 0;
            } else {
                card->fullPan = luhnComplete(issuer.bin + digitsFrom(rng, 9));
                card->maskedPan = card->fullPan.left(4) + u'-' + card->fullPan.mid(4, 2) + QStringLiteral("**-****-")
                    + card->fullPan.right(4);
                constexpr int limits[] = {300000, 500000, 800000, 1000000, 1500000};
                card->shoppingLimit = i == 0 ? limits[rng.below(5)] : (i == 1 ? 300000 : 100000);
                card->cashingLimit = i == 0 ? 100000 : (i == 1 ? 50000 : 0);
            }
            cards.push_back(std::move(card));
        }
        m_users.emplace_back(user.login, std::move(cards));
    }
}

QList<Card*> CardData::cards(const QString& user)
{
    QList<Card*> list;
    for (auto& [login, cards] : m_users) {
        if (login == user) {
            for (auto& c : cards)
                list << c.get();
        }
    }
    return list;
}

Card* CardData::card(const QString& user, const QString& cardId)
{
    for (Card* c : cards(user)) {
        if (c->id == cardId) {
            if (!c->generated)
                generate(*c);
            return c;
        }
    }
    return nullptr;
}

int CardData::regularPaymentMonth(const QDate& post) const
{
    int closingMonth = monthIndex(post);
    if (m_issuer.closingDay != 0 && post.day() > m_issuer.closingDay)
        ++closingMonth;
    return closingMonth + 1;
}

void CardData::settle(Transaction& tx) const
{
    const int regular = regularPaymentMonth(QDate::fromJulianDay(tx.postDay));
    const int amount = tx.amount;
    tx.paymentMonth = regular;
    tx.feeAmount = 0;
    switch (tx.method) {
    case 21: case 22: case 23: case 24: {
        const int n = tx.method - 20;
        tx.installments = quint8(n);
        int pm = regular;
        while (pm % 12 != 0 && pm % 12 != 7) // January or August
            ++pm;
        tx.paymentMonth = pm;
        tx.paymentAmount = firstPortion(amount, n);
        break;
    }
    case 31: case 32: case 33: case 34: {
        const int n = kBonusCombinedCounts[tx.method - 31];
        tx.installments = quint8(n);
        tx.paymentAmount = firstPortion(amount, n);
        tx.feeAmount = amount * 15 / 1200;
        break;
    }
    case 61:
        tx.paymentAmount = firstPortion(amount, tx.installments);
        tx.feeAmount = tx.installments > 2 ? amount * 15 / 1200 : 0;
        break;
    case 80:
        tx.installments = quint8(std::min(99, (amount + 9999) / 10000));
        tx.paymentAmount = std::min(amount, 10000);
        tx.feeAmount = (amount - tx.paymentAmount) * 15 / 1200;
        break;
    default:
        tx.method = 10;
        tx.installments = 1;
        tx.paymentAmount = amount;
        break;
    }
}

void CardData::generate(Card& card) const
{
    Rng rng{card.seed ^ 0x5eed5eed5eed5eedULL};
    const qint64 first = m_firstDay.toJulianDay();
    const qint64 last = m_today.toJulianDay();
    const qint64 span = last - first + 1;
    const qint64 n = m_perCard;
    const qint32 unconfirmedFrom = qint32(last - 20);
    const bool codePay = m_issuer.isCodePayment();

    std::vector<quint16> domestic;
    std::vector<quint16> foreign;
    for (int i = 0; i < kMerchantCount; ++i) {
        if (codePay && !kMerchants[i].codePay)
            continue;
        (kMerchants[i].currency ? foreign : domestic).push_back(quint16(i));
    }

    card.transactions.assign(size_t(n), Transaction{});
    for (qint64 i = 0; i < n; ++i) {
        Transaction& tx = card.transactions[size_t(n - 1 - i)];
        tx.seq = quint32(i + 1);
        tx.useDay = qint32(first + (i * span) / n);
        const bool isForeign = rng.chance(codePay ? 10 : 30);
        tx.merchant = isForeign ? foreign[size_t(rng.below(int(foreign.size())))]
                                : domestic[size_t(rng.below(int(domestic.size())))];
        const Merchant& m = kMerchants[tx.merchant];
        tx.approval = quint32(rng.between(100000, 999999));
        tx.postDay = tx.useDay + rng.between(isForeign ? 3 : 1, isForeign ? 7 : 4);
        if (m.currency) {
            const Currency& c = kCurrencies[m.currency - 1];
            tx.currency = m.currency;
            tx.localMinor = rng.between(m.min, m.max);
            tx.amount = qRound(tx.localMinor / std::pow(10.0, c.digits) * c.rate * 1.0163);
        } else {
            tx.amount = rng.between(m.min, m.max);
        }
        if (tx.amount <= 0)
            tx.amount = 1;

        const int roll = rng.below(1000);
        if (roll < 20) {
            tx.amount = -tx.amount; // refund
            tx.method = 10;
        } else if (!codePay && tx.amount >= 30000) {
            const int r = rng.below(100);
            if (r < 20) {
                tx.method = 61;
                tx.installments = quint8(kInstallmentCounts[rng.below(6)]);
            } else if (r < 30) {
                tx.method = 80;
            } else if (r < 36) {
                tx.method = quint8(21 + rng.below(4));
            } else if (r < 40) {
                tx.method = quint8(31 + rng.below(4));
            }
        } else if (!codePay && roll > 970) {
            tx.method = 80;
        }

        if (rng.chance(10))
            tx.status = TxStatus::Cancelled;
        else if (tx.useDay >= unconfirmedFrom)
            tx.status = TxStatus::Unconfirmed;
        if (tx.status == TxStatus::Unconfirmed && tx.postDay > last)
            tx.postDay = qint32(last);
        if (m_pendingConfirmed && tx.status == TxStatus::Unconfirmed) {
            tx.status = TxStatus::Confirmed;
            if (tx.currency)
                tx.amount += tx.amount > 0 ? std::max(1, tx.amount / 100) : -std::max(1, -tx.amount / 100);
        }
        settle(tx);
    }
    card.generated = true;
}

int CardData::confirmPending()
{
    int changed = 0;
    m_pendingConfirmed = true;
    for (auto& [login, cards] : m_users) {
        for (auto& card : cards) {
            for (Transaction& tx : card->transactions) {
                if (tx.status != TxStatus::Unconfirmed)
                    continue;
                tx.status = TxStatus::Confirmed;
                if (tx.currency)
                    tx.amount += tx.amount > 0 ? std::max(1, tx.amount / 100) : -std::max(1, -tx.amount / 100);
                settle(tx);
                ++changed;
            }
        }
    }
    return changed;
}

Statement CardData::statement(const Card& card, int billingMonth) const
{
    Statement s;
    const int y = billingMonth / 12;
    const int m = billingMonth % 12 + 1;
    const QDate closingMonth = QDate(y, m, 1).addMonths(-1);
    s.closingDate = m_issuer.closingDay == 0
        ? QDate(closingMonth.year(), closingMonth.month(), closingMonth.daysInMonth())
        : QDate(closingMonth.year(), closingMonth.month(), m_issuer.closingDay);
    const QDate dueMonth(y, m, 1);
    s.dueDate = QDate(y, m, std::min(m_issuer.dueDay, dueMonth.daysInMonth()));
    bool anyUnconfirmed = false;
    for (const Transaction& tx : card.transactions) {
        if (tx.paymentMonth != billingMonth || tx.status == TxStatus::Cancelled)
            continue;
        s.totalBilledAmount += tx.paymentAmount + tx.feeAmount;
        s.newUsageAmount += tx.amount;
        ++s.transactionCount;
        anyUnconfirmed = anyUnconfirmed || tx.status == TxStatus::Unconfirmed;
    }
    if (s.transactionCount == 0)
        s.billingStatus = QStringLiteral("no_data");
    else if (anyUnconfirmed || s.closingDate >= m_today)
        s.billingStatus = QStringLiteral("unconfirmed");
    else
        s.billingStatus = QStringLiteral("confirmed");
    return s;
}

namespace {

void appendJsonString(QByteArray* out, QByteArrayView utf8)
{
    out->append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out->append(buf);
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

void appendDate(QByteArray* out, qint32 julianDay)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "\"%04d-%02d-%02d\"", y, m, d);
    out->append(buf);
}

void appendField(QByteArray* out, const char* name)
{
    out->append(",\"");
    out->append(name);
    out->append("\":");
}

const QList<QByteArray>& merchantNamesUtf8()
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> list;
        for (const QString& n : merchantNames())
            list << n.toUtf8();
        return list;
    }();
    return names;
}

QByteArray remarksFor(const Transaction& tx)
{
    if (tx.amount < 0)
        return QStringLiteral("返品・取消").toUtf8();
    if (tx.method == 61)
        return QStringLiteral("分割払い %1回").arg(tx.installments).toUtf8();
    if (tx.method == 80)
        return QStringLiteral("リボ払い").toUtf8();
    if (tx.method >= 21 && tx.method <= 24)
        return QStringLiteral("ボーナス払い").toUtf8();
    if (tx.method >= 31 && tx.method <= 34)
        return QStringLiteral("ボーナス併用払い").toUtf8();
    if (tx.currency)
        return QStringLiteral("海外ご利用分").toUtf8();
    return {};
}

} // namespace

void CardData::appendTransactionJson(QByteArray* out, const Card& card, const Transaction& tx, const QString& remarksOverride) const
{
    static const char* const statusNames[] = {"confirmed", "unconfirmed", "cancelled"};
    char buf[192];
    out->append("{\"transactionId\":\"tx-");
    out->append(QStringView(card.id).mid(4).toLatin1());
    std::snprintf(buf, sizeof buf, "-%07u\"", tx.seq);
    out->append(buf);
    appendField(out, "useDate");
    appendDate(out, tx.useDay);
    appendField(out, "postingDate");
    appendDate(out, tx.postDay);
    appendField(out, "merchantName");
    appendJsonString(out, merchantNamesUtf8().at(tx.merchant));
    appendField(out, "remarks");
    appendJsonString(out, remarksOverride.isEmpty() ? remarksFor(tx) : remarksOverride.toUtf8());
    appendField(out, "holderType");
    out->append(card.family ? "\"family\"" : "\"principal\"");
    std::snprintf(buf, sizeof buf, ",\"amount\":%d,\"paymentMethod\":\"%u\",\"installmentCount\":%u", tx.amount,
                  unsigned(tx.method), unsigned(tx.installments));
    out->append(buf);
    std::snprintf(buf, sizeof buf, ",\"paymentAmount\":%d,\"feeAmount\":%d", tx.paymentAmount, tx.feeAmount);
    out->append(buf);
    std::snprintf(buf, sizeof buf, ",\"paymentMonth\":\"%04d-%02d\"", tx.paymentMonth / 12, tx.paymentMonth % 12 + 1);
    out->append(buf);
    appendField(out, "status");
    out->append('"');
    out->append(statusNames[int(tx.status)]);
    out->append('"');
    std::snprintf(buf, sizeof buf, ",\"approvalNumber\":\"%06u\"", tx.approval);
    out->append(buf);
    appendField(out, "foreign");
    if (tx.currency) {
        const Currency& c = kCurrencies[tx.currency - 1];
        const double local = tx.localMinor / std::pow(10.0, c.digits) * (tx.amount < 0 ? -1 : 1);
        std::snprintf(buf, sizeof buf, "{\"localAmount\":\"%.*f\",\"currencyCode\":\"%s\",\"conversionRate\":\"%.4f\"",
                      c.digits, local, c.code, c.rate);
        out->append(buf);
        appendField(out, "conversionDate");
        appendDate(out, tx.postDay);
        out->append('}');
    } else {
        out->append("null");
    }
    out->append('}');
}

QJsonObject CardData::transactionJson(const Card& card, const Transaction& tx) const
{
    QByteArray json;
    appendTransactionJson(&json, card, tx);
    return QJsonDocument::fromJson(json).object();
}

} // namespace meisai::sandbox
