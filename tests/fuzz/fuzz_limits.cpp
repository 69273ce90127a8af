// GET /v1/cards/{cardId}/limits: credit limits and what is available.

#include "FuzzSupport.h"

#include "api/ApiDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<meisai::PanFinding> findings;
    const auto decoded = meisai::ApiDecoders::decodeLimits(meisai::fuzz::bytes(data, size), &findings);
    Q_UNUSED(decoded);
    return 0;
}
