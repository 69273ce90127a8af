#include "AdminToken.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>

namespace meisai::sandbox {

AdminToken::~AdminToken()
{
    if (!m_value.isEmpty())
        OPENSSL_cleanse(m_value.data(), size_t(m_value.size()));
}

bool AdminToken::generate(QString* error)
{
    std::array<unsigned char, kRandomBytes> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1) {
        *error = QStringLiteral("cannot make the admin token: the system's random generator failed");
        return false;
    }
    m_value = QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()))
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return true;
}

bool AdminToken::accepts(const HttpRequest& request) const
{
    if (m_value.isEmpty())
        return false;
    const QByteArray* authorization = nullptr;
    for (const auto& [name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            continue;
        if (authorization)
            return false; // two Authorization headers: ambiguous, refused
        authorization = &value;
    }
    static constexpr QByteArrayView kScheme = "bearer ";
    if (!authorization || authorization->size() != kScheme.size() + m_value.size()
        || QByteArrayView(*authorization).first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return false;
    return CRYPTO_memcmp(authorization->constData() + kScheme.size(), m_value.constData(), size_t(m_value.size())) == 0;
}

} // namespace meisai::sandbox
