// PanGuard's keyed fingerprints (G5), against real vaults: a full card number
// in an identifier becomes the same fingerprint every time in one vault (so a
// transaction seen twice is still one) and a different one in another vault;
// without a key the answer is dropped, never hashed. The attacker's side: the
// first six and last four digits are on the masked card, so an unkeyed hash
// of the identifier falls to enumerating the six digits between them; the
// same enumeration finds nothing against the keyed fingerprint.

#include "TempProfile.h"
#include "api/ApiDecoders.h"
#include "api/PanGuard.h"
#include "common/Mac.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace meisai;
using namespace meisai::test;

namespace {

// Luhn-valid; the card's masked number would be "4980-12**-****-4242".
const QString kPan = QStringLiteral("4980121234574242");
const QString kBin = kPan.left(6);
const QString kLast4 = kPan.right(4);

QByteArray pageWithTransactionId(const QString& transactionId)
{
    const QJsonObject tx{
        {QStringLiteral("transactionId"), transactionId},
        {QStringLiteral("useDate"), QStringLiteral("2025-01-05")},
        {QStringLiteral("postingDate"), QStringLiteral("2025-01-07")},
        {QStringLiteral("merchantName"), QStringLiteral("テスト商店")},
        {QStringLiteral("holderType"), QStringLiteral("principal")},
        {QStringLiteral("amount"), 1200},
        {QStringLiteral("paymentMethod"), QStringLiteral("10")},
        {QStringLiteral("paymentAmount"), 1200},
        {QStringLiteral("feeAmount"), 0},
        {QStringLiteral("paymentMonth"), QStringLiteral("2025-02")},
        {QStringLiteral("status"), QStringLiteral("confirmed")},
    };
    const QJsonObject page{
        {QStringLiteral("cardId"), QStringLiteral("card-1")},
        {QStringLiteral("dateFrom"), QStringLiteral("2025-01-01")},
        {QStringLiteral("dateTo"), QStringLiteral("2025-01-31")},
        {QStringLiteral("baseDate"), QStringLiteral("2025-01-31")},
        {QStringLiteral("baseTime"), QStringLiteral("2025-01-31T10:00:00+09:00")},
        {QStringLiteral("count"), 1},
        {QStringLiteral("hasNext"), false},
        {QStringLiteral("transactions"), QJsonArray{tx}},
    };
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

std::unique_ptr<Vault> openVault(const TempProfile& profile)
{
    auto v = Vault::open(profile.dir());
    if (!v) {
        qWarning().noquote() << "the vault did not open:" << v.error().message;
        return {};
    }
    return std::move(*v);
}

// The transaction id the decoder leaves, under the given key.
QString decodedId(const SecretBytes* key, QList<PanFinding>* findings = nullptr)
{
    auto page = ApiDecoders::decodeTransactions(pageWithTransactionId(kPan), findings, key);
    if (!page || page->transactions.size() != 1)
        return {};
    return page->transactions.first().transactionId;
}

// The scheme Meisai used before: "redacted-" and 24 hex digits of SHA-256 of the identifier.
QString unkeyedFingerprint(const QString& identifier)
{
    return QStringLiteral("redacted-")
        + QString::fromLatin1(QCryptographicHash::hash(identifier.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

// The attack: every 16-digit Luhn-valid number with the card's first six and
// last four digits, each tried with scheme until one gives the fingerprint.
template <typename Scheme>
QString bruteForce(const QString& fingerprint, Scheme scheme, int* tried)
{
    *tried = 0;
    for (int middle = 0; middle < 1000000; ++middle) {
        const QString candidate = kBin + QStringLiteral("%1").arg(middle, 6, 10, QLatin1Char('0')) + kLast4;
        if (!PanGuard::luhnValid(candidate))
            continue;
        ++*tried;
        if (scheme(candidate) == fingerprint)
            return candidate;
    }
    return {};
}

} // namespace

class TestPanGuard final : public QObject
{
    Q_OBJECT

private slots:
    void aPanInAnIdentifierIsStableInAVaultAndDiffersAcrossVaults()
    {
        TempProfile profileA, profileB;
        auto a = openVault(profileA);
        auto b = openVault(profileB);
        QVERIFY(a && b);
        QList<PanFinding> findings;
        const QString inA = decodedId(&a->keys().panFingerprint(), &findings);
        QVERIFY2(inA.startsWith(QStringLiteral("redacted-k1-")), qPrintable(inA));
        QCOMPARE(inA.size(), 12 + 32);
        QVERIFY(!inA.contains(kLast4) || !inA.contains(kBin));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().field, QStringLiteral("transactions[0].transactionId"));
        QCOMPARE(int(findings.first().action), int(PanAction::Fingerprinted));

        // The same within one vault, also after it is closed and opened again: the record is deduplicated.
        QCOMPARE(decodedId(&a->keys().panFingerprint()), inA);
        a.reset();
        a = openVault(profileA);
        QVERIFY(a);
        QCOMPARE(decodedId(&a->keys().panFingerprint()), inA);

        // Another vault, another fingerprint: nothing links the two vaults' records.
        const QString inB = decodedId(&b->keys().panFingerprint());
        QVERIFY2(inB.startsWith(QStringLiteral("redacted-k1-")), qPrintable(inB));
        QVERIFY(inB != inA);
        // And neither is the old unkeyed hash.
        QVERIFY(inA != unkeyedFingerprint(kPan) && !inA.contains(unkeyedFingerprint(kPan).mid(9)));
    }

    void withoutAKeyTheAnswerIsDroppedNotHashed_data()
    {
        QTest::addColumn<bool>("emptyKey");
        QTest::newRow("no key") << false;
        QTest::newRow("an empty key") << true;
    }

    void withoutAKeyTheAnswerIsDroppedNotHashed()
    {
        QFETCH(bool, emptyKey);
        const SecretBytes empty;
        QList<PanFinding> findings;
        auto page = ApiDecoders::decodeTransactions(pageWithTransactionId(kPan), &findings, emptyKey ? &empty : nullptr);
        QVERIFY(!page.ok());
        QVERIFY2(page.error().message.contains(QStringLiteral("transactions[0].transactionId")),
                 qPrintable(page.error().message));
        QVERIFY2(page.error().message.contains(QStringLiteral("dropped")), qPrintable(page.error().message));
        QVERIFY(!page.error().message.contains(kPan));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings.first().action), int(PanAction::Dropped));
        // A page without a card number decodes as before, key or no key.
        auto clean = ApiDecoders::decodeTransactions(pageWithTransactionId(QStringLiteral("tx-0001")));
        QVERIFY(clean.ok());
        QCOMPARE(clean->transactions.first().transactionId, QStringLiteral("tx-0001"));
    }

    void anErrorBodyWithAPanInAnIdentifierIsDropped()
    {
        QJsonObject error{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                          {QStringLiteral("errorMessage"), QStringLiteral("bad")}};
        QVERIFY(ApiDecoders::decodeErrorBody(QJsonDocument(error).toJson()).has_value());
        error.insert(QStringLiteral("transactionId"), kPan);
        QVERIFY(!ApiDecoders::decodeErrorBody(QJsonDocument(error).toJson()).has_value());
    }

    void theMiddleDigitsAreFoundFromAnUnkeyedHashButNotFromTheKeyedFingerprint()
    {
        // The control: against the old scheme the enumeration finds the number.
        QElapsedTimer timer;
        timer.start();
        int tried = 0;
        const QString found = bruteForce(unkeyedFingerprint(kPan), unkeyedFingerprint, &tried);
        QCOMPARE(found, kPan);
        qInfo("unkeyed fingerprint: card number found after %d candidates in %lld ms", tried, timer.elapsed());

        // Against a vault's fingerprint, the same enumeration with the unkeyed
        // scheme, or keyed with a key the attacker could guess, finds nothing.
        TempProfile profile;
        auto vault = openVault(profile);
        QVERIFY(vault);
        const QString keyed = decodedId(&vault->keys().panFingerprint());
        QVERIFY(keyed.startsWith(QStringLiteral("redacted-k1-")));
        timer.restart();
        QVERIFY(bruteForce(keyed, unkeyedFingerprint, &tried).isEmpty());
        QCOMPARE(tried, 100000); // every candidate was tried
        const SecretBytes guessed(32); // all zeros
        const auto withGuessedKey = [&guessed](const QString& candidate) {
            return PanGuard::fingerprint(guessed, candidate);
        };
        QVERIFY(bruteForce(keyed, withGuessedKey, &tried).isEmpty());
        qInfo("keyed fingerprint: nothing found in %d candidates (%lld ms for both schemes)", tried, timer.elapsed());
        // Only the vault's own key reproduces it.
        QCOMPARE(PanGuard::fingerprint(vault->keys().panFingerprint(), kPan), keyed);
    }
};

QTEST_GUILESS_MAIN(TestPanGuard)
#include "TestPanGuard.moc"
