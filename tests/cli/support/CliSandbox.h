#pragma once

// meisai-cli against a running meisai-sandbox: register its issuers with
// `issuer add`, and link demo users with `link --no-browser`, acting as the
// user's browser with SandboxBrowser.

#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QString>

namespace meisai::test {

// `issuer add` for every issuer of the sandbox's ready line; false with *why on failure.
bool addSandboxIssuers(SandboxProcess& sandbox, const CliRunner& cli, QString* why);

struct LinkResult
{
    CliResult cli;
    QString firstLine;  // what meisai-cli printed first on stdout
    QString why;        // what went wrong on the browser side
    bool ok() const { return cli.exitCode == 0 && why.isEmpty(); }
};

// `link ISSUER --no-browser`: reads the authorization URL from the first
// stdout line, signs in and approves (or denies) as the browser, delivers the
// redirect to meisai-cli's loopback listener and waits for it to exit.
LinkResult linkWithBrowser(SandboxProcess& sandbox, const CliRunner& cli, const QString& issuerId,
                           const QString& user = QStringLiteral("taro"),
                           const QString& password = QStringLiteral("sandbox-pass-1"), bool approve = true);

} // namespace meisai::test
