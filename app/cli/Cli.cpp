#include "Cli.h"

#include "Terminal.h"
#include "Translations.h"
#include "common/Log.h"
#include "issuer/IssuerDirectory.h"
#include "security/AlertRules.h"
#include "security/PasswordCheck.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTranslator>

namespace meisai::cli {

namespace {

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              Cli::tr("Output format: table (default), csv or json."),
                              QStringLiteral("table|csv|json"), QStringLiteral("table"));
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("profile-dir"),
                           Cli::tr("The profile folder (default: $MEISAI_PROFILE_DIR, else "
                                   "$XDG_DATA_HOME/meisai/profiles/default)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("passphrase"),
                           Cli::tr("Use passphrase mode: ask for the passphrase on the terminal "
                                   "(or read MEISAI_PASSPHRASE) instead of using the keychain.")),
        QCommandLineOption(QStringLiteral("passphrase-fd"),
                           Cli::tr("Passphrase mode, reading the passphrase from file descriptor FD (up to "
                                   "the first newline), e.g. a pipe from a password manager."),
                           QStringLiteral("FD")),
        QCommandLineOption(QStringLiteral("language"),
                           Cli::tr("The language of messages and help: ja or en (default: from the locale, "
                                   "LANG or LC_MESSAGES)."),
                           QStringLiteral("ja|en")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           Cli::tr("Show help (for a command: COMMAND --help).")),
        QCommandLineOption(QStringLiteral("version"), Cli::tr("Show the version.")),
    };
}

// G16: a new passphrase vault only with a passphrase that is hard to guess, else the reason.
Status checkNewPassphrase(const SecretBytes& passphrase, const QString& profileDir)
{
    Status strong = PasswordCheck::checkNewVaultPassphrase(passphrase, profileDir);
    if (strong)
        return strong;
    return makeError(ErrorCode::InvalidArgument,
                     Cli::tr("This passphrase is too weak for a new vault: %1 Nothing was created.")
                         .arg(strong.error().message));
}

// Options that take a value, so that their value is not mistaken for the command.
// "--profile-dir DIR": a global option given with its value as the next argument.
bool globalTakesValue(const QString& arg)
{
    static const QStringList valued = [] {
        QStringList names;
        for (const QCommandLineOption& o : globalOptions())
            if (!o.valueName().isEmpty())
                for (const QString& n : o.names())
                    names << QStringLiteral("--") + n << QStringLiteral("-") + n;
        return names;
    }();
    return valued.contains(arg);
}

// The value of --language (also "--language=ja"), or an empty string.
QString languageArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--")
            break;
        if (a == u"--language" || a == u"-language")
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QStringLiteral("?");
        for (const QString& prefix : {QStringLiteral("--language="), QStringLiteral("-language=")}) {
            if (a.startsWith(prefix))
                return a.mid(prefix.size());
        }
    }
    return {};
}

} // namespace

Cli::Cli()
{
    defineCommands();
}

Cli::~Cli() = default;

bool Cli::installTranslation(const QStringList& arguments, QString* unknown)
{
    QString code = languageArgument(arguments);
    if (!code.isEmpty() && !i18n::available().contains(code)) {
        *unknown = code;
        code.clear();
    }
    if (code.isEmpty()) {
        code = i18n::systemLanguage();
    } else {
        // Issuer names and dates in messages follow the chosen language too, as in the desktop app.
        QLocale::setDefault(code == u"ja" ? QLocale(QLocale::Japanese, QLocale::Japan)
                                          : QLocale(QLocale::English, QLocale::Japan));
    }
    auto* app = QCoreApplication::instance();
    if (QTranslator* t = i18n::loadCatalogue(code, app))
        QCoreApplication::installTranslator(t);
    if (QTranslator* t = i18n::loadQtCatalogue(code, app))
        QCoreApplication::installTranslator(t);
    return unknown->isEmpty();
}

void Cli::defineCommands()
{
    m_commands = {
        {QStringLiteral("issuers"), QString(), tr("List the issuers Meisai knows (bundled and added)."),
         {formatOption()}, [this] { return cmdIssuers(); }},
        {QStringLiteral("issuer add"), QString(),
         tr("Add an issuer from its discovery document and its public profile (/v1/profile)."),
         {QCommandLineOption(QStringLiteral("discovery"), tr("The issuer's discovery URL (RFC 8414 or OpenID)."),
                             QStringLiteral("URL")),
          QCommandLineOption(QStringLiteral("client-id"), tr("The client id the issuer gave Meisai."), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("ca"), tr("A PEM file of CA certificates trusted for this issuer only."),
                             QStringLiteral("FILE")),
          QCommandLineOption(QStringLiteral("scope"), tr("A scope to ask for (repeatable; default: all the issuer offers "
                                                        "of cards:read, transactions:read, statements:read, limits:read)."),
                             QStringLiteral("S")),
          QCommandLineOption(QStringLiteral("id"), tr("The id to register the issuer under (default: from its profile)."),
                             QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("replace"),
                             tr("If connections of this id were linked with another issuer, revoke them there and "
                                "register this one.")),
          QCommandLineOption(QStringLiteral("draft"),
                             tr("Write what the issuer publishes to FILE as a profile to complete and import, instead "
                                "of adding it."),
                             QStringLiteral("FILE"))},
         [this] { return cmdIssuerAdd(); }},
        {QStringLiteral("issuer import"), QStringLiteral("FILE.json"),
         tr("Add an issuer from a profile file (format 1, docs/issuer-profiles.md): for issuers that publish only "
           "standard metadata."),
         {QCommandLineOption(QStringLiteral("replace"),
                             tr("If connections of this id were linked with another issuer, revoke them there and "
                                "register this one.")),
          QCommandLineOption(QStringLiteral("offline"),
                             tr("Do not fetch the issuer's discovery document to check the profile."))},
         [this] { return cmdIssuerImport(); }},
        {QStringLiteral("link"), QStringLiteral("ISSUER"),
         tr("Link an account at ISSUER: prints the authorization URL as the first line, opens the browser and "
           "waits for the issuer to send the browser back."),
         {QCommandLineOption(QStringLiteral("no-browser"), tr("Do not open a browser; open the printed URL yourself.")),
          QCommandLineOption(QStringLiteral("scope"), tr("Ask for this scope only (repeatable)."), QStringLiteral("S")),
          QCommandLineOption(QStringLiteral("reconnect"), tr("Renew this connection instead of adding one."),
                             QStringLiteral("CONNECTION")),
          QCommandLineOption(QStringLiteral("timeout"), tr("Give up after this many seconds (default 600)."),
                             QStringLiteral("SECONDS"), QStringLiteral("600"))},
         [this] { return cmdLink(); }},
        {QStringLiteral("connections"), QString(), tr("List the linked accounts and their state."), {formatOption()},
         [this] { return cmdConnections(); }},
        {QStringLiteral("sync"), QStringLiteral("[CONNECTION]"),
         tr("Fetch cards, transactions, statements, limits and notices (all connections, or one). Progress goes to "
           "stderr."),
         {[] {
              // For tests and scripts that cannot wait: caps every retry wait (backoff, Retry-After).
              QCommandLineOption cap(QStringLiteral("retry-wait-cap-ms"), QString(), QStringLiteral("MS"));
              cap.setFlags(QCommandLineOption::HiddenFromHelp);
              return cap;
          }()},
         [this] { return cmdSync(); }},
        {QStringLiteral("transactions"), QString(), tr("List stored transactions."),
         {QCommandLineOption(QStringLiteral("month"), tr("Only those billed in this month (支払月)."),
                             QStringLiteral("YYYY-MM")),
          QCommandLineOption(QStringLiteral("card"), tr("Only this card."), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("connection"), tr("Only this connection."), QStringLiteral("CONNECTION")),
          formatOption()},
         [this] { return cmdTransactions(); }},
        {QStringLiteral("statements"), QString(),
         tr("List monthly statements, with the total of the stored transactions beside the issuer's."),
         {QCommandLineOption(QStringLiteral("month"), tr("Only this billing month."), QStringLiteral("YYYY-MM")),
          QCommandLineOption(QStringLiteral("card"), tr("Only this card."), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("connection"), tr("Only this connection."), QStringLiteral("CONNECTION")),
          formatOption()},
         [this] { return cmdStatements(); }},
        {QStringLiteral("alerts"), QStringLiteral("[ack|resolve ID]"),
         tr("List open alerts: what happened, what to do, whom to contact. 'ack ID' or 'resolve ID' changes one."),
         {QCommandLineOption(QStringLiteral("all"), tr("Include resolved alerts.")), formatOption()},
         [this] { return cmdAlerts(); }},
        {QStringLiteral("audit"), QString(), tr("Show the API execution log, or verify its hash chain."),
         {QCommandLineOption(QStringLiteral("verify"), tr("Check that no row was altered, inserted or removed.")),
          QCommandLineOption(QStringLiteral("connection"), tr("Only this connection."), QStringLiteral("CONNECTION")),
          QCommandLineOption(QStringLiteral("limit"), tr("Show the newest N rows (default 50; 0: all)."),
                             QStringLiteral("N"), QStringLiteral("50")),
          formatOption()},
         [this] { return cmdAudit(); }},
        {QStringLiteral("backup create"), QStringLiteral("FILE"),
         tr("Write an encrypted backup of the vault to FILE (a backup passphrase of its own; tokens only with "
            "--with-tokens)."),
         {QCommandLineOption(QStringLiteral("with-tokens"),
                             tr("Include the connections' tokens: whoever has the file and its passphrase can then "
                                "read your accounts. Without them, restored connections are linked again.")),
          backupPassphraseOption()},
         [this] { return cmdBackupCreate(); }},
        {QStringLiteral("backup verify"), QStringLiteral("FILE"),
         tr("Check that FILE is a complete backup that this passphrase opens, and say what it holds."),
         {backupPassphraseOption()}, [this] { return cmdBackupVerify(); }},
        {QStringLiteral("backup restore"), QStringLiteral("FILE"),
         tr("Restore FILE into the profile folder, which must not hold a profile yet."),
         {backupPassphraseOption()}, [this] { return cmdBackupRestore(); }},
        {QStringLiteral("revoke"), QStringLiteral("CONNECTION | --all"),
         tr("Disconnect: revoke the grant at the issuer (RFC 7009), delete the local tokens and stop syncing."),
         {QCommandLineOption(QStringLiteral("all"), tr("Revoke every connection."))},
         [this] { return cmdRevoke(); }},
    };
}

QString Cli::generalHelp() const
{
    QString out = tr("Usage: meisai-cli [--profile-dir DIR] [--passphrase] [--language ja|en] COMMAND [ARGS…]") + QStringLiteral("\n\n");
    out += tr("Statements from card issuers' open APIs (Payments Japan API guideline), on the command line.")
           + QStringLiteral("\n\n");
    out += tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : m_commands) {
        QString usage = c.name;
        if (!c.synopsis.isEmpty())
            usage += QLatin1Char(' ') + c.synopsis;
        out += QStringLiteral("  ") + usage.leftJustified(28) + QLatin1Char(' ') + c.summary + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    for (const QCommandLineOption& o : globalOptions()) {
        QString names;
        for (const QString& n : o.names())
            names += (names.isEmpty() ? QString() : QStringLiteral(", ")) + (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        if (!o.valueName().isEmpty())
            names += QLatin1Char(' ') + o.valueName();
        out += QStringLiteral("  ") + names.leftJustified(28) + QLatin1Char(' ') + o.description() + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    out += QStringLiteral("  MEISAI_PROFILE_DIR           ") + tr("The profile folder, when --profile-dir is not given.")
           + QLatin1Char('\n');
    out += QStringLiteral("  MEISAI_PASSPHRASE            ")
           + tr("The vault passphrase (passphrase mode without a prompt, for scripts; --passphrase-fd is "
                "safer). Removed from the process as soon as it starts.")
           + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    const QList<QPair<int, QString>> codes = {
        {ExitOk, tr("success")},
        {ExitUsage, tr("the command line is wrong")},
        {ExitVault, tr("the vault is locked or unavailable (keychain, passphrase, no profile)")},
        {ExitNetwork, tr("a network or issuer error (incl. maintenance and rate limits)")},
        {ExitNeedsReconnect, tr("a connection needs to be linked again (its grant is gone)")},
        {ExitTampered, tr("the audit log failed verification")},
        {ExitNotFound, tr("no such issuer, connection or alert")},
        {ExitCancelled, tr("linking was denied, cancelled or timed out")},
        {ExitFailure, tr("any other failure (database, disk)")},
        {ExitIssuerMismatch, tr("refused: a sign-in answer or a discovery document did not come from the issuer "
                                "chosen (state or iss mismatch)")},
        {ExitBindingMismatch, tr("refused: a server claimed the id of an issuer a connection is linked with")},
        {ExitTls, tr("refused: the issuer's certificate is not trusted or the secure connection failed")},
    };
    for (const auto& [code, text] : codes)
        out += QStringLiteral("  %1  ").arg(code, 2) + text + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("See docs/cli.md for examples.") + QLatin1Char('\n');
    return out;
}

QString Cli::commandHelp(const Command& command) const
{
    QString out = tr("Usage: meisai-cli [global options] ") + command.name;
    const bool hasOptions = std::any_of(command.options.cbegin(), command.options.cend(), [](const auto& o) {
        return !(o.flags() & QCommandLineOption::HiddenFromHelp);
    });
    if (hasOptions)
        out += tr(" [options]");
    if (!command.synopsis.isEmpty())
        out += QLatin1Char(' ') + command.synopsis;
    out += QStringLiteral("\n\n") + command.summary + QLatin1Char('\n');
    if (hasOptions) {
        out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        for (const QCommandLineOption& o : command.options) {
            if (o.flags() & QCommandLineOption::HiddenFromHelp)
                continue;
            QString names = QStringLiteral("--") + o.names().constFirst();
            if (!o.valueName().isEmpty())
                names += QLatin1Char(' ') + o.valueName();
            out += QStringLiteral("  ") + names.leftJustified(28) + QLatin1Char(' ') + o.description() + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n') + tr("Run meisai-cli --help for the global options and the exit codes.") + QLatin1Char('\n');
    return out;
}

const Cli::Command* Cli::findCommand(const QStringList& words, int* consumed) const
{
    // Longest match first: "issuer add" before a hypothetical "issuer".
    const Command* best = nullptr;
    int bestWords = 0;
    for (const Command& c : m_commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (parts.size() > words.size() || parts.size() <= bestWords)
            continue;
        if (words.mid(0, parts.size()) == parts) {
            best = &c;
            bestWords = int(parts.size());
        }
    }
    *consumed = bestWords;
    return best;
}

int Cli::run(const QStringList& arguments)
{
    TextTable::setElideByDefault(stdoutIsTerminal());
    // Find the command words: the positional arguments before any other one.
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--")
            break;
        if (a.startsWith(QLatin1Char('-'))) {
            if (globalTakesValue(a))
                ++i;
            continue;
        }
        words.append(a);
        if (words.size() == 2)
            break;
    }
    if (!words.isEmpty() && words.first() == u"help") {
        int n = 0;
        const Command* c = findCommand(words.mid(1), &n);
        writeOut(c ? commandHelp(*c) : generalHelp());
        return ExitOk;
    }

    int consumed = 0;
    m_command = words.isEmpty() ? nullptr : findCommand(words, &consumed);

    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(globalOptions());
    if (m_command)
        m_parser.addOptions(m_command->options);
    if (!m_parser.parse(arguments)) {
        if (!m_command && !words.isEmpty())
            return failUsage(tr("There is no command \"%1\". Run meisai-cli --help to see the commands.")
                                 .arg(words.join(QLatin1Char(' '))));
        return failUsage(m_parser.errorText() + QLatin1Char('\n')
                         + (m_command ? tr("Run meisai-cli %1 --help to see its options.").arg(m_command->name)
                                      : tr("Run meisai-cli --help to see the options.")));
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        writeOut(QStringLiteral("meisai-cli %1\n").arg(QStringLiteral(MEISAI_VERSION)));
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        writeOut(m_command ? commandHelp(*m_command) : generalHelp());
        return ExitOk;
    }
    if (!m_command) {
        if (words.isEmpty()) {
            writeErr(generalHelp());
            return ExitUsage;
        }
        return failUsage(tr("There is no command \"%1\". Run meisai-cli --help to see the commands.")
                             .arg(words.join(QLatin1Char(' '))));
    }
    m_args = m_parser.positionalArguments().mid(consumed);
    return m_command->handler();
}

int Cli::exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Keychain:
    case ErrorCode::KeyMismatch:
    case ErrorCode::WrongPassphrase:
        return ExitVault;
    case ErrorCode::Tls:
        return ExitTls;
    case ErrorCode::StateMismatch:
    case ErrorCode::IssuerMismatch:
        return ExitIssuerMismatch;
    case ErrorCode::BindingMismatch:
        return ExitBindingMismatch;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Protocol:
    case ErrorCode::TooLarge:
    case ErrorCode::Unauthorized:
    case ErrorCode::AccessDenied:
    case ErrorCode::InsufficientScope:
    case ErrorCode::RateLimited:
    case ErrorCode::Maintenance:
    case ErrorCode::ServerError:
    case ErrorCode::UnsupportedVersion:
        return ExitNetwork;
    case ErrorCode::InvalidGrant:
        return ExitNeedsReconnect;
    case ErrorCode::Tampered:
        return ExitTampered;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Cancelled:
        return ExitCancelled;
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::Unknown:
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Corrupt:
        return ExitFailure;
    }
    return ExitFailure;
}

int Cli::fail(const Error& error)
{
    printError(error.message.isEmpty() ? tr("Something went wrong.") : error.message);
    return exitCodeFor(error);
}

int Cli::failVault(const Error& error)
{
    printError(error.message);
    return ExitVault;
}

int Cli::failUsage(const QString& message)
{
    printError(message);
    return ExitUsage;
}

Result<Vault*> Cli::vault(bool allowCreate)
{
    if (m_vault)
        return m_vault.get();
    const QString dir = Profile::resolveDir(m_parser.value(QStringLiteral("profile-dir")));
    auto profile = Profile::load(dir);
    if (!profile)
        return profile.error();
    if (!profile->exists() && !allowCreate)
        return makeError(ErrorCode::NotFound,
                         tr("There is no Meisai profile in %1 yet. Add an issuer (meisai-cli issuer add) or link "
                            "an account (meisai-cli link ISSUER) to create it, or give the right --profile-dir.")
                             .arg(dir));

    UnlockOptions options;
    options.allowCreate = allowCreate;
    const bool fromFd = m_parser.isSet(QStringLiteral("passphrase-fd"));
    const bool passphraseMode = m_parser.isSet(QStringLiteral("passphrase")) || fromFd
                                || !m_environmentPassphrase.isEmpty()
                                || (profile->exists() && profile->keyMode() == KeyMode::Passphrase);
    if (passphraseMode) {
        std::optional<SecretBytes> given;
        if (fromFd) {
            bool isNumber = false;
            const int fd = m_parser.value(QStringLiteral("passphrase-fd")).toInt(&isNumber);
            if (!isNumber)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("--passphrase-fd needs the number of an open file descriptor."));
            auto read = readPassphraseFromFd(fd);
            if (!read)
                return read.error();
            given = std::move(*read);
            m_environmentPassphrase.clear();
        } else if (!m_environmentPassphrase.isEmpty()) {
            given = std::move(m_environmentPassphrase);
        }
        if (given) {
            // A keychain vault ignores MEISAI_PASSPHRASE (a batch may set it for all its
            // profiles), but a passphrase handed over explicitly is a mistake worth naming.
            if (fromFd && profile->exists() && profile->keyMode() == KeyMode::Keychain)
                return makeError(ErrorCode::WrongPassphrase,
                                 tr("This vault's key is in the system keychain, not derived from a passphrase. "
                                    "Run the command without --passphrase."));
            options.passphrase = std::move(*given);
            if (!profile->exists()) {
                if (Status strong = checkNewPassphrase(*options.passphrase, dir); !strong)
                    return strong.error();
            }
        } else {
            if (profile->exists() && profile->keyMode() == KeyMode::Keychain)
                return makeError(ErrorCode::WrongPassphrase,
                                 tr("This vault's key is in the system keychain, not derived from a passphrase. "
                                    "Run the command without --passphrase."));
            auto entered = promptPassphrase(tr("Vault passphrase: "));
            if (!entered)
                return entered.error();
            if (!profile->exists()) {
                // Judged before asking again, so that a weak one is not typed twice for nothing.
                if (Status strong = checkNewPassphrase(*entered, dir); !strong)
                    return strong.error();
                auto again = promptPassphrase(tr("Repeat the passphrase: "));
                if (!again)
                    return again.error();
                if (!again->equals(*entered))
                    return makeError(ErrorCode::WrongPassphrase,
                                     tr("The two passphrases differ. Nothing was created."));
            }
            options.passphrase = std::move(*entered);
        }
    }
    auto opened = Vault::open(dir, std::move(options));
    if (!opened)
        return opened.error();
    m_vault = std::move(*opened);
    if (Status named = directory().nameConnectionsAfterIssuers(); !named)
        qCWarning(lcIssuer).noquote() << "connection names not updated:" << named.error().message;
    if (Status retexted = AlertRules(&directory()).retextStoredAlerts(*m_vault); !retexted)
        qCWarning(lcSecurity).noquote() << "alert texts not updated:" << retexted.error().message;
    return m_vault.get();
}

Result<OutputFormat> Cli::outputFormat() const
{
    const QString f = m_parser.value(QStringLiteral("format")).toLower();
    if (f.isEmpty() || f == u"table")
        return OutputFormat::Table;
    if (f == u"csv")
        return OutputFormat::Csv;
    if (f == u"json")
        return OutputFormat::Json;
    return makeError(ErrorCode::InvalidArgument,
                     tr("Unknown format \"%1\": use table, csv or json.").arg(m_parser.value(QStringLiteral("format"))));
}

Result<Connection> Cli::resolveConnection(const QString& argument)
{
    Q_ASSERT(m_vault);
    auto all = m_vault->connections().list();
    if (!all)
        return all.error();
    bool isNumber = false;
    const qint64 id = argument.toLongLong(&isNumber);
    QList<Connection> matches;
    QList<Connection> revoked;
    for (const Connection& c : *all) {
        if (isNumber ? c.id == id : (c.issuerId == argument && c.status != ConnectionStatus::Revoked))
            matches.append(c);
        else if (!isNumber && c.issuerId == argument)
            revoked.append(c);
    }
    // Only revoked ones: name that one, so the command can say it was revoked rather than "no such connection".
    if (matches.isEmpty() && revoked.size() == 1)
        return revoked.first();
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("There is no connection \"%1\". Run meisai-cli connections to see them.").arg(argument));
    return makeError(ErrorCode::InvalidArgument,
                     tr("Several connections are linked to %1; give the connection's number instead "
                        "(see meisai-cli connections).")
                         .arg(argument));
}

} // namespace meisai::cli
