#include "CliRunner.h"

#include <QDir>
#include <QJsonDocument>

#include <unistd.h>

namespace meisai::test {

QByteArray CliResult::describe() const
{
    QByteArray d = "exit " + QByteArray::number(exitCode);
    if (crashed)
        d += " (crashed)";
    if (timedOut)
        d += " (timed out)";
    d += "; stderr: " + err.left(2000);
    if (err.isEmpty())
        d += "; stdout: " + out.left(1000);
    return d;
}

QJsonArray CliResult::json() const
{
    return QJsonDocument::fromJson(out).array();
}

CliRunner::CliRunner(QString profileDir)
    : m_profileDir(std::move(profileDir))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("MEISAI_PASSPHRASE"));
    m_env.remove(QStringLiteral("MEISAI_PROFILE_DIR"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString CliRunner::executablePath()
{
    return qEnvironmentVariable("MEISAI_BUILD_DIR") + QStringLiteral("/app/meisai-cli");
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(m_env);
    // No controlling terminal: meisai-cli must never wait for a prompt in a test.
    p->setChildProcessModifier([] { ::setsid(); });
    p->setProgram(executablePath());
    p->setArguments(QStringList{QStringLiteral("--profile-dir"), m_profileDir} + args);
    p->start();
    return p;
}

CliResult CliRunner::run(const QStringList& args, int timeoutMs) const
{
    auto p = start(args);
    CliResult r;
    if (!p->waitForStarted(10000)) {
        r.err = p->errorString().toUtf8();
        return r;
    }
    p->closeWriteChannel();
    if (!p->waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p->kill();
        p->waitForFinished(5000);
    }
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    r.crashed = p->exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p->exitCode();
    return r;
}

bool parseCsv(const QByteArray& bytes, QList<QStringList>* records, QString* error)
{
    const QString text = QString::fromUtf8(bytes);
    records->clear();
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    if (i + 1 < text.size() && text.at(i + 1) != u',' && text.at(i + 1) != u'\r')
                        return fail(QStringLiteral("text after a closing quote at %1").arg(i));
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty())
                return fail(QStringLiteral("quote inside an unquoted field at %1").arg(i));
            inQuotes = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return fail(QStringLiteral("CR without LF at %1").arg(i));
            ++i;
            record << field;
            records->append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            return fail(QStringLiteral("bare LF at %1 (records end with CRLF)").arg(i));
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return fail(QStringLiteral("unterminated quoted field"));
    if (fieldStarted || !record.isEmpty())
        return fail(QStringLiteral("last record does not end with CRLF"));
    return true;
}

int terminalWidth(const QString& text)
{
    int w = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                          || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                          || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
                          || (c >= 0x20000 && c <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace meisai::test
