#pragma once

// What the sandbox tests share: a blocking client on a plain
// QNetworkAccessManager that trusts the sandbox CA, PKCE values, and a helper
// that links a demo user (browser + token request) and returns the tokens.

#include "SandboxBrowser.h"
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 elapsedMs = 0;
    qint64 received = 0;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool jsonValid() const;
};

struct Pkce
{
    QString verifier;
    QString challenge;
    static Pkce make();
};

struct Tokens
{
    int status = 0;
    QString access;
    QString refresh;
    QJsonObject raw;
};

class TestClient final
{
public:
    explicit TestClient(const QSslConfiguration& ssl);
    ~TestClient();

    HttpResult get(const QUrl& url, const QString& bearer = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                   qint64 abortAfterBytes = 0);
    HttpResult postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields);
    void reset(); // a fresh manager: no cached connections

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
};

// The issuer's discovery document (over HTTPS).
QJsonObject discover(TestClient& client, const SandboxProcess::Issuer& issuer);

// An authorization URL with the given parameters; an empty value leaves a parameter out.
QUrl authorizationUrl(const QJsonObject& discovery, const QString& clientId, const QString& redirectUri,
                      const QString& scope, const QString& state, const QString& challenge,
                      const QString& method = QStringLiteral("S256"));

// Runs browser consent (approve as user) and the code exchange; status 0 with an empty
// access token if any step failed (see *why).
Tokens linkUser(SandboxProcess& sandbox, TestClient& client, const QString& issuerId, const QString& user,
                const QString& password, const QString& scope, QString* why = nullptr);

Tokens refreshTokens(TestClient& client, const QJsonObject& discovery, const QString& clientId, const QString& refresh);

QUrl apiUrl(const QJsonObject& discovery, const QString& path, const QUrlQuery& query = {});
