// VaultKeys and the primitives under them: HMAC-SHA256 and HKDF-SHA256 give
// the published test vectors; each purpose gets its own subkey, the same in
// every opening of a vault and different in another vault, and no subkey
// (nor the vault key) is ever written into the profile's files.

#include "StoreFixture.h"
#include "common/Mac.h"

#include <QTest>

using namespace meisai;
using namespace meisai::test;

class TestVaultKeys final : public QObject
{
    Q_OBJECT

private slots:
    void hmacSha256GivesTheRfc4231Vectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                         << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 case 2: a key shorter than the output")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 case 6: a key longer than a block")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    void hmacSha256GivesTheRfc4231Vectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        QCOMPARE(Mac::hmacSha256(SecretBytes(key), data).toHex(), mac);
    }

    void hkdfSha256GivesTheRfc5869Vector()
    {
        // RFC 5869 test case 3: no salt, no info, 42 bytes.
        const SecretBytes okm = Mac::hkdfSha256(SecretBytes(QByteArray(22, '\x0b')), {}, 42);
        QCOMPARE(okm.toHex(), QStringLiteral("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                                             "9d201395faa4b61a96c8"));
    }

    void equalComparesBytesAndSizes()
    {
        QVERIFY(Mac::equal("abc", "abc"));
        QVERIFY(!Mac::equal("abc", "abd"));
        QVERIFY(!Mac::equal("abc", "abcd"));
        QVERIFY(Mac::equal({}, {}));
    }

    void eachPurposeHasItsOwnSubkey()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const VaultKeys& keys = f.vault().keys();
        QVERIFY(!keys.isEmpty());
        const SecretBytes vaultKey = f.key();
        QCOMPARE(vaultKey.size(), std::size_t(32));
        const SecretBytes* all[] = {&keys.panFingerprint(), &keys.auditMac(), &keys.anchorSign(), &vaultKey};
        for (const SecretBytes* k : all)
            QCOMPARE(k->size(), std::size_t(32));
        for (std::size_t i = 0; i < std::size(all); ++i)
            for (std::size_t j = i + 1; j < std::size(all); ++j)
                QVERIFY2(!all[i]->equals(*all[j]), qPrintable(QStringLiteral("subkeys %1 and %2").arg(i).arg(j)));
        // Derived as documented: HKDF-SHA256 of the vault key with the purpose's info string.
        QVERIFY(keys.panFingerprint().equals(Mac::hkdfSha256(vaultKey, "meisai pan-fingerprint v1")));
        QVERIFY(keys.auditMac().equals(Mac::hkdfSha256(vaultKey, "meisai audit-mac v1")));
        QVERIFY(keys.anchorSign().equals(Mac::hkdfSha256(vaultKey, "meisai anchor-sign v1")));
    }

    void subkeysAreStableInAVaultAndDifferInAnother()
    {
        StoreFixture a, b;
        QVERIFY(a.open());
        QVERIFY(b.open());
        const SecretBytes first = a.vault().keys().panFingerprint().clone();
        QVERIFY(a.reopen());
        QVERIFY(a.vault().keys().panFingerprint().equals(first));
        QVERIFY(!b.vault().keys().panFingerprint().equals(first));
        QVERIFY(!b.vault().keys().auditMac().equals(a.vault().keys().auditMac()));
    }

    void noKeyIsWrittenToTheProfile()
    {
        StoreFixture f;
        QVERIFY(f.open());
        AuditEntry e;
        e.operation = QStringLiteral("link");
        e.result = QStringLiteral("ok");
        QVERIFY(f.vault().audit().append(e).ok());
        const SecretBytes vaultKey = f.key();
        const VaultKeys derived = VaultKeys::derive(vaultKey);
        f.close();
        const QByteArray files = f.profile().readAll();
        QVERIFY(!files.isEmpty());
        for (const SecretBytes* k : {&vaultKey, &derived.panFingerprint(), &derived.auditMac(), &derived.anchorSign()}) {
            QVERIFY(!files.contains(k->view()));
            QVERIFY(!files.contains(k->toHex().toLatin1()));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "TestVaultKeys.moc"
