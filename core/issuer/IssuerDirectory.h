#pragma once

// The issuers Meisai knows: the profiles bundled with it (resources/issuers)
// and those registered in the vault. A registered profile with the same id
// replaces the bundled one (that is how a sandbox template is completed).

#include "IssuerProfile.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace meisai {

class ProfileStore;

class IssuerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(IssuerDirectory)

public:
    // Without a store, registered profiles are kept in memory (tests, tools).
    explicit IssuerDirectory(ProfileStore* store = nullptr);

    // The profiles compiled into Meisai, sorted by id.
    static Result<QList<IssuerProfile>> bundled();

    // Registered profiles, then bundled ones not replaced by a registered one.
    Result<QList<IssuerProfile>> list() const;
    // A registered profile, else the bundled one; NotFound otherwise.
    Result<IssuerProfile> find(const QString& id) const;

    // Validates and registers a complete profile (replacing one with the same id).
    Status add(const IssuerProfile& profile);
    Status remove(const QString& id);

    // Completes the bundled sandbox templates from the sandbox issuer's ready
    // line ({"issuers":[{"id","issuer","client_id","discovery"}],"ca":PATH})
    // and registers them. An issuer the bundle does not know gets a minimal
    // sandbox profile. Returns the registered profiles.
    Result<QList<IssuerProfile>> addFromSandbox(const QByteArray& readyLine);

private:
    ProfileStore* m_store;
    QHash<QString, QByteArray> m_memory;
};

} // namespace meisai
