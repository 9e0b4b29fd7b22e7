#pragma once
// Command-line access to import batches, the member-count audit and identity merges:
//   kindred batches --workspace W [--json] [--remove ID]
//   kindred audit   --workspace W [--json]
//   kindred merge   --workspace W --suggest [--json]
//   kindred merge   --workspace W --source ID --target ID [--reason TEXT]
//   kindred merge   --workspace W --undo MERGE_ID
// Each returns the exit status (0 ok; 1 after one line on stderr naming the problem).

#include <QStringList>

namespace kindred::cli {

int runBatches(const QStringList &args);
int runAudit(const QStringList &args);
int runMerge(const QStringList &args);

} // namespace kindred::cli
