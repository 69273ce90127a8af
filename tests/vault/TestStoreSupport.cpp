// StoreSupport: the column lists, placeholders and encodings every store
// shares. Scopes, URLs and issuer bindings are checked through a real
// SQLCipher statement, since what matters is what comes back from a column.

#include "vault/Database.h"
#include "vault/stores/StoreSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meisai;
using namespace meisai::store;

Q_DECLARE_METATYPE(meisai::IssuerBinding)

namespace {

QUrl url(const char* text)
{
    return QUrl(QString::fromUtf8(text));
}

} // namespace

class TestStoreSupport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("support.db")), SecretBytes::random(32), true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        // Two columns before the binding, so that `first` is not 0 or 1 by luck.
        QVERIFY(m_db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, bound_issuer TEXT, "
                           "bound_token_endpoint TEXT, bound_revocation_endpoint TEXT, bound_api_base TEXT, "
                           "scopes TEXT NOT NULL);")
                    .ok());
    }

    void init() { QVERIFY(m_db->exec("DELETE FROM t;").ok()); }

    void columnListJoinsTheNamesInOrder()
    {
        QCOMPARE(columnList(std::array<const char*, 1>{"id"}), QByteArray("id"));
        QCOMPARE(columnList(std::array<const char*, 3>{"connection_id", "card_id", "fetched_at"}),
                 QByteArray("connection_id, card_id, fetched_at"));
        // The binding's four columns, in the order readBinding() and bindBinding() use.
        QCOMPARE(columnList(kBindingColumns),
                 QByteArray("bound_issuer, bound_token_endpoint, bound_revocation_endpoint, bound_api_base"));
    }

    void placeholdersCountTheParameters_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << 0 << QByteArray();
        QTest::newRow("one") << 1 << QByteArray("?");
        QTest::newRow("three") << 3 << QByteArray("?,?,?");
        QTest::newRow("a connection row without its id")
            << 18 << QByteArray("?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?");
    }

    void placeholdersCountTheParameters()
    {
        QFETCH(int, count);
        QFETCH(QByteArray, expected);
        QCOMPARE(placeholders(std::size_t(count)), expected);
    }

    void scopesJoinWithOneSpace_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no scope is an empty string") << QStringList() << QByteArray("");
        QTest::newRow("one scope") << QStringList{QStringLiteral("cards:read")} << QByteArray("cards:read");
        QTest::newRow("several, in order")
            << QStringList{QStringLiteral("openid"), QStringLiteral("cards:read"),
                           QStringLiteral("transactions:read")}
            << QByteArray("openid cards:read transactions:read");
    }

    void scopesJoinWithOneSpace()
    {
        QFETCH(QStringList, scopes);
        QFETCH(QByteArray, expected);
        const QByteArray joined = store::joinScopes(scopes);
        QCOMPARE(joined, expected);
        QVERIFY2(!joined.isNull(), "the column is NOT NULL: no scope must bind '', not NULL");
    }

    void scopesSplitOnSpaces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("NULL") << QString() << QStringList();
        QTest::newRow("empty") << QStringLiteral("") << QStringList();
        QTest::newRow("one") << QStringLiteral("cards:read") << QStringList{QStringLiteral("cards:read")};
        QTest::newRow("two") << QStringLiteral("openid cards:read")
                             << QStringList{QStringLiteral("openid"), QStringLiteral("cards:read")};
        QTest::newRow("runs of spaces at either end and between")
            << QStringLiteral("  openid   cards:read ")
            << QStringList{QStringLiteral("openid"), QStringLiteral("cards:read")};
    }

    void scopesSplitOnSpaces()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(store::splitScopes(text), expected);
    }

    void scopesRoundTripThroughAColumn_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("none") << QStringList();
        QTest::newRow("one") << QStringList{QStringLiteral("cards:read")};
        QTest::newRow("three") << QStringList{QStringLiteral("openid"), QStringLiteral("cards:read"),
                                              QStringLiteral("offline_access")};
    }

    void scopesRoundTripThroughAColumn()
    {
        QFETCH(QStringList, scopes);
        auto ins = m_db->prepare("INSERT INTO t (id, scopes) VALUES (1, ?)");
        QVERIFY(ins.ok());
        ins->bind(1, QByteArrayView(store::joinScopes(scopes)));
        const Status written = ins->run();
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        auto sel = m_db->prepare("SELECT scopes FROM t WHERE id = 1");
        QVERIFY(sel.ok());
        QVERIFY(*sel->step());
        QCOMPARE(store::splitScopes(sel->text(0)), scopes);
    }

    void urlsAreKeptFullyEncoded_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("isNull");
        QTest::newRow("empty URL is NULL") << QUrl() << QString() << true;
        QTest::newRow("plain https") << url("https://auth.example-card.jp/token")
                                     << QStringLiteral("https://auth.example-card.jp/token") << false;
        QTest::newRow("port and path kept") << url("https://127.0.0.1:8443/api/v1")
                                            << QStringLiteral("https://127.0.0.1:8443/api/v1") << false;
        QTest::newRow("Japanese path percent-encoded")
            << url("https://api.example-card.jp/明細")
            << QStringLiteral("https://api.example-card.jp/%E6%98%8E%E7%B4%B0") << false;
        QTest::newRow("Japanese host in punycode")
            << url("https://ほしぞら.jp/token") << QStringLiteral("https://xn--68jo9fqc.jp/token") << false;
    }

    void urlsAreKeptFullyEncoded()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, expected);
        QFETCH(bool, isNull);
        const QString text = store::urlText(url);
        QCOMPARE(text, expected);
        QCOMPARE(text.isNull(), isNull);
        QCOMPARE(store::urlFrom(text), url);
    }

    void urlsAreReadBackFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("NULL is the empty URL") << QString() << QUrl();
        QTest::newRow("empty text is the empty URL") << QStringLiteral("") << QUrl();
        QTest::newRow("encoded text") << QStringLiteral("https://api.example-card.jp/%E6%98%8E%E7%B4%B0")
                                      << url("https://api.example-card.jp/明細");
    }

    void urlsAreReadBackFromText()
    {
        QFETCH(QString, text);
        QFETCH(QUrl, expected);
        const QUrl u = store::urlFrom(text);
        QCOMPARE(u, expected);
        QCOMPARE(u.isEmpty(), expected.isEmpty());
    }

    void bindingRoundTripsThroughItsFourColumns_data()
    {
        QTest::addColumn<IssuerBinding>("binding");
        QTest::addColumn<int>("nullColumns");
        QTest::newRow("every endpoint") << IssuerBinding{url("https://auth.example-card.jp"),
                                                         url("https://auth.example-card.jp/oauth/token"),
                                                         url("https://auth.example-card.jp/oauth/revoke"),
                                                         url("https://api.example-card.jp/v1")}
                                        << 0;
        QTest::newRow("issuer offers no revocation")
            << IssuerBinding{url("https://auth.example-card.jp"), url("https://auth.example-card.jp/token"),
                             QUrl(), url("https://api.example-card.jp/v1")}
            << 1;
        QTest::newRow("no card API") << IssuerBinding{url("https://auth.example-card.jp"),
                                                      url("https://auth.example-card.jp/token"),
                                                      url("https://auth.example-card.jp/revoke"), QUrl()}
                                     << 1;
        QTest::newRow("linked before bindings: all NULL") << IssuerBinding{} << 4;
        QTest::newRow("loopback sandbox with ports")
            << IssuerBinding{url("https://127.0.0.1:8443"), url("https://127.0.0.1:8443/token"),
                             url("https://127.0.0.1:8443/revoke"), url("https://127.0.0.1:8444/api")}
            << 0;
        QTest::newRow("Japanese host and path")
            << IssuerBinding{url("https://ほしぞら.jp"), url("https://ほしぞら.jp/トークン"),
                             url("https://ほしぞら.jp/revoke"), url("https://api.ほしぞら.jp/明細")}
            << 0;
    }

    void bindingRoundTripsThroughItsFourColumns()
    {
        QFETCH(IssuerBinding, binding);
        QFETCH(int, nullColumns);
        auto ins =
            m_db->prepare("INSERT INTO t (id, label, bound_issuer, bound_token_endpoint, "
                          "bound_revocation_endpoint, bound_api_base, scopes) VALUES (1, ?, ?, ?, ?, ?, '')");
        QVERIFY(ins.ok());
        ins->bind(1, QStringLiteral("前"));
        bindBinding(*ins, 2, binding);
        QVERIFY(ins->run().ok());

        const QByteArray sql = "SELECT id, label, " + columnList(kBindingColumns) +
                               ", (bound_issuer IS NULL) + (bound_token_endpoint IS NULL) + "
                               "(bound_revocation_endpoint IS NULL) + (bound_api_base IS NULL) FROM t";
        auto sel = m_db->prepare(sql);
        QVERIFY(sel.ok());
        QVERIFY(*sel->step());
        const IssuerBinding read = readBinding(*sel, 2);
        QCOMPARE(read.issuer, binding.issuer);
        QCOMPARE(read.tokenEndpoint, binding.tokenEndpoint);
        QCOMPARE(read.revocationEndpoint, binding.revocationEndpoint);
        QCOMPARE(read.apiBaseUrl, binding.apiBaseUrl);
        QVERIFY(read == binding);
        QCOMPARE(read.isEmpty(), binding.isEmpty());
        QCOMPARE(sel->text(1), QStringLiteral("前")); // the neighbouring column untouched
        QCOMPARE(sel->int32(6), nullColumns);         // an absent endpoint is NULL, not ''
    }

    void collectReadsEveryRowInOrder()
    {
        auto stmt =
            m_db->prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) "
                          "SELECT i, 'カード' || i FROM n ORDER BY i DESC");
        QVERIFY(stmt.ok());
        auto rows = collect<QString>(*stmt, [](const Statement& s) { return s.text(1); });
        QVERIFY(rows.ok());
        QCOMPARE(*rows,
                 (QStringList{QStringLiteral("カード5"), QStringLiteral("カード4"), QStringLiteral("カード3"),
                              QStringLiteral("カード2"), QStringLiteral("カード1")}));
    }

    void collectOfNoRowIsEmpty()
    {
        auto stmt = m_db->prepare("SELECT id FROM t");
        QVERIFY(stmt.ok());
        auto rows = collect<qint64>(*stmt, [](const Statement& s) { return s.int64(0); });
        QVERIFY(rows.ok());
        QVERIFY(rows->isEmpty());
    }

    void collectReportsAStepThatFails()
    {
        // Fails in step(), after the first rows: the error is returned, not a short list.
        auto stmt =
            m_db->prepare("WITH n(i) AS (VALUES (1), (2), (-9223372036854775807 - 1)) SELECT abs(i) FROM n");
        QVERIFY(stmt.ok());
        int calls = 0;
        auto rows = collect<qint64>(*stmt, [&calls](const Statement& s) {
            ++calls;
            return s.int64(0);
        });
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code, ErrorCode::Database);
        QVERIFY2(rows.error().message.contains(QStringLiteral("integer overflow")),
                 qPrintable(rows.error().message));
        QCOMPARE(calls, 2);
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestStoreSupport)
#include "TestStoreSupport.moc"
