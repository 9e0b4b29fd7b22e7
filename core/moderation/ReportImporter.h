#pragma once
// Imports member reports (someone reported a member to the moderators) from a CSV file into
// member_report, then runs the flag rules on them: each new report raises one member_report
// flag (FlagEngine). `kindred import --format reports-csv FILE`.
//
// The file: UTF-8 (a BOM is skipped), comma-separated, a header row naming the columns in any
// order (case-insensitive; unknown columns are ignored):
//   reported     required  the reported member: a platform id (identity.external_id), a
//                          username (with or without "@") or a display name
//   reported_at  required  ISO 8601 date or date-time (UTC unless it has an offset), or UTC
//                          seconds
//   reporter     optional  the member who reported, as `reported` (empty = unknown)
//   reason       optional  free text
//   record_id    optional  the report's own id; else a hash of the row's values
//   message_id   optional  external id of the reported message
//   channel      optional  channel external id or name, when message_id is not unique
//   platform     optional  restricts member and channel lookups to one platform
// A member is looked up by platform id, then username, then display name; a name that fits
// several members is an error. Every row is checked before anything is written: with an
// invalid row the import fails with "file:line: ..." errors and stores nothing, unless
// skipInvalidRows (the skipped rows are then warnings). ONE transaction with an import_batch
// row (format "reports-csv", sha256): the same content imported again adds nothing, a report
// already stored (same community and record id) is skipped, and BatchRemover removes the
// batch's reports and their flags. Runs on the thread that owns the Database connection.

#include <QJsonObject>
#include <QStringList>

namespace kindred {

class Database;

struct ReportImportResult
{
    QString file;
    QString sha256;
    qint64 batchId = 0;
    bool alreadyImported = false;
    qint64 rowsAdded = 0;
    qint64 rowsSkippedDuplicate = 0;
    qint64 rowsSkippedInvalid = 0;
    qint64 flagsRaised = 0;
    QStringList warnings;

    /// {"file","format":"reports-csv","rows_added","rows_skipped_duplicate",
    ///  "rows_skipped_invalid","flags_raised","warnings":[..]}
    QJsonObject toJson() const;
};

class ReportImporter final
{
public:
    explicit ReportImporter(Database &db);

    void setSkipInvalidRows(bool skip) { m_skipInvalid = skip; }

    /// Imports `path`. False with *errors (translated, context "ReportImporter", one line per
    /// problem, "file:line: ...") on unreadable input, a missing column, invalid rows or a
    /// database error; the database is then unchanged.
    bool importFile(const QString &path, ReportImportResult *result, QStringList *errors);

private:
    Database &m_db;
    bool m_skipInvalid = false;
};

} // namespace kindred
