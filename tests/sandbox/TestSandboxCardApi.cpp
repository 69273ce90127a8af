// The card API v1 with volume: 100,000 transactions of one card come back
// exactly once each across pages, each month's statement equals its
// transactions, filters and paging keys behave, headers are as specified.

#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString kAllScopes = QStringLiteral("cards:read transactions:read statements:read limits:read");
constexpr int kPerCard = 100000;
} // namespace

class TestSandboxCardApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingHundredThousand();
    void filters_data();
    void filters();
    void badParameters_data();
    void badParameters();
    void confirmPending();
    void headers();
    void notFoundAndMethods();

private:
    QList<QJsonObject> fetchAll(const QString& issuerId, const QString& token, const QString& cardId, const QUrlQuery& filter,
                                int* pages = nullptr, qint64* networkMs = nullptr);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<TestClient> m_client;
    QHash<QString, QJsonObject> m_discovery;
    QHash<QString, QString> m_token;
    QHash<QString, QString> m_card;
};

void TestSandboxCardApi::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--transactions-per-card"), QString::number(kPerCard),
                                                             QStringLiteral("--seed"), QStringLiteral("20")});
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<TestClient>(m_sandbox->sslConfiguration());
    for (const QString& id : {QStringLiteral("hoshizora-card"), QStringLiteral("kaede-card")}) {
        QString why;
        const Tokens t = linkUser(*m_sandbox, *m_client, id, QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), kAllScopes, &why);
        QVERIFY2(!t.access.isEmpty(), qPrintable(why));
        m_token[id] = t.access;
        m_discovery[id] = discover(*m_client, m_sandbox->issuer(id));
        const HttpResult cards = m_client->get(apiUrl(m_discovery[id], QStringLiteral("/v1/cards")), t.access);
        QCOMPARE(cards.status, 200);
        m_card[id] = cards.json().value(u"cards").toArray().first().toObject().value(u"cardId").toString();
    }
}

QList<QJsonObject> TestSandboxCardApi::fetchAll(const QString& issuerId, const QString& token, const QString& cardId,
                                                const QUrlQuery& filter, int* pages, qint64* networkMs)
{
    QList<QJsonObject> all;
    qint64 network = 0;
    QString key;
    int n = 0;
    do {
        QUrlQuery q = filter;
        if (!key.isEmpty())
            q.addQueryItem(QStringLiteral("nextItemKey"), key);
        const HttpResult r = m_client->get(apiUrl(m_discovery[issuerId], QStringLiteral("/v1/cards/%1/transactions").arg(cardId), q), token);
        network += r.elapsedMs;
        if (r.status != 200) {
            qWarning("page %d: HTTP %d %s", n, r.status, r.body.constData());
            return {};
        }
        const QJsonObject page = r.json();
        const QJsonArray items = page.value(u"transactions").toArray();
        if (items.size() > 500 || page.value(u"count").toInt() != items.size()) {
            qWarning("page %d: %lld items, count %d", n, qlonglong(items.size()), page.value(u"count").toInt());
            return {};
        }
        for (const QJsonValue& v : items)
            all.append(v.toObject());
        ++n;
        key = page.value(u"hasNext").toBool() ? page.value(u"nextItemKey").toString() : QString();
        if (page.value(u"hasNext").toBool() && key.isEmpty())
            return {};
    } while (!key.isEmpty());
    if (pages)
        *pages = n;
    if (networkMs)
        *networkMs = network;
    return all;
}

void TestSandboxCardApi::pagingHundredThousand()
{
    const QString issuer = QStringLiteral("hoshizora-card");
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    qint64 networkMs = 0;
    const QList<QJsonObject> all = fetchAll(issuer, m_token[issuer], m_card[issuer], {}, &pages, &networkMs);
    const qint64 ms = timer.elapsed();
    qInfo("%lld transactions in %d pages over TLS in %lld ms (%lld ms waiting for responses, the rest parsing)",
          qlonglong(all.size()), pages, ms, networkMs);
    QCOMPARE(all.size(), kPerCard);
    QCOMPARE(pages, kPerCard / 500);

    QSet<QString> ids;
    QMap<QString, qint64> billed;
    QMap<QString, int> counts;
    QString previousDate = QStringLiteral("9999-12-31");
    for (const QJsonObject& tx : all) {
        ids.insert(tx.value(u"transactionId").toString());
        const QString useDate = tx.value(u"useDate").toString();
        QVERIFY(useDate <= previousDate); // newest first
        previousDate = useDate;
        if (tx.value(u"status").toString() == u"cancelled")
            continue;
        const QString month = tx.value(u"paymentMonth").toString();
        billed[month] += tx.value(u"paymentAmount").toInteger() + tx.value(u"feeAmount").toInteger();
        ++counts[month];
    }
    QCOMPARE(ids.size(), kPerCard); // each exactly once

    QVERIFY(billed.size() >= 13);
    for (auto it = billed.begin(); it != billed.end(); ++it) {
        const HttpResult r = m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/statements/%2").arg(m_card[issuer], it.key())),
                                           m_token[issuer]);
        QCOMPARE(r.status, 200);
        const QJsonObject s = r.json();
        QCOMPARE(s.value(u"totalBilledAmount").toInteger(), it.value());
        QCOMPARE(s.value(u"transactionCount").toInt(), counts.value(it.key()));
        QVERIFY(s.value(u"billingStatus").toString() != u"no_data");
        QVERIFY(s.value(u"closingDate").toString() < s.value(u"dueDate").toString());
    }
}

void TestSandboxCardApi::filters_data()
{
    QTest::addColumn<QString>("dateFrom");
    QTest::addColumn<QString>("dateTo");
    QTest::addColumn<QString>("status");
    const QDate today = QDate::currentDate();
    QTest::newRow("last month") << today.addMonths(-1).toString(Qt::ISODate) << today.toString(Qt::ISODate) << QString();
    QTest::newRow("one day") << today.addDays(-40).toString(Qt::ISODate) << today.addDays(-40).toString(Qt::ISODate) << QString();
    QTest::newRow("unconfirmed only") << QString() << QString() << QStringLiteral("unconfirmed");
    QTest::newRow("cancelled in a quarter") << today.addMonths(-6).toString(Qt::ISODate) << today.addMonths(-3).toString(Qt::ISODate)
                                            << QStringLiteral("cancelled");
    QTest::newRow("confirmed or cancelled") << today.addDays(-30).toString(Qt::ISODate) << QString() << QStringLiteral("confirmed,cancelled");
}

void TestSandboxCardApi::filters()
{
    QFETCH(QString, dateFrom);
    QFETCH(QString, dateTo);
    QFETCH(QString, status);
    const QString issuer = QStringLiteral("kaede-card");
    QUrlQuery q;
    if (!dateFrom.isEmpty())
        q.addQueryItem(QStringLiteral("dateFrom"), dateFrom);
    if (!dateTo.isEmpty())
        q.addQueryItem(QStringLiteral("dateTo"), dateTo);
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    const QList<QJsonObject> items = fetchAll(issuer, m_token[issuer], m_card[issuer], q);
    QVERIFY(!items.isEmpty());
    const QStringList statuses = status.isEmpty() ? QStringList{} : status.split(u',');
    QSet<QString> ids;
    for (const QJsonObject& tx : items) {
        const QString d = tx.value(u"useDate").toString();
        QVERIFY(dateFrom.isEmpty() || d >= dateFrom);
        QVERIFY(dateTo.isEmpty() || d <= dateTo);
        if (!statuses.isEmpty())
            QVERIFY2(statuses.contains(tx.value(u"status").toString()), qPrintable(tx.value(u"status").toString()));
        ids.insert(tx.value(u"transactionId").toString());
    }
    QCOMPARE(ids.size(), items.size());
}

void TestSandboxCardApi::badParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("date not ISO") << QStringLiteral("dateFrom=2026/01/01") << QStringLiteral("dateFrom");
    QTest::newRow("date impossible") << QStringLiteral("dateTo=2026-02-30") << QStringLiteral("dateTo");
    QTest::newRow("from after to") << QStringLiteral("dateFrom=2026-03-01&dateTo=2026-02-01") << QStringLiteral("dateFrom");
    QTest::newRow("status unknown") << QStringLiteral("status=pending") << QStringLiteral("status");
    QTest::newRow("key forged") << QStringLiteral("nextItemKey=djF8eHx8MHx4") << QStringLiteral("nextItemKey");
    QTest::newRow("limit too big") << QStringLiteral("limit=501") << QStringLiteral("limit");
}

void TestSandboxCardApi::badParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const QString issuer = QStringLiteral("kaede-card");
    QUrl url = apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/transactions").arg(m_card[issuer]));
    url.setQuery(query);
    const HttpResult r = m_client->get(url, m_token[issuer]);
    QCOMPARE(r.status, 400);
    const QJsonObject e = r.json();
    QCOMPARE(e.value(u"error").toString(), QStringLiteral("invalid_request"));
    QCOMPARE(e.value(u"errorDetails").toArray().first().toObject().value(u"field").toString(), field);
}

void TestSandboxCardApi::confirmPending()
{
    const QString issuer = QStringLiteral("kaede-card");
    const QUrlQuery unconfirmed{{QStringLiteral("status"), QStringLiteral("unconfirmed")}};
    const QList<QJsonObject> before = fetchAll(issuer, m_token[issuer], m_card[issuer], unconfirmed);
    QVERIFY(!before.isEmpty());
    QSet<QString> months;
    for (const QJsonObject& tx : before)
        months.insert(tx.value(u"paymentMonth").toString());
    QVERIFY(m_sandbox->confirmPending(issuer) >= before.size());
    QCOMPARE(fetchAll(issuer, m_token[issuer], m_card[issuer], unconfirmed).size(), 0);

    // The months those items are billed in still add up.
    const QList<QJsonObject> all = fetchAll(issuer, m_token[issuer], m_card[issuer], {});
    for (const QString& month : months) {
        qint64 sum = 0;
        for (const QJsonObject& tx : all) {
            if (tx.value(u"paymentMonth").toString() == month && tx.value(u"status").toString() != u"cancelled")
                sum += tx.value(u"paymentAmount").toInteger() + tx.value(u"feeAmount").toInteger();
        }
        const HttpResult s = m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/statements/%2").arg(m_card[issuer], month)),
                                           m_token[issuer]);
        QCOMPARE(s.json().value(u"totalBilledAmount").toInteger(), sum);
    }
}

void TestSandboxCardApi::headers()
{
    const QString issuer = QStringLiteral("hoshizora-card");
    const QUrl url = apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards"));
    const HttpResult echoed = m_client->get(url, m_token[issuer], {{"x-fapi-interaction-id", "93bac548-d2de-4546-b106-880a5018460d"}});
    QCOMPARE(echoed.header("x-fapi-interaction-id"), QByteArray("93bac548-d2de-4546-b106-880a5018460d"));
    QCOMPARE(echoed.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    const auto httpDate = [](const QByteArray& v) {
        QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        t.setTimeZone(QTimeZone::utc());
        return t;
    };
    const QDateTime date = httpDate(echoed.header("Date"));
    QVERIFY2(date.isValid() && qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60, echoed.header("Date").constData());
    const HttpResult generated = m_client->get(url, m_token[issuer]);
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY(uuid.match(QString::fromLatin1(generated.header("x-fapi-interaction-id"))).hasMatch());
    QVERIFY(generated.header("x-fapi-interaction-id") != echoed.header("x-fapi-interaction-id"));
    // Errors too carry the interaction id.
    const HttpResult error = m_client->get(url, QStringLiteral("bad"), {{"x-fapi-interaction-id", "e1"}});
    QCOMPARE(error.status, 401);
    QCOMPARE(error.header("x-fapi-interaction-id"), QByteArray("e1"));

    const HttpResult limits = m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/limits").arg(m_card[issuer])), m_token[issuer]);
    QCOMPARE(limits.status, 200);
    QCOMPARE(limits.header("Deprecation"), QByteArray("@1735657200"));
    QVERIFY(httpDate(limits.header("Sunset")) > QDateTime::currentDateTimeUtc());
    QVERIFY(limits.header("Link").contains("rel=\"deprecation\""));
    QVERIFY(m_client->get(url, m_token[issuer]).header("Deprecation").isEmpty());
}

void TestSandboxCardApi::notFoundAndMethods()
{
    const QString issuer = QStringLiteral("hoshizora-card");
    const HttpResult unknownCard = m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/crd_000000000000/transactions")), m_token[issuer]);
    QCOMPARE(unknownCard.status, 404);
    QCOMPARE(unknownCard.json().value(u"error").toString(), QStringLiteral("not_found"));
    // Another user's card is not found either.
    QString why;
    const Tokens hanako = linkUser(*m_sandbox, *m_client, issuer, QStringLiteral("hanako"), QStringLiteral("sandbox-pass-2"), kAllScopes, &why);
    QVERIFY2(!hanako.access.isEmpty(), qPrintable(why));
    QCOMPARE(m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/limits").arg(m_card[issuer])), hanako.access).status, 404);
    const HttpResult badMonth = m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/statements/2026-13").arg(m_card[issuer])), m_token[issuer]);
    QCOMPARE(badMonth.status, 400);
    const HttpResult noData = m_client->get(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards/%1/statements/2001-01").arg(m_card[issuer])), m_token[issuer]);
    QCOMPARE(noData.json().value(u"billingStatus").toString(), QStringLiteral("no_data"));
    QCOMPARE(noData.json().value(u"totalBilledAmount").toInt(-1), 0);
    const HttpResult post = m_client->postForm(apiUrl(m_discovery[issuer], QStringLiteral("/v1/cards")), {});
    QCOMPARE(post.status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxCardApi)
#include "TestSandboxCardApi.moc"
