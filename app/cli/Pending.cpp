#include "Cli.h"

namespace meisai::cli {
int Cli::cmdIssuerAdd() { return failUsage(QStringLiteral("not yet")); }
int Cli::cmdLink() { return failUsage(QStringLiteral("not yet")); }
int Cli::cmdSync() { return failUsage(QStringLiteral("not yet")); }
int Cli::cmdRevoke() { return failUsage(QStringLiteral("not yet")); }
}
