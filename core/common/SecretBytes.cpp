#include "SecretBytes.h"

#include <QString>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace meisai {

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_bytes(reinterpret_cast<const unsigned char*>(bytes.data()),
              reinterpret_cast<const unsigned char*>(bytes.data()) + bytes.size())
{
}

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0) {}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes SecretBytes::takeFrom(QByteArray& bytes)
{
    SecretBytes secret{QByteArrayView(bytes)};
    wipe(bytes);
    return secret;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes secret(size);
    if (RAND_bytes(secret.data(), static_cast<int>(size)) != 1)
        std::abort(); // no entropy: nothing safe can be done
    return secret;
}

QByteArrayView SecretBytes::view() const
{
    return QByteArrayView(reinterpret_cast<const char*>(m_bytes.data()), qsizetype(m_bytes.size()));
}

QByteArray SecretBytes::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), qsizetype(m_bytes.size()));
}

QString SecretBytes::toHex() const
{
    QByteArray raw = toByteArray();
    QByteArray hex = raw.toHex();
    QString result = QString::fromLatin1(hex);
    wipe(raw);
    wipe(hex);
    return result;
}

void SecretBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (size() != other.size())
        return false;
    return size() == 0 || CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

void SecretBytes::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never scribble over a buffer shared with someone else's copy
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void SecretBytes::wipe(void* data, std::size_t size)
{
    OPENSSL_cleanse(data, size);
}

} // namespace meisai
