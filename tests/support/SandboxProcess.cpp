#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTimer>

QString SandboxProcess::executablePath()
{
    const QByteArray buildDir = qgetenv("MEISAI_BUILD_DIR");
    return QString::fromLocal8Bit(buildDir.isEmpty() ? QByteArray("build") : buildDir) + QStringLiteral("/sandbox/meisai-sandbox");
}

SandboxProcess::SandboxProcess(const QStringList& arguments, int timeoutMs)
    : m_process(std::make_unique<QProcess>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("MEISAI_SANDBOX_VERBOSE")))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("meisai.sandbox.info=false"));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(executablePath(), arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process->errorString());
        return;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_error = QStringLiteral("meisai-sandbox did not get ready (exit code %1)").arg(m_process->exitCode());
            return;
        }
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    line = m_process->readLine();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.object().value(u"ready").toBool()) {
        m_error = QStringLiteral("unexpected ready line: %1").arg(QString::fromUtf8(line));
        return;
    }
    m_readyLine = doc.object();
    for (const QJsonValue& v : m_readyLine.value(u"issuers").toArray()) {
        const QJsonObject o = v.toObject();
        m_issuers.append(Issuer{o.value(u"id").toString(), QUrl(o.value(u"issuer").toString()),
                                QUrl(o.value(u"discovery").toString()), o.value(u"client_id").toString()});
    }
    m_caPath = m_readyLine.value(u"ca").toString();
    m_https = QUrl(m_readyLine.value(u"https").toString());
    m_http = QUrl(m_readyLine.value(u"http").toString());
    m_adminPage = QUrl(m_readyLine.value(u"admin").toString());
    m_admin = m_adminPage.adjusted(QUrl::RemoveFragment);
    m_adminToken = m_readyLine.value(u"admin_token").toString().toLatin1();
    if (m_adminToken.isEmpty()) {
        m_error = QStringLiteral("the ready line has no admin_token");
        return;
    }

    QFile ca(m_caPath);
    if (!ca.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1").arg(m_caPath);
        return;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    m_ready = true;
}

SandboxProcess::~SandboxProcess()
{
    stop(3000);
}

qint64 SandboxProcess::processId() const
{
    return m_process->processId();
}

int SandboxProcess::stop(int timeoutMs)
{
    if (m_process->state() == QProcess::NotRunning)
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(2000);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

SandboxProcess::Issuer SandboxProcess::issuer(const QString& id) const
{
    for (const Issuer& i : m_issuers) {
        if (i.id == id)
            return i;
    }
    return {};
}

QJsonObject SandboxProcess::admin(const QByteArray& method, const QString& path, const QJsonObject& body, bool* ok)
{
    if (ok)
        *ok = false;
    m_adminError.clear();
    QUrl url = m_admin;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(m_admin.path() + QStringLiteral("/api") + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_adminToken);
    req.setTransferTimeout(15000);
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_nam->sendCustomRequest(req, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString netError = reply->errorString();
    reply->deleteLater();
    const QJsonObject obj = QJsonDocument::fromJson(data).object();
    if (status != 200) {
        m_adminError = QStringLiteral("admin %1 %2: HTTP %3 %4 %5")
                           .arg(QString::fromLatin1(method), path)
                           .arg(status)
                           .arg(obj.value(u"error_description").toString(), status == 0 ? netError : QString());
        return {};
    }
    if (ok)
        *ok = true;
    return obj;
}

QJsonArray SandboxProcess::grants(const QString& issuer)
{
    return admin("GET", issuer.isEmpty() ? QStringLiteral("/grants") : QStringLiteral("/grants?issuer=") + issuer)
        .value(u"grants").toArray();
}

bool SandboxProcess::revokeGrant(const QString& grantId)
{
    bool ok = false;
    admin("POST", QStringLiteral("/grants/%1/revoke").arg(grantId), {}, &ok);
    return ok;
}

int SandboxProcess::revokeUser(const QString& issuer, const QString& user)
{
    bool ok = false;
    const QJsonObject o = admin("POST", QStringLiteral("/issuers/%1/revoke-user").arg(issuer),
                                QJsonObject{{QStringLiteral("user"), user}}, &ok);
    return ok ? o.value(u"revoked").toInt() : -1;
}

bool SandboxProcess::setFault(const QString& issuer, const QString& mode, const QString& arg, int count)
{
    bool ok = false;
    admin("POST", QStringLiteral("/issuers/%1/faults").arg(issuer),
          QJsonObject{{QStringLiteral("mode"), mode}, {QStringLiteral("arg"), arg}, {QStringLiteral("count"), count}}, &ok);
    return ok;
}

bool SandboxProcess::clearFault(const QString& issuer, const QString& mode)
{
    bool ok = false;
    admin("DELETE", QStringLiteral("/issuers/%1/faults").arg(issuer) + (mode.isEmpty() ? QString() : QStringLiteral("?mode=") + mode), {}, &ok);
    return ok;
}

bool SandboxProcess::publishNotice(const QString& issuer, const QString& kind, const QString& title, const QString& body)
{
    bool ok = false;
    admin("POST", QStringLiteral("/issuers/%1/notices").arg(issuer),
          QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title}, {QStringLiteral("body"), body}}, &ok);
    return ok;
}

bool SandboxProcess::setMaintenance(const QString& issuer, bool on, int retryAfter)
{
    bool ok = false;
    admin("POST", QStringLiteral("/issuers/%1/maintenance").arg(issuer),
          QJsonObject{{QStringLiteral("on"), on}, {QStringLiteral("retry_after"), retryAfter}}, &ok);
    return ok;
}

int SandboxProcess::confirmPending(const QString& issuer)
{
    bool ok = false;
    const QJsonObject o = admin("POST", QStringLiteral("/issuers/%1/confirm-pending").arg(issuer), {}, &ok);
    return ok ? o.value(u"confirmed").toInt() : -1;
}

QJsonObject SandboxProcess::stats(const QString& issuer)
{
    return admin("GET", QStringLiteral("/issuers/%1/stats").arg(issuer));
}

bool SandboxProcess::resetStats(const QString& issuer)
{
    bool ok = false;
    admin("POST", QStringLiteral("/issuers/%1/stats/reset").arg(issuer), {}, &ok);
    return ok;
}
