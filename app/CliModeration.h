#pragma once
// `kindred flags`: the flags the moderation rules raised (core/moderation/FlagEngine.h), one
// line each or one JSON array, and `--rerun` to run every enabled rule over the whole
// workspace (idempotent: flags raised before are not raised again).

#include <QStringList>

namespace kindred::cli {

/// kindred flags --workspace FILE [--status open|dismissed|actioned|all] [--rule R] [--json]
/// kindred flags --workspace FILE --rerun [--json]
/// Lines: "<id> <status> sev <1-3> <rule> <time UTC> member <id> <name>: <why>", newest first.
/// JSON: [{"id","rule","severity","score","status","member_id","member","channel_id","channel",
/// "message_id","occurred_at","raised_at","handled_at","why"}] (times ISO 8601 UTC).
/// --rerun prints "flags raised: flood N, ..." or the FlagRunCounts JSON. Returns the exit
/// status.
int runFlags(const QStringList &args);

/// True when `kindred import` was given --format reports-csv.
bool isReportsImport(const QStringList &args);
/// kindred import --workspace FILE --format reports-csv [--skip-invalid-rows] [--json] PATH...
/// Member reports from CSV (columns: core/moderation/ReportImporter.h); one JSON line per file
/// (ReportImportResult::toJson). Returns the exit status.
int runReportsImport(const QStringList &args);

} // namespace kindred::cli
