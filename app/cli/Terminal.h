#pragma once

// Where meisai-cli talks to the user: results on stdout, messages and
// progress on stderr (both UTF-8), and the passphrase prompt on the
// controlling terminal with echo turned off.
//
// Text written here is made terminal-safe (terminalSafe(), newlines kept):
// issuer names, merchant names, notices and error messages that quote an
// issuer can be passed as they are. Only the byte overload and writeCsv()
// write exactly what they are given, for jsonText() and csvRecord() output,
// which are safe by construction.

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace meisai::cli {

void writeOut(const QString& text);
// Exactly these bytes: for jsonText() output.
void writeOut(const QByteArray& utf8);
// Exactly this CSV text (CRLF line ends kept): for csvRecord() output.
void writeCsv(const QString& csv);
void writeErr(const QString& text);
// "meisai-cli: " + message + "\n" on stderr.
void printError(const QString& message);
// The Qt message handler of meisai-cli: core's warnings, which can quote an
// issuer, reach stderr terminal-safe too.
void logMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);

bool stdoutIsTerminal();
bool stderrIsTerminal();

// Whether a controlling terminal (/dev/tty) can be asked.
bool hasTerminal();

// Asks for a passphrase on /dev/tty without echo. Fails when there is no
// terminal (scripts use --passphrase-fd or MEISAI_PASSPHRASE instead).
Result<SecretBytes> promptPassphrase(const QString& prompt);

// Reads a passphrase from an open file descriptor (a pipe from a password
// manager, a file): up to the first newline or the end, 1024 bytes at most;
// the descriptor is closed afterwards.
Result<SecretBytes> readPassphraseFromFd(int fd);

// Takes MEISAI_PASSPHRASE out of the process at start, before anything can
// copy it: its value is returned, the variable's bytes in the environment
// block are overwritten (so /proc/PID/environ no longer shows it) and the
// variable is removed (so no child process inherits it). Empty when unset.
SecretBytes takeEnvironmentPassphrase();

} // namespace meisai::cli
