#include "IssuerRegistrar.h"

#include "OAuthContext.h"
#include "common/Log.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace meisai {

IssuerRegistrar::IssuerRegistrar(OAuthContext& context, TokenManager* tokens, QObject* parent)
    : QObject(parent), m_context(context), m_revoker(context, tokens)
{
}

void IssuerRegistrar::registerProfile(IssuerProfile profile, bool replace, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto reply = [this, guard, hadContext, done](Result<Report> result) {
        QTimer::singleShot(0, this, [guard, hadContext, done, result = std::move(result)]() mutable {
            if (!hadContext || guard)
                done(std::move(result));
        });
    };
    if (Status valid = profile.validate(); !valid) {
        reply(valid.error());
        return;
    }
    IssuerDirectory& directory = m_context.directory();
    Report report;
    if (auto existing = directory.find(profile.id)) {
        report.replaced = true;
        report.previousIssuer = existing->issuer;
    }
    auto conflict = directory.conflict(profile);
    if (!conflict) {
        reply(conflict.error());
        return;
    }
    if (!conflict->has_value()) {
        finish(std::move(profile), std::move(report), context, std::move(done));
        return;
    }
    if (!replace) {
        reply(makeError(ErrorCode::BindingMismatch, IssuerDirectory::conflictMessage(**conflict)));
        return;
    }

    // Revoke the conflicting connections one after the other, at the issuer they were linked with.
    qCInfo(lcIssuer).noquote() << "replacing issuer" << profile.id << "from" << redactUrl((*conflict)->linkedIssuer)
                               << "to" << redactUrl(profile.issuer) << ": revoking" << (*conflict)->connectionIds.size()
                               << "connection(s) first";
    m_context.audit(0, profile.id, QStringLiteral("issuer_replace"), QStringLiteral("ok"),
                    QStringLiteral("from ") + redactUrl((*conflict)->linkedIssuer) + QStringLiteral(" to ")
                        + redactUrl(profile.issuer));
    struct Chain
    {
        QList<qint64> left;
        Report report;
        IssuerProfile profile;
        Callback done;
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void()> next;
    };
    auto chain = std::make_shared<Chain>();
    chain->left = (*conflict)->connectionIds;
    chain->report = std::move(report);
    chain->profile = std::move(profile);
    chain->done = std::move(done);
    chain->context = context;
    chain->hadContext = hadContext;
    QPointer<IssuerRegistrar> self(this);
    chain->next = [self, chain] {
        if (!self)
            return;
        if (chain->left.isEmpty()) {
            auto next = std::move(chain->next); // breaks the cycle chain → next → chain
            if (!chain->hadContext || chain->context)
                self->finish(std::move(chain->profile), std::move(chain->report), chain->context, std::move(chain->done));
            return;
        }
        const qint64 id = chain->left.takeFirst();
        self->m_revoker.revoke(id, self, [self, chain, id](Result<RevokeReport> revoked) {
            if (!self)
                return;
            if (!revoked) {
                auto next = std::move(chain->next);
                if (!chain->hadContext || chain->context)
                    chain->done(revoked.error());
                return;
            }
            chain->report.revokedConnections << id;
            chain->report.revocation.connections += revoked->connections;
            chain->report.revocation.confirmed += revoked->confirmed;
            chain->report.revocation.queued += revoked->queued;
            chain->report.revocation.messages += revoked->messages;
            chain->next();
        });
    };
    chain->next();
}

void IssuerRegistrar::finish(IssuerProfile profile, Report report, QObject* context, Callback done)
{
    const Status added = m_context.directory().add(profile);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    if (added) {
        m_context.resetIssuer(profile.id);
        report.profile = std::move(profile);
    }
    Result<Report> result = added ? Result<Report>(std::move(report)) : Result<Report>(added.error());
    QTimer::singleShot(0, this, [guard, hadContext, done, result = std::move(result)]() mutable {
        if (!hadContext || guard)
            done(std::move(result));
    });
}

} // namespace meisai
