#pragma once

// The card API v1 of every issuer (docs/sandbox.md, "Card API v1"): the
// public /v1/notices and /v1/profile, and, with a bearer token, cards,
// transactions (paged), statements and limits, over the synthetic data.
//
// It owns each issuer's synthetic data and the notices published through the
// admin API. Bearer tokens are resolved by the AuthorizationServer; Faults is
// asked at fixed points of every request (see Faults.h) and may refuse,
// delay or damage the response. Every response, errors included, carries the
// card API's headers (Content-Type, Date, Cache-Control, x-api-version,
// x-fapi-interaction-id).

#include "AuthorizationServer.h"
#include "CardData.h"
#include "Faults.h"
#include "HttpServer.h"
#include "IssuerDirectory.h"
#include "RequestStats.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <map>
#include <memory>

namespace meisai::sandbox {

class CardApi final
{
public:
    CardApi(const IssuerDirectory& directory, AuthorizationServer& auth, Faults& faults, RequestStats& stats,
            quint64 seed, int transactionsPerCard);
    Q_DISABLE_COPY_MOVE(CardApi)

    // A request for I/v1/...: rest is the path after /issuers/<id>. HTTPS only (SandboxServer checks).
    HttpResponse handle(const QString& issuerId, const QString& rest, const HttpRequest& req);

    // For the admin API: a notice shown on /v1/notices from now on, and
    // confirming every unconfirmed transaction (returns how many).
    Notice publishNotice(const QString& issuerId, const QString& kind, const QString& title, const QString& body);
    int confirmPending(const QString& issuerId);

private:
    HttpResponse respond(const IssuerInfo& issuer, const QString& rest, const HttpRequest& req, bool* bodyFaultsApply);
    HttpResponse notices(const IssuerInfo& issuer) const;
    HttpResponse profile(const IssuerInfo& issuer) const;
    HttpResponse transactions(const IssuerInfo& issuer, Card& card, const HttpRequest& req);
    HttpResponse limits(const IssuerInfo& issuer, const Card& card) const;
    HttpResponse statement(const IssuerInfo& issuer, const Card& card, const QString& month) const;
    HttpResponse apiError(int status, const QString& error, const QString& message, const QJsonArray& details = {}) const;
    CardData& cardData(const QString& issuerId) const;

    const IssuerDirectory& m_directory;
    AuthorizationServer& m_auth;
    Faults& m_faults;
    RequestStats& m_stats;
    std::map<QString, std::unique_ptr<CardData>> m_data; // issuer id → its cards and transactions
    QHash<QString, QList<Notice>> m_published;           // issuer id → notices from the admin API
    int m_noticeSerial = 0;
    qint64 m_pageSerial = 0; // the page-chain faults' keys
};

} // namespace meisai::sandbox
