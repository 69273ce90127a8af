// Authorization server metadata (RFC 8414), validated against a sandbox
// profile (plain-HTTP loopback authorization allowed) and a standard one.

#include "FuzzSupport.h"

#include "oauth/Discovery.h"

using namespace meisai;

namespace {

IssuerProfile profile(bool sandbox)
{
    IssuerProfile p;
    p.id = QStringLiteral("hoshizora-card");
    p.displayName = {QStringLiteral("ほしぞらカード"), QStringLiteral("Hoshizora Card")};
    p.issuer = QUrl(QStringLiteral("https://127.0.0.1:4443/issuers/hoshizora-card"));
    p.discoveryUrl = QUrl(
        QStringLiteral("https://127.0.0.1:4443/.well-known/oauth-authorization-server/issuers/hoshizora-card"));
    p.clientId = QStringLiteral("meisai-desktop");
    p.sandbox = sandbox;
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const IssuerProfile sandbox = profile(true);
    static const IssuerProfile standard = profile(false);
    const QByteArray json = fuzz::bytes(data, size);
    const auto a = Discovery::parse(json, sandbox);
    const auto b = Discovery::parse(json, standard);
    Q_UNUSED(a);
    Q_UNUSED(b);
    return 0;
}
