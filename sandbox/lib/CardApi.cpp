#include "CardApi.h"

#include "Responses.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace meisai::sandbox {
namespace {

constexpr int kMaxPageSize = 500;
constexpr char kApiVersion[] = "1.2.0"; // the card API version sent in x-api-version and /v1/profile

} // namespace

CardApi::CardApi(const IssuerDirectory& directory, AuthorizationServer& auth, Faults& faults, RequestStats& stats,
                 quint64 seed, int transactionsPerCard)
    : m_directory(directory)
    , m_auth(auth)
    , m_faults(faults)
    , m_stats(stats)
{
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(kJstOffsetSecs).date();
    for (const IssuerInfo& info : m_directory.issuers())
        m_data.emplace(info.id, std::make_unique<CardData>(info, seed, transactionsPerCard, today));
}

CardData& CardApi::cardData(const QString& issuerId) const
{
    return *m_data.at(issuerId);
}

Notice CardApi::publishNotice(const QString& issuerId, const QString& kind, const QString& title, const QString& body)
{
    Notice n;
    n.id = QStringLiteral("%1-admin-%2").arg(issuerId).arg(++m_noticeSerial);
    n.kind = kind;
    n.title = title;
    n.body = body;
    n.publishedAt = QDateTime::currentDateTimeUtc();
    m_published[issuerId].append(n);
    return n;
}

int CardApi::confirmPending(const QString& issuerId)
{
    return cardData(issuerId).confirmPending();
}

HttpResponse CardApi::apiError(int status, const QString& error, const QString& message, const QJsonArray& details) const
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("invalid_request"), QStringLiteral("E400-01")},
        {QStringLiteral("unauthorized"), QStringLiteral("E401-00")},
        {QStringLiteral("invalid_token"), QStringLiteral("E401-01")},
        {QStringLiteral("insufficient_scope"), QStringLiteral("E403-01")},
        {QStringLiteral("not_found"), QStringLiteral("E404-01")},
        {QStringLiteral("method_not_allowed"), QStringLiteral("E405-01")},
        {QStringLiteral("too_many_requests"), QStringLiteral("E429-01")},
        {QStringLiteral("server_error"), QStringLiteral("E500-01")},
        {QStringLiteral("maintenance"), QStringLiteral("E503-01")},
    };
    QJsonObject o;
    o.insert(u"error", error);
    o.insert(u"errorCode", codes.value(error, QStringLiteral("E000-00")));
    o.insert(u"errorMessage", message);
    o.insert(u"errorDetails", details);
    return HttpResponse::json(status, compactJson(o));
}

HttpResponse CardApi::handle(const QString& issuerId, const QString& rest, const HttpRequest& req)
{
    const IssuerInfo* issuer = m_directory.find(issuerId);
    if (!issuer) // SandboxServer routes only our issuers here
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such resource"));
    m_stats.count(issuerId, RequestStats::Counter::ApiRequest);
    QByteArray interactionId = req.header("x-fapi-interaction-id");
    if (interactionId.isEmpty())
        interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();

    // Public information stays readable whatever is injected (except latency).
    const bool publicEndpoint = rest == u"/v1/notices" || rest == u"/v1/profile";
    HttpResponse r;
    bool bodyFaultsApply = false;
    if (const auto refusal = publicEndpoint ? std::nullopt : m_faults.takeRefusal(issuerId)) {
        r = apiError(refusal->status, refusal->error, refusal->message);
        if (!refusal->retryAfter.isEmpty())
            r.setHeader("Retry-After", refusal->retryAfter);
    } else {
        r = respond(*issuer, rest, req, &bodyFaultsApply);
    }
    if (bodyFaultsApply && r.status / 100 == 2 && !publicEndpoint)
        m_faults.applyToBody(issuerId, r);
    m_faults.applyLatency(issuerId, r);

    if (!r.hasHeader("Content-Type"))
        r.setHeader("Content-Type", "application/json;charset=UTF-8");
    r.setHeader("x-fapi-interaction-id", interactionId);
    QByteArray apiVersion(kApiVersion);
    if (!publicEndpoint) {
        if (const auto claimed = m_faults.takeApiVersion(issuerId))
            apiVersion = *claimed;
    }
    r.setHeader("x-api-version", apiVersion);
    r.setHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    if (!r.hasHeader("Cache-Control"))
        r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse CardApi::respond(const IssuerInfo& issuer, const QString& rest, const HttpRequest& req, bool* bodyFaultsApply)
{
    if (req.method != "GET") {
        HttpResponse r = apiError(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET is supported"));
        r.setHeader("Allow", "GET");
        return r;
    }
    if (rest == u"/v1/notices")
        return notices(issuer);
    if (rest == u"/v1/profile")
        return profile(issuer);

    // Everything else needs an access token.
    const QString realm = m_directory.issuerUrl(issuer.id);
    const QByteArray auth = req.header("Authorization");
    if (!auth.toLower().startsWith("bearer ") || auth.mid(7).trimmed().isEmpty()) {
        HttpResponse r = apiError(401, QStringLiteral("unauthorized"), QStringLiteral("An access token is required"));
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\"").arg(realm).toUtf8());
        return r;
    }
    const AuthorizationServer::BearerAccess access = m_auth.resolveBearer(
        issuer.id, QString::fromLatin1(auth.mid(7).trimmed()), [&] { return m_faults.takeTokenExpiry(issuer.id); });
    if (!access.refusal.isEmpty()) {
        HttpResponse r = apiError(401, QStringLiteral("invalid_token"), access.refusal);
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\", error=\"invalid_token\", error_description=\"%2\"")
                                            .arg(realm, access.refusal).toUtf8());
        return r;
    }
    auto needScope = [&](const QString& scope) -> std::optional<HttpResponse> {
        if (access.scopes.contains(scope))
            return std::nullopt;
        HttpResponse r = apiError(403, QStringLiteral("insufficient_scope"), QStringLiteral("This request needs the scope %1").arg(scope));
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\", error=\"insufficient_scope\", scope=\"%2\"")
                                            .arg(realm, scope).toUtf8());
        return r;
    };

    CardData& cards = cardData(issuer.id);
    if (rest == u"/v1/cards") {
        if (auto denied = needScope(QStringLiteral("cards:read")))
            return *denied;
        QJsonArray arr;
        for (const Card* c : cards.cards(access.user)) {
            arr.append(QJsonObject{{QStringLiteral("cardId"), c->id},
                                   {QStringLiteral("maskedPan"), c->maskedPan},
                                   {QStringLiteral("cardName"), c->name},
                                   {QStringLiteral("holderType"), c->family ? QStringLiteral("family") : QStringLiteral("principal")},
                                   {QStringLiteral("isVirtual"), c->isVirtual}});
        }
        *bodyFaultsApply = true;
        return HttpResponse::json(200, compactJson(QJsonObject{{QStringLiteral("cards"), arr},
                                                               {QStringLiteral("count"), arr.size()}}));
    }
    static const QRegularExpression cardPath(QStringLiteral("^/v1/cards/([A-Za-z0-9_\\-]+)/(transactions|statements/([^/]*)|limits)$"));
    const QRegularExpressionMatch m = cardPath.match(rest);
    if (!m.hasMatch())
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such resource"));
    const QString what = m.captured(2);
    const QString scope = what == u"transactions" ? QStringLiteral("transactions:read")
        : what == u"limits"                       ? QStringLiteral("limits:read")
                                                  : QStringLiteral("statements:read");
    if (auto denied = needScope(scope))
        return *denied;
    Card* card = cards.card(access.user, m.captured(1));
    if (!card)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such card for this user"));
    *bodyFaultsApply = true;

    if (what == u"transactions")
        return transactions(issuer, *card, req);
    if (what == u"limits")
        return limits(issuer, *card);
    return statement(issuer, *card, m.captured(3));
}

HttpResponse CardApi::notices(const IssuerInfo& issuer) const
{
    QList<Notice> list = issuer.notices + m_published.value(issuer.id);
    if (const auto maintenance = m_faults.maintenanceNotice(issuer.id))
        list.append(*maintenance);
    QJsonArray arr;
    for (const Notice& n : list) {
        QJsonObject o;
        o.insert(u"noticeId", n.id);
        o.insert(u"kind", n.kind);
        o.insert(u"title", n.title);
        o.insert(u"body", n.body);
        o.insert(u"publishedAt", rfc3339(n.publishedAt));
        o.insert(u"startsAt", rfc3339OrNull(n.startsAt));
        o.insert(u"endsAt", rfc3339OrNull(n.endsAt));
        arr.append(o);
    }
    return HttpResponse::json(200, compactJson(QJsonObject{{QStringLiteral("notices"), arr},
                                                           {QStringLiteral("count"), arr.size()}}));
}

HttpResponse CardApi::profile(const IssuerInfo& info) const
{
    auto contact = [](const Contact& c) {
        return QJsonObject{{QStringLiteral("name"), c.nameJa}, {QStringLiteral("nameEn"), c.nameEn},
                           {QStringLiteral("phone"), c.phone}, {QStringLiteral("email"), c.email},
                           {QStringLiteral("hours"), c.hoursJa}, {QStringLiteral("hoursEn"), c.hoursEn},
                           {QStringLiteral("url"), c.url}};
    };
    QJsonObject o;
    o.insert(u"issuerId", info.id);
    o.insert(u"legalName", info.legalNameJa);
    o.insert(u"legalNameEn", info.legalNameEn);
    o.insert(u"brandName", info.brandJa);
    o.insert(u"kind", info.kind);
    o.insert(u"services", QJsonArray::fromStringList(info.servicesJa));
    o.insert(u"servicesEn", QJsonArray::fromStringList(info.servicesEn));
    o.insert(u"inquiryContact", contact(info.inquiry));
    o.insert(u"incidentContact", contact(info.incident));
    o.insert(u"serviceHours", info.serviceHoursJa);
    o.insert(u"serviceHoursEn", info.serviceHoursEn);
    o.insert(u"maintenanceWindow", info.maintenanceWindowJa);
    o.insert(u"apiVersion", QString::fromLatin1(kApiVersion));
    o.insert(u"sandbox", true);
    return HttpResponse::json(200, compactJson(o));
}

HttpResponse CardApi::limits(const IssuerInfo& issuer, const Card& card) const
{
    qint64 open = 0;
    const int current = monthIndex(cardData(issuer.id).today());
    for (const Transaction& tx : card.transactions) {
        if (tx.status != TxStatus::Cancelled && tx.paymentMonth >= current)
            open += tx.amount;
    }
    const qint64 available = std::clamp<qint64>(card.shoppingLimit - open, 0, card.shoppingLimit);
    QJsonObject o;
    o.insert(u"cardId", card.id);
    o.insert(u"currencyCode", QStringLiteral("JPY"));
    o.insert(u"shoppingLimit", card.shoppingLimit);
    o.insert(u"shoppingAvailable", available);
    o.insert(u"cashingLimit", card.cashingLimit);
    o.insert(u"cashingAvailable", card.cashingLimit);
    if (!issuer.isCodePayment()) {
        o.insert(u"installmentAvailable", available);
        o.insert(u"revolvingAvailable", available);
    }
    HttpResponse r = HttpResponse::json(200, compactJson(o));
    // RFC 9745 (Deprecation, a structured-field date) and RFC 8594 (Sunset, an HTTP date).
    r.setHeader("Deprecation", "@1735657200"); // 2025-01-01T00:00:00+09:00
    r.setHeader("Sunset", "Thu, 31 Dec 2026 15:00:00 GMT");
    r.setHeader("Link", (QStringLiteral("<%1/#deprecations>; rel=\"deprecation\"; type=\"text/html\"").arg(m_directory.httpBase())).toUtf8());
    return r;
}

HttpResponse CardApi::statement(const IssuerInfo& issuer, const Card& card, const QString& month) const
{
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const QRegularExpressionMatch mm = monthRe.match(month);
    if (!mm.hasMatch()) {
        return apiError(400, QStringLiteral("invalid_request"), QStringLiteral("The billing month must be YYYY-MM"),
                        QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("billingMonth")},
                                               {QStringLiteral("message"), QStringLiteral("expected YYYY-MM")}}});
    }
    const int billing = mm.captured(1).toInt() * 12 + mm.captured(2).toInt() - 1;
    const Statement s = cardData(issuer.id).statement(card, billing);
    QJsonObject o;
    o.insert(u"cardId", card.id);
    o.insert(u"billingMonth", monthString(billing));
    o.insert(u"closingDate", s.closingDate.toString(Qt::ISODate));
    o.insert(u"dueDate", s.dueDate.toString(Qt::ISODate));
    o.insert(u"billingStatus", s.billingStatus);
    o.insert(u"totalBilledAmount", s.totalBilledAmount);
    o.insert(u"newUsageAmount", s.newUsageAmount);
    o.insert(u"transactionCount", s.transactionCount);
    o.insert(u"currencyCode", QStringLiteral("JPY"));
    return HttpResponse::json(200, compactJson(o));
}

HttpResponse CardApi::transactions(const IssuerInfo& issuer, Card& card, const HttpRequest& req)
{
    const CardData& data = cardData(issuer.id);
    QJsonArray details;
    auto parseDate = [&](const QString& field, QDate fallback) {
        const QString v = req.queryValue(field);
        if (v.isEmpty())
            return fallback;
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid() || !iso.match(v).hasMatch())
            details.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), QStringLiteral("expected YYYY-MM-DD")}});
        return d;
    };
    const QDate from = parseDate(QStringLiteral("dateFrom"), data.firstDay());
    const QDate to = parseDate(QStringLiteral("dateTo"), data.today());
    if (details.isEmpty() && from > to)
        details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("dateFrom")}, {QStringLiteral("message"), QStringLiteral("dateFrom is after dateTo")}});
    bool statusWanted[3] = {true, true, true};
    const QString statusParam = req.queryValue(QStringLiteral("status"));
    if (!statusParam.isEmpty()) {
        statusWanted[0] = statusWanted[1] = statusWanted[2] = false;
        for (const QString& s : statusParam.split(u',')) {
            if (s == u"confirmed")
                statusWanted[0] = true;
            else if (s == u"unconfirmed")
                statusWanted[1] = true;
            else if (s == u"cancelled")
                statusWanted[2] = true;
            else
                details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                           {QStringLiteral("message"), QString(QStringLiteral("unknown status: ") + s)}});
        }
    }
    int pageSize = kMaxPageSize;
    const QString limitParam = req.queryValue(QStringLiteral("limit"));
    if (!limitParam.isEmpty()) {
        bool ok = false;
        pageSize = limitParam.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("limit")}, {QStringLiteral("message"), QStringLiteral("1 to 500")}});
    }
    // nextItemKey: base64url("v1|cardId|position|filter") — opaque to clients.
    const QString filterKey = QString::fromLatin1(QCryptographicHash::hash(
        (from.toString(Qt::ISODate) + u'|' + to.toString(Qt::ISODate) + u'|' + statusParam).toUtf8(),
        QCryptographicHash::Sha256).toHex().left(12));
    qsizetype position = 0;
    const QString keyParam = req.queryValue(QStringLiteral("nextItemKey"));
    if (!keyParam.isEmpty()) {
        const QStringList parts = QString::fromUtf8(QByteArray::fromBase64(keyParam.toLatin1(), QByteArray::Base64UrlEncoding)).split(u'|');
        bool ok = false;
        // A fifth part is the page-chain faults' serial, which makes keys to the same place differ.
        if ((parts.size() == 4 || parts.size() == 5) && parts.at(0) == u"v1" && parts.at(1) == card.id
            && parts.at(3) == filterKey)
            position = parts.at(2).toLongLong(&ok);
        if (!ok || position < 0 || position > qsizetype(card.transactions.size()))
            details.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("nextItemKey")},
                                       {QStringLiteral("message"), QStringLiteral("not a key returned for this card and these filters")}});
    }
    if (!details.isEmpty())
        return apiError(400, QStringLiteral("invalid_request"), QStringLiteral("Invalid query parameters"), details);

    const auto& txs = card.transactions; // newest first
    const qint32 fromDay = qint32(from.toJulianDay());
    const qint32 toDay = qint32(to.toJulianDay());
    // Skip, by binary search, what is newer than dateTo.
    const auto firstInRange = std::partition_point(txs.begin(), txs.end(), [&](const Transaction& t) { return t.useDay > toDay; });
    qsizetype i = std::max<qsizetype>(position, firstInRange - txs.begin());
    const qsizetype n = qsizetype(txs.size());
    // The pan-leak fault puts the card's full number into the first item's remarks.
    const bool leak = m_faults.active(issuer.id, FaultMode::PanLeak) != nullptr;
    QByteArray items;
    items.reserve(pageSize * 400);
    int count = 0;
    auto matches = [&](const Transaction& t) { return statusWanted[int(t.status)]; };
    for (; i < n && txs[size_t(i)].useDay >= fromDay; ++i) {
        if (!matches(txs[size_t(i)]))
            continue;
        if (count == pageSize)
            break;
        if (count > 0)
            items.append(',');
        data.appendTransactionJson(&items, card, txs[size_t(i)],
                                   leak && count == 0 ? QStringLiteral("ご利用カード番号 %1").arg(card.fullPan) : QString());
        ++count;
    }
    if (leak && count > 0)
        m_faults.consume(issuer.id, FaultMode::PanLeak);
    // i is now at the first unreturned candidate; find whether any match remains.
    bool hasNext = false;
    for (qsizetype j = i; j < n && txs[size_t(j)].useDay >= fromDay; ++j) {
        if (matches(txs[size_t(j)])) {
            hasNext = true;
            i = j;
            break;
        }
    }
    const QDateTime t = QDateTime::currentDateTimeUtc().toOffsetFromUtc(kJstOffsetSecs);
    QJsonObject o;
    o.insert(u"cardId", card.id);
    o.insert(u"dateFrom", from.toString(Qt::ISODate));
    o.insert(u"dateTo", to.toString(Qt::ISODate));
    o.insert(u"baseDate", t.date().toString(Qt::ISODate));
    o.insert(u"baseTime", t.toString(Qt::ISODate));
    o.insert(u"count", count);
    const auto keyTo = [&](qsizetype at, const QString& serial = {}) {
        QString plain = QStringLiteral("v1|%1|%2|%3").arg(card.id).arg(at).arg(filterKey);
        if (!serial.isEmpty())
            plain += u'|' + serial;
        return QString::fromLatin1(plain.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    QString nextKey = hasNext ? keyTo(i) : QString();
    int cycle = 1;
    switch (m_faults.takePageChain(issuer.id, &cycle)) {
    case Faults::PageChain::Normal:
        break;
    case Faults::PageChain::RepeatKey:
        // Every key leads to the page just served; with a cycle of 1 a page
        // sends back the key it was asked with, with 2 the chain goes A, B, A…
        nextKey = keyTo(position, QStringLiteral("r%1").arg(m_pageSerial++ % cycle));
        hasNext = true;
        break;
    case Faults::PageChain::Endless:
        nextKey = keyTo(hasNext ? i : position, QString::number(++m_pageSerial));
        hasNext = true;
        break;
    }
    o.insert(u"hasNext", hasNext);
    if (hasNext) {
        o.insert(u"nextItemKey", nextKey);
    } else {
        o.insert(u"nextItemKey", QJsonValue::Null);
    }
    // Splice the pre-serialised items in as the last member.
    QByteArray body = compactJson(o);
    body.chop(1);
    body += ",\"transactions\":[" + items + "]}";
    return HttpResponse::json(200, body);
}

} // namespace meisai::sandbox
