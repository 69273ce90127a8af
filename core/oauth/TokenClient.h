#pragma once

// The token endpoint (RFC 6749 §4.1.3, §6) and the revocation endpoint
// (RFC 7009) for a public native client. Responses are validated and errors
// of RFC 6749 §5.2 become messages for people.

#include "Discovery.h"
#include "common/Result.h"
#include "common/SecretBytes.h"
#include "model/TokenSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

namespace meisai {

class HttpClient;
struct HttpResponse;

struct TokenResponse
{
    SecretBytes accessToken;
    SecretBytes refreshToken; // empty when the issuer sent none (keep the old one)
    QString tokenType;        // "Bearer"
    qint64 expiresIn = 0;     // seconds
    // Non-standard "refresh_expires_in" or "refresh_token_expires_in" (the
    // shorter when both came); absent when neither came or it was unusable
    // (not a whole number of seconds from 1 s to ten years).
    std::optional<qint64> refreshExpiresIn;
    QStringList scope;        // granted; empty with scopePresent false: as requested
    bool scopePresent = false;

    // A TokenSet for the vault; keeps previousRefresh when no new refresh token came.
    TokenSet toTokenSet(const QDateTime& now, const SecretBytes* previousRefresh = nullptr,
                        const QDateTime& previousRefreshExpiry = {}) const;
};

class TokenClient
{
    MEISAI_DECLARE_TR_FUNCTIONS(meisai::TokenClient)

public:
    using TokenCallback = std::function<void(Result<TokenResponse>)>;
    using RevokeCallback = std::function<void(Status)>;

    TokenClient(HttpClient& http, ServerMetadata metadata, QString clientId, Text issuerName);

    void exchangeCode(const SecretBytes& code, const SecretBytes& verifier, const QUrl& redirectUri,
                      qint64 connectionId, QObject* context, TokenCallback done);
    void refresh(const SecretBytes& refreshToken, qint64 connectionId, QObject* context, TokenCallback done);
    // RFC 7009. Success means the issuer confirmed (200), including for a
    // token it no longer knew. Network errors and 5xx are returned as errors
    // to retry; an issuer without a revocation endpoint gives NotFound.
    void revoke(const SecretBytes& token, const QString& tokenTypeHint, qint64 connectionId, QObject* context,
                RevokeCallback done);

    // Parses a token endpoint answer (status and body); public for tests.
    static Result<TokenResponse> parseTokenResponse(int status, const QByteArray& body, const Text& issuerName);

private:
    void postToken(QByteArray body, const QString& detail, qint64 connectionId, QObject* context,
                   TokenCallback done);

    HttpClient& m_http;
    ServerMetadata m_metadata;
    QString m_clientId;
    Text m_issuerName;
};

} // namespace meisai
