// meisai-sandbox: several fictional issuers (OAuth 2.0 authorization server +
// card API v1) on loopback, for demos and end-to-end tests. See docs/sandbox.md.

#include "Fault.h"
#include "IssuerCatalog.h"
#include "SandboxLog.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "TlsGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace meisai::sandbox;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &c, 1);
}

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "meisai-sandbox: %s\n", message.toLocal8Bit().constData());
    return code;
}

bool parsePort(const QString& text, quint16* port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meisai-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEISAI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fictional card issuers on loopback: OAuth 2.0 + PKCE and the card API v1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("HTTPS port (0 = ephemeral)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption httpPortOpt(QStringLiteral("http-port"), QStringLiteral("Plain HTTP port for browser pages (0 = ephemeral)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("Address to bind: 127.0.0.1 or ::1 only."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption perCardOpt(QStringLiteral("transactions-per-card"), QStringLiteral("Transactions per card (1 to 1000000)."), QStringLiteral("N"), QStringLiteral("360"));
    const QCommandLineOption faultOpt(QStringLiteral("fault"), QStringLiteral("ISSUER:MODE[:ARG], repeatable. Modes: ") + faultModes().join(u", "), QStringLiteral("SPEC"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"), QStringLiteral("Where to write ca.pem (default: a temporary directory)."), QStringLiteral("DIR"));
    QCommandLineOption codeLifetimeOpt(QStringLiteral("code-lifetime"), QStringLiteral("Test only: authorization code lifetime in seconds."), QStringLiteral("S"), QStringLiteral("60"));
    codeLifetimeOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption accessLifetimeOpt(QStringLiteral("access-token-lifetime"), QStringLiteral("Test only: access token lifetime in seconds."), QStringLiteral("S"), QStringLiteral("3600"));
    accessLifetimeOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({portOpt, httpPortOpt, hostOpt, seedOpt, perCardOpt, faultOpt, dataDirOpt, codeLifetimeOpt, accessLifetimeOpt});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("unexpected argument: ") + parser.positionalArguments().first());

    SandboxOptions options;
    options.host = parser.value(hostOpt);
    if (options.host != u"127.0.0.1" && options.host != u"::1")
        return fail(2, QStringLiteral("refusing to bind to %1: the sandbox listens on loopback only (127.0.0.1 or ::1)").arg(options.host));
    if (!parsePort(parser.value(portOpt), &options.httpsPort))
        return fail(2, QStringLiteral("--port needs a number from 0 to 65535"));
    if (!parsePort(parser.value(httpPortOpt), &options.httpPort))
        return fail(2, QStringLiteral("--http-port needs a number from 0 to 65535"));
    bool ok = false;
    options.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return fail(2, QStringLiteral("--seed needs a whole number"));
    options.transactionsPerCard = parser.value(perCardOpt).toInt(&ok);
    if (!ok || options.transactionsPerCard < 1 || options.transactionsPerCard > 1000000)
        return fail(2, QStringLiteral("--transactions-per-card needs a number from 1 to 1000000"));
    options.codeLifetimeSecs = parser.value(codeLifetimeOpt).toInt(&ok);
    if (!ok || options.codeLifetimeSecs < 1 || options.codeLifetimeSecs > 600)
        return fail(2, QStringLiteral("--code-lifetime needs 1 to 600 seconds"));
    options.accessTokenLifetimeSecs = parser.value(accessLifetimeOpt).toInt(&ok);
    if (!ok || options.accessTokenLifetimeSecs < 1)
        return fail(2, QStringLiteral("--access-token-lifetime needs a positive number of seconds"));
    for (const QString& spec : parser.values(faultOpt)) {
        QString issuer;
        Fault fault;
        QString error;
        if (!parseFaultSpec(spec, &issuer, &fault, &error))
            return fail(2, error);
        const auto& catalog = issuerCatalog();
        if (std::none_of(catalog.begin(), catalog.end(), [&](const IssuerInfo& i) { return i.id == issuer; }))
            return fail(2, QStringLiteral("--fault: unknown issuer \"%1\"").arg(issuer));
        options.faults.append({issuer, fault});
    }

    // TLS material, and ca.pem where clients can read it.
    TlsMaterial tls;
    QString error;
    if (!generateTlsMaterial(&tls, &error))
        return fail(1, error);
    std::unique_ptr<QTemporaryDir> tempDir;
    QString dataDir = parser.value(dataDirOpt);
    if (dataDir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/meisai-sandbox-XXXXXX"));
        if (!tempDir->isValid())
            return fail(1, QStringLiteral("cannot create a temporary directory: ") + tempDir->errorString());
        dataDir = tempDir->path();
    } else if (!QDir().mkpath(dataDir)) {
        return fail(1, QStringLiteral("cannot create --data-dir %1").arg(dataDir));
    }
    const QString caPath = QDir(dataDir).absoluteFilePath(QStringLiteral("ca.pem"));
    QFile caFile(caPath);
    if (!caFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || caFile.write(tls.caCertificatePem) != tls.caCertificatePem.size())
        return fail(1, QStringLiteral("cannot write %1: %2").arg(caPath, caFile.errorString()));
    caFile.close();

    QSslConfiguration sslConfig = QSslConfiguration::defaultConfiguration();
    const QSslCertificate serverCert(tls.serverCertificatePem, QSsl::Pem);
    const QSslCertificate caCert(tls.caCertificatePem, QSsl::Pem);
    sslConfig.setLocalCertificateChain({serverCert, caCert});
    sslConfig.setPrivateKey(QSslKey(tls.serverKeyPem, QSsl::Ec, QSsl::Pem));
    sslConfig.setProtocol(QSsl::TlsV1_2OrLater);

    // Quit cleanly on SIGTERM/SIGINT through a socket pair (async-signal-safe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(1, QStringLiteral("socketpair failed"));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &c, 1);
        qCInfo(lcSandbox) << "signal received, shutting down";
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    SandboxServer server(options);
    if (!server.start(sslConfig, &error))
        return fail(1, error);

    QJsonArray issuers;
    for (const IssuerInfo& info : issuerCatalog()) {
        issuers.append(QJsonObject{
            {QStringLiteral("id"), info.id},
            {QStringLiteral("issuer"), server.issuerUrl(info.id)},
            {QStringLiteral("client_id"), meisaiClient().clientId},
            {QStringLiteral("discovery"), QString(server.httpsBase() + QStringLiteral("/.well-known/oauth-authorization-server/issuers/") + info.id)},
        });
    }
    const QJsonObject ready{
        {QStringLiteral("ready"), true},
        {QStringLiteral("issuers"), issuers},
        {QStringLiteral("ca"), caPath},
        {QStringLiteral("https"), server.httpsBase()},
        {QStringLiteral("http"), server.httpBase()},
        // The admin page takes its token from the fragment, which no browser sends to a server.
        {QStringLiteral("admin"), QString(server.httpsBase() + QStringLiteral("/admin#token=") + QString::fromLatin1(server.adminToken()))},
        {QStringLiteral("admin_token"), QString::fromLatin1(server.adminToken())},
    };
    const QByteArray line = QJsonDocument(ready).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    qCInfo(lcSandbox).noquote() << "ready on" << server.httpsBase() << "and" << server.httpBase() << "(seed" << options.seed
                                << "," << options.transactionsPerCard << "transactions per card)";

    const int rc = QCoreApplication::exec();
    qCInfo(lcSandbox) << "stopped";
    return rc;
}
