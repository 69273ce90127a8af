#pragma once

// Refuses a request whose Host header is not one of the sandbox's own
// loopback authorities, before it reaches any part (docs/sandbox.md, "Host
// check"). A page in the user's browser can make its own name resolve to
// 127.0.0.1 (DNS rebinding) and then reach the sandbox's ports as its own
// origin; the browser still sends that name as Host, so only requests
// addressed to the literal address the sandbox is bound to, or to
// localhost, with the port they arrived on, are answered.

#include "HttpServer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace meisai::sandbox {

class HostCheck final
{
public:
    explicit HostCheck(QString boundHost); // 127.0.0.1 or ::1, as bound
    Q_DISABLE_COPY_MOVE(HostCheck)

    // nullopt if the request may go on; else the response that refuses it:
    // 400 without exactly one Host header, 421 for a Host that is not ours.
    std::optional<HttpResponse> refusal(const HttpRequest& request) const;

    // Whether host (a Host header's value) names this sandbox on port, the
    // port the request arrived on. The port may be left out only when it is
    // the scheme's default (80, 443). Host names compare case-insensitively.
    bool isOwnAuthority(const QByteArray& host, quint16 port, bool tls) const;

private:
    QByteArray m_literal; // 127.0.0.1 or [::1]
};

} // namespace meisai::sandbox
