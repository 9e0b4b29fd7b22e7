#pragma once
// The command-line subcommands of PRODUCT.md §6 (no window). Each returns the process exit
// status: 0 on success, non-zero after printing one line naming the problem on stderr.

#include <QStringList>

namespace kindred::cli {

int runImport(const QStringList &args);
int runStats(const QStringList &args);
int runMembers(const QStringList &args);
int runDemo(const QStringList &args);
/// Needs a QApplication (charts are drawn); the caller creates it.
int runReport(const QStringList &args);
/// Prints the usage summary of every subcommand.
void printUsage();

} // namespace kindred::cli
