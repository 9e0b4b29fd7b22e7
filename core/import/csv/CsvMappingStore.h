#pragma once
// Remembers generic CSV mappings per source in the workspace's `setting` table (key
// "csv_mapping/<source>", value: the mapping's compact JSON), so that the next file from the
// same source is pre-filled. Runs on the thread that owns the Database connection; tiny
// queries (the mapping dialog uses it on the GUI thread, the import service inside its
// transaction).

#include "CsvMapping.h"

namespace kindred {

class Database;

class CsvMappingStore final
{
public:
    explicit CsvMappingStore(Database &db);

    /// "csv_mapping/<source>".
    static QString keyFor(const QString &source);

    /// Stores `mapping` under its source (replacing an earlier one); false with error on a
    /// database problem.
    bool save(const CsvMapping &mapping, QString *error);
    /// The mapping remembered for `source`; false when there is none (or it no longer parses).
    bool load(const QString &source, CsvMapping *out) const;
    /// Sources with a remembered mapping, sorted.
    QStringList sources() const;
    /// The remembered mapping that fits a file with these column names best: every column it
    /// assigns is in `header`, and it assigns the most columns. False when none fits.
    bool findForHeader(const QStringList &header, CsvMapping *out) const;

private:
    Database &m_db;
};

} // namespace kindred
