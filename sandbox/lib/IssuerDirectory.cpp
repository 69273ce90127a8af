#include "IssuerDirectory.h"

namespace meisai::sandbox {

IssuerDirectory::IssuerDirectory(QString host)
    : m_host(std::move(host))
{
}

void IssuerDirectory::setPorts(quint16 httpsPort, quint16 httpPort)
{
    m_httpsPort = httpsPort;
    m_httpPort = httpPort;
}

const QList<IssuerInfo>& IssuerDirectory::issuers() const
{
    return issuerCatalog();
}

QStringList IssuerDirectory::ids() const
{
    QStringList ids;
    for (const IssuerInfo& info : issuerCatalog())
        ids.append(info.id);
    return ids;
}

const IssuerInfo* IssuerDirectory::find(const QString& issuerId) const
{
    for (const IssuerInfo& info : issuerCatalog()) {
        if (info.id == issuerId)
            return &info;
    }
    return nullptr;
}

QString IssuerDirectory::httpsBase() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return QStringLiteral("https://%1:%2").arg(host).arg(m_httpsPort);
}

QString IssuerDirectory::httpBase() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return QStringLiteral("http://%1:%2").arg(host).arg(m_httpPort);
}

QString IssuerDirectory::issuerUrl(const QString& issuerId) const
{
    return httpsBase() + QStringLiteral("/issuers/") + issuerId;
}

} // namespace meisai::sandbox
