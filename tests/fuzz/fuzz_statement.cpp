// GET /v1/cards/{cardId}/statements/{billingMonth}: one statement, asked for 2026-11 (the seeds' month).

#include "FuzzSupport.h"

#include "api/ApiDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<meisai::PanFinding> findings;
    const auto decoded = meisai::ApiDecoders::decodeStatement(meisai::fuzz::bytes(data, size), QStringLiteral("2026-11"), &findings);
    Q_UNUSED(decoded);
    return 0;
}
