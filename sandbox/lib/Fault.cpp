#include "Fault.h"

namespace meisai::sandbox {

bool parseFault(const QString& mode, const QString& arg, Fault* fault, QString* error)
{
    const std::optional<FaultMode> known = faultModeFromString(mode);
    if (!known) {
        *error = QStringLiteral("unknown fault mode \"%1\" (known: %2)").arg(mode, faultModes().join(u", "));
        return false;
    }
    fault->mode = *known;
    fault->arg = arg;
    fault->remaining = 0;
    return validFaultArg(fault->mode, fault->arg, error);
}

bool parseFaultSpec(const QString& spec, QString* issuer, Fault* fault, QString* error)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty()) {
        *error = QStringLiteral("--fault expects ISSUER:MODE[:ARG], got \"%1\"").arg(spec);
        return false;
    }
    *issuer = parts.at(0);
    return parseFault(parts.at(1), parts.value(2), fault, error);
}

} // namespace meisai::sandbox
