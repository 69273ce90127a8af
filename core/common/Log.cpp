#include "Log.h"

Q_LOGGING_CATEGORY(lcVault, "meisai.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "meisai.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "meisai.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "meisai.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIssuer, "meisai.issuer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "meisai.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "meisai.net", QtInfoMsg)

namespace meisai {

QString redactUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}

} // namespace meisai
