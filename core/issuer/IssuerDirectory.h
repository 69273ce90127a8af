#pragma once

// The issuers Meisai knows: the profiles bundled with it (resources/issuers)
// and those registered in the vault. A registered profile with the same id
// replaces the bundled one (that is how a sandbox template is completed).
//
// An id is only a local name. A profile whose issuer identifier differs from
// the one that the id's live connections were linked with (their
// IssuerBinding) is refused: registering it would hand those connections'
// tokens to another server. Revoke them first (IssuerRegistrar does, when the
// user asks to replace the issuer).

#include "IssuerProfile.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace meisai {

class Vault;

// Connections that a new profile for the same id would move to another issuer.
struct IssuerConflict
{
    QString issuerId;
    QUrl linkedIssuer;          // the issuer identifier those connections were linked with
    QUrl newIssuer;             // the one the new profile names
    QList<qint64> connectionIds; // not revoked: active, linking or waiting to be reconnected
};

class IssuerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(meisai::IssuerDirectory)

public:
    // Without a vault, registered profiles are kept in memory (tests, tools)
    // and there are no connections to protect.
    explicit IssuerDirectory(Vault* vault = nullptr);

    // The profiles compiled into Meisai, sorted by id.
    static Result<QList<IssuerProfile>> bundled();

    // Registered profiles, then bundled ones not replaced by a registered one.
    Result<QList<IssuerProfile>> list() const;
    // A registered profile, else the bundled one; NotFound otherwise.
    Result<IssuerProfile> find(const QString& id) const;

    // Validates and registers a complete profile, replacing one with the same
    // id unless that would rebind connections (conflict()): BindingMismatch then,
    // naming both issuer identifiers.
    Status add(const IssuerProfile& profile);
    // Unregisters a profile; refused while connections not revoked use it (the
    // bundled profile of the same id, if any, would take their tokens).
    Status remove(const QString& id);
    // The connections that registering profile would move to another issuer, if any.
    Result<std::optional<IssuerConflict>> conflict(const IssuerProfile& profile) const;
    // The message for a conflict (what add() says).
    static QString conflictMessage(const IssuerConflict& conflict);

    // Completes the bundled sandbox templates from the sandbox issuer's ready
    // line ({"issuers":[{"id","issuer","client_id","discovery"}],"ca":PATH})
    // and registers them. An issuer the bundle does not know gets a minimal
    // sandbox profile. Returns the registered profiles.
    Result<QList<IssuerProfile>> addFromSandbox(const QByteArray& readyLine);

    // Connections named before names were kept as Texts carry the issuer's
    // name as it read then, in one language; a name that is the issuer's name
    // in either language becomes that name in both (shown in the language of
    // the moment). Run when a vault is opened; what the user named stays.
    Status nameConnectionsAfterIssuers();

private:
    Result<QList<qint64>> liveConnections(const QString& id) const;

    Vault* m_vault;
    QHash<QString, QByteArray> m_memory;
};

} // namespace meisai
