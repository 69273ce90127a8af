// AdminToken on its own: 256 random bits per run in base64url, and only an
// exact "Authorization: Bearer <token>" header is accepted.

#include "AdminToken.h"

#include <QRegularExpression>
#include <QTest>

using namespace meisai::sandbox;

class TestAdminToken final : public QObject
{
    Q_OBJECT

private slots:
    void eachRunHasItsOwnToken();
    void accepts_data();
    void accepts();
    void anUngeneratedTokenAcceptsNothing();
};

void TestAdminToken::eachRunHasItsOwnToken()
{
    QString error;
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        AdminToken token;
        QVERIFY2(token.generate(&error), qPrintable(error));
        const QByteArray v = token.value();
        QCOMPARE(v.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(v)).hasMatch());
        QCOMPARE(QByteArray::fromBase64(v, QByteArray::Base64UrlEncoding).size(), AdminToken::kRandomBytes);
        seen.insert(v);
    }
    QCOMPARE(seen.size(), 50);
}

void TestAdminToken::accepts_data()
{
    QTest::addColumn<QString>("shape"); // how the request carries the token; TOKEN is replaced
    QTest::addColumn<bool>("accepted");
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer TOKEN") << true;
    QTest::newRow("scheme in lower case") << QStringLiteral("authorization: bearer TOKEN") << true;
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("empty bearer") << QStringLiteral("Authorization: Bearer ") << false;
    QTest::newRow("the token without a scheme") << QStringLiteral("Authorization: TOKEN") << false;
    QTest::newRow("basic scheme") << QStringLiteral("Authorization: Basic TOKEN") << false;
    QTest::newRow("two spaces") << QStringLiteral("Authorization: Bearer  TOKEN") << false;
    QTest::newRow("one character more") << QStringLiteral("Authorization: Bearer TOKENx") << false;
    QTest::newRow("the token cut short") << QStringLiteral("Authorization: Bearer TOKEN-CUT") << false;
    QTest::newRow("last character changed") << QStringLiteral("Authorization: Bearer TOKEN-FLIP") << false;
    QTest::newRow("another header") << QStringLiteral("X-Admin-Token: TOKEN") << false;
    QTest::newRow("a cookie") << QStringLiteral("Cookie: token=TOKEN") << false;
    QTest::newRow("twice") << QStringLiteral("Authorization: Bearer TOKEN\nAuthorization: Bearer TOKEN") << false;
    QTest::newRow("a wrong one, then the right one") << QStringLiteral("Authorization: Bearer x\nAuthorization: Bearer TOKEN") << false;
}

void TestAdminToken::accepts()
{
    QFETCH(QString, shape);
    QFETCH(bool, accepted);
    AdminToken token;
    QString error;
    QVERIFY(token.generate(&error));
    QByteArray value = token.value();
    QByteArray text = shape.toLatin1();
    if (text.contains("TOKEN-CUT")) {
        text.replace("TOKEN-CUT", value.left(value.size() - 1));
    } else if (text.contains("TOKEN-FLIP")) {
        value.back() = value.back() == 'A' ? 'B' : 'A';
        text.replace("TOKEN-FLIP", value);
    } else {
        text.replace("TOKEN", value);
    }
    HttpRequest req;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon), line.mid(colon + 2)});
    }
    QCOMPARE(token.accepts(req), accepted);
}

void TestAdminToken::anUngeneratedTokenAcceptsNothing()
{
    const AdminToken token;
    HttpRequest req;
    req.headers = {{"Authorization", "Bearer "}};
    QVERIFY(!token.accepts(req));
    req.headers = {{"Authorization", "Bearer"}};
    QVERIFY(!token.accepts(req));
}

QTEST_GUILESS_MAIN(TestAdminToken)
#include "TestAdminToken.moc"
