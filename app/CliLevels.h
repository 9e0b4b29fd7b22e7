#pragma once
// `kindred levels`: member levels on a day, the monthly moved up / held / moved down table
// (core/analytics/Levels.h) and the contribution leaderboard with points and badges
// (core/analytics/ContributionScore.h), as text or one JSON object.

#include <QStringList>

namespace kindred::cli {

/// kindred levels --workspace FILE [--from D] [--to D] [--top N] [--json]
/// Levels are those at the end of --to (default: the last message's day); the leaderboard and
/// the monthly table cover [--from, --to] (default: the 30 days ending at --to). The rules are
/// the workspace's (LevelRules, ContributionRules). Returns the exit status.
int runLevels(const QStringList &args);

} // namespace kindred::cli
