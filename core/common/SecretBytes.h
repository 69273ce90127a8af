#pragma once

// Bytes of a secret (a token, a key, a passphrase) that are wiped when they
// go away. Copies are explicit so a secret does not spread by accident, and
// there is no implicit conversion to QString or QByteArray.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace meisai {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    explicit SecretBytes(std::size_t size); // zero-filled
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    SecretBytes clone() const { return SecretBytes(view()); }

    // Takes the bytes of a QByteArray and wipes the array's buffer.
    static SecretBytes takeFrom(QByteArray& bytes);
    static SecretBytes random(std::size_t size);

    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    const unsigned char* data() const { return m_bytes.data(); }
    unsigned char* data() { return m_bytes.data(); }
    QByteArrayView view() const;

    // A short-lived copy for an API that needs a QByteArray (an HTTP header,
    // a form body). Callers wipe it with wipe() when done.
    QByteArray toByteArray() const;
    QString toHex() const;

    void clear();
    bool equals(const SecretBytes& other) const; // constant time for equal sizes

    static void wipe(QByteArray& bytes);
    static void wipe(void* data, std::size_t size);

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace meisai
