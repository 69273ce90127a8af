// ConnectionStore: a linked account reads back as written (its binding
// included), an update keeps the time it was first linked, and removing a
// connection takes everything stored for it and nothing of another one.

#include "StoreFixture.h"

#include <QTest>
#include <QTimeZone>

using namespace meisai;
using namespace meisai::test;

Q_DECLARE_METATYPE(meisai::Connection)
Q_DECLARE_METATYPE(meisai::ConnectionStatus)
Q_DECLARE_METATYPE(meisai::IssuerBinding)

namespace {

QUrl url(const char* text)
{
    return QUrl(QString::fromUtf8(text));
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

Connection fullConnection()
{
    Connection c;
    c.issuerId = QStringLiteral("hoshizora-card");
    c.label = QStringLiteral("ほしぞらカード（家計用）");
    c.status = ConnectionStatus::Active;
    c.requestedScopes = {QStringLiteral("openid"), QStringLiteral("cards:read"),
                         QStringLiteral("transactions:read")};
    c.grantedScopes = {QStringLiteral("openid"), QStringLiteral("cards:read")};
    c.consentGrantedAt = utc(2026, 11, 1, 9, 0, 0, 250);
    c.consentExpiresAt = utc(2027, 1, 30, 9, 0, 0, 250);
    c.authTime = utc(2026, 11, 1, 8, 59, 41);
    c.lastSyncAt = utc(2026, 11, 19, 22, 0, 5, 999);
    c.nextSyncAt = utc(2026, 11, 20, 4, 0);
    c.lastError = QStringLiteral("カード会社のサーバーが混み合っています");
    c.syncState = QStringLiteral(R"({"v":1,"cards":{"c1":{"syncedTo":"2026-11-19","key":"次ページ"}}})");
    c.binding = IssuerBinding{
        url("https://auth.hoshizora-card.jp"), url("https://auth.hoshizora-card.jp/oauth/token"),
        url("https://auth.hoshizora-card.jp/oauth/revoke"), url("https://api.hoshizora-card.jp/v1")};
    return c;
}

// Compares every field but id and the two times the store sets.
void compareFields(const Connection& a, const Connection& e)
{
    QCOMPARE(a.issuerId, e.issuerId);
    QCOMPARE(a.label, e.label);
    QCOMPARE(toString(a.status), toString(e.status));
    QCOMPARE(a.requestedScopes, e.requestedScopes);
    QCOMPARE(a.grantedScopes, e.grantedScopes);
    QCOMPARE(a.consentGrantedAt, e.consentGrantedAt);
    QCOMPARE(a.consentExpiresAt, e.consentExpiresAt);
    QCOMPARE(a.authTime, e.authTime);
    QCOMPARE(a.lastSyncAt, e.lastSyncAt);
    QCOMPARE(a.nextSyncAt, e.nextSyncAt);
    QCOMPARE(a.lastError, e.lastError);
    QCOMPARE(a.syncState, e.syncState);
    QCOMPARE(a.binding.issuer, e.binding.issuer);
    QCOMPARE(a.binding.tokenEndpoint, e.binding.tokenEndpoint);
    QCOMPARE(a.binding.revocationEndpoint, e.binding.revocationEndpoint);
    QCOMPARE(a.binding.apiBaseUrl, e.binding.apiBaseUrl);
}

// Stores one row in every per-connection table for connection id, and a queued revocation and an audit row.
bool fillConnection(Vault& vault, qint64 id, const QString& cardId)
{
    TokenSet t;
    t.accessToken = SecretBytes(QByteArray("AT-of-" + cardId.toUtf8()));
    t.refreshToken = SecretBytes(QByteArray("RT-of-" + cardId.toUtf8()));
    t.tokenType = QStringLiteral("Bearer");
    if (!vault.tokens().put(id, t).ok())
        return false;
    Card card{id,
              cardId,
              QStringLiteral("**** **** **** 1234"),
              QStringLiteral("ゴールド"),
              HolderType::Principal,
              false,
              utc(2026, 11, 19)};
    if (!vault.cards().upsert({card}).ok())
        return false;
    if (!vault.transactions().upsert(sampleTransactions(id, cardId, 12)).ok())
        return false;
    CardStatement s;
    s.connectionId = id;
    s.cardId = cardId;
    s.billingMonth = QStringLiteral("2026-12");
    if (!vault.statements().upsert(s).ok())
        return false;
    CardLimits l;
    l.connectionId = id;
    l.cardId = cardId;
    l.shoppingLimit = 500000;
    if (!vault.limits().upsert(l).ok())
        return false;
    PendingRevocation r;
    r.connectionId = id;
    r.issuerId = QStringLiteral("hoshizora-card");
    r.token = SecretBytes(QByteArray("RT-to-revoke-" + cardId.toUtf8()));
    r.tokenTypeHint = QStringLiteral("refresh_token");
    if (!vault.revocations().enqueue(r).ok())
        return false;
    AuditEntry e;
    e.connectionId = id;
    e.operation = QStringLiteral("link");
    e.result = QStringLiteral("ok");
    return vault.audit().append(e).ok();
}

} // namespace

class TestConnectionStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<Connection>("connection");
        QTest::addColumn<QString>("statusCode");

        QTest::newRow("every field set, Japanese text, full binding")
            << fullConnection() << QStringLiteral("active");

        Connection empty;
        empty.issuerId = QStringLiteral("sandbox");
        QTest::newRow("only the issuer: no label, scopes, times, error or binding")
            << empty << QStringLiteral("linking");

        Connection noRevocation = fullConnection();
        noRevocation.binding.revocationEndpoint = QUrl();
        noRevocation.binding.apiBaseUrl = QUrl();
        QTest::newRow("binding without revocation endpoint or API")
            << noRevocation << QStringLiteral("active");

        Connection jst = fullConnection();
        const QTimeZone tokyo(9 * 3600);
        jst.consentGrantedAt = QDateTime(QDate(2026, 11, 1), QTime(18, 0, 0, 1), tokyo);
        jst.consentExpiresAt = QDateTime(QDate(2027, 1, 31), QTime(0, 30), tokyo);
        QTest::newRow("times given in JST come back as the same instants") << jst << QStringLiteral("active");

        const std::pair<ConnectionStatus, const char*> statuses[] = {
            {ConnectionStatus::Linking, "linking"},
            {ConnectionStatus::Active, "active"},
            {ConnectionStatus::NeedsReconnect, "needs_reconnect"},
            {ConnectionStatus::Revoked, "revoked"}};
        for (const auto& [status, code] : statuses) {
            Connection c = fullConnection();
            c.status = status;
            QTest::addRow("status %s", code) << c << QString::fromLatin1(code);
        }
    }

    void everyFieldRoundTrips()
    {
        QFETCH(Connection, connection);
        QFETCH(QString, statusCode);
        StoreFixture f;
        QVERIFY(f.open());
        auto id = f.vault().connections().add(connection);
        QVERIFY(id.ok());
        QVERIFY(*id > 0);
        QVERIFY(f.reopen());

        auto got = f.vault().connections().get(*id);
        QVERIFY(got.ok());
        QVERIFY(got->has_value());
        const Connection& c = **got;
        QCOMPARE(c.id, *id);
        compareFields(c, connection);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(c.createdAt, storeTestStart());
        QCOMPARE(c.updatedAt, storeTestStart());
        QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
        // The status is kept as its code, which other versions of Meisai read.
        QCOMPARE(f.queryText("SELECT status FROM connections"), statusCode);
    }

    void addKeepsACreationTimeGiven()
    {
        StoreFixture f;
        QVERIFY(f.open());
        Connection c = fullConnection();
        c.createdAt = utc(2025, 4, 1, 12, 0, 0, 5); // e.g. restored from an export
        auto id = f.vault().connections().add(c);
        QVERIFY(id.ok());
        auto got = f.vault().connections().get(*id);
        QCOMPARE((*got)->createdAt, c.createdAt);
        QCOMPARE((*got)->updatedAt, storeTestStart());
    }

    void listHoldsEveryConnectionInTheOrderAdded()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QList<qint64> ids;
        for (const char* issuer : {"zeta-card", "alpha-card", "hoshizora-card"}) {
            Connection c = fullConnection();
            c.issuerId = QString::fromLatin1(issuer);
            auto id = f.vault().connections().add(c);
            QVERIFY(id.ok());
            ids << *id;
            f.clock().advance(1);
        }
        QVERIFY(ids[0] < ids[1] && ids[1] < ids[2]);
        auto all = f.vault().connections().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QStringList issuers;
        for (const Connection& c : *all)
            issuers << c.issuerId;
        QCOMPARE(issuers, (QStringList{QStringLiteral("zeta-card"), QStringLiteral("alpha-card"),
                                       QStringLiteral("hoshizora-card")}));
        QCOMPARE(all->at(2).id, ids[2]);
        QCOMPARE(all->at(2).createdAt, storeTestStart().addSecs(2));
        compareFields(all->at(0), [] {
            Connection c = fullConnection();
            c.issuerId = QStringLiteral("zeta-card");
            return c;
        }());
    }

    void getOfAnUnknownIdIsEmpty()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        auto got = f.vault().connections().get(id + 1);
        QVERIFY(got.ok());
        QVERIFY(!got->has_value());
    }

    void updateChangesEverythingButTheCreationTime_data()
    {
        QTest::addColumn<QDateTime>("createdAtGiven");
        QTest::newRow("creation time as read") << storeTestStart();
        QTest::newRow("creation time cleared") << QDateTime();
        QTest::newRow("creation time moved") << utc(2030, 1, 1);
    }

    void updateChangesEverythingButTheCreationTime()
    {
        QFETCH(QDateTime, createdAtGiven);
        StoreFixture f;
        QVERIFY(f.open());
        Connection c;
        c.issuerId = QStringLiteral("hoshizora-card");
        c.status = ConnectionStatus::Linking;
        auto id = f.vault().connections().add(c);
        QVERIFY(id.ok());

        f.clock().advance(3600);
        Connection changed = fullConnection();
        changed.id = *id;
        changed.issuerId = QStringLiteral("hoshizora-card-2");
        changed.status = ConnectionStatus::NeedsReconnect;
        changed.createdAt = createdAtGiven;
        QVERIFY(f.vault().connections().update(changed).ok());

        auto got = f.vault().connections().get(*id);
        QVERIFY(got.ok() && got->has_value());
        compareFields(**got, changed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE((*got)->createdAt, storeTestStart());
        QCOMPARE((*got)->updatedAt, storeTestStart().addSecs(3600));
    }

    void updateCanClearOptionalFields()
    {
        StoreFixture f;
        QVERIFY(f.open());
        auto id = f.vault().connections().add(fullConnection());
        QVERIFY(id.ok());
        Connection cleared;
        cleared.id = *id;
        cleared.issuerId = QStringLiteral("hoshizora-card");
        QVERIFY(f.vault().connections().update(cleared).ok());
        auto got = f.vault().connections().get(*id);
        compareFields(**got, cleared);
        if (QTest::currentTestFailed())
            return;
        QVERIFY((*got)->binding.isEmpty());
        QVERIFY((*got)->grantedScopes.isEmpty());
    }

    void updateOfAnUnknownIdIsNotFound()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 existing = f.addConnection();
        Connection ghost = fullConnection();
        ghost.id = existing + 41;
        const Status st = f.vault().connections().update(ghost);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::NotFound);
        // Nothing was created or changed.
        auto all = f.vault().connections().list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, existing);
        QCOMPARE(all->first().label, QStringLiteral("ほしぞらカード"));
    }

    void setStatusChangesTheStatusAndTheError_data()
    {
        QTest::addColumn<ConnectionStatus>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("grant lost, with the reason")
            << ConnectionStatus::NeedsReconnect << QStringLiteral("invalid_grant: 再連携が必要です");
        QTest::newRow("reconnected: the old error cleared") << ConnectionStatus::Active << QString();
        QTest::newRow("disconnected by the user") << ConnectionStatus::Revoked << QString();
    }

    void setStatusChangesTheStatusAndTheError()
    {
        QFETCH(ConnectionStatus, status);
        QFETCH(QString, error);
        StoreFixture f;
        QVERIFY(f.open());
        const Connection before = fullConnection(); // has a lastError
        auto id = f.vault().connections().add(before);
        QVERIFY(id.ok());
        f.clock().advance(90);
        QVERIFY(f.vault().connections().setStatus(*id, status, Text::verbatim(error)).ok());
        auto got = f.vault().connections().get(*id);
        Connection expected = before;
        expected.status = status;
        expected.lastError = error;
        compareFields(**got, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE((*got)->updatedAt, storeTestStart().addSecs(90));
        QCOMPARE((*got)->createdAt, storeTestStart());
    }

    void setBindingReplacesOnlyTheBinding_data()
    {
        QTest::addColumn<IssuerBinding>("first");
        QTest::addColumn<IssuerBinding>("second");
        const IssuerBinding full = fullConnection().binding;
        QTest::newRow("bound on first use") << IssuerBinding{} << full;
        QTest::newRow("moved to new endpoints")
            << full
            << IssuerBinding{url("https://id.hoshizora-card.jp"), url("https://id.hoshizora-card.jp/token"),
                             url("https://id.hoshizora-card.jp/revoke"),
                             url("https://api2.hoshizora-card.jp/v2")};
        IssuerBinding noRevoke = full;
        noRevoke.revocationEndpoint = QUrl();
        QTest::newRow("revocation endpoint withdrawn") << full << noRevoke;
    }

    void setBindingReplacesOnlyTheBinding()
    {
        QFETCH(IssuerBinding, first);
        QFETCH(IssuerBinding, second);
        StoreFixture f;
        QVERIFY(f.open());
        Connection c = fullConnection();
        c.binding = first;
        auto id = f.vault().connections().add(c);
        QVERIFY(id.ok());
        const qint64 other = f.addConnection();
        f.clock().advance(5);
        QVERIFY(f.vault().connections().setBinding(*id, second).ok());
        auto got = f.vault().connections().get(*id);
        Connection expected = c;
        expected.binding = second;
        compareFields(**got, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE((*got)->updatedAt, storeTestStart().addSecs(5));
        QVERIFY((*f.vault().connections().get(other))->binding.isEmpty());
    }

    void removeTakesEverythingOfThatConnectionOnly_data()
    {
        QTest::addColumn<int>("removed"); // index of the connection removed
        QTest::newRow("the first of two") << 0;
        QTest::newRow("the second of two") << 1;
    }

    void removeTakesEverythingOfThatConnectionOnly()
    {
        QFETCH(int, removed);
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 ids[2] = {f.addConnection(), f.addConnection(QStringLiteral("other-card"))};
        // The same card id under both connections: rows are told apart by connection.
        QVERIFY(fillConnection(f.vault(), ids[0], QStringLiteral("c1")));
        QVERIFY(fillConnection(f.vault(), ids[1], QStringLiteral("c1")));
        const qint64 gone = ids[removed];
        const qint64 kept = ids[1 - removed];

        QVERIFY(f.vault().connections().remove(gone).ok());
        QVERIFY(f.reopen());
        Vault& v = f.vault();
        QVERIFY(!v.connections().get(gone)->has_value());
        QVERIFY(!v.tokens().get(gone)->has_value());
        QVERIFY(v.cards().list(gone)->isEmpty());
        QCOMPARE(*v.transactions().count(gone), qint64(0));
        QVERIFY(v.statements().list(gone)->isEmpty());
        QVERIFY(v.limits().list(gone)->isEmpty());
        for (const char* table : {"tokens", "cards", "transactions", "statements", "limits"}) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table +
                                   " WHERE connection_id = " + QByteArray::number(gone);
            QVERIFY2(f.queryInt(sql.constData()) == 0, table);
        }

        QVERIFY(v.connections().get(kept)->has_value());
        auto tokens = v.tokens().get(kept);
        QVERIFY(tokens->has_value());
        QCOMPARE((*tokens)->refreshToken.view(), QByteArrayView("RT-of-c1"));
        QCOMPARE(v.cards().list(kept)->size(), 1);
        QCOMPARE(*v.transactions().count(kept), qint64(12));
        QCOMPARE(v.statements().list(kept)->size(), 1);
        QCOMPARE(v.limits().list(kept)->size(), 1);
        QCOMPARE(v.connections().list()->size(), 1);

        // What outlives a connection: its queued revocations (so its tokens are
        // still revoked at the issuer) and its lines in the append-only log.
        auto pending = v.revocations().all();
        QCOMPARE(int(pending->size()), 2);
        QCOMPARE(v.audit().list(gone)->size(), 1);
        QVERIFY(v.audit().verify()->intact);
    }

    void removeOfAnUnknownIdLeavesEverything()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const qint64 id = f.addConnection();
        QVERIFY(fillConnection(f.vault(), id, QStringLiteral("c1")));
        QVERIFY(f.vault().connections().remove(id + 100).ok());
        QCOMPARE(f.vault().connections().list()->size(), 1);
        QVERIFY(f.vault().tokens().get(id)->has_value());
        QCOMPARE(*f.vault().transactions().count(id), qint64(12));
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "TestConnectionStore.moc"
