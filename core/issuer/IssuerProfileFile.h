#pragma once

// An issuer profile file as a person wrote it (format 1, docs/issuer-profiles.md),
// read for `meisai-cli issuer import` and the app's Add an issuer… alike: at
// most 1 MiB, JSON errors with their position, fields format 1 does not know
// named (a typo would otherwise be ignored), a ca_file read relative to the
// profile file and embedded (the registered profile must not depend on the
// file), and every problem of the profile at once.

#include "IssuerProfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace meisai {

class IssuerProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(meisai::IssuerProfileFile)

public:
    static constexpr qint64 maxBytes = 1024 * 1024;

    IssuerProfile profile;     // as far as the file could be read
    QStringList problems;      // each naming its field; empty: the profile can be registered
    QStringList unknownFields; // top-level keys format 1 does not know

    bool usable() const { return problems.isEmpty(); }
    // The problems as one message for people, headed by the file's name.
    QString problemsMessage(const QString& path) const;

    // Errors: the file cannot be read, is too large, is not JSON or not an
    // object, or has another format version.
    static Result<IssuerProfileFile> read(const QString& path);
    // The same for the file's bytes already read; path names the file in
    // messages and is where a relative ca_file is looked up.
    static Result<IssuerProfileFile> fromJson(const QByteArray& json, const QString& path);
};

} // namespace meisai
