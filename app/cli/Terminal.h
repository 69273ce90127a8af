#pragma once

// Where meisai-cli talks to the user: results on stdout, messages and
// progress on stderr (both UTF-8), and the passphrase prompt on the
// controlling terminal with echo turned off.

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace meisai::cli {

void writeOut(const QString& text);
void writeOut(const QByteArray& utf8);
void writeErr(const QString& text);
// "meisai-cli: " + message + "\n" on stderr.
void printError(const QString& message);

bool stdoutIsTerminal();
bool stderrIsTerminal();

// Asks for a passphrase on /dev/tty without echo. Fails when there is no
// terminal (scripts should set MEISAI_PASSPHRASE instead).
Result<SecretBytes> promptPassphrase(const QString& prompt);

} // namespace meisai::cli
