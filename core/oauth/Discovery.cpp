#include "Discovery.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "net/HttpClient.h"
#include "vault/stores/SettingsStore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace meisai {

namespace {

bool isLoopbackHost(const QString& host)
{
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

QString Discovery::cacheKey(const QString& issuerId)
{
    return QStringLiteral("oauth.discovery.") + issuerId;
}

Result<ServerMetadata> Discovery::parse(const QByteArray& json, const IssuerProfile& profile)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Protocol,
                         tr("%1 sent a discovery document that is not a JSON object.").arg(profile.name()));
    return fromObject(doc.object(), profile);
}

Result<ServerMetadata> Discovery::fromObject(const QJsonObject& o, const IssuerProfile& profile)
{
    const QString name = profile.name();
    const auto bad = [&name](const QString& what) {
        return makeError(ErrorCode::Protocol,
                         tr("The discovery document of %1 cannot be used: %2").arg(name, what));
    };
    ServerMetadata m;
    m.document = o;
    const QJsonValue issuerValue = o.value(QLatin1String("issuer"));
    if (!issuerValue.isString())
        return bad(tr("it names no issuer."));
    // Exact string comparison (RFC 8414 §3.3): no normalisation, no trailing-slash leniency.
    const QString expected = profile.issuer.toString(QUrl::FullyEncoded);
    if (issuerValue.toString() != expected) {
        return makeError(ErrorCode::IssuerMismatch,
                         tr("The discovery document of %1 is for another issuer (\"%2\" instead of \"%3\"). "
                            "Meisai will not use it; this can be an attack or a wrong profile.")
                             .arg(name, issuerValue.toString(), expected));
    }
    m.issuer = profile.issuer;

    const auto endpoint = [&o](QLatin1String key) {
        const QString text = o.value(key).toString();
        return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    };
    const auto httpsOk = [](const QUrl& url) {
        return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty()
            && !url.hasFragment() && url.userInfo().isEmpty();
    };
    m.authorizationEndpoint = endpoint(QLatin1String("authorization_endpoint"));
    m.tokenEndpoint = endpoint(QLatin1String("token_endpoint"));
    m.revocationEndpoint = endpoint(QLatin1String("revocation_endpoint"));
    m.introspectionEndpoint = endpoint(QLatin1String("introspection_endpoint"));
    m.registrationEndpoint = endpoint(QLatin1String("registration_endpoint"));
    m.apiBaseUrl = endpoint(QLatin1String("api_base_url"));
    if (m.authorizationEndpoint.isEmpty())
        return bad(tr("the authorization endpoint is missing."));
    if (m.tokenEndpoint.isEmpty())
        return bad(tr("the token endpoint is missing."));
    const QUrl& a = m.authorizationEndpoint;
    const bool authOk = httpsOk(a)
        || (profile.sandbox && a.scheme() == QLatin1String("http") && isLoopbackHost(a.host())
            && !a.hasFragment() && a.userInfo().isEmpty());
    if (!authOk)
        return bad(tr("the authorization endpoint %1 does not use HTTPS.").arg(redactUrl(a)));
    for (const QUrl& u : {m.tokenEndpoint, m.revocationEndpoint, m.introspectionEndpoint, m.registrationEndpoint,
                          m.apiBaseUrl}) {
        if (!u.isEmpty() && !httpsOk(u))
            return bad(tr("the endpoint %1 does not use HTTPS.").arg(redactUrl(u)));
    }
    const QJsonValue responseTypes = o.value(QLatin1String("response_types_supported"));
    if (!responseTypes.isUndefined() && !stringList(responseTypes).contains(QLatin1String("code")))
        return bad(tr("the authorization code flow is not supported."));
    m.codeChallengeMethods = stringList(o.value(QLatin1String("code_challenge_methods_supported")));
    if (!m.codeChallengeMethods.contains(QLatin1String("S256")))
        return bad(tr("PKCE with S256 is not announced (code_challenge_methods_supported)."));
    const QJsonValue grantTypes = o.value(QLatin1String("grant_types_supported"));
    if (!grantTypes.isUndefined() && !stringList(grantTypes).contains(QLatin1String("authorization_code")))
        return bad(tr("the authorization_code grant is not supported."));
    m.scopesSupported = stringList(o.value(QLatin1String("scopes_supported")));
    m.uiLocalesSupported = stringList(o.value(QLatin1String("ui_locales_supported")));
    m.issParameterSupported = o.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    if (m.apiBaseUrl.isEmpty())
        m.apiBaseUrl = profile.apiBaseUrl;
    return m;
}

Result<ServerMetadata> Discovery::fromProfile(const IssuerProfile& profile)
{
    QJsonObject o;
    o.insert(QLatin1String("issuer"), profile.issuer.toString(QUrl::FullyEncoded));
    const auto put = [&o](QLatin1String key, const QUrl& url) {
        if (!url.isEmpty())
            o.insert(key, url.toString(QUrl::FullyEncoded));
    };
    put(QLatin1String("authorization_endpoint"), profile.endpoints.authorization);
    put(QLatin1String("token_endpoint"), profile.endpoints.token);
    put(QLatin1String("revocation_endpoint"), profile.endpoints.revocation);
    put(QLatin1String("introspection_endpoint"), profile.endpoints.introspection);
    put(QLatin1String("api_base_url"), profile.apiBaseUrl);
    o.insert(QLatin1String("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")});
    o.insert(QLatin1String("authorization_response_iss_parameter_supported"), profile.issParameterSupported);
    return fromObject(o, profile);
}

void Discovery::load(const IssuerProfile& profile, HttpClient& http, SettingsStore* store, const Clock& clock,
                     QObject* context, Callback done, qint64 maxAgeSecs)
{
    if (profile.discoveryUrl.isEmpty()) {
        auto m = fromProfile(profile);
        QTimer::singleShot(0, context, [done, m = std::move(m)]() mutable { done(std::move(m)); });
        return;
    }
    // The cache, when it is for the same discovery URL.
    std::optional<QJsonObject> cached;
    QDateTime cachedAt;
    if (store) {
        auto text = store->setting(cacheKey(profile.id));
        if (text && !text->isEmpty()) {
            const QJsonObject entry = QJsonDocument::fromJson(text->toUtf8()).object();
            if (entry.value(QLatin1String("discovery_url")).toString() == profile.discoveryUrl.toString(QUrl::FullyEncoded)) {
                cached = entry.value(QLatin1String("document")).toObject();
                cachedAt = QDateTime::fromString(entry.value(QLatin1String("fetched_at")).toString(), Qt::ISODate);
            }
        }
    }
    const QDateTime now = clock.now();
    if (cached && cachedAt.isValid() && cachedAt.secsTo(now) >= 0 && cachedAt.secsTo(now) < maxAgeSecs) {
        auto m = fromObject(*cached, profile);
        if (m) {
            qCDebug(lcOAuth).noquote() << "discovery for" << profile.id << "from the cache";
            QTimer::singleShot(0, context, [done, m = std::move(m)]() mutable { done(std::move(m)); });
            return;
        }
    }

    HttpRequest request;
    request.url = profile.discoveryUrl;
    request.pathTemplate = profile.discoveryUrl.path();
    request.auditDetail = QStringLiteral("discovery");
    http.send(std::move(request), context,
              [profile, store, &clock, cached, cachedAt, done](HttpResponse response) {
                  Result<ServerMetadata> result = response.isSuccess()
                      ? parse(response.body, profile)
                      : Result<ServerMetadata>(response.transportOk()
                                                   ? makeError(ErrorCode::Protocol,
                                                               tr("%1 did not return its discovery document (HTTP %2).")
                                                                   .arg(profile.name())
                                                                   .arg(response.status))
                                                   : response.error);
                  if (result) {
                      if (store) {
                          const QJsonObject entry{
                              {QLatin1String("discovery_url"), profile.discoveryUrl.toString(QUrl::FullyEncoded)},
                              {QLatin1String("fetched_at"), clock.now().toUTC().toString(Qt::ISODate)},
                              {QLatin1String("document"), result->document},
                          };
                          const Status saved = store->setSetting(
                              cacheKey(profile.id), QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
                          if (!saved)
                              qCWarning(lcOAuth).noquote() << "discovery cache not saved:" << saved.error().message;
                      }
                      qCInfo(lcOAuth).noquote() << "discovery for" << profile.id << "fetched";
                      done(std::move(result));
                      return;
                  }
                  // A security failure (issuer mismatch, TLS) never falls back to the cache.
                  const ErrorCode code = result.error().code;
                  const bool transient = code == ErrorCode::Network || code == ErrorCode::Timeout;
                  if (transient && cached && cachedAt.isValid() && cachedAt.secsTo(clock.now()) < 7 * 24 * 3600) {
                      auto m = fromObject(*cached, profile);
                      if (m) {
                          qCWarning(lcOAuth).noquote() << "discovery for" << profile.id
                                                       << "failed; using the cached document:" << result.error().message;
                          done(std::move(m));
                          return;
                      }
                  }
                  qCWarning(lcOAuth).noquote() << "discovery for" << profile.id << "failed:" << result.error().message;
                  done(std::move(result));
              });
}

Status Discovery::forget(SettingsStore* store, const QString& issuerId)
{
    if (!store)
        return {};
    return store->remove(cacheKey(issuerId));
}

} // namespace meisai
