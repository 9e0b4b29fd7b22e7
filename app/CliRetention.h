#pragma once
// `kindred retention`: the cohort table and period retention (PRODUCT.md §3, core/analytics/
// Retention.h) of a workspace, as a text table, CSV (UTF-8 with BOM) or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred retention --workspace FILE [--by month|week] [--from D] [--to D]
///                   [--csv [--periods] | --json]
/// Default range: Retention::dataRange() (first join to the last message or join). Returns the
/// exit status.
int runRetention(const QStringList &args);

} // namespace kindred::cli
