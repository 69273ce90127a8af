#pragma once

// A private CA and a server certificate for 127.0.0.1 / ::1 / localhost,
// made with the openssl command at test time (P-256), in a temporary folder.

#include <QString>
#include <QTemporaryDir>

namespace meisai::test {

class TestCertificates
{
public:
    TestCertificates();
    bool isValid() const { return m_ok; }
    QString error() const { return m_error; }
    QString caPath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString certPath() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("server.key")); }

private:
    bool run(const QStringList& arguments);

    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
};

} // namespace meisai::test
