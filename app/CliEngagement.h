#pragma once
// `kindred engagement`: the Engagement page's figures (core/analytics/EngagementReport.h) for a
// period — mean DAU, MAU, stickiness, messages per channel and day, new vs returning members
// per week, the weekday x hour heatmap, time to first reply and the Contributor Absence Factor —
// as text or one JSON object (bench/recompute_engagement.py recomputes it from the SQLite file).

#include <QStringList>

namespace kindred::cli {

/// kindred engagement --workspace FILE [--from D] [--to D] [--channel ID]... [--json]
/// Default period: the 30 days ending on the day of the last message. Returns the exit status.
int runEngagement(const QStringList &args);

} // namespace kindred::cli
