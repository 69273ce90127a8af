// meisai-cli: Meisai on the command line, for connectors' scripts and for
// the end-to-end tests. Wiring only; the commands live in Cli.

#include "Cli.h"
#include "common/Hardening.h"
#include "Terminal.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    // A process holding vault keys and tokens leaves no core file and cannot be read by others.
    const bool hardened = meisai::hardenProcess();
    QCoreApplication app(argc, argv);
    QString unknownLanguage;
    if (!meisai::cli::Cli::installTranslation(QCoreApplication::arguments(), &unknownLanguage))
        return meisai::cli::Cli::failUsage(
            meisai::cli::Cli::tr("There is no language \"%1\": use ja or en.").arg(unknownLanguage));
    if (!hardened)
        meisai::cli::printError(meisai::cli::Cli::tr("Warning: core dumps could not be turned off for this process."));
    QCoreApplication::setApplicationName(QStringLiteral("meisai-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Meisai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEISAI_VERSION));

    // Core modules log for developers; on the command line only warnings show,
    // unless QT_LOGGING_RULES asks for more.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("meisai.*.debug=false\nmeisai.*.info=false"));
    qSetMessagePattern(QStringLiteral("meisai-cli: %{if-category}%{category}: %{endif}%{message}"));
    qInstallMessageHandler(meisai::cli::logMessage);

    meisai::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
