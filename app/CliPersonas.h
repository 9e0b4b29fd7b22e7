#pragma once
// `kindred personas` and `kindred predict` (PRODUCT.md §3): the personas of a period
// (core/analytics/Personas.h) and the next-30-day activity / churn-risk predictions with the
// models' held-out error (core/analytics/ActivityPrediction.h), as text or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred personas --workspace FILE [--from D] [--to D] [--json [--dump-features]]
/// Default period: the 90 days ending on the last message day. Prints the silhouette of every
/// k tried, the chosen k and each persona (name, size, standardised centroid, why);
/// --dump-features adds every member's feature row and cluster to the JSON (for
/// bench/recompute_personas.py). Returns the exit status.
int runPersonas(const QStringList &args);

/// kindred predict --workspace FILE [--as-of D] [--json [--evaluation]] [--at-risk
///                 [--threshold P]]
/// Prints the held-out error (MAE/RMSE vs baseline, AUC vs baseline), the windows, and per
/// member the predicted active days and churn risk (highest risk first); --at-risk keeps the
/// members with risk >= P (default 0.5); --evaluation adds the evaluation rows to the JSON.
/// Exit status 1 when the workspace cannot be modelled (the reason on stderr; with --json the
/// object carries "ok": false and "error" too).
int runPredict(const QStringList &args);

} // namespace kindred::cli
