#include "IssuerCatalog.h"

#include <QTimeZone>

namespace meisai::sandbox {
namespace {

QDateTime jst(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600));
}

QList<DemoUser> demoUsers()
{
    return {
        {QStringLiteral("taro"), QStringLiteral("sandbox-pass-1"), QStringLiteral("明細 太郎"), QStringLiteral("Taro Meisai")},
        {QStringLiteral("hanako"), QStringLiteral("sandbox-pass-2"), QStringLiteral("明細 花子"), QStringLiteral("Hanako Meisai")},
    };
}

QList<IssuerInfo> buildCatalog()
{
    QList<IssuerInfo> list;

    IssuerInfo h;
    h.id = QStringLiteral("hoshizora-card");
    h.legalNameJa = QStringLiteral("ほしぞらカード株式会社");
    h.legalNameEn = QStringLiteral("Hoshizora Card Co., Ltd.");
    h.brandJa = QStringLiteral("ほしぞらカード");
    h.brandEn = QStringLiteral("Hoshizora Card");
    h.kind = QStringLiteral("credit_card");
    h.primaryColor = QStringLiteral("#1b2a5b");
    h.accentColor = QStringLiteral("#e8b130");
    h.tintColor = QStringLiteral("#eef1f8");
    h.bin = QStringLiteral("530232");
    h.closingDay = 15;
    h.dueDay = 10;
    h.cardNamesJa = {QStringLiteral("ほしぞらカード ゴールド"), QStringLiteral("ほしぞらカード ゴールド 家族カード"),
                     QStringLiteral("ほしぞらバーチャルカード")};
    h.servicesJa = {QStringLiteral("クレジットカードの発行"), QStringLiteral("ショッピング・キャッシング"),
                    QStringLiteral("ご利用明細のAPI提供")};
    h.servicesEn = {QStringLiteral("Credit card issuing"), QStringLiteral("Shopping and cash advance"),
                    QStringLiteral("Statement data via open API")};
    h.inquiry = {QStringLiteral("ほしぞらカード カスタマーセンター"), QStringLiteral("Hoshizora Card Customer Center"),
                 QStringLiteral("0120-000-101"), QStringLiteral("support@hoshizora-card.example"),
                 QStringLiteral("9:00〜17:00（年末年始を除く）"), QStringLiteral("9:00-17:00 JST, except New Year holidays"),
                 QStringLiteral("https://hoshizora-card.example/support")};
    h.incident = {QStringLiteral("ほしぞらカード 紛失・盗難・不正利用受付デスク"), QStringLiteral("Hoshizora Card lost, stolen and fraud desk"),
                  QStringLiteral("0120-000-199"), QStringLiteral("security@hoshizora-card.example"),
                  QStringLiteral("24時間365日"), QStringLiteral("24 hours, every day"),
                  QStringLiteral("https://hoshizora-card.example/security")};
    h.serviceHoursJa = QStringLiteral("24時間365日（メンテナンス時間を除く）");
    h.serviceHoursEn = QStringLiteral("24 hours, every day (except maintenance)");
    h.maintenanceWindowJa = QStringLiteral("毎月第3日曜日 2:00〜6:00");
    h.revokeHowJa = QStringLiteral("会員サイト「ほしぞらネット」の［外部サービス連携の管理］");
    h.revokeHowEn = QStringLiteral("\"Connected services\" on the Hoshizora Net member site");
    h.users = demoUsers();
    h.notices = {
        {QStringLiteral("hz-2025-0001"), QStringLiteral("security"),
         QStringLiteral("当社を装ったフィッシングメールにご注意ください"),
         QStringLiteral("ほしぞらカードを名乗り、カード番号やパスワードの入力を求めるメールが確認されています。当社がメールでパスワードをお尋ねすることはありません。"),
         jst(2025, 4, 1, 10), {}, {}},
        {QStringLiteral("hz-2025-0002"), QStringLiteral("maintenance"),
         QStringLiteral("定期メンテナンスのお知らせ"),
         QStringLiteral("毎月第3日曜日 2:00〜6:00 はシステムメンテナンスのため、API を含む各サービスがご利用いただけません。"),
         jst(2025, 4, 1, 10), jst(2025, 4, 20, 2), jst(2025, 4, 20, 6)},
    };
    list.append(h);

    IssuerInfo k;
    k.id = QStringLiteral("kaede-card");
    k.legalNameJa = QStringLiteral("かえでカード株式会社");
    k.legalNameEn = QStringLiteral("Kaede Card Co., Ltd.");
    k.brandJa = QStringLiteral("かえでカード");
    k.brandEn = QStringLiteral("Kaede Card");
    k.kind = QStringLiteral("credit_card");
    k.primaryColor = QStringLiteral("#a8322a");
    k.accentColor = QStringLiteral("#f2a541");
    k.tintColor = QStringLiteral("#fbf1ec");
    k.bin = QStringLiteral("498012");
    k.closingDay = 0;
    k.dueDay = 27;
    k.cardNamesJa = {QStringLiteral("かえでカード クラシック"), QStringLiteral("かえでカード クラシック 家族カード"),
                     QStringLiteral("かえでネットカード（バーチャル）")};
    k.servicesJa = {QStringLiteral("クレジットカードの発行"), QStringLiteral("リボ払い・分割払い"),
                    QStringLiteral("ご利用明細のAPI提供")};
    k.servicesEn = {QStringLiteral("Credit card issuing"), QStringLiteral("Revolving and instalment payments"),
                    QStringLiteral("Statement data via open API")};
    k.inquiry = {QStringLiteral("かえでカード お客さま相談室"), QStringLiteral("Kaede Card Customer Desk"),
                 QStringLiteral("0120-000-202"), QStringLiteral("info@kaede-card.example"),
                 QStringLiteral("9:30〜18:00（土日祝を除く）"), QStringLiteral("9:30-18:00 JST on weekdays"),
                 QStringLiteral("https://kaede-card.example/contact")};
    k.incident = {QStringLiteral("かえでカード 不正利用ダイヤル"), QStringLiteral("Kaede Card fraud line"),
                  QStringLiteral("0120-000-299"), QStringLiteral("fraud@kaede-card.example"),
                  QStringLiteral("24時間365日"), QStringLiteral("24 hours, every day"),
                  QStringLiteral("https://kaede-card.example/fraud")};
    k.serviceHoursJa = QStringLiteral("4:00〜翌3:00（毎日 3:00〜4:00 は停止）");
    k.serviceHoursEn = QStringLiteral("4:00-3:00 JST (stopped daily 3:00-4:00)");
    k.maintenanceWindowJa = QStringLiteral("毎日 3:00〜4:00");
    k.revokeHowJa = QStringLiteral("「かえでカード Web サービス」の［連携アプリ］");
    k.revokeHowEn = QStringLiteral("\"Linked apps\" in Kaede Card Web Service");
    k.users = demoUsers();
    k.notices = {
        {QStringLiteral("kc-2025-0010"), QStringLiteral("info"),
         QStringLiteral("ご利用明細 API のバージョン 1 の提供について"),
         QStringLiteral("GET /v1/cards/{cardId}/limits は 2026年12月31日に提供を終了します。"),
         jst(2025, 3, 15, 9), {}, {}},
    };
    list.append(k);

    IssuerInfo m;
    m.id = QStringLiteral("momo-pay");
    m.legalNameJa = QStringLiteral("ももペイ株式会社");
    m.legalNameEn = QStringLiteral("Momo Pay Inc.");
    m.brandJa = QStringLiteral("ももペイ");
    m.brandEn = QStringLiteral("Momo Pay");
    m.kind = QStringLiteral("code_payment");
    m.primaryColor = QStringLiteral("#d94f7c");
    m.accentColor = QStringLiteral("#ffd1df");
    m.tintColor = QStringLiteral("#fff3f7");
    m.panPrefix = QStringLiteral("MOMO");
    m.closingDay = 0;
    m.dueDay = 5;
    m.cardNamesJa = {QStringLiteral("ももペイ あと払いアカウント"), QStringLiteral("ももペイ 家族アカウント"),
                     QStringLiteral("ももペイ バーチャルカード")};
    m.servicesJa = {QStringLiteral("コード決済サービス"), QStringLiteral("あと払い（翌月一括）"),
                    QStringLiteral("ご利用履歴のAPI提供")};
    m.servicesEn = {QStringLiteral("QR code payments"), QStringLiteral("Pay next month"),
                    QStringLiteral("Payment history via open API")};
    m.inquiry = {QStringLiteral("ももペイ サポートセンター"), QStringLiteral("Momo Pay Support"),
                 QStringLiteral("0120-000-303"), QStringLiteral("help@momo-pay.example"),
                 QStringLiteral("10:00〜19:00（年中無休）"), QStringLiteral("10:00-19:00 JST, every day"),
                 QStringLiteral("https://momo-pay.example/help")};
    m.incident = {QStringLiteral("ももペイ 不正利用窓口"), QStringLiteral("Momo Pay fraud desk"),
                  QStringLiteral("0120-000-399"), QStringLiteral("abuse@momo-pay.example"),
                  QStringLiteral("24時間365日"), QStringLiteral("24 hours, every day"),
                  QStringLiteral("https://momo-pay.example/security")};
    m.serviceHoursJa = QStringLiteral("24時間365日（メンテナンス時間を除く）");
    m.serviceHoursEn = QStringLiteral("24 hours, every day (except maintenance)");
    m.maintenanceWindowJa = QStringLiteral("不定期（事前にお知らせします）");
    m.revokeHowJa = QStringLiteral("ももペイアプリの［アカウント］→［連携中のサービス］");
    m.revokeHowEn = QStringLiteral("Account > Connected services in the Momo Pay app");
    m.users = demoUsers();
    m.notices = {
        {QStringLiteral("mp-2025-0003"), QStringLiteral("security"),
         QStringLiteral("ももペイ公式を名乗る SMS にご注意ください"),
         QStringLiteral("「残高が失効します」などと記載した SMS で偽サイトへ誘導する事例が確認されています。"),
         jst(2025, 5, 12, 12), {}, {}},
    };
    list.append(m);
    return list;
}

} // namespace

const QList<IssuerInfo>& issuerCatalog()
{
    static const QList<IssuerInfo> catalog = buildCatalog();
    return catalog;
}

const ClientInfo& meisaiClient()
{
    static const ClientInfo client{
        QStringLiteral("meisai-desktop"),
        QStringLiteral("株式会社明細テクノロジーズ"),
        QStringLiteral("Meisai Technologies K.K."),
        QStringLiteral("明細 Meisai"),
        QStringLiteral("Meisai"),
        QStringLiteral("support@meisai.example"),
    };
    return client;
}

const QList<ScopeInfo>& scopeCatalog()
{
    static const QList<ScopeInfo> scopes{
        {QStringLiteral("cards:read"), QStringLiteral("カード情報の参照"), QStringLiteral("Read your cards"),
         QStringLiteral("カードの名称、マスクされたカード番号（下4桁など）、本会員・家族会員の区分、バーチャルカードかどうか"),
         QStringLiteral("Card names, masked card numbers (e.g. the last 4 digits), principal or family holder, virtual or not")},
        {QStringLiteral("transactions:read"), QStringLiteral("ご利用明細の参照"), QStringLiteral("Read your transactions"),
         QStringLiteral("利用日、利用店名、利用金額、支払区分・回数、支払月、海外利用の現地通貨額、確定・未確定の状態"),
         QStringLiteral("Dates, merchant names, amounts, payment method and count, payment month, foreign amounts, confirmed or not")},
        {QStringLiteral("statements:read"), QStringLiteral("ご請求額の参照"), QStringLiteral("Read your statements"),
         QStringLiteral("月ごとの締め日、お支払日、ご請求額、新規ご利用額、明細件数"),
         QStringLiteral("Per month: closing date, due date, billed amount, new usage, number of items")},
        {QStringLiteral("limits:read"), QStringLiteral("ご利用可能枠の参照"), QStringLiteral("Read your credit limits"),
         QStringLiteral("ショッピング・キャッシングのご利用枠とご利用可能額"),
         QStringLiteral("Shopping and cash advance limits and what is available")},
    };
    return scopes;
}

QStringList allScopes()
{
    QStringList names;
    for (const auto& s : scopeCatalog())
        names << s.name;
    return names;
}

} // namespace meisai::sandbox
