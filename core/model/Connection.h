#pragma once

// A linked account at one issuer, and the issuer it was linked with.

#include "Vocabulary.h"
#include "common/Text.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace meisai {

// The issuer a connection was linked with, recorded at the link: its tokens
// may be sent to these addresses and nowhere else (core/oauth/BindingGuard.h).
// An issuer *id* is only a local name; this is the identity. Empty for a
// connection linked before bindings were recorded: it is bound on first use.
struct IssuerBinding
{
    QUrl issuer;             // the issuer identifier (discovery "issuer", RFC 9207 "iss")
    QUrl tokenEndpoint;      // refresh tokens go here
    QUrl revocationEndpoint; // and here; empty: the issuer offered no revocation
    QUrl apiBaseUrl;         // access tokens go below this; empty: no card API

    bool isEmpty() const { return issuer.isEmpty(); }
    friend bool operator==(const IssuerBinding&, const IssuerBinding&) = default;
};

struct Connection
{
    qint64 id = 0;
    QString issuerId;
    QString label;    // the connection's name, rendered from labelText when read
    Text labelText;   // the name the user gave, or the issuer's name in both languages
    ConnectionStatus status = ConnectionStatus::Linking;
    QStringList requestedScopes;
    QStringList grantedScopes;
    QDateTime consentGrantedAt;
    QDateTime consentExpiresAt;
    QDateTime authTime; // when the user last authenticated at the issuer (x-fapi-auth-date)
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    QString lastError;  // rendered from lastErrorText when read
    Text lastErrorText; // the last sync's problem as a Text (common/Text.h)
    QString syncState; // opaque to the vault: the sync engine's cursor (JSON)
    IssuerBinding binding;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace meisai
