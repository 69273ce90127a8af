#pragma once

// The admin API's per-run secret (docs/sandbox.md, "Admin"): 256 bits from
// OpenSSL's CSPRNG, base64url without padding (43 characters), made at start
// and printed only in the ready line. Every /admin/api request must carry it
// as "Authorization: Bearer <token>"; a page in the user's browser cannot
// learn it, so it cannot change grants, faults or notices even when it
// reaches the port.

#include "HttpServer.h"

#include <QByteArray>
#include <QString>

namespace meisai::sandbox {

class AdminToken final
{
public:
    AdminToken() = default; // empty: accepts nothing until generate()
    Q_DISABLE_COPY_MOVE(AdminToken)
    ~AdminToken();

    // A fresh token; false with *error if the random generator fails.
    bool generate(QString* error);

    QByteArray value() const { return m_value; }

    // True only for exactly one "Authorization: Bearer <token>" header with
    // this run's token (compared in constant time). Nothing else counts: no
    // other header, no query parameter, no cookie.
    bool accepts(const HttpRequest& request) const;

    static constexpr int kRandomBytes = 32;

private:
    QByteArray m_value;
};

} // namespace meisai::sandbox
