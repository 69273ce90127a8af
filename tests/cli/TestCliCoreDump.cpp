// What a memory image of meisai-cli holds after a sync. meisai-cli turns core
// dumps off for itself; this test takes one on purpose: it runs `sync` under
// gdb, stops it at exit() (the sync done, main returned), writes a core with
// gcore, and searches it for the connection's tokens, read from the vault
// before and after. The sync is made to refresh (the issuer expired the
// access token), so both refresh tokens, the one spent and the one received,
// went through the process. No token may remain; the counts are printed.

#include "CliSandbox.h"
#include "TempProfile.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kIssuer = QStringLiteral("hoshizora-card");

struct Tokens
{
    QByteArray access;
    QByteArray refresh;
};

Tokens storedTokens(const QString& profileDir, qint64* connectionId, QString* why)
{
    auto vault = Vault::open(profileDir);
    if (!vault) {
        *why = vault.error().message;
        return {};
    }
    auto connections = (*vault)->connections().list();
    if (!connections || connections->isEmpty()) {
        *why = QStringLiteral("no connection");
        return {};
    }
    *connectionId = connections->first().id;
    auto set = (*vault)->tokens().get(*connectionId);
    if (!set || !*set) {
        *why = QStringLiteral("no tokens");
        return {};
    }
    return Tokens{(**set).accessToken.toByteArray(), (**set).refreshToken.toByteArray()};
}

// Occurrences of a token in the image, as bytes (UTF-8/Latin-1) and as UTF-16 (QString).
int occurrences(const QByteArray& image, const QByteArray& token)
{
    int count = 0;
    const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(token).utf16()), token.size() * 2);
    for (const QByteArray& needle : {token, utf16}) {
        for (qsizetype at = image.indexOf(needle); at >= 0; at = image.indexOf(needle, at + 1))
            ++count;
    }
    return count;
}

} // namespace

class TestCliCoreDump final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    TempProfile m_profile;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gdb")).isEmpty(),
                 "gdb is needed to take the core (./run deps installs it)");
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        CliRunner cli(m_profile.dir());
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, cli, &why), qPrintable(why));
        const LinkResult linked = linkWithBrowser(*m_sandbox, cli, kIssuer);
        QVERIFY2(linked.ok(), QByteArray(linked.cli.describe() + linked.why.toUtf8()).constData());
    }

    void imageAfterASyncHoldsNoRefreshToken()
    {
        qint64 connectionId = 0;
        QString why;
        const Tokens before = storedTokens(m_profile.dir(), &connectionId, &why);
        QVERIFY2(!before.refresh.isEmpty() && !before.access.isEmpty(), qPrintable(why));
        QVERIFY(m_sandbox->setFault(kIssuer, QStringLiteral("expire-tokens"), {}, 1));

        const QString core = m_work.filePath(QStringLiteral("meisai-cli.core"));
        CliRunner cli(m_profile.dir());
        QProcess gdb;
        gdb.setProcessEnvironment(cli.environment());
        gdb.setProgram(QStringLiteral("gdb"));
        gdb.setArguments({QStringLiteral("-q"), QStringLiteral("-nx"), QStringLiteral("-batch"),
                          QStringLiteral("-ex"), QStringLiteral("set pagination off"),
                          QStringLiteral("-ex"), QStringLiteral("set startup-with-shell off"),
                          QStringLiteral("-ex"), QStringLiteral("set breakpoint pending on"),
                          QStringLiteral("-ex"), QStringLiteral("break -qualified exit"), // libc exit(), not QEventLoop::exit
                          QStringLiteral("-ex"), QStringLiteral("run"),
                          QStringLiteral("-ex"), QStringLiteral("gcore ") + core,
                          QStringLiteral("-ex"), QStringLiteral("kill"),
                          QStringLiteral("--args"), CliRunner::executablePath(), QStringLiteral("--profile-dir"),
                          m_profile.dir(), QStringLiteral("sync")});
        gdb.start();
        QVERIFY(gdb.waitForFinished(120000));
        const QByteArray gdbOut = gdb.readAllStandardOutput() + gdb.readAllStandardError();
        QFile file(core);
        QVERIFY2(file.open(QIODevice::ReadOnly), gdbOut.constData());
        const QByteArray image = file.readAll();
        file.close();
        QFile::remove(core); // the image holds the vault key: gone as soon as it is read
        QVERIFY2(image.size() > 1024 * 1024, "the core is too small to be a process image");

        const Tokens after = storedTokens(m_profile.dir(), &connectionId, &why);
        QVERIFY2(!after.refresh.isEmpty(), qPrintable(why));
        QVERIFY2(after.access != before.access, gdbOut.constData()); // else expire-tokens had no effect
        QVERIFY2(m_sandbox->stats(kIssuer)
                         .value(QStringLiteral("token_requests")).toObject()
                         .value(QStringLiteral("refresh_token")).toInt() >= 1,
                 "no refresh at the issuer");
        QVERIFY2(gdbOut.contains("Breakpoint 1"), gdbOut.constData()); // stopped at exit(), not crashed before

        const int spentRefresh = occurrences(image, before.refresh);
        const int newRefresh = after.refresh == before.refresh ? 0 : occurrences(image, after.refresh);
        const int oldAccess = occurrences(image, before.access);
        const int newAccess = occurrences(image, after.access);
        qInfo("core: %lld bytes; refresh token spent %d, received %d; access token expired %d, received %d",
              qlonglong(image.size()), spentRefresh, newRefresh, oldAccess, newAccess);
        QCOMPARE(spentRefresh, 0);
        QCOMPARE(newRefresh, 0);
        // Without wipeHeapOnFree, Qt's freed buffers keep about four copies of the access token
        // and one of the refresh token here (docs/security.md, "Secrets in memory").
        QCOMPARE(oldAccess + newAccess, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCoreDump)
#include "TestCliCoreDump.moc"
