#pragma once

// meisai-cli: the commands, their options, and how failures become exit
// codes. main() only sets the process up and calls Cli::run().

#include "ExitCode.h"
#include "Format.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace meisai {
class IssuerDirectory;
class IssuerProfile;
class Vault;
struct Connection;
}

namespace meisai::cli {

class Cli
{
    // Every user-visible string of meisai-cli is translated in this one context (lupdate sees it as
    // meisai::cli::Cli, also for Cli::tr() in free functions).
    Q_DECLARE_TR_FUNCTIONS(meisai::cli::Cli)

public:
    Cli();
    ~Cli();
    Cli(const Cli&) = delete;
    Cli& operator=(const Cli&) = delete;

    // Before a Cli is made (its help texts are translated when it is built): installs the
    // translation that --language asks for, else the locale's. False, with the value in
    // *unknown, when --language names no translation (the locale's is installed then).
    static bool installTranslation(const QStringList& arguments, QString* unknown);

    int run(const QStringList& arguments);

    // MEISAI_PASSPHRASE as main() took it out of the environment at start
    // (takeEnvironmentPassphrase); used once, when the vault is opened.
    void setEnvironmentPassphrase(SecretBytes passphrase) { m_environmentPassphrase = std::move(passphrase); }

    // Exit code for a core error.
    static int exitCodeFor(const Error& error);
    // Prints the error's message on stderr and returns its exit code.
    static int fail(const Error& error);
    static int failUsage(const QString& message);
    // Opening the vault failed, for whatever reason: exit code 2.
    static int failVault(const Error& error);

private:
    struct Command
    {
        QString name;       // "transactions", "issuer add"
        QString synopsis;   // arguments after the name
        QString summary;
        QList<QCommandLineOption> options;
        std::function<int()> handler;
    };

    void defineCommands();
    QString generalHelp() const;
    QString commandHelp(const Command& command) const;
    const Command* findCommand(const QStringList& words, int* consumed) const;

    // Opens the profile's vault (once): keychain, or passphrase (--passphrase-fd,
    // MEISAI_PASSPHRASE or a prompt). Read-only commands do not create a profile.
    Result<Vault*> vault(bool allowCreate);
    Result<OutputFormat> outputFormat() const;
    // A connection given as its number or as its issuer's id (when only one
    // connection of that issuer is not revoked). The vault must be open.
    Result<Connection> resolveConnection(const QString& argument);

    // Commands (VaultCommands.cpp)
    int cmdConnections();
    int cmdTransactions();
    int cmdStatements();
    int cmdAlerts();
    int cmdAudit();
    // Commands (IssuerCommands.cpp, LinkCommand.cpp, SyncCommand.cpp)
    int cmdIssuers();
    int cmdIssuerAdd();
    int cmdIssuerImport();
    int cmdLink();
    int cmdSync();
    int cmdRevoke();
    // Commands (BackupCommands.cpp)
    int cmdBackupCreate();
    int cmdBackupVerify();
    int cmdBackupRestore();
    static QCommandLineOption backupPassphraseOption();
    // The backup passphrase: from --backup-passphrase-fd, else asked on the
    // terminal (twice when confirm). Never from the vault passphrase.
    Result<SecretBytes> backupPassphrase(bool confirm);

    // The issuer directory: the vault's registered profiles (when the vault
    // is open) and the bundled ones.
    IssuerDirectory& directory();
    // Registers the profile under the binding rule (IssuerRegistrar), then prints
    // what it discloses. The vault must be open.
    int registerIssuer(const IssuerProfile& profile, bool replace);
    // The profile's disclosures, as `issuer add` and `issuer import` print them.
    static QString describeIssuer(const IssuerProfile& profile);
    QString issuerName(const QString& issuerId);
    // The table footer saying who provided the data and who shows it (G14).
    QString provenanceFooter(const QStringList& issuerIds, const QDateTime& fetchedAt);

    QList<Command> m_commands;
    QCommandLineParser m_parser;
    const Command* m_command = nullptr;
    QStringList m_args; // positional arguments after the command words
    std::unique_ptr<Vault> m_vault;
    SecretBytes m_environmentPassphrase;
    std::unique_ptr<IssuerDirectory> m_directory;
    QHash<QString, QString> m_issuerNames;
};

} // namespace meisai::cli
