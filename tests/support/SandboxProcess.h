#pragma once

// Starts meisai-sandbox ($MEISAI_BUILD_DIR/sandbox/meisai-sandbox) for a test,
// waits for its ready line, and offers blocking helpers for its admin API
// (which send the run's admin token from the ready line).
// Depends on Qt only (not on meisai_core), so any test can use it.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QProcess;

class SandboxProcess final
{
public:
    struct Issuer
    {
        QString id;
        QUrl issuer;
        QUrl discovery;
        QString clientId;
    };

    // Starts the sandbox with extra arguments and waits up to timeoutMs for it.
    explicit SandboxProcess(const QStringList& arguments = {}, int timeoutMs = 20000);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }
    static QString executablePath();

    QList<Issuer> issuers() const { return m_issuers; }
    Issuer issuer(const QString& id) const;
    QString caPath() const { return m_caPath; }
    QUrl httpsBase() const { return m_https; }
    QUrl httpBase() const { return m_http; }
    QUrl adminBase() const { return m_admin; }           // https://127.0.0.1:P/admin, no token
    QUrl adminPageUrl() const { return m_adminPage; }     // as printed: …/admin#token=…
    QByteArray adminToken() const { return m_adminToken; } // admin_token of the ready line
    QJsonObject readyLine() const { return m_readyLine; }
    // A copy of the default configuration that also trusts the sandbox's CA.
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    qint64 processId() const;

    // Blocking admin helpers; false / -1 / empty on failure (see lastAdminError()).
    QJsonArray grants(const QString& issuer = {});
    bool revokeGrant(const QString& grantId);
    int revokeUser(const QString& issuer, const QString& user);
    bool setFault(const QString& issuer, const QString& mode, const QString& arg = {}, int count = 0);
    bool clearFault(const QString& issuer, const QString& mode = {});
    bool publishNotice(const QString& issuer, const QString& kind, const QString& title, const QString& body);
    bool setMaintenance(const QString& issuer, bool on, int retryAfter = 600);
    int confirmPending(const QString& issuer);
    QJsonObject stats(const QString& issuer);
    bool resetStats(const QString& issuer);
    QString lastAdminError() const { return m_adminError; }

    // Stops the sandbox with SIGTERM; returns its exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 5000);

private:
    // Sends one admin request; returns the JSON body, or an empty object with m_adminError set.
    QJsonObject admin(const QByteArray& method, const QString& path, const QJsonObject& body = {}, bool* ok = nullptr);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    bool m_ready = false;
    QString m_error;
    QString m_adminError;
    QList<Issuer> m_issuers;
    QString m_caPath;
    QUrl m_https;
    QUrl m_http;
    QUrl m_admin;
    QUrl m_adminPage;
    QByteArray m_adminToken;
    QJsonObject m_readyLine;
    QSslConfiguration m_ssl;
};
