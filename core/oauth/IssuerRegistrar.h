#pragma once

// Registers an issuer profile in the vault under the binding rule, for
// meisai-cli (`issuer add`, `issuer import`) and the app (Add an issuer…).
// A profile that would move live connections to another issuer identifier is
// refused (IssuerDirectory::conflict); with replace, those connections are
// revoked at the issuer they were linked with first (their tokens deleted
// locally, RFC 7009 at that issuer), and only then is the new profile
// registered. Tokens the old issuer could not confirm stay queued, bound to
// it: they never go to the new one.
//
//   IssuerRegistrar registrar(context, &tokens);
//   registrar.registerProfile(profile, replace, this, [](Result<IssuerRegistrar::Report> r) { … });

#include "Revoker.h"
#include "common/Result.h"
#include "issuer/IssuerDirectory.h"

#include <QObject>

#include <functional>

namespace meisai {

class OAuthContext;
class TokenManager;

class IssuerRegistrar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerRegistrar)

public:
    struct Report
    {
        IssuerProfile profile;          // as registered
        bool replaced = false;          // a profile of this id was registered or bundled before
        QUrl previousIssuer;            // its issuer identifier, when there was one
        QList<qint64> revokedConnections;
        RevokeReport revocation;        // for those connections
    };
    using Callback = std::function<void(Result<Report>)>;

    // tokens may be null (its refreshes are cancelled when given).
    IssuerRegistrar(OAuthContext& context, TokenManager* tokens, QObject* parent = nullptr);

    // done runs once, on the event loop, unless context is destroyed first.
    void registerProfile(IssuerProfile profile, bool replace, QObject* context, Callback done);

private:
    void finish(IssuerProfile profile, Report report, QObject* context, Callback done);

    OAuthContext& m_context;
    Revoker m_revoker;
};

} // namespace meisai
