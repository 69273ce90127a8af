// The sync engine against the sandbox issuer over TLS on 127.0.0.1, with the
// real keychain and SQLCipher: three issuers linked through their consent
// pages, then full and incremental syncs, confirmations, interruptions, every
// fault mode, a PAN leak and an issuer-side revocation.

#include "SqlCipherPages.h"
#include "SyncFixture.h"
#include "api/CardApiClient.h"
#include "api/PanGuard.h"
#include "model/Scope.h"
#include "security/AlertRules.h"
#include "vault/VaultKey.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <optional>

using namespace meisai;
using namespace meisai::test;

namespace {

constexpr int kPerCard = 1200; // three pages of 500 per card

const QString kHoshizora = QStringLiteral("hoshizora-card");
const QString kKaede = QStringLiteral("kaede-card");
const QString kMomo = QStringLiteral("momo-pay");

const ConnectionSyncSummary* find(const QList<ConnectionSyncSummary>& list, qint64 id)
{
    for (const auto& s : list) {
        if (s.connectionId == id)
            return &s;
    }
    return nullptr;
}

// Why a summary is not ok, for failure messages.
QByteArray describe(const ConnectionSyncSummary* s)
{
    if (!s)
        return "no summary";
    return (toString(s->outcome) + QStringLiteral(": ") + s->errors.join(u';')).toUtf8();
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstSyncStoresEverythingOnce();
    void secondSyncAddsNothing();
    void confirmedItemsUpdateInPlace();
    void interruptedSyncResumes();
    void faults_data();
    void faults();
    void apiVersionIsRead();
    void deprecatedApiRaisesAlert();
    void panLeakNeverReachesTheVault();
    void pageChainGuard_data();
    void pageChainGuard();
    void issuerRevocationMarksOnlyThatConnection();
    void auditRowsNameTemplatesOnly();
    void declinedOptionalScopeIsNotUsed();

private:
    qint64 connectionOf(const QString& issuerId) const { return m_connections.value(issuerId); }
    void checkStatementsMatch(qint64 connectionId);
    qint64 countOf(qint64 connectionId) { return *m_fx->vault().transactions().count(connectionId); }
    int openAlerts(AlertKind kind, qint64 connectionId);

    std::unique_ptr<SyncFixture> m_fx;
    QHash<QString, qint64> m_connections;
};

void TestSyncEngine::initTestCase()
{
    m_fx = std::make_unique<SyncFixture>(
        QStringList{QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--transactions-per-card"),
                    QString::number(kPerCard)});
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->errorString()));
    for (const QString& issuer : {kHoshizora, kKaede, kMomo}) {
        QString error;
        const qint64 id = m_fx->link(issuer, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), &error);
        QVERIFY2(id > 0, qPrintable(issuer + QStringLiteral(": ") + error));
        m_connections.insert(issuer, id);
    }
}

void TestSyncEngine::cleanupTestCase()
{
    m_fx.reset();
}

void TestSyncEngine::checkStatementsMatch(qint64 connectionId)
{
    auto statements = m_fx->vault().statements().list(connectionId);
    QVERIFY(statements.ok());
    QVERIFY(!statements->isEmpty());
    int withData = 0;
    for (const CardStatement& s : *statements) {
        auto total = m_fx->vault().transactions().billedTotal(connectionId, s.cardId, s.billingMonth);
        QVERIFY(total.ok());
        QVERIFY2(*total == s.totalBilledAmount,
                 qPrintable(QStringLiteral("%1 %2: stored %3, issuer %4")
                                .arg(s.cardId, s.billingMonth)
                                .arg(*total)
                                .arg(s.totalBilledAmount)));
        if (s.transactionCount > 0)
            ++withData;
    }
    QVERIFY(withData >= 12);
}

void TestSyncEngine::firstSyncStoresEverythingOnce()
{
    QList<SyncProgress> progress;
    QObject receiver;
    connect(&m_fx->engine(), &SyncEngine::progress, &receiver, [&](const SyncProgress& p) { progress << p; });
    const auto summaries = m_fx->sync();
    QCOMPARE(summaries.size(), 3);
    for (const QString& issuer : {kHoshizora, kKaede, kMomo}) {
        const qint64 id = connectionOf(issuer);
        const auto* s = find(summaries, id);
        QVERIFY(s);
        QVERIFY2(s->ok(), qPrintable(issuer + QStringLiteral(": ") + s->errors.join(u';')));
        QVERIFY(s->cards > 0);
        QCOMPARE(s->transactions.inserted, s->cards * kPerCard);
        QCOMPARE(s->transactions.updated, 0);
        QCOMPARE(countOf(id), qint64(s->cards) * kPerCard);
        // No duplicates: transaction ids are unique per card.
        auto all = m_fx->vault().transactions().query(TransactionQuery::forConnection(id));
        QSet<QString> keys;
        for (const CardTransaction& t : *all)
            keys.insert(t.cardId + u'/' + t.transactionId);
        QCOMPARE(qsizetype(keys.size()), all->size());
        checkStatementsMatch(id);
        auto limits = m_fx->vault().limits().list(id);
        QCOMPARE(limits->size(), s->cards);
        auto connection = m_fx->vault().connections().get(id);
        QVERIFY((*connection)->lastSyncAt.isValid());
        QVERIFY((*connection)->lastError.isEmpty());
    }
    // Progress came per connection, with pages and items.
    QSet<qint64> reported;
    int maxPages = 0;
    for (const SyncProgress& p : progress) {
        reported.insert(p.connectionId);
        maxPages = std::max(maxPages, p.pages);
    }
    QCOMPARE(reported.size(), 3);
    QVERIFY(maxPages >= 3);
    auto notices = m_fx->vault().notices().list();
    QVERIFY(!notices->isEmpty());
}

void TestSyncEngine::secondSyncAddsNothing()
{
    QHash<qint64, qint64> before;
    for (qint64 id : m_connections)
        before.insert(id, countOf(id));
    const auto summaries = m_fx->sync();
    for (qint64 id : m_connections) {
        const auto* s = find(summaries, id);
        QVERIFY2(s && s->ok(), describe(s).constData());
        QCOMPARE(s->transactions.inserted, 0);
        QVERIFY(s->transactions.unchanged > 0);
        // Incremental: far fewer items than the whole history were read.
        QVERIFY2(s->transactions.unchanged < s->cards * kPerCard,
                 qPrintable(QString::number(s->transactions.unchanged)));
        QCOMPARE(countOf(id), before.value(id));
    }
}

void TestSyncEngine::confirmedItemsUpdateInPlace()
{
    const qint64 id = connectionOf(kKaede);
    auto unconfirmedBefore = [&] {
        const auto all = m_fx->vault().transactions().query(TransactionQuery::forConnection(id));
        if (!all)
            return -1;
        int n = 0;
        for (const CardTransaction& t : *all)
            n += t.status == TransactionStatus::Unconfirmed;
        return n;
    };
    const int pending = unconfirmedBefore();
    QVERIFY2(pending > 0, "the sandbox should have unconfirmed items");
    const qint64 count = countOf(id);
    QVERIFY(m_fx->sandbox().confirmPending(kKaede) > 0);
    const auto summaries = m_fx->sync({id});
    const auto* s = find(summaries, id);
    QVERIFY2(s && s->ok(), describe(s).constData());
    QCOMPARE(s->transactions.inserted, 0);
    QVERIFY(s->transactions.updated >= pending);
    QCOMPARE(unconfirmedBefore(), 0);
    QCOMPARE(countOf(id), count);
    checkStatementsMatch(id);
}

void TestSyncEngine::interruptedSyncResumes()
{
    // A new link of another user at hoshizora: a fresh history to read.
    QString error;
    const qint64 id = m_fx->link(kHoshizora, QStringLiteral("hanako"), QStringLiteral("sandbox-pass-2"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    bool armed = true;
    QObject receiver;
    connect(&m_fx->engine(), &SyncEngine::progress, &receiver, [&](const SyncProgress& p) {
        if (armed && p.connectionId == id && p.pages == 2) {
            armed = false;
            m_fx->engine().cancel(id);
        }
    });
    auto summaries = m_fx->sync({id});
    const auto* first = find(summaries, id);
    QVERIFY(first);
    QCOMPARE(int(first->outcome), int(SyncOutcome::Cancelled));
    const qint64 partial = countOf(id);
    QCOMPARE(partial, qint64(1000)); // two committed pages of 500
    summaries = m_fx->sync({id});
    const auto* second = find(summaries, id);
    QVERIFY(second && second->ok());
    QCOMPARE(second->transactions.inserted + partial, qint64(second->cards) * kPerCard);
    QCOMPARE(countOf(id), qint64(second->cards) * kPerCard);
    // It resumed: the first card's remaining 200 were read, not the whole card again.
    QVERIFY2(second->transactions.unchanged < 500, qPrintable(QString::number(second->transactions.unchanged)));
    checkStatementsMatch(id);
    m_connections.insert(QStringLiteral("hoshizora-hanako"), id);
}

void TestSyncEngine::faults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("malformed JSON") << "malformed-json" << "" << int(SyncOutcome::Failed) << "not valid JSON";
    QTest::newRow("truncated body") << "truncated-body" << "" << int(SyncOutcome::Failed) << "";
    QTest::newRow("oversized body") << "oversized-body" << "9" << int(SyncOutcome::Failed) << "larger than";
    QTest::newRow("HTTP 500") << "500" << "" << int(SyncOutcome::Failed) << "HTTP 500";
    QTest::newRow("503 maintenance") << "maintenance" << "900" << int(SyncOutcome::Maintenance) << "maintenance";
    QTest::newRow("429 rate limit") << "429" << "5" << int(SyncOutcome::Failed) << "slow down";
    QTest::newRow("unsupported API major version")
        << "api-version" << "2.0.0" << int(SyncOutcome::Failed) << "version 2.0.0 of its card API";
}

void TestSyncEngine::faults()
{
    QFETCH(QString, mode);
    QFETCH(QString, arg);
    QFETCH(int, outcome);
    QFETCH(QString, messagePart);
    const qint64 id = connectionOf(kHoshizora);
    const qint64 before = countOf(id);
    const qint64 other = connectionOf(kKaede);
    QVERIFY2(m_fx->sandbox().setFault(kHoshizora, mode, arg), qPrintable(m_fx->sandbox().lastAdminError()));
    auto summaries = m_fx->sync({id, other});
    QVERIFY(m_fx->sandbox().clearFault(kHoshizora, mode));
    const auto* s = find(summaries, id);
    QVERIFY(s);
    QCOMPARE(int(s->outcome), outcome);
    QVERIFY(!s->errors.isEmpty());
    const QString message = s->errors.join(u' ');
    qInfo().noquote() << mode << "->" << message;
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("access_token")) && !message.contains(QStringLiteral("?")),
             qPrintable(message));
    // The other issuer is not affected; what was stored is intact.
    const auto* o = find(summaries, other);
    QVERIFY2(o && o->ok(), describe(o).constData());
    QCOMPARE(countOf(id), before);
    auto connection = m_fx->vault().connections().get(id);
    QVERIFY(!(*connection)->lastError.isEmpty());
    if (SyncOutcome(outcome) == SyncOutcome::Maintenance) {
        QVERIFY((*connection)->nextSyncAt.isValid());
        QVERIFY((*connection)->nextSyncAt > QDateTime::currentDateTimeUtc().addSecs(800));
        bool alerted = false;
        const auto open = m_fx->vault().alerts().list(true);
        QVERIFY(open.ok());
        for (const Alert& a : *open) {
            if (a.kind == AlertKind::Maintenance && a.connectionId == id) {
                alerted = true;
                QVERIFY2(a.whatHappened.contains(QStringLiteral("メンテナンス")), qPrintable(a.whatHappened));
            }
        }
        QVERIFY(alerted);
    }
    const auto unsupportedAlertOpen = [&] {
        const auto open = m_fx->vault().alerts().list(true);
        if (!open)
            return false;
        for (const Alert& a : *open) {
            if (a.kind == AlertKind::ApiUnsupported && a.issuerId == kHoshizora)
                return true;
        }
        return false;
    };
    if (mode == u"api-version")
        QVERIFY2(unsupportedAlertOpen(), "an unsupported API version should raise an alert");
    // Later the sync completes.
    summaries = m_fx->sync({id});
    s = find(summaries, id);
    QVERIFY2(s && s->ok(), qPrintable(s ? s->errors.join(u';') : QString()));
    QCOMPARE(s->transactions.inserted, 0);
    QCOMPARE(countOf(id), before);
    connection = m_fx->vault().connections().get(id);
    QVERIFY((*connection)->lastError.isEmpty());
    QVERIFY2(!unsupportedAlertOpen(), "a sync that read the API again should resolve the alert");
    checkStatementsMatch(id);
}

void TestSyncEngine::apiVersionIsRead()
{
    // The sandbox sends x-api-version 1.x on every card API response; the client reads it.
    std::optional<ApiReply<CardList>> reply;
    QObject context;
    m_fx->engine().api().cards(connectionOf(kKaede), &context, [&](ApiReply<CardList> r) { reply = std::move(r); });
    QVERIFY(waitUntil([&] { return reply.has_value(); }, 15000));
    QVERIFY2(reply->ok(), qPrintable(reply->ok() ? QString() : reply->result.error().message));
    QVERIFY2(reply->meta.apiVersion.startsWith(QStringLiteral("1.")), qPrintable(reply->meta.apiVersion));
}

void TestSyncEngine::deprecatedApiRaisesAlert()
{
    // The sandbox marks GET …/limits deprecated with a Sunset date.
    bool found = false;
    const auto alerts = m_fx->vault().alerts().list();
    QVERIFY(alerts.ok());
    for (const Alert& a : *alerts) {
        if (a.kind == AlertKind::ApiDeprecated) {
            found = true;
            QVERIFY2(a.whatHappened.contains(QStringLiteral("/v1/cards/{cardId}/limits")), qPrintable(a.whatHappened));
            QVERIFY2(a.whatHappened.contains(QStringLiteral("2026")), qPrintable(a.whatHappened));
        }
    }
    QVERIFY(found);
}

void TestSyncEngine::panLeakNeverReachesTheVault()
{
    const qint64 id = connectionOf(kKaede);
    auto cards = m_fx->vault().cards().list(id);
    QVERIFY(!cards->isEmpty());
    QVERIFY(m_fx->sandbox().setFault(kKaede, QStringLiteral("pan-leak"), {}, 1));
    const auto summaries = m_fx->sync({id});
    const auto* s = find(summaries, id);
    QVERIFY2(s && s->ok(), describe(s).constData());
    QVERIFY(!s->warnings.isEmpty());
    // Results are kept in locals: ranging over `*temporary()` would read a destroyed list (C++20).
    const auto open = m_fx->vault().alerts().list(true);
    QVERIFY(open.ok());
    bool alerted = false;
    for (const Alert& a : *open)
        alerted = alerted || (a.kind == AlertKind::PanReceived && a.connectionId == id);
    QVERIFY(alerted);
    const auto rows = m_fx->vault().audit().list(id);
    QVERIFY(rows.ok());
    bool audited = false;
    for (const AuditEntry& e : *rows)
        audited = audited || e.operation == u"pan_dropped";
    QVERIFY(audited);

    // Scan what is physically in the database and its WAL.
    m_fx->vault().database().checkpoint().ok();
    auto key = Keychain::read(m_fx->vault().profile().id());
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    const QByteArray pages = decryptSqlCipherPages(m_fx->vault().profile().databasePath(), *key);
    QVERIFY(pages.size() > 4096);
    QVERIFY2(pages.contains(QStringLiteral("ご利用カード番号 ****").toUtf8()), "the redacted remark should be stored");
    // The leaked number starts like the masked one (BIN) and ends with its last four digits.
    for (const Card& c : *cards) {
        const QString digits = QString(c.maskedPan).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QVERIFY(digits.size() >= 8);
        const QString first6 = c.maskedPan.left(7).remove(u'-');
        const QString last4 = c.maskedPan.right(4);
        const QRegularExpression full(first6 + QStringLiteral("[0-9 -]{5,12}") + last4);
        QVERIFY2(!full.match(QString::fromLatin1(pages)).hasMatch(), qPrintable(c.maskedPan));
    }
    // And nothing Luhn-valid follows the leaked label anywhere.
    const QString text = QString::fromUtf8(pages);
    const QString label = QStringLiteral("ご利用カード番号 ");
    for (qsizetype at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1))
        QVERIFY(!PanGuard::containsPan(QStringView(text).mid(at, 40)));
}

int TestSyncEngine::openAlerts(AlertKind kind, qint64 connectionId)
{
    const auto open = m_fx->vault().alerts().list(true);
    int n = 0;
    for (const Alert& a : *open)
        n += a.kind == kind && a.connectionId == connectionId ? 1 : 0;
    return n;
}

void TestSyncEngine::pageChainGuard_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<int>("faultCount"); // 0: until cleared
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<int>("budgetSecs");
    QTest::addColumn<int>("pagesStored"); // in the stopped sync
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("otherAlongside"); // the other connection in the same sync (same options)
    // The first card's chain: the pages whose keys are new are stored, the first to repeat one is not.
    QTest::newRow("a page sends back the key it was asked with")
        << "repeat-key" << "1" << 0 << kMaxPagesPerSync << kConnectionBudgetSecs << 1
        << "sent a page key it had already sent" << true;
    // Keys A, B, A: not the last key, but one seen before in the chain.
    QTest::newRow("keys going round a cycle of three")
        << "repeat-key" << "3" << 0 << kMaxPagesPerSync << kConnectionBudgetSecs << 3
        << "sent a page key it had already sent" << true;
    QTest::newRow("endless pages reach the page cap")
        << "endless-pages" << "" << 0 << 7 << kConnectionBudgetSecs << 7 << "stopped this sync after 7 pages" << true;
    // The cards request alone takes longer than the budget: the first transactions request is not sent.
    // The budget is the engine's, so the other connection syncs afterwards, with the defaults.
    QTest::newRow("a slow issuer runs out of time")
        << "latency" << "1500" << 1 << kMaxPagesPerSync << 1 << 0 << "took longer than 1 second" << false;
}

// The page-chain guard: the connection's sync ends with a clear error and a
// sync_stopped alert, what was committed stays, the other connection syncs,
// and once the issuer behaves the next sync completes and resolves the alert.
void TestSyncEngine::pageChainGuard()
{
    QFETCH(QString, mode);
    QFETCH(QString, arg);
    QFETCH(int, faultCount);
    QFETCH(int, maxPages);
    QFETCH(int, budgetSecs);
    QFETCH(int, pagesStored);
    QFETCH(QString, messagePart);
    QFETCH(bool, otherAlongside);
    const qint64 id = connectionOf(kHoshizora);
    const qint64 other = connectionOf(kKaede);
    const qint64 before = countOf(id);
    const SyncOptions defaults = m_fx->engine().options();
    SyncOptions options = defaults;
    options.maxPagesPerSync = maxPages;
    options.connectionBudgetSecs = budgetSecs;
    m_fx->engine().setOptions(options);
    QVERIFY2(m_fx->sandbox().setFault(kHoshizora, mode, arg, faultCount), qPrintable(m_fx->sandbox().lastAdminError()));
    QElapsedTimer timer;
    timer.start();
    auto summaries = m_fx->sync(otherAlongside ? QList<qint64>{id, other} : QList<qint64>{id}, 60000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(m_fx->sandbox().clearFault(kHoshizora, mode));
    m_fx->engine().setOptions(defaults);
    if (!otherAlongside)
        summaries += m_fx->sync({other});

    const auto* s = find(summaries, id);
    QVERIFY(s);
    QVERIFY2(s->outcome == SyncOutcome::Failed, describe(s).constData());
    QCOMPARE(s->errors.size(), 1);
    const QString error = s->errors.first();
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    const QString issuerName = AlertRules(&m_fx->directory()).issuerName(kHoshizora);
    QVERIFY(!issuerName.isEmpty() && issuerName != kHoshizora);
    QVERIFY2(error.contains(issuerName), qPrintable(error)); // names the issuer
    QCOMPARE(s->pages, pagesStored);
    QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
    QCOMPARE(openAlerts(AlertKind::SyncStopped, id), 1);
    QCOMPARE(countOf(id), before); // pages already stored stay; the repeated items add nothing
    const auto* o = find(summaries, other);
    QVERIFY2(o && o->ok(), describe(o).constData());
    QCOMPARE(openAlerts(AlertKind::SyncStopped, other), 0);

    // The issuer behaves again: the sync resumes from the committed cursor and completes.
    auto again = m_fx->sync({id});
    const auto* a = find(again, id);
    QVERIFY2(a && a->ok(), describe(a).constData());
    QCOMPARE(countOf(id), before);
    QCOMPARE(openAlerts(AlertKind::SyncStopped, id), 0);
    checkStatementsMatch(id);
}

void TestSyncEngine::issuerRevocationMarksOnlyThatConnection()
{
    const qint64 momo = connectionOf(kMomo);
    QVERIFY(m_fx->sandbox().revokeUser(kMomo, QStringLiteral("taro")) > 0);
    const auto summaries = m_fx->sync();
    const auto* s = find(summaries, momo);
    QVERIFY(s);
    QCOMPARE(int(s->outcome), int(SyncOutcome::NeedsReconnect));
    auto connection = m_fx->vault().connections().get(momo);
    QVERIFY((*connection)->status == ConnectionStatus::NeedsReconnect);
    for (const QString& issuer : {kHoshizora, kKaede}) {
        const auto* o = find(summaries, connectionOf(issuer));
        QVERIFY2(o && o->ok(), qPrintable(issuer + u' ' + QString::fromUtf8(describe(o))));
    }
    auto profile = m_fx->directory().find(kMomo);
    QVERIFY(profile.ok());
    bool alerted = false;
    const auto open = m_fx->vault().alerts().list(true);
    QVERIFY(open.ok());
    for (const Alert& a : *open) {
        if (a.connectionId != momo || !a.dedupKey.startsWith(QStringLiteral("reconnect:")))
            continue;
        alerted = true;
        QVERIFY2(!a.contact.isEmpty(), qPrintable(a.title));
        // The grant ended without the user asking: the issuer's incident desk first.
        const QString phone = profile->disclosures.incident.phone.isEmpty() ? profile->disclosures.inquiry.phone
                                                                            : profile->disclosures.incident.phone;
        if (!phone.isEmpty())
            QVERIFY2(a.contact.contains(phone), qPrintable(a.contact));
    }
    QVERIFY(alerted);
    // Next sync skips it without calling the issuer.
    const auto again = m_fx->sync();
    QVERIFY(!find(again, momo));
}

void TestSyncEngine::auditRowsNameTemplatesOnly()
{
    auto rows = m_fx->vault().audit().list();
    QVERIFY(rows.ok());
    QSet<QString> operations;
    for (const AuditEntry& e : *rows) {
        operations.insert(e.operation);
        QVERIFY2(!e.operation.contains(u'?') && !e.detail.contains(QStringLiteral("nextItemKey")),
                 qPrintable(e.operation + u' ' + e.detail));
        QVERIFY2(!e.operation.contains(QStringLiteral("crd_")), qPrintable(e.operation));
    }
    QVERIFY(operations.contains(QStringLiteral("GET /v1/cards")));
    QVERIFY(operations.contains(QStringLiteral("GET /v1/cards/{cardId}/transactions")));
    QVERIFY(operations.contains(QStringLiteral("GET /v1/cards/{cardId}/statements/{billingMonth}")));
    QVERIFY(operations.contains(QStringLiteral("GET /v1/notices")));
    auto verification = m_fx->vault().audit().verify();
    QVERIFY(verification.ok() && verification->intact);
}

// A connection whose grant lacks the optional limits:read (the user unticked it when linking)
// syncs cleanly and never calls the endpoint that scope guards.
void TestSyncEngine::declinedOptionalScopeIsNotUsed()
{
    const qint64 id = connectionOf(kKaede); // still active after the tests before

    auto stored = m_fx->vault().connections().get(id);
    QVERIFY(stored.ok() && stored->has_value());
    Connection c = **stored;
    c.grantedScopes.removeAll(limitsScope());
    QVERIFY(!c.grantedScopes.isEmpty());
    QVERIFY(m_fx->vault().connections().update(c).ok());
    auto before = m_fx->vault().audit().list(id);
    QVERIFY(before.ok());
    qint64 lastSeq = 0;
    for (const AuditEntry& e : *before)
        lastSeq = std::max(lastSeq, e.seq);

    const auto summaries = m_fx->sync({id});
    const auto* s = find(summaries, id);
    QVERIFY(s);
    QVERIFY2(s->ok(), qPrintable(s->errors.join(u';')));
    QCOMPARE(s->limits, 0);
    auto after = m_fx->vault().audit().list(id);
    QVERIFY(after.ok());
    int limitsCalls = 0, cardsCalls = 0;
    for (const AuditEntry& e : *after) {
        if (e.seq <= lastSeq)
            continue;
        limitsCalls += e.operation.endsWith(QStringLiteral("/limits"));
        cardsCalls += e.operation == u"GET /v1/cards";
    }
    QCOMPARE(cardsCalls, 1); // the sync did run
    QCOMPARE(limitsCalls, 0);
    auto connection = m_fx->vault().connections().get(id);
    QVERIFY((*connection)->lastError.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
