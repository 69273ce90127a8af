#include "Terminal.h"

#include "Cli.h"
#include "Format.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

namespace {

constexpr std::size_t MaxPassphraseBytes = 1024;

// Reads up to a newline (or CR) or the end of input, one byte at a time into a
// fixed secret buffer, so that no growing copy is left behind. *ended tells
// whether a line end or the end of input was reached before the buffer filled.
SecretBytes readLine(int fd, bool* ended)
{
    SecretBytes buffer(MaxPassphraseBytes + 1);
    std::size_t length = 0;
    *ended = false;
    while (length < buffer.size()) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n' || c == '\r') {
            *ended = n >= 0;
            break;
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    SecretBytes line(QByteArrayView(reinterpret_cast<const char*>(buffer.data()), qsizetype(length)));
    return line;
}

} // namespace

bool hasTerminal()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

Result<SecretBytes> promptPassphrase(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::WrongPassphrase,
                         Cli::tr("There is no terminal to ask for the passphrase on. In a script, give it "
                                 "with --passphrase-fd or MEISAI_PASSPHRASE."));
    const QByteArray promptBytes = prompt.toUtf8();
    [[maybe_unused]] ssize_t written = ::write(fd, promptBytes.constData(), size_t(promptBytes.size()));

    bool ended = false;
    SecretBytes passphrase;
    {
        EchoOff echoOff(fd);
        passphrase = readLine(fd, &ended);
    }
    written = ::write(fd, "\n", 1);
    ::close(fd);
    if (passphrase.size() > MaxPassphraseBytes)
        return makeError(ErrorCode::InvalidArgument,
                         Cli::tr("The passphrase is too long (1024 bytes at most)."));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         Cli::tr("No passphrase was entered."));
    return passphrase;
}

Result<SecretBytes> readPassphraseFromFd(int fd)
{
    if (fd < 0 || ::fcntl(fd, F_GETFD) < 0)
        return makeError(ErrorCode::InvalidArgument,
                         Cli::tr("--passphrase-fd %1 is not an open file descriptor.").arg(fd));
    bool ended = false;
    SecretBytes passphrase = readLine(fd, &ended);
    ::close(fd);
    if (passphrase.size() > MaxPassphraseBytes)
        return makeError(ErrorCode::InvalidArgument,
                         Cli::tr("The passphrase is too long (1024 bytes at most)."));
    if (!ended)
        return makeError(ErrorCode::WrongPassphrase,
                         Cli::tr("The passphrase could not be read from file descriptor %1.").arg(fd));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         Cli::tr("File descriptor %1 gave an empty passphrase.").arg(fd));
    return passphrase;
}

SecretBytes takeEnvironmentPassphrase()
{
    static constexpr char Name[] = "MEISAI_PASSPHRASE";
    char* value = std::getenv(Name);
    if (!value)
        return {};
    const std::size_t length = std::strlen(value);
    SecretBytes passphrase{QByteArrayView(value, qsizetype(length))};
    // getenv points into the "NAME=value" string of the environment block, and
    // unsetenv only drops the pointer to it: remove the variable, then
    // overwrite the whole string where it lies.
    char* entry = value - (sizeof(Name) - 1) - 1;
    ::unsetenv(Name);
    SecretBytes::wipe(entry, sizeof(Name) + length);
    return passphrase;
}

} // namespace meisai::cli
