#pragma once
// `kindred import --workspace W --format csv --mapping FILE [--skip-invalid-rows] PATH...`:
// the generic CSV import with a column mapping (a JSON file, or "preset:gitter"; schema in
// core/import/csv/CsvMapping.h). Prints one JSON line per file ({"file","format":
// "csv-<target>","rows_added","rows_skipped_duplicate","rows_skipped_invalid","members_added",
// "warnings":[..]}); a file with invalid rows stores nothing and prints one
// "file:line: column 'x': ..." line per error on stderr. Exit status 0 when every file was
// imported (or had been before), 1 otherwise.

#include <QStringList>

namespace kindred::cli {

/// True when `args` (of `kindred import`) ask for the generic CSV import: --format csv or
/// --mapping given.
bool isCsvImport(const QStringList &args);
/// Runs the generic CSV import; returns the exit status.
int runCsvImport(const QStringList &args);

} // namespace kindred::cli
