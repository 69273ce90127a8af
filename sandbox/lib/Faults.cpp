#include "Faults.h"

#include "Responses.h"
#include "SandboxLog.h"

#include <algorithm>

namespace meisai::sandbox {

Faults::Faults(QStringList issuerIds, Clock clock, QObject* parent)
    : QObject(parent)
    , m_issuerIds(std::move(issuerIds))
    , m_clock(std::move(clock))
{
}

bool Faults::set(const QString& issuerId, const Fault& fault, QString* error)
{
    if (!m_issuerIds.contains(issuerId)) {
        *error = QStringLiteral("unknown issuer \"%1\"").arg(issuerId);
        return false;
    }
    if (!validFaultArg(fault.mode, fault.arg, error))
        return false;
    Fault f = fault;
    f.since = m_clock();
    m_faults[issuerId].insert(toString(f.mode), f);
    if (f.mode == FaultMode::ExpireTokens)
        emit accessTokensExpired(issuerId);
    qCInfo(lcSandbox) << issuerId << "fault" << toString(f.mode) << f.arg << "count" << f.remaining;
    return true;
}

void Faults::clear(const QString& issuerId)
{
    m_faults.remove(issuerId);
}

void Faults::clear(const QString& issuerId, FaultMode mode)
{
    const auto it = m_faults.find(issuerId);
    if (it != m_faults.end())
        it->remove(toString(mode));
}

const Fault* Faults::active(const QString& issuerId, FaultMode mode) const
{
    const auto issuer = m_faults.constFind(issuerId);
    if (issuer == m_faults.constEnd())
        return nullptr;
    const auto it = issuer->constFind(toString(mode));
    return it == issuer->constEnd() ? nullptr : &*it;
}

void Faults::consume(const QString& issuerId, FaultMode mode)
{
    const auto issuer = m_faults.find(issuerId);
    if (issuer == m_faults.end())
        return;
    const auto it = issuer->find(toString(mode));
    if (it == issuer->end() || it->remaining == 0)
        return;
    if (--it->remaining == 0) {
        qCInfo(lcSandbox) << issuerId << "fault" << toString(mode) << "used up";
        issuer->erase(it);
    }
}

QList<Fault> Faults::list(const QString& issuerId) const
{
    return m_faults.value(issuerId).values();
}

std::optional<Faults::Refusal> Faults::takeRefusal(const QString& issuerId)
{
    if (const Fault* f = active(issuerId, FaultMode::Maintenance)) {
        const QByteArray retryAfter = f->effectiveArg().toLatin1();
        consume(issuerId, FaultMode::Maintenance);
        return Refusal{503, QStringLiteral("maintenance"),
                       QStringLiteral("ただいまメンテナンス中です。お知らせ（GET /v1/notices）をご確認ください。"), retryAfter};
    }
    if (active(issuerId, FaultMode::ServerError)) {
        consume(issuerId, FaultMode::ServerError);
        return Refusal{500, QStringLiteral("server_error"), QStringLiteral("An unexpected error occurred (injected fault)"), {}};
    }
    if (const Fault* f = active(issuerId, FaultMode::TooManyRequests)) {
        const QByteArray retryAfter = f->effectiveArg().toLatin1();
        consume(issuerId, FaultMode::TooManyRequests);
        return Refusal{429, QStringLiteral("too_many_requests"), QStringLiteral("Too many requests; retry later"), retryAfter};
    }
    return std::nullopt;
}

bool Faults::takeTokenExpiry(const QString& issuerId)
{
    if (!active(issuerId, FaultMode::ExpireTokens))
        return false;
    consume(issuerId, FaultMode::ExpireTokens);
    return true;
}

Faults::PageChain Faults::takePageChain(const QString& issuerId, int* cycle)
{
    if (const Fault* f = active(issuerId, FaultMode::RepeatKey)) {
        if (cycle)
            *cycle = std::max(1, f->effectiveArg().toInt());
        consume(issuerId, FaultMode::RepeatKey);
        return PageChain::RepeatKey;
    }
    if (active(issuerId, FaultMode::EndlessPages)) {
        consume(issuerId, FaultMode::EndlessPages);
        return PageChain::Endless;
    }
    return PageChain::Normal;
}

void Faults::applyToBody(const QString& issuerId, HttpResponse& response)
{
    if (active(issuerId, FaultMode::MalformedJson)) {
        consume(issuerId, FaultMode::MalformedJson);
        // Cut mid-document and end inside an unterminated string: no JSON parser accepts it.
        response.body = response.body.left(response.body.size() * 2 / 3) + ",\"unterminated";
    } else if (active(issuerId, FaultMode::TruncatedBody)) {
        consume(issuerId, FaultMode::TruncatedBody);
        response.delivery = HttpResponse::Delivery::Truncated;
    } else if (const Fault* f = active(issuerId, FaultMode::OversizedBody)) {
        const qint64 mib = f->effectiveArg().toInt();
        consume(issuerId, FaultMode::OversizedBody);
        response.delivery = HttpResponse::Delivery::Oversized;
        response.oversizedBytes = std::max<qint64>(1, mib) << 20;
    }
}

void Faults::applyLatency(const QString& issuerId, HttpResponse& response)
{
    if (const Fault* f = active(issuerId, FaultMode::Latency)) {
        response.delayMs = f->effectiveArg().toInt();
        consume(issuerId, FaultMode::Latency);
    }
}

std::optional<QByteArray> Faults::takeApiVersion(const QString& issuerId)
{
    const Fault* f = active(issuerId, FaultMode::ApiVersion);
    if (!f)
        return std::nullopt;
    const QByteArray version = f->effectiveArg().toLatin1();
    consume(issuerId, FaultMode::ApiVersion);
    return version;
}

std::optional<Notice> Faults::maintenanceNotice(const QString& issuerId) const
{
    const Fault* f = active(issuerId, FaultMode::Maintenance);
    if (!f)
        return std::nullopt;
    const int retry = f->effectiveArg().toInt();
    return Notice{QStringLiteral("maintenance-now"), QStringLiteral("maintenance"),
                  QStringLiteral("緊急メンテナンスを実施しています"),
                  QStringLiteral("現在、システムメンテナンスのため API をご利用いただけません。終了予定: %1")
                      .arg(rfc3339(f->since.addSecs(retry))),
                  f->since, f->since, f->since.addSecs(retry)};
}

} // namespace meisai::sandbox
