#pragma once
// Helpers shared by the command-line subcommands: error and output lines, the --workspace
// option, argument parsing with --help, opening an existing workspace, number/time formatting.

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace kindred {
class Database;
}

namespace kindred::cli {

/// Prints "kindred: <message>" on stderr; returns 1 (the exit status of a failed command).
int fail(const QString &message);
/// Writes one line to stdout and flushes.
void printLine(const QByteArray &line);
/// --workspace FILE.
QCommandLineOption workspaceOption();
/// Parses args (adds --help); on error or --help prints and returns false with exitCode set.
/// needWorkspace: --workspace must be given.
bool parse(QCommandLineParser &p, const QStringList &args, bool needWorkspace, int *exitCode);
/// Opens an existing workspace file; false with "<path>: no such workspace" or the open error.
bool openExisting(Database &db, const QString &path, QString *error);
/// UTC seconds as ISO 8601 ("2026-10-31T12:00:00Z").
QString isoUtc(qint64 secs);
/// v rounded to `digits` decimals; 0 for NaN/inf (JSON has neither).
double rounded(double v, int digits = 4);

} // namespace kindred::cli
