#pragma once
// Checks a generic CSV file against a mapping without touching the database: reads it as the
// mapping says (encoding and delimiter resolved), checks that the mapped columns exist and the
// required fields are mapped, and parses every row (CsvRowParser), collecting row-level
// errors. Also keeps the first records for a preview. The import service runs it before
// writing anything; the mapping dialog runs it on the first rows for live validation.

#include "CsvMapping.h"
#include "CsvRecordSource.h"
#include "CsvRow.h"

#include <QTimeZone>

#include <atomic>
#include <functional>

namespace kindred {

/// What a validation found.
struct CsvValidation
{
    QString encoding; ///< resolved: utf-8, gb18030, utf-16le, utf-16be
    bool bom = false;
    char delimiter = ',';
    QStringList header;
    QList<CsvRecord> preview; ///< the first records, as read
    qint64 rows = 0;          ///< data rows checked
    qint64 invalidRows = 0;
    QList<CsvRowError> errors; ///< the first errors (up to the limit given), in file order
    bool complete = true;      ///< false when the check stopped at the row limit or a cancel
    /// The file could not be read, or the mapping does not fit it: no row was checked.
    ImportError fileError;
    /// Set when the mapping's columns are fine but a required field group is unmapped.
    QString mappingError;

    bool ok() const { return !fileError.isSet() && mappingError.isEmpty() && invalidRows == 0; }
};

class CsvValidator final
{
public:
    /// `defaultCurrency` and `zone`: the community's, used where the mapping leaves them empty.
    CsvValidator(const CsvMapping &mapping, const QString &defaultCurrency, const QTimeZone &zone);

    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    /// Called with (bytes read, file size) every few hundred rows.
    void setProgressCallback(std::function<void(qint64, qint64)> cb) { m_progress = std::move(cb); }

    /// Reads `path`: checks up to maxRows data rows (-1 = all), keeps up to previewRows records
    /// and up to maxErrors errors.
    CsvValidation validate(const QString &path, qint64 maxRows = -1, int previewRows = 0,
                           int maxErrors = 200) const;

private:
    CsvMapping m_mapping;
    QString m_currency;
    QTimeZone m_zone;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace kindred
