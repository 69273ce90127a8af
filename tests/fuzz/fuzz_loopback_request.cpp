// The loopback redirect listener's request parsing (RFC 8252 §7.3), fed the
// way a connection feeds it: at most maxRequestBytes, the head up to the
// first blank line (or all of it when there is none, as a peer can send).

#include "FuzzSupport.h"

#include "oauth/LoopbackReceiver.h"

using namespace meisai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > size_t(LoopbackReceiver::maxRequestBytes))
        return -1; // refused with 431 before any parsing
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype end = input.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? input : input.left(end);
    const LoopbackReceiver::Request request = LoopbackReceiver::parseRequest(head, "/callback");
    if (request.status == 200 && request.params.size() > LoopbackReceiver::maxParameters)
        __builtin_trap(); // the parameter limit is a promise
    const auto query = LoopbackReceiver::parseQuery(input);
    Q_UNUSED(query);
    return 0;
}
