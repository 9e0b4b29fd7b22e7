#pragma once
// `kindred topics` (PRODUCT.md §3 content ranking, issue 6 item 2): the rising keywords and
// keyphrases of a period against the previous period of equal length, and the topic clusters
// of its longer posts (core/analytics/Topics.h), as text or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred topics --workspace FILE [--from D] [--to D] [--top N] [--json]
/// Default period: the 30 days ending on the last message day. The JSON carries every listed
/// term with count, df, previous count, idf, weight, expected, rising, change and the weekly
/// series, and every cluster with label, size and example message ids. Returns the exit status.
int runTopics(const QStringList &args);

} // namespace kindred::cli
