#include "Mac.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <cstdlib>

namespace meisai::Mac {

QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data)
{
    QByteArray out(32, '\0');
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    std::size_t written = 0;
    const bool ok = ctx && EVP_MAC_init(ctx, key.data(), key.size(), params) == 1
        && EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size())) == 1
        && EVP_MAC_final(ctx, reinterpret_cast<unsigned char*>(out.data()), &written, std::size_t(out.size())) == 1
        && written == 32;
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    if (!ok)
        std::abort(); // OpenSSL without HMAC-SHA256: nothing keyed can be trusted
    return out;
}

SecretBytes hkdfSha256(const SecretBytes& inputKey, QByteArrayView info, std::size_t length)
{
    SecretBytes out(length);
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(inputKey.data()),
                                          inputKey.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                          std::size_t(info.size())),
        OSSL_PARAM_construct_end()};
    const bool ok = ctx && !inputKey.isEmpty() && EVP_KDF_derive(ctx, out.data(), out.size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    EVP_KDF_free(kdf);
    if (!ok)
        std::abort(); // without the derivation no subkey exists; never fall back to an unkeyed one
    return out;
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

} // namespace meisai::Mac
