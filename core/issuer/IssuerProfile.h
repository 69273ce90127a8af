#pragma once

// An issuer profile: what Meisai needs to know about one issuer to link to it
// and to tell the user who they are dealing with (docs/issuer-profiles.md).
// Profiles are data: bundled ones come from resources/issuers/*.json, others
// are registered in the vault (IssuerProfileStore).

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include "common/Text.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace meisai {

// A text in Japanese and English. text() picks by the UI language, falling
// back to the other one when a translation is missing.
struct LocalizedText
{
    QString ja;
    QString en;

    QString text(const QString& language = {}) const; // "ja", "en"; empty: QLocale's
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    static LocalizedText fromJson(const QJsonValue& value); // {"ja","en"} or a plain string
    QJsonValue toJson() const;
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

struct Contact
{
    LocalizedText name;  // e.g. the desk's name
    QString phone;
    QString email;
    QString url;
    LocalizedText hours;

    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && email.isEmpty() && url.isEmpty(); }
    // One line for an alert or a dialog: "name, phone, email, url (hours)".
    QString summary(const QString& language = {}) const;
    static Contact fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

struct ScopeInfo
{
    QString name;          // e.g. "transactions:read"
    LocalizedText purpose; // why Meisai asks for it (G12)
    bool required = true;  // false: the user may leave it out
};

struct IssuerDisclosures
{
    LocalizedText legalName;
    QList<LocalizedText> services; // the issuer's services the API covers
    Contact inquiry;               // questions about the account
    Contact incident;              // fraud, leaks, lost cards
    LocalizedText serviceHours;
    LocalizedText notes;
};

struct IssuerEndpoints
{
    QUrl authorization;
    QUrl token;
    QUrl revocation;
    QUrl introspection;
};

class IssuerProfile
{
    Q_DECLARE_TR_FUNCTIONS(meisai::IssuerProfile)

public:
    static constexpr int formatVersion = 1;

    QString id;                 // [a-z0-9-], unique in a directory
    LocalizedText displayName;
    QUrl issuer;                // must equal the discovery document's "issuer"
    QUrl discoveryUrl;          // RFC 8414 or OpenID discovery; or explicit endpoints
    IssuerEndpoints endpoints;  // used when there is no discovery URL
    bool issParameterSupported = false; // with explicit endpoints: RFC 9207
    QString clientId;
    QString redirectPath = QStringLiteral("/callback");
    QList<ScopeInfo> scopes;
    QString caFile;             // PEM, trusted for this issuer only
    QByteArray caPem;           // the same, embedded (takes precedence over caFile)
    bool sandbox = false;       // may use plain HTTP on 127.0.0.1 for browser pages
    QUrl apiBaseUrl;            // card API; may also come from discovery ("api_base_url")
    int consentDays = 90;       // how long a consent lasts at most (refresh-token maximum)
    IssuerDisclosures disclosures;

    // Parses and validates a profile. A profile needs id, names, client id,
    // scopes and either a discovery URL or explicit endpoints, unless it is a
    // sandbox template (sandbox: true without an issuer), which
    // completeFromSandbox() finishes.
    static Result<IssuerProfile> fromJson(const QByteArray& json);
    static Result<IssuerProfile> fromJsonObject(const QJsonObject& object);
    // Reads the fields without validating them (a draft being completed).
    static Result<IssuerProfile> parse(const QJsonObject& object);
    // Top-level keys format 1 does not know (a typo, or a newer format).
    static QStringList unknownFields(const QJsonObject& object);
    QByteArray toJson() const;
    QJsonObject toJsonObject() const;

    // Every problem, each naming its field ("disclosures.legal_name: …"); empty when valid.
    QStringList problems() const;
    // All of problems() in one message, or ok.
    Status validate() const;
    // A bundled sandbox profile is a template until the sandbox's address is known.
    bool isComplete() const { return issuer.isValid() && !issuer.isEmpty(); }

    // Fills issuer, discovery URL, client id and CA from one entry of the
    // sandbox's ready line ({"id","issuer","client_id","discovery"}) and its
    // "ca" path. The CA is embedded so the profile survives the file.
    Status completeFromSandbox(const QJsonObject& issuerEntry, const QString& caPath);

    QStringList scopeNames() const;
    const ScopeInfo* scope(const QString& name) const;
    // The CA certificates to trust for this issuer (empty: system CAs only).
    Result<QList<QSslCertificate>> trustedCas() const;
    QString name(const QString& language = {}) const { return displayName.text(language); }
    // The display name in both languages, for a Text shown later (common/Text.h).
    Text nameText() const { return Text::bilingual(displayName.text(QStringLiteral("ja")), displayName.text(QStringLiteral("en"))); }
};

} // namespace meisai
