// meisai-cli backup create | verify | restore (G10): encrypted backups of the
// vault with a passphrase of their own (core/vault/Backup.h).

#include "Cli.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "security/PasswordCheck.h"
#include "vault/Backup.h"
#include "vault/Profile.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QLocale>

namespace meisai::cli {

QCommandLineOption Cli::backupPassphraseOption()
{
    return QCommandLineOption(QStringLiteral("backup-passphrase-fd"),
                              tr("Read the backup passphrase from file descriptor FD (up to the first newline) "
                                 "instead of asking on the terminal."),
                              QStringLiteral("FD"));
}

Result<SecretBytes> Cli::backupPassphrase(bool confirm)
{
    if (m_parser.isSet(QStringLiteral("backup-passphrase-fd"))) {
        bool isNumber = false;
        const int fd = m_parser.value(QStringLiteral("backup-passphrase-fd")).toInt(&isNumber);
        if (!isNumber)
            return makeError(ErrorCode::InvalidArgument,
                             tr("--backup-passphrase-fd needs the number of an open file descriptor."));
        return readPassphraseFromFd(fd);
    }
    if (!hasTerminal())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A backup passphrase is needed, and there is no terminal to ask for it on: give it with "
                            "--backup-passphrase-fd. Nothing was written."));
    auto entered = promptPassphrase(tr("Backup passphrase: "));
    if (!entered)
        return entered.error();
    if (confirm) {
        auto again = promptPassphrase(tr("Repeat the backup passphrase: "));
        if (!again)
            return again.error();
        if (!again->equals(*entered))
            return makeError(ErrorCode::WrongPassphrase, tr("The two passphrases differ. No backup was written."));
    }
    return std::move(*entered);
}

int Cli::cmdBackupCreate()
{
    if (m_args.size() != 1)
        return failUsage(tr("backup create needs the file to write: meisai-cli backup create FILE"));
    const QString file = m_args.first();
    if (QFileInfo::exists(file))
        return failUsage(tr("%1 exists already; choose a new file name (a backup never overwrites a file).").arg(file));
    auto v = vault(false);
    if (!v)
        return failVault(v.error());
    auto passphrase = backupPassphrase(true);
    if (!passphrase)
        return fail(passphrase.error());
    const QString dir = Profile::resolveDir(m_parser.value(QStringLiteral("profile-dir")));
    if (Status strong = PasswordCheck::checkNewVaultPassphrase(*passphrase, dir); !strong)
        return failUsage(tr("This backup passphrase is too weak: %1 No backup was written.").arg(strong.error().message));
    BackupOptions options;
    options.withTokens = m_parser.isSet(QStringLiteral("with-tokens"));
    if (Status written = Backup::create(**v, file, *passphrase, options); !written)
        return fail(written.error());
    writeOut((options.withTokens
                  ? tr("Backup written to %1, with the connections' tokens: keep the file and its passphrase apart.")
                  : tr("Backup written to %1, without tokens: connections restored from it are linked again."))
                 .arg(terminalSafe(file))
             + QLatin1Char('\n'));
    return ExitOk;
}

int Cli::cmdBackupVerify()
{
    if (m_args.size() != 1)
        return failUsage(tr("backup verify needs the backup file: meisai-cli backup verify FILE"));
    auto passphrase = backupPassphrase(false);
    if (!passphrase)
        return fail(passphrase.error());
    auto info = Backup::verify(m_args.first(), *passphrase);
    if (!info)
        return fail(info.error());
    writeOut(tr("The backup is complete and opens with this passphrase. Made %1; %2 connections, %3 transactions, "
                "%4 statements, %5 rows of the execution log; %6.")
                 .arg(QLocale().toString(info->created.toLocalTime(), QLocale::ShortFormat))
                 .arg(info->connections)
                 .arg(info->transactions)
                 .arg(info->statements)
                 .arg(info->auditRows)
                 .arg(info->withTokens ? tr("with tokens") : tr("without tokens"))
             + QLatin1Char('\n'));
    return ExitOk;
}

int Cli::cmdBackupRestore()
{
    if (m_args.size() != 1)
        return failUsage(tr("backup restore needs the backup file: meisai-cli backup restore FILE"));
    const QString dir = Profile::resolveDir(m_parser.value(QStringLiteral("profile-dir")));
    auto target = Profile::load(dir);
    if (!target)
        return fail(target.error());
    if (target->exists())
        return failUsage(tr("%1 already holds a Meisai profile; restore into an empty folder (--profile-dir).").arg(dir));
    auto passphrase = backupPassphrase(false);
    if (!passphrase)
        return fail(passphrase.error());
    // The restored vault's own key: the keychain, or a vault passphrase (--passphrase, --passphrase-fd).
    UnlockOptions options;
    options.allowCreate = true;
    if (m_parser.isSet(QStringLiteral("passphrase-fd")) || m_parser.isSet(QStringLiteral("passphrase"))
        || !m_environmentPassphrase.isEmpty()) {
        std::optional<SecretBytes> vaultPassphrase;
        if (m_parser.isSet(QStringLiteral("passphrase-fd"))) {
            bool isNumber = false;
            const int fd = m_parser.value(QStringLiteral("passphrase-fd")).toInt(&isNumber);
            if (!isNumber)
                return failUsage(tr("--passphrase-fd needs the number of an open file descriptor."));
            auto read = readPassphraseFromFd(fd);
            if (!read)
                return fail(read.error());
            vaultPassphrase = std::move(*read);
        } else if (!m_environmentPassphrase.isEmpty()) {
            vaultPassphrase = std::move(m_environmentPassphrase);
        } else {
            auto entered = promptPassphrase(tr("Vault passphrase: "));
            if (!entered)
                return fail(entered.error());
            vaultPassphrase = std::move(*entered);
        }
        if (Status strong = PasswordCheck::checkNewVaultPassphrase(*vaultPassphrase, dir); !strong)
            return failUsage(tr("This passphrase is too weak for a new vault: %1 Nothing was created.")
                                 .arg(strong.error().message));
        options.passphrase = std::move(vaultPassphrase);
    }
    auto restored = Backup::restore(m_args.first(), *passphrase, dir, std::move(options));
    if (!restored)
        return fail(restored.error());
    auto connections = (*restored)->connections().list();
    int relink = 0;
    if (connections) {
        for (const Connection& c : *connections)
            relink += c.status == ConnectionStatus::NeedsReconnect;
    }
    writeOut(tr("Restored into %1.").arg(terminalSafe(dir)) + QLatin1Char('\n'));
    if (relink > 0)
        writeOut(tr("%n connection(s) came without tokens: link them again with meisai-cli link ISSUER --reconnect "
                    "CONNECTION; their history is kept.",
                    nullptr, relink)
                 + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace meisai::cli
