#pragma once

// A connection's tokens, as the vault keeps them (never anywhere else).

#include "common/SecretBytes.h"

#include <QDateTime>
#include <QString>

namespace meisai {

struct TokenSet
{
    SecretBytes accessToken;
    SecretBytes refreshToken;
    QString tokenType;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt; // invalid when the issuer did not say
    QDateTime updatedAt;

    TokenSet clone() const
    {
        return TokenSet{accessToken.clone(), refreshToken.clone(), tokenType, accessExpiresAt, refreshExpiresAt,
                        updatedAt};
    }
};

} // namespace meisai
