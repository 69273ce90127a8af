#pragma once

// The fault modes an issuer can be switched into: the one place a mode is
// declared, with its name (as --fault and the admin API spell it), the
// argument it takes and what an empty argument means. What each mode does to
// a response is in Faults; what a client observes, in docs/sandbox.md.
//
// The functions switch over the enum without a default, so -Wswitch names
// every place a new mode must be declared (an error with MEISAI_WERROR).

#include <QString>
#include <QStringList>

#include <optional>

namespace meisai::sandbox {

// In the order --help and the admin page list them. No explicit values: the
// list of modes is the enumerators from 0 up to the first without a name.
enum class FaultMode {
    Latency,         // "latency": the response ARG ms late
    ServerError,     // "500"
    Maintenance,     // "maintenance": 503 with Retry-After ARG s, and a notice
    TooManyRequests, // "429": Retry-After ARG s
    MalformedJson,   // "malformed-json"
    TruncatedBody,   // "truncated-body"
    OversizedBody,   // "oversized-body": ARG MiB
    ExpireTokens,    // "expire-tokens"
    PanLeak,         // "pan-leak"
    ApiVersion,      // "api-version": x-api-version ARG
    RepeatKey,       // "repeat-key": transactions pages say hasNext, their keys going round a cycle of ARG
    EndlessPages,    // "endless-pages": every transactions page says hasNext, with a key never sent before
};

QString toString(FaultMode mode);
std::optional<FaultMode> faultModeFromString(const QString& name);
// Every mode's name, in declaration order.
QStringList faultModes();

// The argument an empty ARG stands for; empty for modes that take none.
QString defaultFaultArg(FaultMode mode);
// Whether ARG suits the mode (an empty one always does); false with *error
// saying what the mode expects.
bool validFaultArg(FaultMode mode, const QString& arg, QString* error);

} // namespace meisai::sandbox
