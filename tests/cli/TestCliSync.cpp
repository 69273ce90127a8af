// meisai-cli links three sandbox issuers through the browser flow and syncs:
// every transaction of the sandbox is stored once, each month's total equals
// the issuer's statement (both fetched directly from the sandbox API by the
// test), a second sync adds nothing, and confirmed items are updated.

#include "CliSandbox.h"
#include "SandboxTestClient.h"
#include "TempProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace meisai::test;

namespace {

struct ApiData
{
    QHash<QString, QJsonObject> transactions;   // cardId/transactionId → item
    QHash<QString, qint64> statementTotals;     // cardId/YYYY-MM → totalBilledAmount
};

// Everything the sandbox has for taro at one issuer, read with a grant of the test's own.
ApiData fetchFromSandbox(SandboxProcess& sandbox, const QString& issuerId, QString* why)
{
    ApiData data;
    TestClient client(sandbox.sslConfiguration());
    const Tokens tokens = linkUser(sandbox, client, issuerId, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"),
                                   QStringLiteral("cards:read transactions:read statements:read"), why);
    if (tokens.access.isEmpty())
        return data;
    const QJsonObject discovery = discover(client, sandbox.issuer(issuerId));
    const HttpResult cards = client.get(apiUrl(discovery, QStringLiteral("/v1/cards")), tokens.access);
    QSet<QString> months;
    for (const QJsonValue& c : cards.json().value(QStringLiteral("cards")).toArray()) {
        const QString cardId = c.toObject().value(QStringLiteral("cardId")).toString();
        QString next;
        do {
            QUrlQuery q;
            if (!next.isEmpty())
                q.addQueryItem(QStringLiteral("nextItemKey"), next);
            const HttpResult page = client.get(
                apiUrl(discovery, QStringLiteral("/v1/cards/%1/transactions").arg(cardId), q), tokens.access);
            if (page.status != 200) {
                *why = QStringLiteral("transactions: HTTP %1").arg(page.status);
                return data;
            }
            const QJsonObject body = page.json();
            for (const QJsonValue& t : body.value(QStringLiteral("transactions")).toArray()) {
                const QJsonObject o = t.toObject();
                data.transactions.insert(cardId + QLatin1Char('/') + o.value(QStringLiteral("transactionId")).toString(), o);
                months.insert(cardId + QLatin1Char('/') + o.value(QStringLiteral("paymentMonth")).toString());
            }
            next = body.value(QStringLiteral("nextItemKey")).toString();
        } while (!next.isEmpty());
    }
    for (const QString& key : std::as_const(months)) {
        const HttpResult s = client.get(
            apiUrl(discovery, QStringLiteral("/v1/cards/%1/statements/%2").arg(key.section(QLatin1Char('/'), 0, 0),
                                                                             key.section(QLatin1Char('/'), 1, 1))),
            tokens.access);
        data.statementTotals.insert(key, qint64(s.json().value(QStringLiteral("totalBilledAmount")).toInteger()));
    }
    return data;
}

} // namespace

class TestCliSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    TempProfile m_profile;
    std::unique_ptr<CliRunner> m_cli;

    QJsonArray transactions() const
    {
        return m_cli->run({QStringLiteral("transactions"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    }

    // Stored transactions equal the sandbox's, once each; per card and month
    // the stored billed total equals the sandbox's statement.
    void compareWithSandbox(const QString& issuerId, const QJsonArray& stored)
    {
        QString why;
        const ApiData api = fetchFromSandbox(*m_sandbox, issuerId, &why);
        QVERIFY2(why.isEmpty() && !api.transactions.isEmpty(), qPrintable(why));
        QHash<QString, QJsonObject> mine;
        QHash<QString, qint64> totals;
        int rows = 0;
        for (const QJsonValue& v : stored) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("issuerId")).toString() != issuerId)
                continue;
            ++rows;
            const QString card = o.value(QStringLiteral("cardId")).toString();
            mine.insert(card + QLatin1Char('/') + o.value(QStringLiteral("transactionId")).toString(), o);
            if (o.value(QStringLiteral("status")).toString() != u"cancelled")
                totals[card + QLatin1Char('/') + o.value(QStringLiteral("paymentMonth")).toString()] +=
                    o.value(QStringLiteral("paymentAmount")).toInteger() + o.value(QStringLiteral("feeAmount")).toInteger();
        }
        QCOMPARE(rows, int(api.transactions.size())); // no duplicates, nothing missing
        QCOMPARE(mine.size(), api.transactions.size());
        for (auto it = api.transactions.cbegin(); it != api.transactions.cend(); ++it) {
            const QJsonObject m = mine.value(it.key());
            QVERIFY2(!m.isEmpty(), qPrintable(QStringLiteral("missing ") + it.key()));
            for (const char* field : {"amount", "paymentAmount", "feeAmount", "paymentMonth", "status", "merchantName",
                                      "useDate"})
                QVERIFY2(m.value(QLatin1String(field)) == it->value(QLatin1String(field)),
                         qPrintable(it.key() + QLatin1Char(' ') + QLatin1String(field)));
        }
        QVERIFY(!api.statementTotals.isEmpty());
        for (auto it = api.statementTotals.cbegin(); it != api.statementTotals.cend(); ++it)
            QVERIFY2(totals.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: stored %2, statement %3").arg(it.key()).arg(totals.value(it.key())).arg(it.value())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_cli = std::make_unique<CliRunner>(m_profile.dir());
    }

    void issuerAddUsesTheReadyLine()
    {
        QString why;
        QVERIFY2(addSandboxIssuers(*m_sandbox, *m_cli, &why), qPrintable(why));
        const QJsonArray issuers =
            m_cli->run({QStringLiteral("issuers"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        int ready = 0;
        for (const QJsonValue& v : issuers) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("ready")).toBool()) {
                ++ready;
                QVERIFY2(!o.value(QStringLiteral("incident")).toString().isEmpty(), "no incident contact stored");
                QVERIFY(!o.value(QStringLiteral("legalName")).toString().isEmpty());
            }
        }
        QCOMPARE(ready, 3);
    }

    void issuerAddRejectsBadInput()
    {
        const SandboxProcess::Issuer issuer = m_sandbox->issuers().first();
        // Without the sandbox's CA the certificate is not trusted: nothing is added.
        TempProfile other;
        CliRunner cli(other.dir());
        CliResult noCa = cli.run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("--discovery"),
                                  issuer.discovery.toString(), QStringLiteral("--client-id"), issuer.clientId});
        QVERIFY2(noCa.exitCode == 11, noCa.describe()); // a TLS refusal, not a network error
        QVERIFY(!noCa.err.isEmpty());
        CliResult http = cli.run({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("--discovery"),
                                  QStringLiteral("http://127.0.0.1:1/x"), QStringLiteral("--client-id"), issuer.clientId});
        QVERIFY2(http.exitCode == 1, http.describe());
        CliResult unknown = m_cli->run({QStringLiteral("link"), QStringLiteral("no-such-issuer"), QStringLiteral("--no-browser")});
        QVERIFY2(unknown.exitCode == 6, unknown.describe());
    }

    void linkDeniedIsExitCode7()
    {
        LinkResult denied = linkWithBrowser(*m_sandbox, *m_cli, QStringLiteral("momo-pay"), QStringLiteral("taro"),
                                            QStringLiteral("sandbox-pass-1"), false);
        QVERIFY2(denied.why.isEmpty(), qPrintable(denied.why));
        QVERIFY2(denied.cli.exitCode == 7, denied.cli.describe());
        QVERIFY(denied.firstLine.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(!denied.cli.err.isEmpty());
    }

    void linkThreeIssuers()
    {
        for (const QString& id : {QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card"), QStringLiteral("momo-pay")}) {
            LinkResult r = linkWithBrowser(*m_sandbox, *m_cli, id);
            QVERIFY2(r.ok(), qPrintable(r.why + QString::fromUtf8(r.cli.describe())));
            QVERIFY(r.firstLine.contains(QStringLiteral("code_challenge_method=S256")));
            QVERIFY(r.cli.outText().contains(QStringLiteral("Linked")));
        }
        const QJsonArray conns =
            m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QCOMPARE(conns.size(), 3);
        for (const QJsonValue& v : conns)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(m_sandbox->grants().size(), 3);
    }

    void syncStoresEverythingOnce()
    {
        CliResult sync = m_cli->run({QStringLiteral("sync")}, 60000);
        QVERIFY2(sync.exitCode == 0, sync.describe());
        QVERIFY2(sync.errText().contains(QStringLiteral("reading transactions")), "no progress on stderr");
        const QJsonArray stored = transactions();
        for (const QString& id : {QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card"), QStringLiteral("momo-pay")}) {
            compareWithSandbox(id, stored);
            if (QTest::currentTestFailed())
                return;
        }
        // What statements shows agrees with the stored items.
        const QJsonArray statements =
            m_cli->run({QStringLiteral("statements"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        QVERIFY(!statements.isEmpty());
        for (const QJsonValue& v : statements) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("storedBilledTotal")).toInteger(),
                     o.value(QStringLiteral("totalBilledAmount")).toInteger());
        }
    }

    void secondSyncAddsNothing()
    {
        const QJsonArray before = transactions();
        CliResult sync = m_cli->run({QStringLiteral("sync")}, 60000);
        QVERIFY2(sync.exitCode == 0, sync.describe());
        static const QRegularExpression added(QStringLiteral("(\\d+) new, (\\d+) updated"));
        auto matches = added.globalMatch(sync.outText());
        int lines = 0;
        while (matches.hasNext()) {
            const auto m = matches.next();
            QCOMPARE(m.captured(1), QStringLiteral("0"));
            QCOMPARE(m.captured(2), QStringLiteral("0"));
            ++lines;
        }
        QCOMPARE(lines, 3);
        QCOMPARE(transactions(), before);
    }

    void confirmedItemsAreUpdated()
    {
        const int confirmed = m_sandbox->confirmPending(QStringLiteral("kaede-card"));
        QVERIFY(confirmed > 0);
        CliResult sync = m_cli->run({QStringLiteral("sync"), QStringLiteral("kaede-card")}, 60000);
        QVERIFY2(sync.exitCode == 0, sync.describe());
        static const QRegularExpression updated(QStringLiteral("0 new, (\\d+) updated"));
        const auto m = updated.match(sync.outText());
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= confirmed, qPrintable(sync.outText()));
        compareWithSandbox(QStringLiteral("kaede-card"), transactions());
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "TestCliSync.moc"
