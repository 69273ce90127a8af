#pragma once

// One logging category per module. Never log tokens, codes, verifiers, keys
// or URLs with their query strings; use redactUrl() for URLs.

#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcIssuer)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace meisai {

// scheme://host:port/path, without user info, query or fragment.
QString redactUrl(const QUrl& url);

} // namespace meisai
