#include "CliSandbox.h"

#include "SandboxBrowser.h"

#include <QElapsedTimer>

namespace meisai::test {

bool addSandboxIssuers(SandboxProcess& sandbox, const CliRunner& cli, QString* why)
{
    for (const SandboxProcess::Issuer& issuer : sandbox.issuers()) {
        const CliResult r = cli.run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("--discovery"),
                                     issuer.discovery.toString(), QStringLiteral("--client-id"), issuer.clientId,
                                     QStringLiteral("--ca"), sandbox.caPath()});
        if (r.exitCode != 0) {
            *why = QStringLiteral("issuer add %1: %2").arg(issuer.id, QString::fromUtf8(r.describe()));
            return false;
        }
    }
    return true;
}

LinkResult linkWithBrowser(SandboxProcess& sandbox, const CliRunner& cli, const QString& issuerId,
                           const QString& user, const QString& password, bool approve)
{
    LinkResult result;
    auto process = cli.start({QStringLiteral("link"), issuerId, QStringLiteral("--no-browser"),
                              QStringLiteral("--timeout"), QStringLiteral("60")});
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000 && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(500);
        out += process->readAllStandardOutput();
    }
    result.firstLine = QString::fromUtf8(out.left(out.indexOf('\n')));
    const QUrl url(result.firstLine, QUrl::StrictMode);
    if (!out.contains('\n') || !url.isValid() || url.scheme().isEmpty()) {
        result.why = QStringLiteral("no authorization URL on the first line: ") + result.firstLine;
    } else {
        SandboxBrowser browser(sandbox.sslConfiguration());
        const SandboxBrowser::Decision d = browser.authorize(url, user, password, approve);
        if (!d.ok)
            result.why = QStringLiteral("consent: ") + d.error;
        else if (const SandboxBrowser::Page p = browser.deliver(d.location); !p.error.isEmpty())
            result.why = QStringLiteral("delivering the redirect: ") + p.error;
    }
    if (!process->waitForFinished(30000)) {
        process->kill();
        process->waitForFinished(5000);
        result.cli.timedOut = true;
    }
    result.cli.out = out + process->readAllStandardOutput();
    result.cli.err = process->readAllStandardError();
    result.cli.crashed = process->exitStatus() == QProcess::CrashExit;
    result.cli.exitCode = result.cli.crashed ? -1 : process->exitCode();
    return result;
}

} // namespace meisai::test
