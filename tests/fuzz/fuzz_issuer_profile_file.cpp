// An issuer profile file (format 1, docs/issuer-profiles.md) as a person
// would import it, then written back and read again as the vault does.
// The file's folder does not exist, so a relative ca_file is never found.

#include "FuzzSupport.h"

#include "issuer/IssuerProfileFile.h"

#include <QJsonDocument>

using namespace meisai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    if (size > size_t(IssuerProfileFile::maxBytes))
        return -1; // refused before reading
    const QString path = QStringLiteral("/nonexistent-meisai-fuzz/issuer.json");
    const auto file = IssuerProfileFile::fromJson(fuzz::bytes(data, size), path);
    if (!file)
        return 0;
    const QString message = file.value().problemsMessage(path);
    Q_UNUSED(message);
    if (file.value().usable()) {
        const QByteArray stored = file.value().profile.toJson();
        const auto again = IssuerProfile::parse(QJsonDocument::fromJson(stored).object());
        if (!again)
            __builtin_trap(); // a usable profile must survive the vault's round trip
    }
    return 0;
}
