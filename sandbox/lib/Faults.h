#pragma once

// Fault modes an issuer can be switched into, at start (--fault) or through
// the admin API. See docs/sandbox.md for what a client observes in each.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace meisai::sandbox {

struct Fault
{
    QString mode;   // one of faultModes()
    QString arg;    // mode-specific: milliseconds, Retry-After seconds, MiB
    int remaining = 0; // requests left before the fault clears itself; 0 = until cleared
    QDateTime since;
};

QStringList faultModes();
bool isFaultMode(const QString& mode);
// "ISSUER:MODE[:ARG]" → issuer id and fault; false with *error when malformed.
bool parseFaultSpec(const QString& spec, QString* issuer, Fault* fault, QString* error);
// Validates the argument of a mode (numbers where numbers are expected).
bool validFaultArg(const Fault& fault, QString* error);

} // namespace meisai::sandbox
