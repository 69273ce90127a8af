#pragma once

// One fault as it is switched on at an issuer: the mode, its argument and how
// many more requests it applies to. Parsed from --fault ISSUER:MODE[:ARG] and
// from the admin API's {"mode","arg","count"}.

#include "FaultMode.h"

#include <QDateTime>
#include <QString>

namespace meisai::sandbox {

struct Fault
{
    FaultMode mode = FaultMode::ServerError;
    QString arg;       // as given: milliseconds, Retry-After seconds, MiB, a version; empty = the default
    int remaining = 0; // requests left before the fault clears itself; 0 = until cleared
    QDateTime since;   // when it was switched on

    // arg, or the mode's default when arg is empty.
    QString effectiveArg() const { return arg.isEmpty() ? defaultFaultArg(mode) : arg; }
};

// MODE and ARG as text → *fault (count 0); false with *error for an unknown
// mode or an argument the mode does not take.
bool parseFault(const QString& mode, const QString& arg, Fault* fault, QString* error);
// "ISSUER:MODE[:ARG]" → issuer id and fault; false with *error when malformed.
bool parseFaultSpec(const QString& spec, QString* issuer, Fault* fault, QString* error);

} // namespace meisai::sandbox
