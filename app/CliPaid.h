#pragma once
// `kindred paid`: the paid side of a workspace (core/analytics/PaidMetrics.h, Rfm.h,
// RenewalRisk.h) — paying members, paid conversion, trial-to-paid, renewal rate per expiry
// month, revenue per month by plan and currency, ARPPU, refunds; optionally RFM segments and
// the renewal-risk list — as text or one JSON object. Also the "paid" object of
// `kindred stats --json`.

#include <QJsonObject>
#include <QStringList>

namespace kindred {
class AnalyticsSource;
struct Period;
} // namespace kindred

namespace kindred::cli {

/// {"paying_members":N,"conversion_rate":x,"renewal_rate":x,"revenue":{"CNY":minor,...}} for
/// `period` with the workspace's paid settings (PaidMetrics::compute). An empty object when the
/// memberships cannot be read.
QJsonObject paidStatsJson(const AnalyticsSource &source, const Period &period);

/// kindred paid --workspace FILE [--from D] [--to D] [--grace DAYS [--save]]
///              [--base CUR --rates CUR=RATE,...] [--rfm] [--risk [--horizon DAYS]] [--json]
/// Default period: the 30 days ending at the last message (as `kindred stats`). --grace
/// overrides the stored renewal grace for this run; with --save it is stored. Returns the
/// exit status.
int runPaid(const QStringList &args);

} // namespace kindred::cli
