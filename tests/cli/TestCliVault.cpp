// meisai-cli's vault commands, run as a real process against a vault seeded
// through the vault API (real keychain on a private bus, real SQLCipher):
// formats, filters, alignment, exit codes, passphrase and keychain modes,
// and audit verification after tampering behind the vault's back.

#include "CliRunner.h"
#include "TempProfile.h"
#include "vault/Vault.h"
#include "vault/VaultKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace meisai;
using namespace meisai::test;

namespace {

const QByteArray kAccessToken = "AT-cli-5d1e9a7c3b2f4e6d8a0c1b3e5f7a9d2c";
const QByteArray kRefreshToken = "RT-cli-0f9e8d7c6b5a49382716a5b4c3d2e1f0";
const QString kTrickyMerchant = QStringLiteral("Café, \"Le Petit\"\nParis");
const QString kWideMerchant = QStringLiteral("ＡＢＣマート渋谷店");
// What a hostile issuer could send as a merchant name: a spreadsheet formula, an OSC window title,
// a clear-screen CSI, a C1 CSI and a right-to-left override.
const QString kHostileMerchant = QStringLiteral("=HYPERLINK(\"https://evil.example/\",\"\x1b]0;owned\a\x1b[2J")
                                 + QChar(0x9B) + QStringLiteral("31m") + QChar(0x202E) + QStringLiteral("click\")");
const QString kHostileRemarks = QStringLiteral("@SUM(1+1)");
const QString kContact = QStringLiteral("Hoshizora Card security desk, 0120-000-111");

struct Seeded
{
    qint64 hoshizora = 0;
    qint64 kaede = 0;
    int transactions = 0;
    QString profileId;
};

Seeded seedVault(const QString& dir, UnlockOptions options = {})
{
    Seeded s;
    auto opened = Vault::open(dir, std::move(options));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return s;
    }
    Vault& v = **opened;
    s.profileId = v.profile().id();

    Connection a;
    a.issuerId = QStringLiteral("hoshizora-card");
    a.label = QStringLiteral("Hoshizora");
    a.status = ConnectionStatus::Active;
    a.requestedScopes = QStringList{QStringLiteral("cards:read"), QStringLiteral("transactions:read"),
                                    QStringLiteral("statements:read")};
    a.grantedScopes = QStringList{QStringLiteral("cards:read"), QStringLiteral("transactions:read")};
    a.consentExpiresAt = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    s.hoshizora = v.connections().add(a).value();
    TokenSet tokens{SecretBytes(kAccessToken), SecretBytes(kRefreshToken), QStringLiteral("Bearer"),
                    QDateTime::currentDateTimeUtc().addSecs(3600), {}, {}};
    (void)v.tokens().put(s.hoshizora, tokens);

    Connection b;
    b.issuerId = QStringLiteral("kaede-card");
    b.status = ConnectionStatus::NeedsReconnect;
    b.lastError = QStringLiteral("The issuer revoked the grant.");
    s.kaede = v.connections().add(b).value();

    QList<CardTransaction> rows = sampleTransactions(s.hoshizora, QStringLiteral("c1"), 200);
    CardTransaction tricky = rows.first();
    tricky.transactionId = QStringLiteral("TRICKY");
    tricky.merchantName = kTrickyMerchant;
    tricky.amount = tricky.paymentAmount = 1234567;
    tricky.status = TransactionStatus::Confirmed;
    rows.append(tricky);
    CardTransaction refund = rows.first();
    refund.transactionId = QStringLiteral("REFUND");
    refund.merchantName = kWideMerchant;
    refund.amount = refund.paymentAmount = -1200;
    refund.status = TransactionStatus::Confirmed;
    rows.append(refund);
    CardTransaction hostile = rows.first();
    hostile.transactionId = QStringLiteral("HOSTILE");
    hostile.merchantName = kHostileMerchant;
    hostile.remarks = kHostileRemarks;
    hostile.amount = hostile.paymentAmount = -3300;
    hostile.status = TransactionStatus::Confirmed;
    rows.append(hostile);
    (void)v.transactions().upsert(rows);
    const QList<CardTransaction> kaedeRows =
        sampleTransactions(s.kaede, QStringLiteral("k1"), 50, QStringLiteral("ｶﾌｪ"));
    (void)v.transactions().upsert(kaedeRows);
    s.transactions = int(rows.size() + kaedeRows.size());

    // One statement per billing month, equal to what was stored.
    QMap<QString, qint64> totals;
    for (const CardTransaction& t : rows)
        if (t.status != TransactionStatus::Cancelled)
            totals[t.paymentMonth] += t.paymentAmount + t.feeAmount;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        CardStatement st;
        st.connectionId = s.hoshizora;
        st.cardId = QStringLiteral("c1");
        st.billingMonth = it.key();
        st.billingStatus = BillingStatus::Confirmed;
        st.totalBilledAmount = it.value();
        st.newUsageAmount = it.value();
        st.closingDate = QDate::fromString(it.key() + QStringLiteral("-15"), Qt::ISODate);
        st.dueDate = st.closingDate.addDays(20);
        (void)v.statements().upsert(st);
    }

    // An alert in the issuer's own words (a security notice): listed as stored.
    Alert alert;
    alert.kind = AlertKind::SecurityNotice;
    alert.dedupKey = QStringLiteral("notice:kaede-card:n-1");
    alert.severity = AlertSeverity::Critical;
    alert.connectionId = s.kaede;
    alert.issuerId = QStringLiteral("kaede-card");
    alert.title = QStringLiteral("Kaede Card revoked the link");
    alert.whatHappened = QStringLiteral("The issuer ended the grant.");
    alert.whatToDo = QStringLiteral("Link the account again.");
    alert.contact = kContact;
    (void)v.alerts().raise(alert);

    for (int i = 1; i <= 4; ++i) {
        AuditEntry e;
        e.connectionId = s.hoshizora;
        e.issuerId = QStringLiteral("hoshizora-card");
        e.operation = QStringLiteral("GET /v1/cards/{cardId}/transactions");
        e.httpStatus = 200;
        e.result = QStringLiteral("ok");
        e.interactionId = QStringLiteral("iid-%1").arg(i);
        (void)v.audit().append(e);
    }
    return s;
}

} // namespace

class TestCliVault final : public QObject
{
    Q_OBJECT

private:
    TempProfile m_profile;
    Seeded m_seed;
    std::unique_ptr<CliRunner> m_cli;
    QList<CliResult> m_allRuns; // everything printed, checked for tokens at the end

    CliResult cli(const QStringList& args)
    {
        CliResult r = m_cli->run(args);
        m_allRuns.append(r);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::executablePath()), qPrintable(CliRunner::executablePath()));
        m_seed = seedVault(m_profile.dir());
        QVERIFY(m_seed.hoshizora > 0 && m_seed.kaede > 0);
        m_cli = std::make_unique<CliRunner>(m_profile.dir());
    }

    void versionAndHelp()
    {
        CliResult v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.outText().startsWith(QStringLiteral("meisai-cli ")));
        CliResult h = cli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char* word : {"Exit codes:", "transactions", "revoke", "MEISAI_PASSPHRASE", "--profile-dir"})
            QVERIFY2(h.outText().contains(QLatin1String(word)), word);
        // Each security refusal has its own documented code.
        const QString help = h.outText();
        QVERIFY2(help.contains(QStringLiteral("   9  refused: a sign-in answer")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("  10  refused: a server claimed the id")));
        QVERIFY(help.contains(QStringLiteral("  11  refused: the issuer's certificate")));
        CliResult c = cli({QStringLiteral("transactions"), QStringLiteral("--help")});
        QCOMPARE(c.exitCode, 0);
        QVERIFY(c.outText().contains(QStringLiteral("--month")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("transactions"), QStringLiteral("--bogus")}
                                        << QStringLiteral("bogus");
        QTest::newRow("month not YYYY-MM") << QStringList{QStringLiteral("transactions"), QStringLiteral("--month"),
                                                          QStringLiteral("2026-13")}
                                           << QStringLiteral("YYYY-MM");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("statements"), QStringLiteral("--format"),
                                                       QStringLiteral("xml")}
                                        << QStringLiteral("xml");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("connections"), QStringLiteral("extra")}
                                        << QStringLiteral("no arguments");
        QTest::newRow("option without value") << QStringList{QStringLiteral("transactions"), QStringLiteral("--card")}
                                              << QStringLiteral("card");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        CliResult r = cli(args);
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(says), r.describe());
        QVERIFY(!r.errText().contains(QStringLiteral("QCommandLineParser")));
    }

    void noProfileIsExitCode2()
    {
        QTemporaryDir empty;
        CliRunner other(empty.path() + QStringLiteral("/none"));
        CliResult r = other.run({QStringLiteral("transactions")});
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY(r.errText().contains(QStringLiteral("no Meisai profile")));
        QVERIFY2(!QFileInfo::exists(empty.path() + QStringLiteral("/none/vault.db")), "a read-only command created a vault");
        // MEISAI_PROFILE_DIR is honoured when --profile-dir is absent.
        QProcess p;
        QProcessEnvironment env = other.environment();
        env.insert(QStringLiteral("MEISAI_PROFILE_DIR"), m_profile.dir());
        p.setProcessEnvironment(env);
        p.start(CliRunner::executablePath(), {QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).array().size(), 2);
    }

    void connectionsJson()
    {
        CliResult r = cli({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray a = r.json();
        QCOMPARE(a.size(), 2);
        const QJsonObject h = a.at(0).toObject();
        QCOMPARE(h.value(QStringLiteral("id")).toInteger(), m_seed.hoshizora);
        QCOMPARE(h.value(QStringLiteral("issuerId")).toString(), QStringLiteral("hoshizora-card"));
        QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(h.value(QStringLiteral("hasTokens")).toBool(), true);
        QCOMPARE(h.value(QStringLiteral("grantedScopes")).toArray().size(), 2);
        QCOMPARE(h.value(QStringLiteral("requestedScopes")).toArray().size(), 3);
        const QJsonObject k = a.at(1).toObject();
        QCOMPARE(k.value(QStringLiteral("status")).toString(), QStringLiteral("needs_reconnect"));
        QCOMPARE(k.value(QStringLiteral("hasTokens")).toBool(), false);

        CliResult t = cli({QStringLiteral("connections")});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.outText().contains(QStringLiteral("Needs reconnecting")));
        QVERIFY2(t.outText().contains(QStringLiteral("asked:")), "granted vs requested scopes are not shown");
    }

    void transactionsJson()
    {
        CliResult all = cli({QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(all.exitCode == 0, all.describe());
        const QJsonArray rows = all.json();
        QCOMPARE(rows.size(), m_seed.transactions);
        QSet<QString> keys;
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            keys.insert(o.value(QStringLiteral("issuerId")).toString() + QLatin1Char('/')
                        + o.value(QStringLiteral("cardId")).toString() + QLatin1Char('/')
                        + o.value(QStringLiteral("transactionId")).toString());
            if (o.value(QStringLiteral("transactionId")).toString() == u"TRICKY") {
                QCOMPARE(o.value(QStringLiteral("merchantName")).toString(), kTrickyMerchant);
                QCOMPARE(o.value(QStringLiteral("amount")).toInteger(), 1234567);
            }
            if (o.value(QStringLiteral("transactionId")).toString() == u"REFUND")
                QCOMPARE(o.value(QStringLiteral("amount")).toInteger(), -1200);
        }
        QCOMPARE(keys.size(), m_seed.transactions);

        // Stable: the same bytes twice, keys in a fixed (sorted) order.
        CliResult again = cli({QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(again.out, all.out);
        const QByteArray first = all.out.mid(all.out.indexOf('{'), all.out.indexOf('}') - all.out.indexOf('{'));
        const QStringList order = QString::fromUtf8(first).split(QLatin1Char('\n')).filter(QStringLiteral("\":"));
        QStringList names;
        for (const QString& line : order)
            names << line.trimmed().section(QLatin1Char('"'), 1, 1);
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);

        // Filters.
        CliResult card = cli({QStringLiteral("transactions"), QStringLiteral("--card"), QStringLiteral("k1"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(card.json().size(), 50);
        CliResult month = cli({QStringLiteral("transactions"), QStringLiteral("--month"), QStringLiteral("2026-03"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!month.json().isEmpty());
        for (const QJsonValue& v : month.json())
            QCOMPARE(v.toObject().value(QStringLiteral("paymentMonth")).toString(), QStringLiteral("2026-03"));
        CliResult conn = cli({QStringLiteral("transactions"), QStringLiteral("--connection"),
                              QStringLiteral("kaede-card"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(conn.json().size(), 50);
        CliResult none = cli({QStringLiteral("transactions"), QStringLiteral("--connection"), QStringLiteral("99")});
        QVERIFY2(none.exitCode == 6, none.describe());
    }

    void transactionsCsv()
    {
        CliResult r = cli({QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QList<QStringList> records;
        QString error;
        QVERIFY2(parseCsv(r.out, &records, &error), qPrintable(error));
        QCOMPARE(records.size(), m_seed.transactions + 1);
        const QStringList header = records.first();
        const int merchant = int(header.indexOf(QStringLiteral("merchantName")));
        const int amount = int(header.indexOf(QStringLiteral("amount")));
        const int id = int(header.indexOf(QStringLiteral("transactionId")));
        QVERIFY(merchant >= 0 && amount >= 0 && id >= 0);
        const int remarks = int(header.indexOf(QStringLiteral("remarks")));
        bool sawTricky = false;
        bool sawHostile = false;
        bool sawRefund = false;
        for (const QStringList& rec : records.mid(1)) {
            QCOMPARE(rec.size(), header.size());
            if (rec.at(id) == u"HOSTILE") {
                sawHostile = true;
                // Shown as text by a spreadsheet, with nothing a terminal would act on; the refund stays a number.
                const QChar r(QChar::ReplacementCharacter);
                QCOMPARE(rec.at(merchant), QStringLiteral("'=HYPERLINK(\"https://evil.example/\",\"") + r
                                               + QStringLiteral("]0;owned") + r + r + QStringLiteral("[2J") + r
                                               + QStringLiteral("31m") + r + QStringLiteral("click\")"));
                QCOMPARE(rec.at(remarks), QStringLiteral("'@SUM(1+1)"));
                QCOMPARE(rec.at(amount), QStringLiteral("-3300"));
            }
            if (rec.at(id) == u"REFUND") {
                sawRefund = true;
                QCOMPARE(rec.at(amount), QStringLiteral("-1200"));
            }
            if (rec.at(id) == u"TRICKY") {
                sawTricky = true;
                QCOMPARE(rec.at(merchant), kTrickyMerchant);
                QCOMPARE(rec.at(amount), QStringLiteral("1234567"));
            }
        }
        QVERIFY(sawTricky && sawHostile && sawRefund);
        QVERIFY(r.out.contains("\"Café, \"\"Le Petit\"\"\nParis\""));
        QVERIFY(!r.out.contains('\x1b'));
    }

    void hostileTextReachesNoFormatRaw_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void hostileTextReachesNoFormatRaw()
    {
        QFETCH(QString, format);
        CliResult r = cli({QStringLiteral("transactions"), QStringLiteral("--format"), format});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.out.contains("evil.example"));
        for (const char c : {'\x1b', '\a', '\x7f'})
            QVERIFY2(!r.out.contains(c), qPrintable(QStringLiteral("byte 0x%1").arg(int(c), 2, 16, QLatin1Char('0'))));
        QVERIFY(!r.out.contains("\xc2\x9b"));     // U+009B, a C1 CSI, in UTF-8
        QVERIFY(!r.out.contains("\xe2\x80\xae")); // U+202E, right-to-left override
        if (format == u"json") {
            // The exact value all the same, for a program that reads it.
            bool found = false;
            for (const QJsonValue& v : r.json()) {
                if (v.toObject().value(QStringLiteral("transactionId")).toString() == u"HOSTILE") {
                    QCOMPARE(v.toObject().value(QStringLiteral("merchantName")).toString(), kHostileMerchant);
                    found = true;
                }
            }
            QVERIFY(found);
        }
    }

    void transactionsTableIsAligned()
    {
        CliResult r = cli({QStringLiteral("transactions")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.outText().split(QLatin1Char('\n'));
        QVERIFY(lines.size() > m_seed.transactions);
        // Where the Amount column ends, from the header rule (5th group of dashes).
        const QString rule = lines.at(1);
        static const QRegularExpression dashes(QStringLiteral("-+"));
        auto groups = dashes.globalMatch(rule);
        int amountEnd = -1;
        for (int i = 0; i < 5 && groups.hasNext(); ++i)
            amountEnd = int(groups.next().capturedEnd());
        QVERIFY(amountEnd > 0);
        static const QRegularExpression yen(QStringLiteral("-?¥\\d{1,3}(,\\d{3})*(?!\\d)"));
        int checked = 0;
        bool sawWide = false, sawBig = false, sawRefund = false;
        for (const QString& line : lines.mid(2, m_seed.transactions)) {
            const auto m = yen.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QVERIFY2(terminalWidth(line.left(m.capturedEnd())) == amountEnd, qPrintable(line));
            sawWide |= line.contains(QStringLiteral("ＡＢＣマート"));
            sawBig |= m.captured() == u"¥1,234,567";
            sawRefund |= m.captured() == u"-¥1,200";
            ++checked;
        }
        QCOMPARE(checked, m_seed.transactions);
        QVERIFY(sawWide && sawBig && sawRefund);
        QVERIFY2(r.outText().contains(QStringLiteral("shown by")), "the table does not say who shows the data");
    }

    void statementsMatchStoredTotals()
    {
        CliResult r = cli({QStringLiteral("statements"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray rows = r.json();
        QVERIFY(rows.size() >= 5);
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("storedBilledTotal")).toInteger(),
                     o.value(QStringLiteral("totalBilledAmount")).toInteger());
        }
        CliResult table = cli({QStringLiteral("statements"), QStringLiteral("--month"), QStringLiteral("2026-03")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().contains(QStringLiteral("2026-03")));
        QVERIFY(!table.outText().contains(QStringLiteral("differs")));
        const QJsonArray march = cli({QStringLiteral("statements"), QStringLiteral("--month"), QStringLiteral("2026-03"),
                                      QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(march.size(), 1);
        QCOMPARE(march.at(0).toObject().value(QStringLiteral("billingMonth")).toString(), QStringLiteral("2026-03"));
    }

    void alertsListAckResolve()
    {
        CliResult list = cli({QStringLiteral("alerts")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QVERIFY(list.outText().contains(kContact));
        QVERIFY(list.outText().contains(QStringLiteral("What to do")));
        const QJsonArray a = cli({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(a.size(), 1);
        const QString id = QString::number(a.at(0).toObject().value(QStringLiteral("id")).toInteger());

        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("ack"), id}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")})
                     .json().at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("acknowledged"));
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("resolve"), id}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json().size(), 0);
        QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("json")}).json().size(), 1);
        CliResult missing = cli({QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("999")});
        QVERIFY2(missing.exitCode == 6, missing.describe());
    }

    void auditVerifyThenTamper()
    {
        CliResult list = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QCOMPARE(list.json().size(), 4);
        CliResult ok = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QVERIFY(ok.outText().contains(QStringLiteral("intact")));

        // Alter a row behind the vault's back, as someone holding the key could.
        auto key = Keychain::read(m_seed.profileId);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_profile.dir() + QStringLiteral("/vault.db")).constData(), &raw),
                 SQLITE_OK);
        const QByteArray sql = "PRAGMA key = \"x'" + key->toByteArray().toHex()
                               + "'\"; PRAGMA cipher_page_size = 4096; DROP TRIGGER audit_log_no_update; "
                                 "UPDATE audit_log SET http_status = 500 WHERE seq = 2;";
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        CliResult bad = cli({QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(bad.exitCode == 5, bad.describe());
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.errText().contains(QStringLiteral("altered")), bad.describe());
        const QJsonArray alerts = cli({QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        bool raised = false;
        for (const QJsonValue& v : alerts)
            raised |= v.toObject().value(QStringLiteral("kind")).toString() == u"audit_tampered"
                      && !v.toObject().value(QStringLiteral("contact")).toString().isEmpty();
        QVERIFY2(raised, "no audit_tampered alert with a contact");
    }

    void auditVerifyCatchesWhatTheVaultKeyAloneCannotHide_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString altered = QStringLiteral("The audit log has been altered");
        const QString alteredJa = QStringLiteral("API 実行記録が改ざんされています");
        QTest::newRow("a row edited, links recomputed unkeyed (en)")
            << QStringLiteral("edit") << QStringLiteral("en") << 5 << altered;
        QTest::newRow("a row edited, links recomputed unkeyed (ja)")
            << QStringLiteral("edit") << QStringLiteral("ja") << 5 << alteredJa;
        QTest::newRow("the tail cut, the anchor left alone (en)")
            << QStringLiteral("truncate") << QStringLiteral("en") << 5 << QStringLiteral("cut short");
        QTest::newRow("the tail cut, the anchor left alone (ja)")
            << QStringLiteral("truncate") << QStringLiteral("ja") << 5 << alteredJa;
        QTest::newRow("the anchor edited to hide a cut (en)")
            << QStringLiteral("anchor") << QStringLiteral("en") << 5 << QStringLiteral("anchor");
        QTest::newRow("the anchor edited to hide a cut (ja)")
            << QStringLiteral("anchor") << QStringLiteral("ja") << 5 << alteredJa;
        QTest::newRow("one entry ahead of the anchor: a crash, not tampering")
            << QStringLiteral("crash") << QStringLiteral("en") << 0 << QStringLiteral("intact: 4 rows");
    }

    void auditVerifyCatchesWhatTheVaultKeyAloneCannotHide()
    {
        QFETCH(QString, attack);
        QFETCH(QString, language);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        TempProfile profile;
        QString profileId;
        QList<AuditEntry> rows;
        {
            auto opened = Vault::open(profile.dir());
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            Vault& v = **opened;
            profileId = v.profile().id();
            for (int i = 1; i <= 4; ++i) {
                AuditEntry e;
                e.operation = QStringLiteral("POST /token");
                e.httpStatus = 400;
                e.result = QStringLiteral("invalid_grant");
                e.interactionId = QStringLiteral("iid-%1").arg(i);
                if (attack == u"crash" && i == 4) {
                    QFile meta(profile.dir() + QStringLiteral("/profile.json"));
                    QVERIFY(meta.open(QIODevice::ReadOnly));
                    const QByteArray before = meta.readAll();
                    meta.close();
                    QVERIFY(v.audit().append(e).ok());
                    // Meisai stopped after the row was committed, before the anchor was written.
                    QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
                    meta.write(before);
                    continue;
                }
                QVERIFY(v.audit().append(e).ok());
            }
            rows = v.audit().list().value();
            std::reverse(rows.begin(), rows.end());
        }
        QByteArray sql;
        if (attack == u"edit") {
            // The refused refresh becomes a success, and every link recomputed as SHA-256.
            rows[1].httpStatus = 200;
            rows[1].result = QStringLiteral("ok");
            sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET http_status = 200, result = 'ok' WHERE seq = 2; ";
            QByteArray previous(32, '\0');
            for (const AuditEntry& e : rows) {
                previous = AuditLog::computeUnkeyedHash(previous, e);
                sql += "UPDATE audit_log SET hash = x'" + previous.toHex() + "' WHERE seq = "
                    + QByteArray::number(e.seq) + "; ";
            }
        } else if (attack == u"truncate" || attack == u"anchor") {
            sql = "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq >= 3;";
        }
        if (!sql.isEmpty()) {
            auto key = Keychain::read(profileId);
            QVERIFY(key.ok());
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(profile.dir() + QStringLiteral("/vault.db")).constData(), &raw),
                     SQLITE_OK);
            const QByteArray all = "PRAGMA key = \"x'" + key->toByteArray().toHex()
                                   + "'\"; PRAGMA cipher_page_size = 4096; " + sql;
            QCOMPARE(sqlite3_exec(raw, all.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        if (attack == u"anchor") {
            // Point the anchor at the new last row; without the anchor key its signature cannot follow.
            QFile meta(profile.dir() + QStringLiteral("/profile.json"));
            QVERIFY(meta.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            meta.close();
            QJsonObject anchor = o.value(u"audit_anchor").toObject();
            anchor.insert(QStringLiteral("seq"), 2);
            anchor.insert(QStringLiteral("mac"), QString::fromLatin1(rows.at(1).hash.toHex()));
            o.insert(QStringLiteral("audit_anchor"), anchor);
            QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
            meta.write(QJsonDocument(o).toJson());
        }

        CliRunner runner(profile.dir());
        CliResult r = runner.run({QStringLiteral("--language"), language, QStringLiteral("audit"), QStringLiteral("--verify")});
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QVERIFY2((exitCode == 0 ? r.outText() : r.errText()).contains(says), r.describe());
        if (exitCode != 0)
            QVERIFY(r.out.isEmpty());
    }

    void passphraseVault()
    {
        TempProfile profile;
        UnlockOptions options;
        options.passphrase = SecretBytes(QByteArrayView("correct horse battery staple"));
        QVERIFY(seedVault(profile.dir(), std::move(options)).hoshizora > 0);

        CliRunner runner(profile.dir());
        CliResult none = runner.run({QStringLiteral("connections")});
        QVERIFY2(none.exitCode == 2, none.describe());
        QVERIFY2(none.errText().contains(QStringLiteral("MEISAI_PASSPHRASE")), none.describe());

        runner.setEnv(QStringLiteral("MEISAI_PASSPHRASE"), QStringLiteral("wrong horse"));
        CliResult wrong = runner.run({QStringLiteral("connections")});
        QVERIFY2(wrong.exitCode == 2, wrong.describe());
        QVERIFY2(wrong.errText().contains(QStringLiteral("not correct")), wrong.describe());

        runner.setEnv(QStringLiteral("MEISAI_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
        CliResult right = runner.run({QStringLiteral("--passphrase"), QStringLiteral("connections"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(right.exitCode == 0, right.describe());
        QCOMPARE(right.json().size(), 2);
    }

    // --passphrase-fd: the passphrase comes from a pipe (here stdin); a descriptor that is not
    // open, not a number or empty is refused with exit 2 and a message, and so is one handed
    // to a keychain vault.
    void passphraseFromFd()
    {
        TempProfile profile;
        UnlockOptions options;
        options.passphrase = SecretBytes(QByteArrayView("correct horse battery staple"));
        QVERIFY(seedVault(profile.dir(), std::move(options)).hoshizora > 0);
        CliRunner runner(profile.dir());

        auto withStdin = [&](const QStringList& args, const QByteArray& input) {
            auto p = runner.start(args);
            p->write(input);
            p->closeWriteChannel();
            CliResult r;
            r.timedOut = !p->waitForFinished(60000);
            r.exitCode = p->exitCode();
            r.out = p->readAllStandardOutput();
            r.err = p->readAllStandardError();
            m_allRuns.append(r);
            return r;
        };
        const QStringList list{QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("connections"),
                               QStringLiteral("--format"), QStringLiteral("json")};
        CliResult right = withStdin(list, "correct horse battery staple\n");
        QVERIFY2(right.exitCode == 0, right.describe());
        QCOMPARE(right.json().size(), 2);
        CliResult noNewline = withStdin(list, "correct horse battery staple");
        QVERIFY2(noNewline.exitCode == 0, noNewline.describe());

        CliResult wrong = withStdin(list, "wrong horse\n");
        QVERIFY2(wrong.exitCode == 2 && wrong.errText().contains(QStringLiteral("not correct")), wrong.describe());
        CliResult empty = withStdin(list, "\n");
        QVERIFY2(empty.exitCode == 2 && empty.errText().contains(QStringLiteral("empty passphrase")), empty.describe());
        CliResult tooLong = withStdin(list, QByteArray(2000, 'x'));
        QVERIFY2(tooLong.exitCode == 2 && tooLong.errText().contains(QStringLiteral("too long")), tooLong.describe());
        CliResult closed = runner.run({QStringLiteral("--passphrase-fd"), QStringLiteral("57"), QStringLiteral("connections")});
        QVERIFY2(closed.exitCode == 2 && closed.errText().contains(QStringLiteral("not an open file descriptor")),
                 closed.describe());
        CliResult word = runner.run({QStringLiteral("--passphrase-fd"), QStringLiteral("stdin"), QStringLiteral("connections")});
        QVERIFY2(word.exitCode == 2 && word.errText().contains(QStringLiteral("needs the number")), word.describe());
        CliResult ja = runner.run({QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("--passphrase-fd"),
                                   QStringLiteral("57"), QStringLiteral("connections")});
        QVERIFY2(ja.exitCode == 2 && ja.errText().contains(QStringLiteral("ファイル記述子")), ja.describe());

        CliRunner keychain(m_profile.dir());
        auto p = keychain.start({QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("connections")});
        p->write("correct horse battery staple\n");
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(60000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 2 && err.contains(QStringLiteral("system keychain")), qPrintable(err));
    }

    // MEISAI_PASSPHRASE is taken out of the process at start: while the command runs (here
    // blocked reading --passphrase-fd 0), /proc/PID/environ no longer holds the value.
    void environmentPassphraseScrubbed()
    {
        TempProfile profile;
        UnlockOptions options;
        options.passphrase = SecretBytes(QByteArrayView("correct horse battery staple"));
        QVERIFY(seedVault(profile.dir(), std::move(options)).hoshizora > 0);
        CliRunner runner(profile.dir());
        runner.setEnv(QStringLiteral("MEISAI_PASSPHRASE"), QStringLiteral("a-marker-value-8c1f0e"));
        runner.setEnv(QStringLiteral("MEISAI_TEST_NEIGHBOUR"), QStringLiteral("still-here"));
        auto p = runner.start({QStringLiteral("--passphrase-fd"), QStringLiteral("0"), QStringLiteral("connections")});
        QVERIFY(p->waitForStarted(10000));
        const QString environPath = QStringLiteral("/proc/%1/environ").arg(p->processId());
        // Wait until the process is blocked reading descriptor 0 (syscall 0 = read on x86-64,
        // first argument 0x0): by then main has long passed its first line.
        QFile syscall(QStringLiteral("/proc/%1/syscall").arg(p->processId()));
        bool blocked = false;
        for (int i = 0; i < 200 && !blocked; ++i) {
            QTest::qWait(50);
            if (syscall.open(QIODevice::ReadOnly)) {
                blocked = syscall.readAll().startsWith("0 0x0 ");
                syscall.close();
            }
        }
        QByteArray environ;
        QFile file(environPath);
        const bool readable = blocked && file.open(QIODevice::ReadOnly);
        if (readable)
            environ = file.readAll();
        p->write("correct horse battery staple\n");
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(60000));
        if (!readable)
            QSKIP("/proc/PID/syscall and /proc/PID/environ of a non-dumpable process are readable only by root");
        QVERIFY2(environ.contains("MEISAI_TEST_NEIGHBOUR=still-here"), "the rest of the environment was damaged");
        QVERIFY2(!environ.contains("a-marker-value-8c1f0e"), environ.constData());
        QVERIFY2(!environ.contains("MEISAI_PASSPHRASE="), "the variable's name is still in the environment block");
        QCOMPARE(p->exitCode(), 0);
    }

    // G16: a new passphrase vault needs a passphrase that is hard to guess; the refusal says why,
    // in the user's language, and leaves nothing behind. A strong one creates the vault.
    void weakPassphraseRefusedForNewVault_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("reason");
        QTest::newRow("common password, en") << QStringLiteral("en") << QStringLiteral("password1234")
                                             << QStringLiteral("The passphrase is made of common words");
        QTest::newRow("too short, en") << QStringLiteral("en") << QStringLiteral("Xk3$p9")
                                       << QStringLiteral("The passphrase is too short: use at least 10 characters.");
        QTest::newRow("an issuer's name, en") << QStringLiteral("en") << QStringLiteral("hoshizora-card-2026")
                                              << QStringLiteral("a name you use elsewhere");
        QTest::newRow("common password, ja") << QStringLiteral("ja") << QStringLiteral("password1234")
                                             << QStringLiteral("すぐに推測されてしまいます");
    }

    void weakPassphraseRefusedForNewVault()
    {
        QFETCH(QString, language);
        QFETCH(QString, passphrase);
        QFETCH(QString, reason);
        TempProfile profile;
        CliRunner runner(profile.dir());
        runner.setEnv(QStringLiteral("MEISAI_PASSPHRASE"), passphrase);
        const QStringList link{QStringLiteral("--language"), language, QStringLiteral("link"),
                               QStringLiteral("hoshizora-card"), QStringLiteral("--no-browser")};
        CliResult weak = runner.run(link);
        m_allRuns.append(weak);
        QVERIFY2(weak.exitCode == 2, weak.describe());
        const QString refused = language == u"ja" ? QStringLiteral("新しい保管庫のパスフレーズとしては弱すぎます")
                                                  : QStringLiteral("This passphrase is too weak for a new vault");
        QVERIFY2(weak.errText().contains(refused), weak.describe());
        QVERIFY2(weak.errText().contains(reason), weak.describe());
        QVERIFY2(!weak.errText().contains(passphrase), weak.describe());
        auto loaded = Profile::load(profile.dir());
        QVERIFY(loaded && !loaded->exists());

        // A strong one is accepted: the vault is created (the link itself stops at the sandbox template).
        runner.setEnv(QStringLiteral("MEISAI_PASSPHRASE"), QStringLiteral("tundra velvet quorum basil 82"));
        CliResult strong = runner.run(link);
        m_allRuns.append(strong);
        QVERIFY2(strong.exitCode == 6, strong.describe());
        loaded = Profile::load(profile.dir());
        QVERIFY(loaded && loaded->exists() && loaded->keyMode() == KeyMode::Passphrase);
        CliResult list = runner.run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QCOMPARE(list.json().size(), 0);
    }

    void keychainUnavailable()
    {
        CliRunner runner(m_profile.dir());
        runner.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        CliResult r = runner.run({QStringLiteral("connections")}, 30000);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("keychain")) && r.errText().contains(QStringLiteral("passphrase")),
                 r.describe());
        QVERIFY(r.out.isEmpty());
    }

    void cleanupTestCase()
    {
        // Nothing meisai-cli printed, in any test, holds a token.
        for (const CliResult& r : std::as_const(m_allRuns)) {
            QVERIFY(!r.out.contains(kAccessToken) && !r.err.contains(kAccessToken));
            QVERIFY(!r.out.contains(kRefreshToken) && !r.err.contains(kRefreshToken));
            QVERIFY2(!r.err.contains("0x") && !r.err.contains(".cpp:"), r.err.constData());
        }
        QVERIFY(m_allRuns.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "TestCliVault.moc"
