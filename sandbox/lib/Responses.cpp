#include "Responses.h"

#include <QJsonDocument>

namespace meisai::sandbox {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString rfc3339(const QDateTime& t)
{
    return t.toOffsetFromUtc(kJstOffsetSecs).toString(Qt::ISODate);
}

QJsonValue rfc3339OrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(rfc3339(t)) : QJsonValue(QJsonValue::Null);
}

HttpResponse oauthError(int status, const QString& error, const QString& description)
{
    const QJsonObject o{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    HttpResponse r = HttpResponse::json(status, compactJson(o));
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

void addPageHeaders(HttpResponse& response)
{
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
                       "img-src data:; frame-ancestors 'none'; base-uri 'none'");
}

} // namespace meisai::sandbox
