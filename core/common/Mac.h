#pragma once

// HMAC-SHA256 and HKDF-SHA256 (RFC 2104, RFC 5869) through OpenSSL, for the
// vault's subkeys and everything keyed with them.

#include "SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace meisai::Mac {

// HMAC-SHA256 of data under key: 32 bytes.
QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data);

// HKDF-SHA256 (extract and expand, no salt) of inputKey for the purpose named
// by info; length bytes.
SecretBytes hkdfSha256(const SecretBytes& inputKey, QByteArrayView info, std::size_t length = 32);

// Constant-time comparison; false when the sizes differ.
bool equal(QByteArrayView a, QByteArrayView b);

} // namespace meisai::Mac
