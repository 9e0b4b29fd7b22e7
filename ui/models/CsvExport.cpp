#include "CsvExport.h"

#include "ModelRoles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace kindred {

QString CsvExport::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvExport::write(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("kindred::CsvExport", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    const int columns = model.columnCount();
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells.append(field(model.headerData(c, Qt::Horizontal).toString()));
    file.write((cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            QVariant v = index.data(ExportRole);
            if (!v.isValid())
                v = index.data(Qt::DisplayRole);
            cells.append(field(v.toString()));
        }
        file.write((cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("kindred::CsvExport", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kindred
