#pragma once

// Acts as the user's browser against the sandbox's consent page: GETs the
// authorization URL, checks the page, submits the form (approve or deny) and
// returns the redirect Location without following it; deliver() then GETs a
// loopback redirect URL the way a browser would. Depends on Qt only.

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

class SandboxBrowser final
{
public:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QString error; // network error, empty if the server answered
    };
    struct Decision
    {
        bool ok = false;      // the server redirected
        int status = 0;       // status of the last response
        QUrl location;        // the redirect, not followed
        QByteArray body;      // the page when there was no redirect
        QString error;        // what went wrong, for QVERIFY2
    };

    // sslConfiguration: used for https authorization URLs (trust the sandbox CA).
    explicit SandboxBrowser(const QSslConfiguration& sslConfiguration = QSslConfiguration::defaultConfiguration());
    ~SandboxBrowser();
    SandboxBrowser(const SandboxBrowser&) = delete;
    SandboxBrowser& operator=(const SandboxBrowser&) = delete;

    Page get(const QUrl& url);
    Page postForm(const QUrl& url, const QByteArray& form);

    // GET the consent page, then POST its form as the user would.
    Decision authorize(const QUrl& authorizationUrl, const QString& username, const QString& password, bool approve = true);
    // GET a redirect target (e.g. http://127.0.0.1:PORT/callback?code=…) like a browser.
    Page deliver(const QUrl& redirect);

    // The form's action and its hidden txn value, from a consent page.
    static QString formAction(const QByteArray& html);
    static QString formTxn(const QByteArray& html);
    // The six items of the guideline §3.4(2)i, by element id; returns the missing ones.
    static QStringList missingConsentItems(const QByteArray& html);
    // The redirect with one query parameter replaced (or removed), as a forged answer would carry it.
    static QUrl withParam(QUrl url, const QString& key, const std::optional<QString>& value);

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
};
