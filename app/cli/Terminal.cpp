#include "Terminal.h"

#include "Cli.h"
#include "Format.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace meisai::cli {

namespace {

void writeAll(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Restores the terminal's mode even when reading fails.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ICANON;
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

void writeOut(const QString& text)
{
    writeAll(stdout, terminalSafe(text, true).toUtf8());
}

void writeOut(const QByteArray& utf8)
{
    writeAll(stdout, utf8);
}

void writeCsv(const QString& csv)
{
    writeAll(stdout, csv.toUtf8());
}

void writeErr(const QString& text)
{
    writeAll(stderr, terminalSafe(text, true).toUtf8());
}

void logMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    writeErr(qFormatLogMessage(type, context, message) + QLatin1Char('\n'));
}

void printError(const QString& message)
{
    writeErr(QStringLiteral("meisai-cli: ") + message.trimmed() + QLatin1Char('\n'));
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

Result<SecretBytes> promptPassphrase(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::WrongPassphrase,
                         Cli::tr("There is no terminal to ask for the passphrase on. Set "
                                 "MEISAI_PASSPHRASE to give it to meisai-cli in a script."));
    const QByteArray promptBytes = prompt.toUtf8();
    [[maybe_unused]] ssize_t written = ::write(fd, promptBytes.constData(), size_t(promptBytes.size()));

    // Read byte by byte into a secret buffer so that no growing copy is left behind.
    SecretBytes buffer(1024);
    std::size_t length = 0;
    bool ended = false;
    {
        EchoOff echoOff(fd);
        while (length < buffer.size()) {
            char c = 0;
            const ssize_t n = ::read(fd, &c, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0 || c == '\n' || c == '\r') {
                ended = n > 0;
                break;
            }
            buffer.data()[length++] = static_cast<unsigned char>(c);
        }
    }
    written = ::write(fd, "\n", 1);
    ::close(fd);
    if (!ended && length == buffer.size())
        return makeError(ErrorCode::InvalidArgument,
                         Cli::tr("The passphrase is too long (1024 bytes at most)."));
    SecretBytes passphrase(QByteArrayView(reinterpret_cast<const char*>(buffer.data()), qsizetype(length)));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         Cli::tr("No passphrase was entered."));
    return passphrase;
}

} // namespace meisai::cli
