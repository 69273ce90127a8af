#include "AuthorizationSession.h"

#include "common/Clock.h"
#include "common/Log.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace meisai {

Text describeOAuthError(const QString& error, const QString& description, const Text& issuerName)
{
    Text text;
    if (error == QLatin1String("access_denied"))
        text = AuthorizationSession::trText("The link to %1 was not allowed (you or the issuer declined it). Nothing was shared.");
    else if (error == QLatin1String("invalid_grant"))
        text = AuthorizationSession::trText("%1 no longer accepts this authorization: it was revoked, has expired or was already used. "
                  "Connect again.");
    else if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        text = AuthorizationSession::trText("%1 does not recognise Meisai as a registered application. The issuer profile may be out of date; "
                  "contact the issuer.");
    else if (error == QLatin1String("invalid_scope"))
        text = AuthorizationSession::trText("%1 does not offer some of the requested permissions. The issuer profile may be out of date.");
    else if (error == QLatin1String("unsupported_grant_type") || error == QLatin1String("unsupported_response_type"))
        text = AuthorizationSession::trText("%1 does not support the way Meisai links accounts.");
    else if (error == QLatin1String("invalid_request"))
        text = AuthorizationSession::trText("%1 rejected the request as malformed. Try again; if it persists, contact the issuer.");
    else if (error == QLatin1String("server_error"))
        text = AuthorizationSession::trText("%1 had an internal error. Try again later.");
    else if (error == QLatin1String("temporarily_unavailable"))
        text = AuthorizationSession::trText("%1 is temporarily unavailable (maintenance or heavy load). Try again later.");
    if (text.isEmpty()) {
        QString code;
        for (const QChar c : error.left(64))
            code += (c.isLetterOrNumber() || c == QLatin1Char('_')) ? c : QLatin1Char('?');
        text = AuthorizationSession::trText("%1 reported an error (%2).").arg(issuerName).arg(code);
    } else {
        text.arg(issuerName);
    }
    if (description.isEmpty())
        return text;
    // The issuer's own words, shortened and without control characters.
    QString clean;
    for (const QChar c : description.left(300))
        clean += c.isPrint() ? c : QLatin1Char(' ');
    return Text::sentences({text, AuthorizationSession::trText("The issuer said: \"%1\"").arg(clean)});
}

AuthorizationSession::AuthorizationSession(IssuerProfile profile, ServerMetadata metadata, QStringList scopes,
                                           quint16 redirectPort, const Clock& clock, bool ipv6Loopback)
    : m_profile(std::move(profile))
    , m_metadata(std::move(metadata))
    , m_scopes(std::move(scopes))
    , m_pkce(Pkce::generate())
    , m_clock(clock)
{
    const SecretBytes raw = SecretBytes::random(16); // 128 bits
    QByteArray bytes = raw.toByteArray();
    QByteArray encoded = base64Url(bytes);
    SecretBytes::wipe(bytes);
    m_state = SecretBytes::takeFrom(encoded);
    m_redirectUri.setScheme(QStringLiteral("http"));
    m_redirectUri.setHost(ipv6Loopback ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
    m_redirectUri.setPort(redirectPort);
    m_redirectUri.setPath(m_profile.redirectPath);
    m_expiresAt = m_clock.now().addSecs(lifetimeSecs);
    m_uiLocales = uiLocalesFor(QLocale(), m_metadata.uiLocalesSupported);
}

QStringList AuthorizationSession::uiLocalesFor(const QLocale& locale, const QStringList& supported)
{
    const QString language = QLocale::languageToCode(locale.language());
    if (language.isEmpty() || locale.language() == QLocale::C)
        return {};
    QStringList wanted;
    if (locale.territory() != QLocale::AnyTerritory)
        wanted << language + u'-' + QLocale::territoryToCode(locale.territory());
    wanted << language;
    if (supported.isEmpty())
        return wanted;
    QStringList out;
    for (const QString& range : wanted) {
        for (const QString& tag : supported) {
            const bool match = tag.compare(range, Qt::CaseInsensitive) == 0
                               || tag.startsWith(range + u'-', Qt::CaseInsensitive);
            // Only well-formed tags go into the URL (letters, digits, "-").
            static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"));
            if (match && !out.contains(tag) && bcp47.match(tag).hasMatch())
                out << tag;
        }
    }
    return out;
}

QUrl AuthorizationSession::authorizationUrl() const
{
    QUrl url = m_metadata.authorizationEndpoint;
    QUrlQuery query(url); // keep parameters the endpoint already carries
    const auto add = [&query](const QString& key, const QString& value) {
        query.removeAllQueryItems(key);
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_profile.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(m_state.view()));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    add(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method));
    if (!m_uiLocales.isEmpty())
        add(QStringLiteral("ui_locales"), m_uiLocales.join(u' '));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

AuthorizationSession::Outcome AuthorizationSession::handleRedirect(const QMap<QString, QString>& params)
{
    Outcome outcome;
    const QString name = m_profile.name();
    if (m_finished) {
        outcome.verdict = Verdict::Ignore;
        outcome.error = makeError(ErrorCode::StateMismatch, AuthorizationSession::tr("This sign-in was already completed."));
        return outcome;
    }
    // state first: a redirect without our state is not for us and must not
    // end the session (someone else may be probing the port).
    const auto stateIt = params.constFind(QStringLiteral("state"));
    if (stateIt == params.cend()) {
        outcome.error = makeError(ErrorCode::StateMismatch,
                                  AuthorizationSession::tr("The answer carries no state value: it does not belong to this sign-in."));
        qCWarning(lcOAuth).noquote() << "redirect without state ignored for" << m_profile.id;
        return outcome;
    }
    QByteArray received = stateIt->toLatin1();
    const SecretBytes receivedState = SecretBytes::takeFrom(received);
    if (!receivedState.equals(m_state)) {
        outcome.error = makeError(ErrorCode::StateMismatch,
                                  AuthorizationSession::tr("The answer's state value does not match: it does not belong to this sign-in."));
        qCWarning(lcOAuth).noquote() << "redirect with a wrong state ignored for" << m_profile.id;
        return outcome;
    }

    m_finished = true;
    outcome.verdict = Verdict::Failed;
    if (m_clock.now() > m_expiresAt) {
        outcome.error = makeError(ErrorCode::Timeout, AuthorizationSession::tr("The sign-in at %1 took too long. Start again.").arg(name));
        return outcome;
    }
    // RFC 9207: checked whenever present, required when the issuer says it sends it.
    const auto issIt = params.constFind(QStringLiteral("iss"));
    const QString expectedIss = m_metadata.issuer.toString(QUrl::FullyEncoded);
    if (issIt != params.cend()) {
        if (*issIt != expectedIss) {
            outcome.error = makeError(
                ErrorCode::IssuerMismatch,
                AuthorizationSession::tr("The answer came from another issuer (\"%1\") than the one you chose (%2). Meisai stopped "
                   "the link: this can be a mix-up attack. Nothing was shared.")
                    .arg(issIt->left(200), name));
            qCWarning(lcOAuth).noquote() << "iss mismatch for" << m_profile.id;
            return outcome;
        }
    } else if (m_metadata.issParameterSupported) {
        outcome.error = makeError(ErrorCode::IssuerMismatch,
                                  AuthorizationSession::tr("The answer does not say which issuer sent it although %1 always does. Meisai "
                                     "stopped the link.")
                                      .arg(name));
        qCWarning(lcOAuth).noquote() << "iss missing for" << m_profile.id;
        return outcome;
    }
    const auto errorIt = params.constFind(QStringLiteral("error"));
    if (errorIt != params.cend()) {
        const QString code = *errorIt;
        outcome.error = makeError(code == QLatin1String("access_denied") ? ErrorCode::AccessDenied
                                                                          : ErrorCode::Protocol,
                                  describeOAuthError(code.left(64), params.value(QStringLiteral("error_description")),
                                                     m_profile.nameText()));
        qCInfo(lcOAuth).noquote() << "authorization error from" << m_profile.id << code.left(64);
        return outcome;
    }
    const auto codeIt = params.constFind(QStringLiteral("code"));
    if (codeIt == params.cend() || codeIt->isEmpty()) {
        outcome.error = makeError(ErrorCode::Protocol, AuthorizationSession::tr("%1 sent no authorization code.").arg(name));
        return outcome;
    }
    QByteArray code = codeIt->toUtf8();
    outcome.code = SecretBytes::takeFrom(code);
    outcome.verdict = Verdict::Code;
    return outcome;
}

} // namespace meisai
