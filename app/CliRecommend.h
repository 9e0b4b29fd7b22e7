#pragma once
// `kindred recommend` (PRODUCT.md §3 "Recommendations", issue 6 item 5): item-based
// collaborative filtering over the member × thread engagement matrix
// (core/analytics/Recommendations.h): threads to re-share to silent members, learning partners
// to introduce, and the leave-last-one-out evaluation (HR@10 of CF vs popularity).

#include <QStringList>

namespace kindred::cli {

/// kindred recommend --workspace FILE [--to D] [--member ID] [--silent] [--evaluate] [--json]
/// Interactions before the end of --to (default: the last message day) count; segments are
/// evaluated on that day. --member ID: that member's recommended threads and learning
/// partners; --silent: every silent member's recommended threads; --evaluate: HR@10 of CF and
/// of the popularity baseline. Without any of the three: --silent --evaluate. --json prints
/// one JSON object; timings (milliseconds) are in it and on stderr with --timing.
/// Returns the exit status.
int runRecommend(const QStringList &args);

} // namespace kindred::cli
