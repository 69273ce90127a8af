#include "SandboxBrowser.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

QString unescape(QString s)
{
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

} // namespace

SandboxBrowser::SandboxBrowser(const QSslConfiguration& sslConfiguration)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_ssl(sslConfiguration)
{
}

SandboxBrowser::~SandboxBrowser() = default;

static SandboxBrowser::Page run(QNetworkReply* reply, QUrl* location)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    SandboxBrowser::Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    if (page.status == 0)
        page.error = reply->errorString();
    if (location)
        *location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
    reply->deleteLater();
    return page;
}

SandboxBrowser::Page SandboxBrowser::get(const QUrl& url)
{
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "text/html");
    req.setTransferTimeout(15000);
    return run(m_nam->get(req), nullptr);
}

SandboxBrowser::Page SandboxBrowser::postForm(const QUrl& url, const QByteArray& form)
{
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setTransferTimeout(15000);
    return run(m_nam->post(req, form), nullptr);
}

QString SandboxBrowser::formAction(const QByteArray& html)
{
    static const QRegularExpression re(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\""));
    return unescape(re.match(QString::fromUtf8(html)).captured(1));
}

QString SandboxBrowser::formTxn(const QByteArray& html)
{
    static const QRegularExpression re(QStringLiteral("<input type=\"hidden\" name=\"txn\" value=\"([^\"]+)\""));
    return unescape(re.match(QString::fromUtf8(html)).captured(1));
}

QStringList SandboxBrowser::missingConsentItems(const QByteArray& html)
{
    QStringList missing;
    for (const char* id : {"item-connector", "item-service", "item-scopes", "item-validity", "item-revoke", "item-warnings"}) {
        const QByteArray attribute = QByteArray("id=\"") + id + '"';
        if (!html.contains(attribute))
            missing << QString::fromLatin1(id);
    }
    return missing;
}

SandboxBrowser::Decision SandboxBrowser::authorize(const QUrl& authorizationUrl, const QString& username,
                                                   const QString& password, bool approve)
{
    Decision d;
    QUrl location;
    QNetworkRequest req(authorizationUrl);
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(15000);
    const Page page = run(m_nam->get(req), &location);
    d.status = page.status;
    d.body = page.body;
    if (page.status == 302) {
        // The authorization endpoint itself refused and redirected (e.g. missing PKCE).
        d.ok = true;
        d.location = location;
        return d;
    }
    if (page.status != 200) {
        d.error = QStringLiteral("consent page: HTTP %1 %2").arg(page.status).arg(page.error);
        return d;
    }
    const QString action = formAction(page.body);
    const QString txn = formTxn(page.body);
    if (action.isEmpty() || txn.isEmpty()) {
        d.error = QStringLiteral("consent page has no decision form");
        return d;
    }
    auto enc = [](const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QByteArray body = "txn=" + enc(txn).toLatin1() + "&username=" + enc(username).toLatin1() + "&password="
        + enc(password).toLatin1() + "&decision=" + (approve ? QByteArray("approve") : QByteArray("deny"));
    QNetworkRequest post(authorizationUrl.resolved(QUrl(action)));
    post.setSslConfiguration(m_ssl);
    post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    post.setTransferTimeout(15000);
    const Page result = run(m_nam->post(post, body), &location);
    d.status = result.status;
    d.body = result.body;
    if (result.status != 302) {
        d.error = QStringLiteral("decision: HTTP %1, no redirect %2").arg(result.status).arg(result.error);
        return d;
    }
    d.ok = true;
    d.location = location;
    return d;
}

SandboxBrowser::Page SandboxBrowser::deliver(const QUrl& redirect)
{
    return get(redirect);
}

QUrl SandboxBrowser::withParam(QUrl url, const QString& key, const std::optional<QString>& value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    if (value)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(*value)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}
