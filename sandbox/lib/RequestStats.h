#pragma once

// Requests received per issuer, as the admin API reports them
// (GET /admin/api/issuers/{id}/stats). Counted where a request arrives, not
// where it succeeds: the authorization server counts token requests by
// grant_type and revocation requests, the card API every /v1/… request.

#include <QHash>
#include <QString>

#include <array>

namespace meisai::sandbox {

class RequestStats final
{
public:
    enum class Counter {
        AuthorizationCodeGrant, // token requests with grant_type=authorization_code
        RefreshTokenGrant,      // token requests with grant_type=refresh_token
        ApiRequest,             // card API requests
        Revocation,             // revocation endpoint requests
    };

    RequestStats() = default;
    Q_DISABLE_COPY_MOVE(RequestStats)

    void count(const QString& issuerId, Counter counter);
    int value(const QString& issuerId, Counter counter) const; // 0 for an issuer never counted
    void reset(const QString& issuerId);

private:
    static constexpr std::size_t kCounters = 4;
    QHash<QString, std::array<int, kCounters>> m_counts;
};

} // namespace meisai::sandbox
