#include "Pkce.h"

#include <QCryptographicHash>

namespace meisai {

QByteArray base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::challengeFor(QByteArrayView verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

Pkce Pkce::generate()
{
    const SecretBytes random = SecretBytes::random(32);
    QByteArray raw = random.toByteArray();
    QByteArray encoded = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecretBytes::wipe(raw);
    Pkce pkce;
    pkce.verifier = SecretBytes::takeFrom(encoded);
    pkce.challenge = challengeFor(pkce.verifier.view());
    return pkce;
}

} // namespace meisai
