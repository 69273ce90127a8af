// meisai-cli: Meisai on the command line, for connectors' scripts and for
// the end-to-end tests. Wiring only; the commands live in Cli.

#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

// A process that holds vault keys and tokens must not leave them in a core
// file or let another process of the same user read its memory.
void hardenProcess()
{
    rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace

int main(int argc, char** argv)
{
    hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meisai-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Meisai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEISAI_VERSION));

    // Core modules log for developers; on the command line only warnings show,
    // unless QT_LOGGING_RULES asks for more.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("meisai.*.debug=false\nmeisai.*.info=false"));
    qSetMessagePattern(QStringLiteral("meisai-cli: %{if-category}%{category}: %{endif}%{message}"));

    meisai::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
