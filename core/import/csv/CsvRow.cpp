#include "CsvRow.h"

#include <QCoreApplication>
#include <QStringList>

namespace kindred {

QString CsvRow::memberKey() const
{
    return QStringList{memberId, username, displayName, email, phone}.join(QChar(0x1F));
}

QString CsvRowError::toString(const QString &file) const
{
    const QString what =
        column.isEmpty()
            ? message
            : QCoreApplication::translate("CsvImport", "column '%1': %2").arg(column, message);
    const QString where = file.isEmpty()
                              ? QCoreApplication::translate("CsvImport", "line %1").arg(line)
                              : QStringLiteral("%1:%2").arg(file).arg(line);
    return where + QStringLiteral(": ") + what;
}

} // namespace kindred
