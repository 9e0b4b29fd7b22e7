#pragma once
// `kindred segments`: members per segment at the end of a period with the change against the
// previous period of the same length and the banned/muted overlays, and with --flow the
// month-to-month flow between segments (core/analytics/SegmentFlow.h), as text or one JSON
// object.

#include <QStringList>

namespace kindred::cli {

/// kindred segments --workspace FILE [--from D] [--to D] [--flow [--months N]] [--json]
/// Default period: the 30 days ending on the last message (as `kindred stats`); the flow covers
/// the N (default 12) calendar months ending with the period's last day. Returns the exit status.
int runSegments(const QStringList &args);

} // namespace kindred::cli
