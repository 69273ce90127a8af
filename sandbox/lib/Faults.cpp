#include "Faults.h"

#include <QRegularExpression>

namespace meisai::sandbox {

QStringList faultModes()
{
    return {QStringLiteral("latency"),        QStringLiteral("500"),           QStringLiteral("maintenance"),
            QStringLiteral("429"),            QStringLiteral("malformed-json"), QStringLiteral("truncated-body"),
            QStringLiteral("oversized-body"), QStringLiteral("expire-tokens"), QStringLiteral("pan-leak"),
            QStringLiteral("api-version")};
}

bool isFaultMode(const QString& mode)
{
    return faultModes().contains(mode);
}

bool validFaultArg(const Fault& fault, QString* error)
{
    if (!isFaultMode(fault.mode)) {
        *error = QStringLiteral("unknown fault mode \"%1\" (known: %2)").arg(fault.mode, faultModes().join(u", "));
        return false;
    }
    const bool numeric = fault.mode == u"latency" || fault.mode == u"maintenance" || fault.mode == u"429"
        || fault.mode == u"oversized-body";
    if (fault.arg.isEmpty())
        return true;
    if (fault.mode == u"api-version") {
        // MAJOR[.MINOR[.PATCH]]: the version the card API claims to be.
        static const QRegularExpression version(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){0,2}$"));
        if (!version.match(fault.arg).hasMatch()) {
            *error = QStringLiteral("fault \"api-version\" needs a version such as 2.0.0, got \"%1\"").arg(fault.arg);
            return false;
        }
        return true;
    }
    if (!numeric) {
        *error = QStringLiteral("fault mode \"%1\" takes no argument").arg(fault.mode);
        return false;
    }
    bool ok = false;
    const int value = fault.arg.toInt(&ok);
    if (!ok || value < 0 || (fault.mode == u"oversized-body" && value > 1024) || value > 600000) {
        *error = QStringLiteral("fault \"%1\" needs a whole number argument, got \"%2\"").arg(fault.mode, fault.arg);
        return false;
    }
    return true;
}

bool parseFaultSpec(const QString& spec, QString* issuer, Fault* fault, QString* error)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty()) {
        *error = QStringLiteral("--fault expects ISSUER:MODE[:ARG], got \"%1\"").arg(spec);
        return false;
    }
    *issuer = parts.at(0);
    fault->mode = parts.at(1);
    fault->arg = parts.value(2);
    fault->remaining = 0;
    return validFaultArg(*fault, error);
}

} // namespace meisai::sandbox
