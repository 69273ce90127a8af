#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace meisai::test {

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    QFile ext(m_dir.filePath(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write ext.cnf");
        return;
    }
    ext.write("subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const auto p = [this](const char* name) { return m_dir.filePath(QString::fromLatin1(name)); };
    m_ok = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), p("ca.key"), QStringLiteral("-out"), p("ca.pem"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Meisai Test CA")})
        && run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                p("server.key"), QStringLiteral("-out"), p("server.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1")})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), p("server.csr"),
                QStringLiteral("-CA"), p("ca.pem"), QStringLiteral("-CAkey"), p("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), p("server.pem"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), p("ext.cnf")});
}

bool TestCertificates::run(const QStringList& arguments)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1: %2").arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

} // namespace meisai::test
