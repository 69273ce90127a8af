// `sync [CONNECTION]`: runs the sync engine once, progress on stderr, a
// summary per connection on stdout.

#include "Cli.h"
#include "Network.h"
#include "Terminal.h"
#include "issuer/IssuerDirectory.h"
#include "oauth/OAuthContext.h"
#include "oauth/Revoker.h"
#include "oauth/TokenManager.h"
#include "sync/SyncEngine.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace meisai::cli {

namespace {

} // namespace

int Cli::cmdSync()
{
    if (m_args.size() > 1)
        return failUsage(tr("sync takes at most one connection (its number or issuer id)."));
    int retryCapMs = -1;
    if (m_parser.isSet(QStringLiteral("retry-wait-cap-ms"))) {
        bool ok = false;
        retryCapMs = m_parser.value(QStringLiteral("retry-wait-cap-ms")).toInt(&ok);
        if (!ok || retryCapMs < 0)
            return failUsage(tr("--retry-wait-cap-ms needs a number of milliseconds."));
    }
    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    qint64 only = 0;
    if (!m_args.isEmpty()) {
        auto c = resolveConnection(m_args.first());
        if (!c)
            return fail(c.error());
        if (c->status != ConnectionStatus::Active) {
            printError(c->status == ConnectionStatus::Revoked
                           ? tr("Connection %1 was revoked; link the account again to sync it.").arg(c->id)
                           : tr("Connection %1 needs to be linked again before it can sync: meisai-cli link %2 "
                                "--reconnect %1")
                                 .arg(c->id)
                                 .arg(c->issuerId));
            return ExitNeedsReconnect;
        }
        only = c->id;
    }

    OAuthContext context(**v, directory());
    TokenManager tokens(context);
    SyncEngine engine(**v, context, tokens);
    SyncOptions options = engine.options();
    options.delayCapMs = retryCapMs;
    engine.setOptions(options);

    // Revocations that failed earlier are retried first (G8).
    Revoker revoker(context, &tokens);
    waitFor([&](std::function<void()> done) {
        revoker.retryPending(&revoker, [done](Result<RevokeReport>) { done(); });
    });

    // A token the binding guard kept from a server that is not the one the connection was linked with.
    bool bindingRefused = false;
    QObject::connect(&context, &OAuthContext::tokenRefused, &engine, [&bindingRefused](qint64, const QString&) {
        bindingRefused = true;
    });

    QHash<qint64, QString> issuerOf;
    if (auto conns = (*v)->connections().list())
        for (const Connection& c : *conns)
            issuerOf.insert(c.id, c.issuerId);
    QHash<qint64, QString> lastLine;
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&](const SyncProgress& p) {
        const QString issuer = p.issuerId.isEmpty() ? issuerOf.value(p.connectionId) : p.issuerId;
        QString line = issuerName(issuer) + QStringLiteral(" #%1: ").arg(p.connectionId) + label(p.phase);
        if (!p.cardId.isEmpty() && p.cardCount > 0)
            line += tr(", card %1 of %2").arg(p.cardIndex).arg(p.cardCount);
        if (p.items > 0)
            line += tr(", %1 transactions in %2 pages").arg(groupThousands(p.items)).arg(p.pages);
        if (!p.message.isEmpty())
            line += QStringLiteral(" — ") + p.message;
        if (lastLine.value(p.connectionId) == line)
            return;
        lastLine.insert(p.connectionId, line);
        writeErr(line + QLatin1Char('\n'));
    });

    QList<ConnectionSyncSummary> summaries;
    QElapsedTimer timer;
    timer.start();
    waitFor([&](std::function<void()> done) {
        QObject::connect(&engine, &SyncEngine::finished, &engine,
                         [&summaries, done](const QList<ConnectionSyncSummary>& s) {
                             summaries = s;
                             done();
                         });
        if (only)
            engine.sync(only);
        else
            engine.syncAll();
    });

    if (summaries.isEmpty()) {
        writeOut(tr("No active connections to sync. Link an account with: meisai-cli link ISSUER") + QLatin1Char('\n'));
        return ExitOk;
    }
    int exitCode = ExitOk;
    QString out;
    for (const ConnectionSyncSummary& s : std::as_const(summaries)) {
        out += issuerName(s.issuerId) + QStringLiteral(" #%1: ").arg(s.connectionId) + label(s.outcome);
        if (s.outcome == SyncOutcome::Completed || s.transactions.inserted || s.transactions.updated) {
            out += QStringLiteral(" — ")
                   + tr("%1 cards, %2 new, %3 updated, %4 unchanged transactions, %5 statements")
                         .arg(s.cards)
                         .arg(s.transactions.inserted)
                         .arg(s.transactions.updated)
                         .arg(s.transactions.unchanged)
                         .arg(s.statements);
        }
        out += QLatin1Char('\n');
        for (const QString& w : s.warnings)
            writeErr(issuerName(s.issuerId) + QStringLiteral(": ") + tr("warning: ") + w + QLatin1Char('\n'));
        for (const QString& e : s.errors)
            printError(issuerName(s.issuerId) + QStringLiteral(" #%1: ").arg(s.connectionId) + e);
        if (s.nextSyncAt.isValid() && s.outcome != SyncOutcome::Completed)
            printError(tr("%1: try again after %2.")
                           .arg(issuerName(s.issuerId),
                                s.nextSyncAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        switch (s.outcome) {
        case SyncOutcome::Completed:
        case SyncOutcome::Skipped:
            break;
        case SyncOutcome::NeedsReconnect:
            printError(tr("%1: the connection needs to be linked again: meisai-cli link %2 --reconnect %3")
                           .arg(issuerName(s.issuerId), s.issuerId)
                           .arg(s.connectionId));
            exitCode = ExitNeedsReconnect;
            break;
        case SyncOutcome::Failed:
        case SyncOutcome::Maintenance:
        case SyncOutcome::Cancelled:
            if (exitCode == ExitOk)
                exitCode = ExitNetwork;
            break;
        }
    }
    writeOut(out);
    if (bindingRefused)
        exitCode = ExitBindingMismatch;
    if (auto open = (*v)->alerts().list(true); open && !open->isEmpty())
        writeErr(tr("%n open alert(s): see meisai-cli alerts", nullptr, int(open->size())) + QLatin1Char('\n'));
    writeErr(tr("Sync took %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) + QLatin1Char('\n'));
    return exitCode;
}

} // namespace meisai::cli
