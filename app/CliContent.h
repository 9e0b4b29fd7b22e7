#pragma once
// `kindred essence` and `kindred content` (issue 6 item 1, PRODUCT.md §3 content ranking): the
// essence (精华) marks of the knowledge base, and the top posts, threads, links and domains of a
// period (core/analytics/ContentInsights.h), as text or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred essence --workspace FILE --mark ID [--note T] [--actor NAME] | --unmark ID
///                 | --list [--json] | --export FILE.md
/// --actor defaults to the OS user name. Returns the exit status (1 with a message on error).
int runEssence(const QStringList &args);

/// kindred content --workspace FILE [--from D] [--to D] [--threads|--links|--domains]
///                 [--top N] [--json]
/// Default period: the 90 days ending on the last message day; default list: the top posts.
/// Weights: the defaults of ContentWeights (1·reactions + 2·replies + 3·forwards, no decay),
/// or --weights R,P,F[,HALF_LIFE_DAYS]. The JSON carries the full breakdown of every row (for
/// bench/recompute_content.py).
int runContent(const QStringList &args);

} // namespace kindred::cli
