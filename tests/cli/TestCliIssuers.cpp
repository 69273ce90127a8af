// meisai-cli and issuers it was not built for: a profile file imported (every
// problem reported at once, in both languages), an impostor issuer that claims
// the id of a linked one (a second sandbox on another port with its own CA)
// refused, and with --replace the old grant revoked first, the impostor never
// receiving a token; two syncs at once after the issuer expired every token,
// with one refresh between them; and listings whose JSON carries the values
// of their tables in full.

#include "CliSandbox.h"
#include "SandboxBrowser.h"
#include "TempProfile.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace meisai::test;

namespace {

const QString kHoshizora = QStringLiteral("hoshizora-card");
const QString kKaede = QStringLiteral("kaede-card");

QJsonObject text(const QString& ja, const QString& en)
{
    return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

// A format-1 profile for one of the sandbox's issuers, as a connector engineer would write it
// ("sandbox": its sign-in page is plain HTTP on loopback).
QJsonObject profileFor(const SandboxProcess::Issuer& issuer, const QString& id, const QString& caFile)
{
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("sandbox"), true},
        {QStringLiteral("id"), id},
        {QStringLiteral("display_name"), text(QStringLiteral("かえで（ファイル）"), QStringLiteral("Kaede from a file"))},
        {QStringLiteral("issuer"), issuer.issuer.toString()},
        {QStringLiteral("discovery_url"), issuer.discovery.toString()},
        {QStringLiteral("client_id"), issuer.clientId},
        {QStringLiteral("ca_file"), caFile},
        {QStringLiteral("scopes"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cards:read")},
                                {QStringLiteral("purpose"), text(QStringLiteral("カード一覧の表示"), QStringLiteral("To list your cards"))}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("transactions:read")},
                                {QStringLiteral("purpose"),
                                 text(QStringLiteral("明細の取り込み"), QStringLiteral("To import your transactions"))}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("statements:read")},
                                {QStringLiteral("purpose"),
                                 text(QStringLiteral("請求額の表示"), QStringLiteral("To show what is billed"))}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("limits:read")},
                                {QStringLiteral("purpose"),
                                 text(QStringLiteral("利用可能額の表示"), QStringLiteral("To show your available credit"))},
                                {QStringLiteral("required"), false}}}},
        {QStringLiteral("disclosures"),
         QJsonObject{{QStringLiteral("legal_name"), text(QStringLiteral("かえでカード株式会社"), QStringLiteral("Kaede Card Co., Ltd."))},
                     {QStringLiteral("inquiry_contact"),
                      QJsonObject{{QStringLiteral("name"), text(QStringLiteral("窓口"), QStringLiteral("Desk"))},
                                  {QStringLiteral("phone"), QStringLiteral("0120-000-201")}}}}},
    };
}

// The cells of an aligned table (header, dashes, rows), cut at the columns the dashes mark.
QList<QStringList> parseTable(const QString& out)
{
    const QStringList lines = out.split(QLatin1Char('\n'));
    QList<QStringList> rows;
    if (lines.size() < 2)
        return rows;
    // Column spans in display cells from the rule line: runs of '-' separated by two spaces.
    QList<QPair<int, int>> spans;
    const QString& rule = lines.at(1);
    for (int i = 0; i < rule.size();) {
        if (rule.at(i) != QLatin1Char('-')) {
            ++i;
            continue;
        }
        int j = i;
        while (j < rule.size() && rule.at(j) == QLatin1Char('-'))
            ++j;
        spans.append({i, j});
        i = j;
    }
    for (int l = 2; l < lines.size(); ++l) {
        const QString& line = lines.at(l);
        if (line.trimmed().isEmpty())
            break;
        QStringList cells;
        for (int c = 0; c < spans.size(); ++c) {
            // Walk the line by display cells.
            QString cell;
            int col = 0;
            for (const QChar ch : line) {
                const int w = terminalWidth(QString(ch));
                if (col >= spans[c].first && (c + 1 == spans.size() || col < spans[c + 1].first))
                    cell += ch;
                col += w;
            }
            cells << cell.trimmed();
        }
        rows << cells;
    }
    return rows;
}

} // namespace

class TestCliIssuers final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    TempProfile m_profile;
    QTemporaryDir m_files;
    std::unique_ptr<CliRunner> m_cli;
    qint64 m_hoshizora = 0;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_files.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    QJsonObject connection(qint64 id)
    {
        for (const QJsonValue& v : m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject();
        return {};
    }

    bool grantActive(SandboxProcess& sandbox, const QString& issuer)
    {
        for (const QJsonValue& g : sandbox.grants(issuer))
            if (g.toObject().value(QStringLiteral("active")).toBool())
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"), QStringLiteral("40")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        m_cli = std::make_unique<CliRunner>(m_profile.dir());
        // The sandbox's hoshizora-card as published (discovery + /v1/profile), then linked.
        const SandboxProcess::Issuer h = m_sandbox->issuer(kHoshizora);
        CliResult add = m_cli->run({QStringLiteral("issuer"), QStringLiteral("add"),
                                    QStringLiteral("--discovery"), h.discovery.toString(), QStringLiteral("--client-id"),
                                    h.clientId, QStringLiteral("--ca"), m_sandbox->caPath()});
        QVERIFY2(add.exitCode == 0, add.describe());
        LinkResult link = linkWithBrowser(*m_sandbox, *m_cli, kHoshizora);
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        m_hoshizora = 1;
        QCOMPARE(connection(m_hoshizora).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void importedProfileIsRegisteredAndShowsItsDisclosures()
    {
        QVERIFY(QFile::copy(m_sandbox->caPath(), m_files.filePath(QStringLiteral("kaede-ca.pem"))));
        const QString file = writeFile(QStringLiteral("kaede.json"),
                                       QJsonDocument(profileFor(m_sandbox->issuer(kKaede), QStringLiteral("kaede-file"),
                                                                QStringLiteral("kaede-ca.pem")))
                                           .toJson());
        QVERIFY(!file.isEmpty());
        CliResult r = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                  QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("Added issuer kaede-file")), r.out.constData());
        QVERIFY(r.outText().contains(QStringLiteral("Kaede Card Co., Ltd.")));
        QVERIFY(r.outText().contains(QStringLiteral("0120-000-201")));
        QVERIFY(r.outText().contains(QStringLiteral("cards:read (To list your cards)")));
        // The CA is embedded: the profile works after the file is gone.
        QVERIFY(QFile::remove(m_files.filePath(QStringLiteral("kaede-ca.pem"))));
        LinkResult link = linkWithBrowser(*m_sandbox, *m_cli, QStringLiteral("kaede-file"));
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        QVERIFY(link.cli.outText().contains(QStringLiteral("Granted scopes: cards:read transactions:read statements:read limits:read")));
    }

    void brokenProfileIsRefusedWithEveryProblem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("id:"), QStringLiteral("client_id:"),
                                           QStringLiteral("scopes[].purpose: cards:read"),
                                           QStringLiteral("disclosures.legal_name:"),
                                           QStringLiteral("disclosures.inquiry_contact:"),
                                           QStringLiteral("endpoints: http://"), QStringLiteral("is not a usable issuer profile")};
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("id:"), QStringLiteral("client_id:"),
                                           QStringLiteral("scopes[].purpose: cards:read"),
                                           QStringLiteral("disclosures.legal_name:"),
                                           QStringLiteral("disclosures.inquiry_contact:"),
                                           QStringLiteral("は発行者プロファイルとして使えません"),
                                           QStringLiteral("発行者の正式な社名")};
    }
    void brokenProfileIsRefusedWithEveryProblem()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QJsonObject broken{
            {QStringLiteral("id"), QStringLiteral("Bad Id")},
            {QStringLiteral("display_name"), QStringLiteral("Broken")},
            {QStringLiteral("issuer"), QStringLiteral("https://auth.broken.test")},
            {QStringLiteral("endpoints"),
             QJsonObject{{QStringLiteral("authorization"), QStringLiteral("https://auth.broken.test/authorize")},
                         {QStringLiteral("token"), QStringLiteral("http://auth.broken.test/token")}}},
            {QStringLiteral("scopes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cards:read")}}}},
            {QStringLiteral("client-id"), QStringLiteral("typo")},
        };
        const QString file = writeFile(QStringLiteral("broken.json"), QJsonDocument(broken).toJson());
        CliResult r = m_cli->run({QStringLiteral("--language"), language, QStringLiteral("issuer"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        for (const QString& e : expected)
            QVERIFY2(r.errText().contains(e), qPrintable(e + QStringLiteral(" not in: ") + r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("client-id")), r.err.constData()); // the unknown field, named
        const QJsonArray issuers = m_cli->run({QStringLiteral("issuers"), QStringLiteral("--format"), QStringLiteral("json")}).json();
        for (const QJsonValue& v : issuers)
            QVERIFY(v.toObject().value(QStringLiteral("issuer")).toString() != QStringLiteral("https://auth.broken.test"));
    }

    void notAProfileFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QStringLiteral("is not JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("is not a JSON object");
        QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, ' ') << QStringLiteral("larger than 1 MiB");
        QTest::newRow("format 2") << QByteArray("{\"format\": 2}") << QStringLiteral("format 2");
    }
    void notAProfileFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = writeFile(QStringLiteral("odd.json"), content);
        CliResult r = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                  QStringLiteral("import"), file});
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(expected), r.err.constData());
        QVERIFY(!r.crashed);
    }

    void forgedAnswerAtTheLoopbackIsRefusedWithItsOwnExitCode_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<std::optional<QString>>("value"); // nullopt: the parameter left out
        QTest::addColumn<int>("loopbackStatus");
        QTest::addColumn<QString>("message");
        // A wrong or missing state is not for this sign-in: refused, and the link waits on until it times out.
        QTest::newRow("wrong-state") << QStringLiteral("state") << std::optional<QString>(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"))
                                     << 400 << QStringLiteral("state value does not match");
        QTest::newRow("missing-state") << QStringLiteral("state") << std::optional<QString>() << 400
                                       << QStringLiteral("carries no state");
        // The right state but another issuer's iss: a mix-up, the link stops at once.
        QTest::newRow("another-issuers-iss") << QStringLiteral("iss") << std::optional<QString>(QStringLiteral("kaede"))
                                             << 200 << QStringLiteral("came from another issuer");
        QTest::newRow("missing-iss") << QStringLiteral("iss") << std::optional<QString>() << 200
                                     << QStringLiteral("does not say which issuer");
    }

    void forgedAnswerAtTheLoopbackIsRefusedWithItsOwnExitCode()
    {
        QFETCH(QString, key);
        QFETCH(std::optional<QString>, value);
        QFETCH(int, loopbackStatus);
        QFETCH(QString, message);
        if (value == u"kaede")
            value = m_sandbox->issuer(kKaede).issuer.toString();
        const int linkedBefore = int(m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json().size());
        auto process = m_cli->start({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("link"), kHoshizora,
                                     QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QStringLiteral("4")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains('\n'), 20000);
        const QUrl url(QString::fromUtf8(out.left(out.indexOf('\n'))), QUrl::StrictMode);
        SandboxBrowser browser(m_sandbox->sslConfiguration());
        const SandboxBrowser::Decision d = browser.authorize(url, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"));
        QVERIFY2(d.ok, qPrintable(d.error));
        const SandboxBrowser::Page page = browser.deliver(SandboxBrowser::withParam(d.location, key, value));
        QCOMPARE(page.status, loopbackStatus);
        QVERIFY(process->waitForFinished(20000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 9, qPrintable(QStringLiteral("exit %1: %2").arg(process->exitCode()).arg(err)));
        QVERIFY2(err.contains(message), qPrintable(err));
        // Nothing was linked, and the code the sandbox handed out was never exchanged.
        QCOMPARE(int(m_cli->run({QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json().size()),
                 linkedBefore);
    }

    void issuerWithAnUntrustedCertificateIsRefusedWithTheTlsCode()
    {
        // No --ca: the sandbox's certificate is signed by its own CA, which nothing else trusts.
        TempProfile profile;
        CliRunner cli(profile.dir());
        const SandboxProcess::Issuer k = m_sandbox->issuer(kKaede);
        CliResult r = cli.run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                               QStringLiteral("add"), QStringLiteral("--discovery"), k.discovery.toString(),
                               QStringLiteral("--client-id"), k.clientId});
        QVERIFY2(r.exitCode == 11, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("could not be verified")), r.err.constData());
        CliResult listed = cli.run({QStringLiteral("issuers"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& v : listed.json())
            QVERIFY(v.toObject().value(QStringLiteral("issuer")).toString() != k.issuer.toString());
    }

    void syncKeepsTokensFromAServerOutsideTheBinding()
    {
        // The connection's recorded card API moved to another path (another issuer's, on the same server):
        // no token may go there, and sync says so with its own code.
        meisai::IssuerBinding right;
        {
            auto vault = meisai::Vault::open(m_profile.dir());
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            auto c = (*vault)->connections().get(m_hoshizora);
            QVERIFY(c && c->has_value());
            right = (*c)->binding;
            QVERIFY(!right.isEmpty());
            meisai::IssuerBinding wrong = right;
            wrong.apiBaseUrl = m_sandbox->issuer(kKaede).issuer;
            QVERIFY((*vault)->connections().setBinding(m_hoshizora, wrong));
        }
        const int before = m_sandbox->stats(kHoshizora).value(QStringLiteral("api_requests")).toInt()
                           + m_sandbox->stats(kKaede).value(QStringLiteral("api_requests")).toInt();
        CliResult refused = m_cli->run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("sync"),
                                        QString::number(m_hoshizora)});
        QVERIFY2(refused.exitCode == 10, refused.describe());
        QVERIFY2(refused.errText().contains(QStringLiteral("Nothing was sent")), refused.err.constData());
        QCOMPARE(m_sandbox->stats(kHoshizora).value(QStringLiteral("api_requests")).toInt()
                     + m_sandbox->stats(kKaede).value(QStringLiteral("api_requests")).toInt(),
                 before);
        {
            auto vault = meisai::Vault::open(m_profile.dir());
            QVERIFY(vault);
            QVERIFY((*vault)->connections().setBinding(m_hoshizora, right));
        }
        CliResult synced = m_cli->run({QStringLiteral("sync"), QString::number(m_hoshizora)});
        QVERIFY2(synced.exitCode == 0, synced.describe());
    }

    void impostorClaimingALinkedIdIsRefusedAndGetsNothing()
    {
        SandboxProcess impostor({QStringLiteral("--transactions-per-card"), QStringLiteral("5")});
        QVERIFY2(impostor.isReady(), qPrintable(impostor.errorString()));
        const SandboxProcess::Issuer fake = impostor.issuer(kHoshizora);
        const SandboxProcess::Issuer real = m_sandbox->issuer(kHoshizora);
        QVERIFY(fake.issuer != real.issuer); // another port: another issuer, the same id
        const QStringList add = {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("issuer"),
                                 QStringLiteral("add"), QStringLiteral("--discovery"), fake.discovery.toString(),
                                 QStringLiteral("--client-id"), fake.clientId, QStringLiteral("--ca"), impostor.caPath()};
        // Its certificate is not signed by the CA given: refused before anything else.
        CliResult wrongCa = m_cli->run(QStringList(add.mid(0, add.size() - 1)) << m_sandbox->caPath());
        QVERIFY2(wrongCa.exitCode == 11, wrongCa.describe());
        CliResult refused = m_cli->run(add);
        QCOMPARE(refused.exitCode, 10);
        QVERIFY2(refused.errText().contains(real.issuer.toString()) && refused.errText().contains(fake.issuer.toString()),
                 refused.err.constData());
        QVERIFY(refused.errText().contains(QStringLiteral("--replace to do so")));
        // A profile file for it is refused the same way.
        QVERIFY(QFile::copy(impostor.caPath(), m_files.filePath(QStringLiteral("impostor-ca.pem"))));
        QJsonObject file = profileFor(fake, kHoshizora, QStringLiteral("impostor-ca.pem"));
        CliResult imported = m_cli->run({QStringLiteral("issuer"), QStringLiteral("import"),
                                         writeFile(QStringLiteral("impostor.json"), QJsonDocument(file).toJson())});
        QCOMPARE(imported.exitCode, 10);
        QVERIFY(imported.errText().contains(real.issuer.toString()));

        // The real issuer still serves the connection; the impostor has seen no token.
        CliResult sync = m_cli->run({QStringLiteral("sync"), QString::number(m_hoshizora)});
        QVERIFY2(sync.exitCode == 0, sync.describe());
        QJsonObject stats = impostor.stats(kHoshizora);
        QCOMPARE(stats.value(QStringLiteral("token_requests")).toObject().value(QStringLiteral("refresh_token")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("token_requests")).toObject().value(QStringLiteral("authorization_code")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("revocations")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("api_requests")).toInt(), 1); // the public /v1/profile of issuer add, no more
        QVERIFY(impostor.grants(kHoshizora).isEmpty());

        // --replace: the connection is revoked at the real issuer first, then the new profile is registered.
        QVERIFY(grantActive(*m_sandbox, kHoshizora));
        CliResult replaced = m_cli->run(QStringList(add) << QStringLiteral("--replace"));
        QVERIFY2(replaced.exitCode == 0, replaced.describe());
        QVERIFY2(replaced.outText().contains(QStringLiteral("Revoked connection %1 at %2 first").arg(m_hoshizora).arg(real.issuer.toString())),
                 replaced.out.constData());
        QVERIFY(replaced.outText().contains(QStringLiteral("Replaced issuer hoshizora-card")));
        QVERIFY(!grantActive(*m_sandbox, kHoshizora));
        QCOMPARE(connection(m_hoshizora).value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        CliResult after = m_cli->run({QStringLiteral("sync")});
        QVERIFY2(after.exitCode == 0, after.describe());
        stats = impostor.stats(kHoshizora);
        QCOMPARE(stats.value(QStringLiteral("token_requests")).toObject().value(QStringLiteral("refresh_token")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("revocations")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("api_requests")).toInt(), 2); // the two issuer add runs
    }

    void twoSyncsAtOnceRefreshOnceAndKeepTheGrant()
    {
        // kaede-file (linked above) is the only connection at kaede-card.
        CliResult first = m_cli->run({QStringLiteral("sync")});
        QVERIFY2(first.exitCode == 0, first.describe());
        // The issuer expires every access token now; the next API request sees it.
        QVERIFY(m_sandbox->setFault(kKaede, QStringLiteral("expire-tokens"), {}, 1));
        // Both runs start at once, so both send the expired token and both need a new one at the same time.
        QVERIFY(m_sandbox->resetStats(kKaede));
        auto a = m_cli->start({QStringLiteral("sync")});
        auto b = m_cli->start({QStringLiteral("sync")});
        QVERIFY(a->waitForFinished(60000) && b->waitForFinished(60000));
        QVERIFY2(a->exitStatus() == QProcess::NormalExit && a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitStatus() == QProcess::NormalExit && b->exitCode() == 0, b->readAllStandardError().constData());
        const QJsonObject stats = m_sandbox->stats(kKaede);
        QCOMPARE(stats.value(QStringLiteral("token_requests")).toObject().value(QStringLiteral("refresh_token")).toInt(), 1);
        QVERIFY(grantActive(*m_sandbox, kKaede));
        CliResult again = m_cli->run({QStringLiteral("sync")});
        QVERIFY2(again.exitCode == 0, again.describe());
    }

    void listingsInJsonCarryTheTablesValuesInFull()
    {
        const QStringList en = {QStringLiteral("--language"), QStringLiteral("en")};
        // connections: #, issuer, status, scopes, consent, last sync, last error
        {
            const QJsonArray json = m_cli->run(en + QStringList{QStringLiteral("connections"), QStringLiteral("--format"), QStringLiteral("json")}).json();
            const QList<QStringList> table = parseTable(m_cli->run(en + QStringList{QStringLiteral("connections")}).outText());
            QVERIFY(json.size() >= 2);
            QCOMPARE(table.size(), json.size());
            for (int i = 0; i < json.size(); ++i) {
                const QJsonObject o = json.at(i).toObject();
                QCOMPARE(table[i][0], QString::number(o.value(QStringLiteral("id")).toInteger()));
                QCOMPARE(table[i][1], o.value(QStringLiteral("issuerName")).toString());
                QVERIFY(table[i][3].startsWith(o.value(QStringLiteral("grantedScopes")).toVariant().toStringList().join(QLatin1Char(' '))));
                QCOMPARE(o.value(QStringLiteral("binding")).toObject().value(QStringLiteral("issuer")).toString().isEmpty(),
                         false);
            }
        }
        // issuers: id, name, issuer URL (longer than the column's 40 cells on a terminal), scopes
        {
            const QJsonArray json = m_cli->run(en + QStringList{QStringLiteral("issuers"), QStringLiteral("--format"), QStringLiteral("json")}).json();
            const QList<QStringList> table = parseTable(m_cli->run(en + QStringList{QStringLiteral("issuers")}).outText());
            QCOMPARE(table.size(), json.size());
            bool sawLongUrl = false;
            for (int i = 0; i < json.size(); ++i) {
                const QJsonObject o = json.at(i).toObject();
                QCOMPARE(table[i][0], o.value(QStringLiteral("id")).toString());
                QCOMPARE(table[i][1], o.value(QStringLiteral("name")).toString());
                const QString url = o.value(QStringLiteral("issuer")).toString();
                QCOMPARE(table[i][2], url.isEmpty() ? QStringLiteral("-") : url);
                sawLongUrl |= url.size() > 40;
                QCOMPARE(table[i][3], o.value(QStringLiteral("scopes")).toVariant().toStringList().join(QLatin1Char(' ')));
            }
            QVERIFY(sawLongUrl);
        }
        // statements: issuer, card, month, closing, due, status, billed, new usage, items
        {
            const QJsonArray json = m_cli->run(en + QStringList{QStringLiteral("statements"), QStringLiteral("--format"), QStringLiteral("json")}).json();
            const QList<QStringList> table = parseTable(m_cli->run(en + QStringList{QStringLiteral("statements")}).outText());
            QVERIFY(!json.isEmpty());
            QCOMPARE(table.size(), json.size() + 1); // and the line saying who provided the data
            QVERIFY(table.last().join(QLatin1Char(' ')).contains(QStringLiteral("Data provided by")));
            for (int i = 0; i < json.size(); ++i) {
                const QJsonObject o = json.at(i).toObject();
                QCOMPARE(table[i][1], o.value(QStringLiteral("cardId")).toString());
                QCOMPARE(table[i][2], o.value(QStringLiteral("billingMonth")).toString());
                QCOMPARE(table[i][3], o.value(QStringLiteral("closingDate")).toString());
                QCOMPARE(table[i][4], o.value(QStringLiteral("dueDate")).toString());
                QCOMPARE(QString(table[i][6]).remove(QRegularExpression(QStringLiteral("[¥,]"))),
                         QString::number(o.value(QStringLiteral("totalBilledAmount")).toInteger()));
                QCOMPARE(table[i][8], QString::number(o.value(QStringLiteral("transactionCount")).toInteger()));
            }
        }
        // alerts: blocks of sentences; every title and text appears in full.
        {
            const QJsonArray json = m_cli->run(en + QStringList{QStringLiteral("alerts"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")}).json();
            const QString table = m_cli->run(en + QStringList{QStringLiteral("alerts"), QStringLiteral("--all")}).outText();
            QVERIFY(!json.isEmpty()); // the sandbox's deprecated limits endpoint raised one
            for (const QJsonValue& v : json) {
                const QJsonObject o = v.toObject();
                QVERIFY(table.contains(QStringLiteral("#%1 ").arg(o.value(QStringLiteral("id")).toInteger())));
                for (const char* key : {"title", "whatHappened", "whatToDo", "contact"})
                    QVERIFY2(table.contains(o.value(QLatin1String(key)).toString()), key);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliIssuers)
#include "TestCliIssuers.moc"
