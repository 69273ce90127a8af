#include "FileProblem.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

namespace meisai {

QString FileProblem::of(const QFileDevice& file)
{
    const QFileInfo info(file.fileName());
    switch (file.error()) {
    case QFileDevice::NoError:
        return {};
    case QFileDevice::OpenError:
        // The mode of the failed open is gone: tell what the file system says.
        if (!info.exists()) {
            if (!info.dir().exists())
                return tr("the folder does not exist");
            return tr("the file does not exist, or cannot be created there");
        }
        if (info.isDir())
            return tr("it is a folder, not a file");
        return tr("permission denied");
    case QFileDevice::PermissionsError:
        return tr("permission denied");
    case QFileDevice::ReadError:
        return tr("it could not be read");
    case QFileDevice::WriteError:
    case QFileDevice::ResizeError:
        return tr("it could not be written (is the disk full?)");
    case QFileDevice::RenameError:
    case QFileDevice::CopyError:
        return tr("it could not be put in place");
    case QFileDevice::RemoveError:
        return tr("it could not be removed");
    case QFileDevice::AbortError:
    case QFileDevice::TimeOutError:
        return tr("the operation was interrupted");
    case QFileDevice::FatalError:
    case QFileDevice::ResourceError:
    case QFileDevice::UnspecifiedError:
    case QFileDevice::PositionError:
        break;
    }
    return file.errorString();
}

} // namespace meisai
