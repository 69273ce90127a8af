// GET /v1/profile: the issuer's public profile.

#include "FuzzSupport.h"

#include "api/ApiDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<meisai::PanFinding> findings;
    const auto decoded = meisai::ApiDecoders::decodeProfile(meisai::fuzz::bytes(data, size), &findings);
    Q_UNUSED(decoded);
    return 0;
}
