#pragma once
// `kindred influence` (PRODUCT.md §3 "Influence", issue 6 item 4): the reply/mention graph of a
// period and every member's degrees, betweenness and PageRank, the KOLs and the bridges between
// persona clusters (core/analytics/Influence.h), as text or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred influence --workspace FILE [--from D] [--to D] [--json [--edges]] [--top N]
///                   [--pivots K] [--threads T] [--no-mentions] [--no-personas] [--timing]
/// Default period: the 90 days ending on the last message day. The JSON carries every member
/// (betweenness and PageRank at full double precision, for bench/recompute_influence.py);
/// --edges adds the edge list; --timing prints the time of each step on stderr. --pivots K
/// estimates betweenness from K sampled sources (Brandes & Pich 2007) drawn with --seed S.
/// kindred influence --synthetic N [--pivots K] [--threads T] [--seed S]: benchmark on a
/// seeded synthetic graph of N members with heavy-tailed degrees (no workspace): one JSON
/// line with the graph's size and the milliseconds of betweenness and PageRank, and every
/// node's betweenness. Returns the exit status.
int runInfluence(const QStringList &args);

} // namespace kindred::cli
