#include "IssuerProfileFile.h"
#include "common/FileProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace meisai {

QString IssuerProfileFile::problemsMessage(const QString& path) const
{
    QString out = tr("%1 is not a usable issuer profile:").arg(path);
    for (const QString& problem : problems)
        out += QStringLiteral("\n  - ") + problem;
    return out;
}

Result<IssuerProfileFile> IssuerProfileFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(path, FileProblem::of(file)));
    if (file.size() > maxBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is larger than 1 MiB; an issuer profile is a few kilobytes.").arg(path));
    return fromJson(file.read(maxBytes), path);
}

Result<IssuerProfileFile> IssuerProfileFile::fromJson(const QByteArray& json, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is not JSON: %2 at byte %3.").arg(path, parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is not a JSON object; an issuer profile is one object (format 1).").arg(path));
    auto parsed = IssuerProfile::parse(doc.object());
    if (!parsed)
        return parsed.error();

    IssuerProfileFile out;
    out.profile = std::move(parsed.value());
    out.unknownFields = IssuerProfile::unknownFields(doc.object());
    IssuerProfile& p = out.profile;
    if (!p.caFile.isEmpty() && p.caPem.isEmpty()) {
        const QString caPath = QFileInfo(QFileInfo(path).absoluteDir(), p.caFile).absoluteFilePath();
        QFile ca(caPath);
        // read(), not readAll(): a device such as /dev/zero has size 0 and never ends.
        if (ca.open(QIODevice::ReadOnly) && ca.size() < maxBytes) {
            p.caPem = ca.read(maxBytes);
            p.caFile.clear();
        } else {
            p.caFile = caPath; // problems() names it
        }
    }
    out.problems = p.problems();
    if (!p.isComplete() && p.sandbox)
        out.problems << tr("issuer: a sandbox template cannot be imported; add the running sandbox's issuers with "
                           "meisai-cli issuer add.");
    return out;
}

} // namespace meisai
