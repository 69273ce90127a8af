// The token endpoint's answer (RFC 6749 §5.1, §5.2): the same body read as a
// success (200) and as an error (400, 401, 429, 503 in turn by input length).

#include "FuzzSupport.h"

#include "oauth/TokenClient.h"

#include <QDateTime>

using namespace meisai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static constexpr int errorStatuses[] = {400, 401, 429, 503};
    const QByteArray body = fuzz::bytes(data, size);
    const Text issuer = Text::verbatim(QStringLiteral("Fuzz Card"));
    const auto ok = TokenClient::parseTokenResponse(200, body, issuer);
    if (ok) {
        // What the caller does next: the expiry arithmetic must hold for any accepted answer.
        const QDateTime now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        const TokenSet set = ok.value().toTokenSet(now);
        Q_UNUSED(set);
    }
    const auto error = TokenClient::parseTokenResponse(errorStatuses[size % 4], body, issuer);
    Q_UNUSED(error);
    return 0;
}
