#pragma once

// The issuers this sandbox plays (those of the catalog) and where each is
// reached: the one place that builds the sandbox's URLs. The ports are known
// only once SandboxServer has bound them, so the URLs are valid after
// setPorts().

#include "IssuerCatalog.h"

#include <QString>
#include <QStringList>

namespace meisai::sandbox {

class IssuerDirectory final
{
public:
    explicit IssuerDirectory(QString host);
    Q_DISABLE_COPY_MOVE(IssuerDirectory)

    void setPorts(quint16 httpsPort, quint16 httpPort);

    const QList<IssuerInfo>& issuers() const; // catalog order
    QStringList ids() const;
    const IssuerInfo* find(const QString& issuerId) const; // nullptr if not one of ours

    QString httpsBase() const;                        // https://127.0.0.1:P
    QString httpBase() const;                         // http://127.0.0.1:P2
    QString issuerUrl(const QString& issuerId) const; // the issuer identifier, httpsBase()/issuers/<id>

private:
    QString m_host; // as bound: 127.0.0.1 or ::1
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
};

} // namespace meisai::sandbox
