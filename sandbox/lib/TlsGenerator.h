#pragma once

// Generates, at start, a private CA and a server certificate for loopback
// (IP 127.0.0.1, IP ::1, DNS localhost), both P-256, with the OpenSSL C API.

#include <QByteArray>
#include <QString>

namespace meisai::sandbox {

struct TlsMaterial
{
    QByteArray caCertificatePem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
};

// Returns false and fills *error when OpenSSL fails.
bool generateTlsMaterial(TlsMaterial* out, QString* error);

} // namespace meisai::sandbox
