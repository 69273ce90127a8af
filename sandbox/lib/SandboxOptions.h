#pragma once

// What meisai-sandbox was started with (see main.cpp and docs/sandbox.md,
// "Running it"), already validated.

#include "Fault.h"
#include "IssuerCatalog.h"

#include <QList>
#include <QPair>
#include <QString>

namespace meisai::sandbox {

struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 httpsPort = 0;
    quint16 httpPort = 0;
    quint64 seed = 1;
    int transactionsPerCard = 360;
    int codeLifetimeSecs = 60;
    int accessTokenLifetimeSecs = kAccessTokenLifetimeSecs;
    QList<QPair<QString, Fault>> faults; // issuer id, fault: switched on at start
};

} // namespace meisai::sandbox
