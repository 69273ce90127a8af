#pragma once

// Runs the real meisai-cli ($MEISAI_BUILD_DIR/app/meisai-cli) as a separate
// process for the end-to-end tests, and reads what it prints: RFC 4180 CSV,
// JSON, aligned tables.

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace meisai::test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2: exit code and stderr.
    QByteArray describe() const;
    QJsonArray json() const; // stdout parsed as a JSON array (empty when it is not one)
};

class CliRunner
{
public:
    explicit CliRunner(QString profileDir);

    static QString executablePath();

    // Extra environment for every run (e.g. MEISAI_PASSPHRASE).
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    void unsetEnv(const QString& name) { m_env.remove(name); }
    QProcessEnvironment environment() const { return m_env; }

    // Runs meisai-cli --profile-dir DIR args… to completion.
    CliResult run(const QStringList& args, int timeoutMs = 60000) const;
    // Starts it without waiting (link, a sync to be killed); the caller owns the process.
    std::unique_ptr<QProcess> start(const QStringList& args) const;

    QString profileDir() const { return m_profileDir; }

private:
    QString m_profileDir;
    QProcessEnvironment m_env;
};

// RFC 4180: records of fields; fails (returns false) on malformed input.
bool parseCsv(const QByteArray& text, QList<QStringList>* records, QString* error = nullptr);

// Display cells of a string in a terminal (2 for CJK and full-width forms),
// written independently of the CLI's own table code.
int terminalWidth(const QString& text);

} // namespace meisai::test
