#include "ImportRecords.h"
#include "ImportError.h"

#include <QCoreApplication>

namespace kindred {

QString EventInfo::kindName(Kind k)
{
    switch (k) {
    case Kind::Join:
        return QStringLiteral("join");
    case Kind::Leave:
        return QStringLiteral("leave");
    case Kind::Invite:
        return QStringLiteral("invite");
    case Kind::Remove:
        return QStringLiteral("remove");
    case Kind::Pin:
        return QStringLiteral("pin");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString ImportError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (offset >= 0)
        return QCoreApplication::translate("ImportError", "%1 (byte %2): %3")
            .arg(file)
            .arg(offset)
            .arg(message);
    return file.isEmpty() ? message : QStringLiteral("%1: %2").arg(file, message);
}

} // namespace kindred
