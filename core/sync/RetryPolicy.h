#pragma once

// When the sync engine tries a failed request again: network errors,
// timeouts, 5xx and 429 (ApiMeta::retryable), never maintenance, at most
// maxAttempts times; after the issuer's Retry-After when it gives one (a wait
// longer than maxRetryAfterWaitSecs ends the attempt for now), else after an
// exponential backoff with jitter; every wait capped at delayCapMs (tests).

#include "SyncTypes.h"
#include "api/ApiTypes.h"
#include "common/Result.h"

#include <functional>

namespace meisai {

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
};

class RetryPolicy
{
public:
    // jitter(n) returns a number from 0 to n; default: QRandomGenerator.
    explicit RetryPolicy(const SyncOptions& options, std::function<qint64(qint64)> jitter = {});

    // After attempt number `attempt` (1-based) failed with error and meta.
    RetryDecision decide(const Error& error, const ApiMeta& meta, int attempt) const;

private:
    const SyncOptions& m_options;
    std::function<qint64(qint64)> m_jitter;
};

} // namespace meisai
