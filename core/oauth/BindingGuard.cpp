#include "BindingGuard.h"

#include "Discovery.h"
#include "common/Log.h"

namespace meisai {

namespace {

int defaultPort(const QUrl& url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : url.scheme() == QLatin1String("http") ? 80 : -1);
}

QString pathOf(const QUrl& url)
{
    return url.path(QUrl::FullyEncoded);
}

} // namespace

IssuerBinding BindingGuard::bindingFor(const IssuerProfile& profile, const ServerMetadata& metadata)
{
    IssuerBinding b;
    b.issuer = metadata.issuer.isEmpty() ? profile.issuer : metadata.issuer;
    b.tokenEndpoint = metadata.tokenEndpoint;
    b.revocationEndpoint = metadata.revocationEndpoint;
    b.apiBaseUrl = apiBaseUrl(profile, metadata);
    return b;
}

QUrl BindingGuard::apiBaseUrl(const IssuerProfile& profile, const ServerMetadata& metadata)
{
    return metadata.apiBaseUrl.isEmpty() ? profile.apiBaseUrl : metadata.apiBaseUrl;
}

bool BindingGuard::sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.isValid() && b.isValid() && !a.host().isEmpty() && a.scheme() == b.scheme()
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

bool BindingGuard::sameEndpoint(const QUrl& a, const QUrl& b)
{
    return sameOrigin(a, b) && pathOf(a) == pathOf(b) && a.query(QUrl::FullyEncoded) == b.query(QUrl::FullyEncoded);
}

bool BindingGuard::isBelow(const QUrl& url, const QUrl& base)
{
    if (!sameOrigin(url, base) || url.path().contains(QLatin1String("/../")) || url.path().endsWith(QLatin1String("/..")))
        return false;
    QString basePath = pathOf(base);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString path = pathOf(url);
    return basePath.isEmpty() || path == basePath || path.startsWith(basePath + QLatin1Char('/'));
}

Status BindingGuard::check(const IssuerBinding& binding, const QUrl& currentIssuer, const QUrl& url, Use use,
                           const QString& issuerName)
{
    const QString where = redactUrl(url);
    const auto refuse = [&](const QString& linkedWith) {
        qCWarning(lcOAuth).noquote() << "binding refused a token for" << where << "- linked with" << linkedWith;
        return makeError(ErrorCode::BindingMismatch,
                         tr("A token of the connection to %1 was not sent to %2: that connection was linked with %3, "
                            "and the issuer's settings in Meisai now point elsewhere (another server may be "
                            "claiming to be this issuer). Nothing was sent.")
                             .arg(issuerName, where, linkedWith));
    };
    if (binding.isEmpty())
        return refuse(tr("an issuer Meisai no longer knows"));
    const QString bound = binding.issuer.toString();
    if (currentIssuer != binding.issuer)
        return refuse(bound);
    switch (use) {
    case Use::Refresh:
        if (!sameEndpoint(url, binding.tokenEndpoint))
            return refuse(tr("%1 (token endpoint %2)").arg(bound, redactUrl(binding.tokenEndpoint)));
        break;
    case Use::Revocation:
        // An issuer that offered no revocation when linked may offer it later, beside its token endpoint.
        if (binding.revocationEndpoint.isEmpty() ? !sameOrigin(url, binding.tokenEndpoint)
                                                 : !sameEndpoint(url, binding.revocationEndpoint))
            return refuse(binding.revocationEndpoint.isEmpty()
                              ? tr("%1 (token endpoint %2)").arg(bound, redactUrl(binding.tokenEndpoint))
                              : tr("%1 (revocation endpoint %2)").arg(bound, redactUrl(binding.revocationEndpoint)));
        break;
    case Use::Api:
        if (binding.apiBaseUrl.isEmpty() || !isBelow(url, binding.apiBaseUrl))
            return refuse(binding.apiBaseUrl.isEmpty()
                              ? bound
                              : tr("%1 (card API %2)").arg(bound, redactUrl(binding.apiBaseUrl)));
        break;
    }
    return {};
}

} // namespace meisai
