#pragma once
// Imports one generic CSV file into a workspace with a CsvMapping (PRODUCT.md §2):
// 1. the content's sha256: a file imported before (same content) changes nothing;
// 2. every row is checked (CsvValidator) before anything is written: with any invalid row the
//    import fails with the row-level errors and writes nothing, unless the mapping's
//    skipInvalidRows is set (the skipped rows are then listed as warnings);
// 3. ONE transaction: an import_batch row (format "csv-<target>", sha256, absolute
//    source_path, counts), the rows (CsvRowWriter: every inserted row carries the batch id,
//    records already stored are skipped), and the mapping remembered for its source
//    (CsvMappingStore). Any failure or a cancel rolls back: the database is left unchanged.
// Runs on the thread that owns the Database connection.

#include "CsvMapping.h"
#include "CsvRow.h"
#include "import/ImportError.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace kindred {

class Database;

/// What one generic CSV import did.
struct CsvImportResult
{
    QString file;
    QString format; ///< "csv-<target>"
    QString sha256;
    QString encoding; ///< resolved (utf-8, gb18030, utf-16le, utf-16be)
    QString delimiter;
    qint64 batchId = 0;
    bool alreadyImported = false; ///< same content imported before: nothing was read
    qint64 rowsAdded = 0;         ///< rows that added a record (or a member, for members)
    qint64 rowsSkippedDuplicate = 0;
    qint64 rowsSkippedInvalid = 0; ///< only with skipInvalidRows
    qint64 membersAdded = 0;
    QStringList warnings;

    /// {"file","format","rows_added","rows_skipped_duplicate","rows_skipped_invalid",
    ///  "members_added","warnings":[..]} as printed by `kindred import --format csv`.
    QJsonObject toJson() const;
};

/// Why an import failed: a file-level error, or the invalid rows (nothing was written).
struct CsvImportFailure
{
    ImportError error;       ///< file, and line/column when known
    QList<CsvRowError> rows; ///< the first row errors, when rows were invalid
    qint64 invalidRows = 0;  ///< all invalid rows (rows may hold fewer)

    /// One line per problem: "file:line: column 'amount': '12,3x' is not a number", and a
    /// last line with the count of invalid rows; or the file-level error.
    QStringList lines() const;
};

class CsvImportService final
{
public:
    explicit CsvImportService(Database &db);

    /// Set before importFile(); polled during the import.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    /// Called with (bytes done, bytes total) while checking (first half) and writing.
    void setProgressCallback(std::function<void(qint64, qint64)> cb) { m_progress = std::move(cb); }

    /// Imports `path` with `mapping`. False with *failure on an invalid mapping, unreadable
    /// input, invalid rows (unless skipped), cancel, or a database error.
    bool importFile(const QString &path, const CsvMapping &mapping, CsvImportResult *result,
                    CsvImportFailure *failure);

private:
    Database &m_db;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace kindred
