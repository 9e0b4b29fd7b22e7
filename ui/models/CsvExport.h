#pragma once
// Writes a table model to CSV the way Excel opens it right: UTF-8 with BOM, RFC 4180
// quoting, CRLF line ends. Cells come from ExportRole (raw numbers, ISO dates), else from
// DisplayRole; rows in the model's order (a proxy's filter and sort are kept).

#include <QString>

class QAbstractItemModel;

namespace kindred {

class CsvExport final
{
public:
    static bool write(const QAbstractItemModel &model, const QString &path, QString *error);
    /// One CSV field, quoted when it holds a comma, quote or line break.
    static QString field(const QString &value);
};

} // namespace kindred
