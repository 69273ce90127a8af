#pragma once

// What went wrong with a file, in Meisai's words and the user's language
// (QFileDevice::errorString() is the C library's English).

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace meisai {

class FileProblem final
{
    Q_DECLARE_TR_FUNCTIONS(meisai::FileProblem)

public:
    // After a failed open, read or write of file.
    static QString of(const QFileDevice& file);
};

} // namespace meisai
