#pragma once

// Pieces of responses that more than one part of the sandbox sends: compact
// JSON, timestamps in JST (RFC 3339), the OAuth-style JSON error (also used
// by the router and the admin API) and the security headers of HTML pages.

#include "HttpServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace meisai::sandbox {

constexpr int kJstOffsetSecs = 9 * 3600; // every date the issuers show is Japan time

QByteArray compactJson(const QJsonObject& object);
QString rfc3339(const QDateTime& t);          // 2026-03-14T09:30:00+09:00
QJsonValue rfc3339OrNull(const QDateTime& t); // null for an invalid (unset) time

// {"error","error_description"} with Cache-Control: no-store and Pragma: no-cache (RFC 6749 §5.2).
HttpResponse oauthError(int status, const QString& error, const QString& description);
// No caching, no framing, a strict CSP: for every page a browser is shown.
void addPageHeaders(HttpResponse& response);

} // namespace meisai::sandbox
