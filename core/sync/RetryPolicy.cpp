#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace meisai {

RetryPolicy::RetryPolicy(const SyncOptions& options, std::function<qint64(qint64)> jitter)
    : m_options(options), m_jitter(std::move(jitter))
{
    if (!m_jitter)
        m_jitter = [](qint64 n) { return QRandomGenerator::global()->bounded(n + 1); };
}

RetryDecision RetryPolicy::decide(const Error& error, const ApiMeta& meta, int attempt) const
{
    const SyncOptions& o = m_options;
    if (!meta.retryable || error.code == ErrorCode::Maintenance || attempt >= o.maxAttempts)
        return {};
    qint64 delayMs = 0;
    if (meta.retryAfterSecs >= 0) {
        if (meta.retryAfterSecs > o.maxRetryAfterWaitSecs)
            return {};
        delayMs = qint64(meta.retryAfterSecs) * 1000;
    } else {
        const qint64 base = std::min<qint64>(qint64(o.backoffBaseMs) << (attempt - 1), o.backoffMaxMs);
        delayMs = base / 2 + m_jitter(base / 2);
    }
    if (o.delayCapMs >= 0)
        delayMs = std::min<qint64>(delayMs, o.delayCapMs);
    return {true, delayMs};
}

} // namespace meisai
