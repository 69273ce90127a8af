#pragma once

// One authorization attempt at one issuer: random state, the PKCE verifier,
// the redirect URI of its own loopback listener, an expiry. It builds the
// authorization URL and judges the redirect that comes back (state, iss,
// error), handing out the code at most once.

#include "Discovery.h"
#include "Pkce.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QStringList>
#include <QUrl>

namespace meisai {

class Clock;

class AuthorizationSession
{
    MEISAI_DECLARE_TR_FUNCTIONS(meisai::AuthorizationSession)

public:
    static constexpr qint64 lifetimeSecs = 10 * 60;

    // ipv6Loopback: the listener fell back to ::1, so the redirect goes to http://[::1]:port.
    AuthorizationSession(IssuerProfile profile, ServerMetadata metadata, QStringList scopes,
                         quint16 redirectPort, const Clock& clock, bool ipv6Loopback = false);

    const IssuerProfile& profile() const { return m_profile; }
    const ServerMetadata& metadata() const { return m_metadata; }
    const QStringList& requestedScopes() const { return m_scopes; }
    QUrl redirectUri() const { return m_redirectUri; }
    QUrl authorizationUrl() const;
    // ui_locales of the request: the default QLocale's tags (the app's and the
    // CLI's language), most wanted first; from the constructor.
    const QStringList& uiLocales() const { return m_uiLocales; }
    // The tags for a locale ("ja-JP ja"), kept to those the issuer announces
    // (a tag matches a supported tag equal to it or starting with it and "-",
    // as RFC 4647 basic filtering) when it announces any; may be empty.
    static QStringList uiLocalesFor(const QLocale& locale, const QStringList& supported);
    const SecretBytes& verifier() const { return m_pkce.verifier; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isFinished() const { return m_finished; }

    enum class Verdict {
        Code,     // the code is in the result: the session is finished
        Ignore,   // not for this session (wrong or missing state): keep waiting
        Failed,   // for this session but failed (error response, iss mismatch, expired): finished
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Ignore;
        SecretBytes code;
        Error error;
    };
    // Judges the query parameters of a redirect to the loopback listener.
    Outcome handleRedirect(const QMap<QString, QString>& params);

private:
    IssuerProfile m_profile;
    ServerMetadata m_metadata;
    QStringList m_scopes;
    QStringList m_uiLocales;
    Pkce m_pkce;
    SecretBytes m_state;
    QUrl m_redirectUri;
    QDateTime m_expiresAt;
    const Clock& m_clock;
    bool m_finished = false;
};

// RFC 6749 §4.1.2.1 / §5.2 error codes as sentences for people.
Text describeOAuthError(const QString& error, const QString& description, const Text& issuerName);

} // namespace meisai
