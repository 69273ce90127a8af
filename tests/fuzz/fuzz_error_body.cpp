// The card API's error body ({"error","errorCode","errorMessage","errorDetails"}),
// read from any non-2xx answer.

#include "FuzzSupport.h"

#include "api/ApiDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto decoded = meisai::ApiDecoders::decodeErrorBody(meisai::fuzz::bytes(data, size));
    Q_UNUSED(decoded);
    return 0;
}
