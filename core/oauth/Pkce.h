#pragma once

// PKCE with S256 only (RFC 7636). The plain method is never used.

#include "common/SecretBytes.h"

#include <QByteArray>

namespace meisai {

struct Pkce
{
    SecretBytes verifier; // 43 characters of base64url: 32 random bytes
    QByteArray challenge; // BASE64URL(SHA256(verifier)), not a secret

    static Pkce generate();
    static QByteArray challengeFor(QByteArrayView verifier);
    static constexpr const char* method = "S256";
};

// base64url without padding (RFC 7636 Appendix A).
QByteArray base64Url(QByteArrayView bytes);

} // namespace meisai
