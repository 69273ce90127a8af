#include "HostCheck.h"

#include "Responses.h"

#include <algorithm>

namespace meisai::sandbox {

HostCheck::HostCheck(QString boundHost)
    : m_literal(boundHost.contains(u':') ? "[" + boundHost.toLatin1() + "]" : boundHost.toLatin1())
{
}

bool HostCheck::isOwnAuthority(const QByteArray& host, quint16 port, bool tls) const
{
    // The port is what follows the last ':' after the host part ("]" closes an IPv6 literal).
    const qsizetype colon = host.lastIndexOf(':');
    const bool hasPort = colon >= 0 && colon > host.lastIndexOf(']');
    const QByteArray name = hasPort ? host.left(colon) : host;
    if (hasPort) {
        const QByteArray digits = host.mid(colon + 1);
        if (digits.isEmpty() || digits.size() > 5 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })
            || digits.toUInt() != port)
            return false;
    } else if (port != (tls ? 443 : 80)) {
        return false;
    }
    return name.compare(m_literal, Qt::CaseInsensitive) == 0 || name.compare("localhost", Qt::CaseInsensitive) == 0;
}

std::optional<HttpResponse> HostCheck::refusal(const HttpRequest& request) const
{
    int hosts = 0;
    QByteArray host;
    for (const auto& [name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
            host = value;
        }
    }
    const QString expected = QString::fromLatin1(m_literal) + u':' + QString::number(request.localPort);
    if (hosts != 1) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("A request needs exactly one Host header (%1).").arg(expected));
    }
    if (isOwnAuthority(host, request.localPort, request.tls))
        return std::nullopt;
    const QString shown = QString::fromLatin1(host.left(100));
    return oauthError(421, QStringLiteral("misdirected_request"),
                      QStringLiteral("This sandbox answers only requests addressed to %1 or localhost:%2, not to \"%3\": "
                                     "a page that made its own name point to 127.0.0.1 cannot use it.")
                          .arg(expected)
                          .arg(request.localPort)
                          .arg(shown));
}

} // namespace meisai::sandbox
