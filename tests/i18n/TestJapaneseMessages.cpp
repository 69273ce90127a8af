// The messages a user needs most, in Japanese when the language is Japanese:
// card API errors (HTTP 401, 403, 429, 500, 503), OAuth errors (invalid_grant,
// a denied link), and every sync phase and outcome — provoked for real
// against the sandbox issuer, first through the core classes with the
// Japanese catalogue installed, then through `meisai-cli --language ja`.
// Text the issuer sent in its own words (quoted) may stay as it was.

#include "CliRunner.h"
#include "CliSandbox.h"
#include "LanguageCheck.h"
#include "OAuthSandboxFixture.h"
#include "Translations.h"

#include "api/CardApiClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace meisai;
using namespace meisai::test;

namespace {

const QString kHoshizora = QStringLiteral("hoshizora-card");
const QString kKaede = QStringLiteral("kaede-card");
const QString kMomo = QStringLiteral("momo-pay");

// meisai-cli's own words stay: its name and its commands.
const QStringList kCliWords = {QStringLiteral("link"), QStringLiteral("sync"), QStringLiteral("alerts"),
                               QStringLiteral("revoke"), QStringLiteral("reconnect")};

} // namespace

class TestJapaneseMessages final : public QObject
{
    Q_OBJECT

private:
    OAuthSandboxFixture m_f;
    qint64 m_kaede = 0;
    qint64 m_hoshizora = 0;
    QString m_cardId;

    Error cardsError()
    {
        CardApiClient api(m_f.context(), m_f.tokens());
        std::optional<ApiReply<CardList>> reply;
        api.cards(m_kaede, this, [&](ApiReply<CardList> r) { reply = std::move(r); });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
            return makeError(ErrorCode::Timeout, QStringLiteral("no answer"));
        return reply->result ? Error{} : reply->result.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The Japanese catalogue, as the app and meisai-cli install it for a Japanese user.
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QTranslator* catalogue = i18n::loadCatalogue(QStringLiteral("ja"), this);
        QVERIFY(catalogue);
        QCoreApplication::installTranslator(catalogue);
        QString error;
        QVERIFY2(m_f.setUp(&error, {QStringLiteral("--transactions-per-card"), QStringLiteral("20")}), qPrintable(error));
        m_kaede = m_f.link(kKaede, &error);
        QVERIFY2(m_kaede, qPrintable(error));
        LinkOptions withoutLimits;
        withoutLimits.scopes = {QStringLiteral("cards:read"), QStringLiteral("transactions:read"),
                                QStringLiteral("statements:read")};
        m_hoshizora = m_f.link(kHoshizora, &error, withoutLimits);
        QVERIFY2(m_hoshizora, qPrintable(error));
        CardApiClient api(m_f.context(), m_f.tokens());
        std::optional<ApiReply<CardList>> cards;
        api.cards(m_hoshizora, this, [&](ApiReply<CardList> r) { cards = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(cards.has_value(), 20000);
        QVERIFY(cards->result && !cards->result->cards.isEmpty());
        m_cardId = cards->result->cards.first().cardId;
    }

    void cardApiErrors_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("code");
        QTest::newRow("HTTP 500") << QStringLiteral("500") << QString() << 0 << int(ErrorCode::ServerError);
        QTest::newRow("HTTP 503 maintenance") << QStringLiteral("maintenance") << QStringLiteral("600") << 0
                                              << int(ErrorCode::Maintenance);
        QTest::newRow("HTTP 429") << QStringLiteral("429") << QStringLiteral("30") << 0 << int(ErrorCode::RateLimited);
        // Expired, refreshed once, expired again: the second 401 is the error.
        QTest::newRow("HTTP 401") << QStringLiteral("expire-tokens") << QString() << 2 << int(ErrorCode::Unauthorized);
        QTest::newRow("unsupported version") << QStringLiteral("api-version") << QStringLiteral("2.0.0") << 0
                                             << int(ErrorCode::UnsupportedVersion);
        QTest::newRow("malformed JSON") << QStringLiteral("malformed-json") << QString() << 0 << int(ErrorCode::Protocol);
    }
    void cardApiErrors()
    {
        QFETCH(QString, mode);
        QFETCH(QString, arg);
        QFETCH(int, count);
        QFETCH(int, code);
        QVERIFY(m_f.sandbox().setFault(kKaede, mode, arg, count));
        const Error error = cardsError();
        QVERIFY(m_f.sandbox().clearFault(kKaede));
        QCOMPARE(int(error.code), code);
        QVERIFY2(looksJapanese(error.message), qPrintable(error.message));
    }

    void permissionNotGranted()
    {
        CardApiClient api(m_f.context(), m_f.tokens());
        std::optional<ApiReply<CardLimits>> reply;
        api.limits(m_hoshizora, m_cardId, this, [&](ApiReply<CardLimits> r) { reply = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 20000);
        QVERIFY(!reply->result);
        QCOMPARE(reply->result.error().code, ErrorCode::InsufficientScope); // HTTP 403
        QVERIFY2(looksJapanese(reply->result.error().message), qPrintable(reply->result.error().message));
    }

    void deniedLink()
    {
        LinkFlow flow(m_f.context());
        const QUrl url = m_f.startLink(flow, kMomo);
        QVERIFY(!url.isEmpty());
        const SandboxBrowser::Decision d =
            m_f.browser().authorize(url, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), false);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(m_f.browser().deliver(d.location).status, 200);
        QVERIFY(m_f.waitFinished(flow));
        QCOMPARE(flow.error().code, ErrorCode::AccessDenied);
        QVERIFY2(looksJapanese(flow.error().message), qPrintable(flow.error().message));
    }

    void grantRevokedAtTheIssuer()
    {
        QVERIFY(m_f.sandbox().revokeUser(kHoshizora, QStringLiteral("taro")) >= 1);
        QVERIFY(m_f.expireAccessToken(m_hoshizora));
        std::optional<Result<AccessGrant>> grant;
        m_f.tokens().withAccessToken(m_hoshizora, this, [&](Result<AccessGrant> g) { grant = std::move(g); });
        QTRY_VERIFY_WITH_TIMEOUT(grant.has_value(), 20000);
        QVERIFY(!*grant);
        QCOMPARE(grant->error().code, ErrorCode::InvalidGrant);
        QVERIFY2(looksJapanese(grant->error().message), qPrintable(grant->error().message));
        // The alert raised for it, too.
        auto alerts = m_f.vault().alerts().list(true);
        QVERIFY(alerts && !alerts->isEmpty());
        for (const Alert& a : std::as_const(*alerts)) {
            if (a.connectionId != m_hoshizora)
                continue;
            for (const QString& text : {a.title, a.whatToDo})
                QVERIFY2(looksJapanese(text), qPrintable(text));
        }
    }

    void everySyncPhaseAndOutcome()
    {
        for (SyncPhase p : {SyncPhase::Queued, SyncPhase::Cards, SyncPhase::Transactions, SyncPhase::Statements,
                            SyncPhase::Limits, SyncPhase::Notices, SyncPhase::Waiting, SyncPhase::Done})
            QVERIFY2(looksJapanese(label(p)), qPrintable(label(p)));
        for (SyncOutcome o : {SyncOutcome::Completed, SyncOutcome::Failed, SyncOutcome::Maintenance,
                              SyncOutcome::NeedsReconnect, SyncOutcome::Cancelled, SyncOutcome::Skipped})
            QVERIFY2(looksJapanese(label(o)), qPrintable(label(o)));
    }

    void syncProgressAndSummaries()
    {
        SyncEngine engine(m_f.vault(), m_f.context(), m_f.tokens());
        SyncOptions options;
        options.delayCapMs = 5;
        options.maxAttempts = 2;
        engine.setOptions(options);
        QStringList messages;
        connect(&engine, &SyncEngine::progress, this, [&](const SyncProgress& p) {
            if (!p.message.isEmpty())
                messages << p.message;
        });
        QList<ConnectionSyncSummary> summaries;
        connect(&engine, &SyncEngine::connectionFinished, this,
                [&](const ConnectionSyncSummary& s) { summaries << s; });
        QVERIFY(m_f.sandbox().setFault(kKaede, QStringLiteral("500")));
        engine.sync(m_kaede);
        QVERIFY(QTest::qWaitFor([&] { return !summaries.isEmpty(); }, 30000));
        QVERIFY(m_f.sandbox().clearFault(kKaede));
        QCOMPARE(int(summaries.first().outcome), int(SyncOutcome::Failed));
        QVERIFY(!summaries.first().errors.isEmpty());
        for (const QString& text : summaries.first().errors + messages)
            QVERIFY2(looksJapanese(text), qPrintable(text));
    }

    void throughMeisaiCli()
    {
        TempProfile profile;
        CliRunner cli(profile.dir());
        QString why;
        QVERIFY2(addSandboxIssuers(m_f.sandbox(), cli, &why), qPrintable(why));
        LinkResult link = linkWithBrowser(m_f.sandbox(), cli, kKaede);
        QVERIFY2(link.ok(), qPrintable(link.why + QString::fromUtf8(link.cli.describe())));
        const QStringList ja = {QStringLiteral("--language"), QStringLiteral("ja")};
        // Lines a person reads on the terminal; diagnostics of a logging category ("meisai.oauth: …") aside.
        const auto check = [&](const CliResult& r, const char* what) {
            static const QRegularExpression log(QStringLiteral("^meisai-cli: meisai\\.[a-z]+: "));
            int lines = 0;
            for (const QString& line : r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (log.match(line).hasMatch())
                    continue;
                ++lines;
                QVERIFY2(looksJapanese(line, kCliWords), qPrintable(QLatin1String(what) + QStringLiteral(": ") + line));
            }
            QVERIFY2(lines > 0, what);
        };
        for (const auto& [mode, arg] : {std::pair{QStringLiteral("500"), QString()},
                                        std::pair{QStringLiteral("maintenance"), QStringLiteral("600")},
                                        std::pair{QStringLiteral("429"), QStringLiteral("30")}}) {
            QVERIFY(m_f.sandbox().setFault(kKaede, mode, arg));
            CliResult r = cli.run(ja + QStringList{QStringLiteral("sync"), QStringLiteral("--retry-wait-cap-ms"),
                                                   QStringLiteral("5")});
            QVERIFY(m_f.sandbox().clearFault(kKaede));
            QCOMPARE(r.exitCode, 3);
            check(r, qPrintable(mode));
        }
        CliResult ok = cli.run(ja + QStringList{QStringLiteral("sync")});
        QCOMPARE(ok.exitCode, 0);
        check(ok, "sync");
        // The grant ended at the issuer: invalid_grant on the next refresh.
        QVERIFY(m_f.sandbox().revokeUser(kKaede, QStringLiteral("taro")) >= 1);
        QVERIFY(m_f.sandbox().setFault(kKaede, QStringLiteral("expire-tokens"), {}, 1));
        CliResult revoked = cli.run(ja + QStringList{QStringLiteral("sync")});
        QCOMPARE(revoked.exitCode, 4);
        check(revoked, "invalid_grant");
        // A link the user declines (linkWithBrowser runs meisai-cli link; a Japanese locale chooses the language).
        cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("ja_JP.UTF-8"));
        LinkResult denied = linkWithBrowser(m_f.sandbox(), cli, kMomo, QStringLiteral("taro"),
                                            QStringLiteral("sandbox-pass-1"), false);
        QCOMPARE(denied.cli.exitCode, 7);
        check(denied.cli, "denied link");
    }
};

QTEST_GUILESS_MAIN(TestJapaneseMessages)
#include "TestJapaneseMessages.moc"
