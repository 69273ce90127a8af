// Linking and unlinking: `link ISSUER` (authorization code + PKCE through the
// system browser and a loopback redirect) and `revoke CONNECTION | --all`.
//
// The browser is opened with xdg-open through QProcess rather than
// QDesktopServices: QDesktopServices needs a QGuiApplication, hence a
// display and a platform plugin, which a command-line tool on a server or
// over SSH does not have; on Linux QDesktopServices itself ends up running
// xdg-open. meisai-cli links Qt Core and Network only, like core/. The URL
// is always printed first, so when no browser can be opened the user (or a
// test acting as the browser) opens it instead. Never an embedded web view.

#include "Cli.h"
#include "Network.h"
#include "Terminal.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/LinkFlow.h"
#include "oauth/OAuthContext.h"
#include "oauth/Revoker.h"
#include "oauth/TokenManager.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

#include <optional>

namespace meisai::cli {

namespace {

bool openInBrowser(const QUrl& url)
{
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (opener.isEmpty())
        return false;
    // Detached: the browser outlives meisai-cli. Its output would mix with ours.
    QProcess process;
    process.setProgram(opener);
    process.setArguments({url.toString(QUrl::FullyEncoded)});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

} // namespace

int Cli::cmdLink()
{
    if (m_args.size() != 1)
        return failUsage(tr("link needs the issuer's id, e.g. meisai-cli link hoshizora-card (see meisai-cli issuers)."));
    const QString issuerId = m_args.first();
    bool ok = false;
    const int timeoutSecs = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSecs < 1 || timeoutSecs > 3600)
        return failUsage(tr("--timeout needs a number of seconds from 1 to 3600."));

    auto v = vault(true);
    if (!v)
        return failVault(v.error());
    auto profile = directory().find(issuerId);
    if (!profile)
        return fail(makeError(ErrorCode::NotFound,
                          tr("Meisai does not know the issuer \"%1\". Run meisai-cli issuers to see the ones it "
                             "knows, or add it with meisai-cli issuer add.")
                              .arg(issuerId)));
    if (!profile->isComplete())
        return fail(makeError(ErrorCode::NotFound,
                          tr("%1 is a sandbox template: add the running sandbox's issuer first with meisai-cli "
                             "issuer add --discovery URL --client-id ID --ca FILE.")
                              .arg(profile->name())));

    LinkFlow::Options options;
    options.scopes = m_parser.values(QStringLiteral("scope"));
    if (m_parser.isSet(QStringLiteral("reconnect"))) {
        auto c = resolveConnection(m_parser.value(QStringLiteral("reconnect")));
        if (!c)
            return fail(c.error());
        options.reconnectConnectionId = c->id;
    }

    OAuthContext context(**v, directory());
    LinkFlow flow(context);
    flow.setListenerLifetimeMs(timeoutSecs * 1000);
    const bool noBrowser = m_parser.isSet(QStringLiteral("no-browser"));
    flow.setUrlOpener([noBrowser](const QUrl& url) { return noBrowser || openInBrowser(url); });

    QObject::connect(&flow, &LinkFlow::authorizationUrlReady, &flow, [&](const QUrl& url) {
        // The first line on stdout, flushed at once: scripts and tests read it.
        writeOut(url.toString(QUrl::FullyEncoded) + QLatin1Char('\n'));
        writeErr((noBrowser ? tr("Open the address above in your browser and sign in at %1.")
                            : tr("Your browser should open at %1's sign-in page; if it does not, open the address "
                                 "above."))
                     .arg(profile->name())
                 + QLatin1Char(' ') + tr("Waiting up to %1 seconds… (Ctrl+C cancels)").arg(timeoutSecs)
                 + QLatin1Char('\n'));
    });
    QObject::connect(&flow, &LinkFlow::browserOpenFailed, &flow, [&](const QUrl&) {
        writeErr(tr("No browser could be opened (xdg-open failed or is missing): open the address above yourself.")
                 + QLatin1Char('\n'));
    });
    // A redirect with no or a wrong state: someone else sent the browser (or a request) to the loopback.
    std::optional<Error> refusedAnswer;
    QObject::connect(&flow, &LinkFlow::answerRefused, &flow, [&](const Error& e) {
        refusedAnswer = e;
        printError(e.message + QLatin1Char(' ')
                   + tr("It was refused; Meisai keeps waiting for the answer of the sign-in it started."));
    });
    QObject::connect(&flow, &LinkFlow::redirectReceived, &flow, [&] {
        writeErr(tr("The issuer answered; finishing the link…") + QLatin1Char('\n'));
    });

    waitFor([&](std::function<void()> done) {
        QObject::connect(&flow, &LinkFlow::finished, &flow, [done](bool) { done(); });
        flow.start(issuerId, options);
    });

    if (!flow.succeeded()) {
        Error e = flow.error();
        if (e.code == ErrorCode::Timeout)
            e.message = tr("The sign-in at the issuer was not completed within %1 seconds. Nothing was linked; "
                           "start again.")
                            .arg(timeoutSecs);
        printError(e.message);
        // Timed out after a forged answer: the refusal is what the script should see.
        if (refusedAnswer && e.code == ErrorCode::Timeout)
            return exitCodeFor(*refusedAnswer);
        switch (e.code) {
        case ErrorCode::AccessDenied:
        case ErrorCode::Cancelled:
        case ErrorCode::Timeout:
            return ExitCancelled;
        default:
            return exitCodeFor(e);
        }
    }
    auto connection = (*v)->connections().get(flow.connectionId());
    QString out = tr("Linked %1 as connection %2.").arg(profile->name()).arg(flow.connectionId()) + QLatin1Char('\n');
    if (connection && connection->has_value()) {
        const Connection& c = **connection;
        out += QStringLiteral("  ") + tr("Granted scopes: ") + c.grantedScopes.join(QLatin1Char(' '));
        QStringList missing;
        for (const QString& s : c.requestedScopes)
            if (!c.grantedScopes.contains(s))
                missing << s;
        if (!missing.isEmpty())
            out += tr(" (not granted: %1)").arg(missing.join(QLatin1Char(' ')));
        out += QLatin1Char('\n');
        if (c.consentExpiresAt.isValid())
            out += QStringLiteral("  ") + tr("Consent valid until: ")
                   + c.consentExpiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char('\n');
    }
    out += QStringLiteral("  ") + tr("To stop access at any time: meisai-cli revoke %1").arg(flow.connectionId())
           + QLatin1Char('\n');
    writeOut(out);
    return ExitOk;
}

int Cli::cmdRevoke()
{
    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (all == (m_args.size() == 1) || m_args.size() > 1)
        return failUsage(tr("revoke needs one connection (its number or issuer id) or --all."));
    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    qint64 connectionId = 0;
    if (!all) {
        auto c = resolveConnection(m_args.first());
        if (!c)
            return fail(c.error());
        connectionId = c->id;
    }

    OAuthContext context(**v, directory());
    TokenManager tokens(context);
    Revoker revoker(context, &tokens);
    Result<RevokeReport> report = makeError(ErrorCode::Unknown, QString());
    waitFor([&](std::function<void()> done) {
        auto finished = [&report, done](Result<RevokeReport> r) {
            report = std::move(r);
            done();
        };
        if (all)
            revoker.revokeAll(&revoker, finished);
        else
            revoker.revoke(connectionId, &revoker, finished);
    });
    if (!report)
        return fail(report.error());
    QString out = tr("Local tokens deleted for %n connection(s); syncing them has stopped.", nullptr,
                     report->connections);
    out += QLatin1Char('\n') + tr("The issuers confirmed %n token(s) revoked.", nullptr, report->confirmed)
           + QLatin1Char('\n');
    writeOut(out);
    if (report->queued > 0) {
        printError(tr("%n token(s) could not be revoked at the issuer yet; Meisai keeps "
                      "them queued (encrypted) and tries again on the next run of "
                      "meisai-cli sync or revoke.",
                      nullptr, report->queued)
                   + QLatin1Char(' ') + report->messages.join(QLatin1Char(' ')));
        return ExitNetwork;
    }
    return ExitOk;
}

} // namespace meisai::cli
