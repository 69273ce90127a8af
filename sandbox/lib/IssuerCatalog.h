#pragma once

// The fictional issuers, their demo users, disclosures and notices, the one
// registered client (Meisai) and the scopes: data, not prose in code paths.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace meisai::sandbox {

struct DemoUser
{
    QString login;
    QString password;
    QString nameJa;
    QString nameEn;
};

struct Contact
{
    QString nameJa;
    QString nameEn;
    QString phone;
    QString email;
    QString hoursJa;
    QString hoursEn;
    QString url;
};

struct Notice
{
    QString id;
    QString kind; // "security" | "maintenance" | "info"
    QString title;
    QString body;
    QDateTime publishedAt;
    QDateTime startsAt; // maintenance windows only
    QDateTime endsAt;
};

struct IssuerInfo
{
    QString id;
    QString legalNameJa;
    QString legalNameEn;
    QString brandJa;
    QString brandEn;
    QString kind; // "credit_card" | "code_payment"
    QString primaryColor;
    QString accentColor;
    QString tintColor;
    QString bin;          // first six digits of card numbers; empty for code payment
    QString panPrefix;    // code payment: "MOMO"
    int closingDay = 0;   // 0 = end of month
    int dueDay = 10;      // day of the payment month
    QStringList cardNamesJa; // principal, family, virtual
    QStringList servicesJa;
    QStringList servicesEn;
    Contact inquiry;
    Contact incident;
    QString serviceHoursJa;
    QString serviceHoursEn;
    QString maintenanceWindowJa;
    QString revokeHowJa; // where the user can stop the connection at the issuer
    QString revokeHowEn;
    QList<DemoUser> users;
    QList<Notice> notices;

    bool isCodePayment() const { return kind == QLatin1String("code_payment"); }
};

struct ClientInfo
{
    QString clientId;
    QString connectorJa;
    QString connectorEn;
    QString serviceJa;
    QString serviceEn;
    QString connectorContact;
};

struct ScopeInfo
{
    QString name;
    QString titleJa;
    QString titleEn;
    QString exposesJa;
    QString exposesEn;
};

const QList<IssuerInfo>& issuerCatalog();
const ClientInfo& meisaiClient();
const QList<ScopeInfo>& scopeCatalog();
QStringList allScopes();

constexpr int kAccessTokenLifetimeSecs = 3600;
constexpr int kRefreshTokenMaxDays = 90;
constexpr int kConsentMaxDays = 90;

} // namespace meisai::sandbox
