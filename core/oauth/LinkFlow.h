#pragma once

// Linking (or reconnecting) one issuer account: discovery, an authorization
// session with its own loopback listener, the system browser, the redirect,
// the code exchange, then the Connection and its tokens in the vault.
//
//   auto* flow = new LinkFlow(context, parent);
//   flow->setUrlOpener([](const QUrl& u) { return QDesktopServices::openUrl(u); });
//   connect(flow, &LinkFlow::finished, …);  // then flow->connectionId() / flow->error()
//   flow->start(QStringLiteral("hoshizora-card"));
//
// Reconnecting an existing connection (Options::reconnectConnectionId) keeps
// its id, so its history stays attached.

#include "AuthorizationSession.h"
#include "LoopbackReceiver.h"
#include "OAuthContext.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace meisai {

struct TokenResponse;

struct LinkOptions
{
    QStringList scopes;               // empty: all the profile's scopes
    qint64 reconnectConnectionId = 0; // non-zero: renew this connection
    QString label;                    // for a new connection; default: the issuer's name
};

class LinkFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkFlow)

public:
    // Opens the URL in the system browser; returns false when it could not
    // (the UI then shows the copyable link). Never an embedded web view.
    using UrlOpener = std::function<bool(const QUrl&)>;

    using Options = LinkOptions;

    explicit LinkFlow(OAuthContext& context, QObject* parent = nullptr);
    ~LinkFlow() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    void setListenerLifetimeMs(int ms) { m_lifetimeMs = ms; } // default 10 minutes

    void start(const QString& issuerId, Options options = {});
    void cancel();

    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const;
    LoopbackReceiver* receiver() const { return m_receiver; }
    const AuthorizationSession* session() const { return m_session.get(); }

    // After finished(): the connection id, or the error.
    bool succeeded() const { return m_connectionId != 0 && !m_error; }
    qint64 connectionId() const { return m_connectionId; }
    Error error() const { return m_error.value_or(Error{}); }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);
    void browserOpenFailed(const QUrl& url); // show the link so the user can copy it
    void redirectReceived();                  // the browser came back; exchanging the code
    // An answer at the loopback that is not for this sign-in (no or a wrong state) was refused; the
    // flow keeps waiting for the real one. A forged or stale redirect, worth telling the user about.
    void answerRefused(const Error& error);
    void finished(bool ok);

private:
    void begin(ResolvedIssuer issuer);
    LoopbackReceiver::Page onRedirect(const QMap<QString, QString>& params);
    void exchange(SecretBytes code);
    void store(Result<TokenResponse> response);
    void fail(Error error);
    void succeed(qint64 connectionId);

    OAuthContext& m_context;
    UrlOpener m_opener;
    Options m_options;
    QString m_issuerId;
    int m_lifetimeMs = 10 * 60 * 1000;
    bool m_running = false;
    std::unique_ptr<AuthorizationSession> m_session;
    QPointer<LoopbackReceiver> m_receiver;
    HttpClient* m_http = nullptr;
    QUrl m_authorizationUrl;
    qint64 m_connectionId = 0;
    std::optional<Error> m_error;
    quint64 m_generation = 0; // ignores callbacks of a cancelled attempt
};

} // namespace meisai
