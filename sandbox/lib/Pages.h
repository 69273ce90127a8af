#pragma once

// HTML pages served to a browser: the issuer's login and consent page, error
// pages and the admin page for demos. Plain HTML with inline CSS; no scripts
// except on the admin page.

#include "IssuerCatalog.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace meisai::sandbox {

struct ConsentPageModel
{
    const IssuerInfo* issuer = nullptr;
    const ClientInfo* client = nullptr;
    QStringList scopes;
    bool english = false;
    QString txn;
    QString action;       // form action path
    QString username;     // pre-filled
    QString password;     // pre-filled (demo users only)
    QString error;        // shown above the form, empty if none
    QString otherLanguageUrl;
    QString redirectHost; // where the browser will go after the decision
    QDate consentUntil;
    QDate refreshUntil;
};

QString htmlEscape(const QString& text);
QString consentPage(const ConsentPageModel& model);
QString errorPage(const IssuerInfo* issuer, bool english, const QString& title, const QString& message);
QString adminPage(const QList<IssuerInfo>& issuers);
QString indexPage(const QList<IssuerInfo>& issuers, const QString& httpsBase, const QString& httpBase);

} // namespace meisai::sandbox
