#include "FaultMode.h"

#include <QRegularExpression>

namespace meisai::sandbox {
namespace {

// Every mode in declaration order: the enumerators count up from 0, and
// toString() is empty past the last one, so the enum is the only list.
QList<FaultMode> allModes()
{
    QList<FaultMode> modes;
    for (int i = 0; !toString(FaultMode(i)).isEmpty(); ++i)
        modes.append(FaultMode(i));
    return modes;
}

// The largest whole-number ARG of a mode; 0 for modes whose ARG is not a number.
int maxNumericArg(FaultMode mode)
{
    switch (mode) {
    case FaultMode::Latency:
    case FaultMode::Maintenance:
    case FaultMode::TooManyRequests:
        return 600000;
    case FaultMode::OversizedBody:
        return 1024;
    case FaultMode::RepeatKey:
        return 100;
    case FaultMode::ServerError:
    case FaultMode::MalformedJson:
    case FaultMode::TruncatedBody:
    case FaultMode::ExpireTokens:
    case FaultMode::PanLeak:
    case FaultMode::ApiVersion:
    case FaultMode::EndlessPages:
        return 0;
    }
    return 0;
}

} // namespace

QString toString(FaultMode mode)
{
    switch (mode) {
    case FaultMode::Latency: return QStringLiteral("latency");
    case FaultMode::ServerError: return QStringLiteral("500");
    case FaultMode::Maintenance: return QStringLiteral("maintenance");
    case FaultMode::TooManyRequests: return QStringLiteral("429");
    case FaultMode::MalformedJson: return QStringLiteral("malformed-json");
    case FaultMode::TruncatedBody: return QStringLiteral("truncated-body");
    case FaultMode::OversizedBody: return QStringLiteral("oversized-body");
    case FaultMode::ExpireTokens: return QStringLiteral("expire-tokens");
    case FaultMode::PanLeak: return QStringLiteral("pan-leak");
    case FaultMode::ApiVersion: return QStringLiteral("api-version");
    case FaultMode::RepeatKey: return QStringLiteral("repeat-key");
    case FaultMode::EndlessPages: return QStringLiteral("endless-pages");
    }
    return {};
}

std::optional<FaultMode> faultModeFromString(const QString& name)
{
    for (FaultMode mode : allModes()) {
        if (toString(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QStringList faultModes()
{
    QStringList names;
    for (FaultMode mode : allModes())
        names.append(toString(mode));
    return names;
}

QString defaultFaultArg(FaultMode mode)
{
    switch (mode) {
    case FaultMode::Latency: return QStringLiteral("2000");
    case FaultMode::Maintenance: return QStringLiteral("600");
    case FaultMode::TooManyRequests: return QStringLiteral("30");
    case FaultMode::OversizedBody: return QStringLiteral("64");
    case FaultMode::ApiVersion: return QStringLiteral("2.0.0");
    case FaultMode::RepeatKey: return QStringLiteral("1");
    case FaultMode::ServerError:
    case FaultMode::MalformedJson:
    case FaultMode::TruncatedBody:
    case FaultMode::ExpireTokens:
    case FaultMode::PanLeak:
    case FaultMode::EndlessPages:
        return {};
    }
    return {};
}

bool validFaultArg(FaultMode mode, const QString& arg, QString* error)
{
    if (arg.isEmpty())
        return true;
    if (mode == FaultMode::ApiVersion) {
        // MAJOR[.MINOR[.PATCH]]: the version the card API claims to be.
        static const QRegularExpression version(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){0,2}$"));
        if (!version.match(arg).hasMatch()) {
            *error = QStringLiteral("fault \"api-version\" needs a version such as 2.0.0, got \"%1\"").arg(arg);
            return false;
        }
        return true;
    }
    const int max = maxNumericArg(mode);
    if (max == 0) {
        *error = QStringLiteral("fault mode \"%1\" takes no argument").arg(toString(mode));
        return false;
    }
    bool ok = false;
    const int value = arg.toInt(&ok);
    if (!ok || value < 0 || value > max) {
        *error = QStringLiteral("fault \"%1\" needs a whole number argument, got \"%2\"").arg(toString(mode), arg);
        return false;
    }
    return true;
}

} // namespace meisai::sandbox
