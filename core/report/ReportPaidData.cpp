// ReportData: the paid side of the report (PaidMetrics for the period, the previous period and
// the 12 months ending with it; RenewalRisk for the next 30 days).
#include "ReportData.h"

namespace kindred {

bool ReportData::buildPaid(AnalyticsSource &source, const Period &period, ReportData *out,
                           QString *error)
{
    out->hasPaid = false;
    PaidMetrics paid(source);
    if (!paid.load(error))
        return false;
    if (paid.memberships().empty())
        return true;
    out->hasPaid = true;
    out->paid = paid.compute(period);
    out->paidPrevious = paid.compute(period.previous());
    out->paidTrend =
        paid.compute({QDate(period.to.year(), period.to.month(), 1).addMonths(-11), period.to});
    const QDate last = source.lastMessageDate();
    const QDate asOf = last.isValid() && last < period.to ? last : period.to;
    RenewalRiskOptions options;
    options.horizonDays = 30;
    out->renewalRisk = RenewalRisk::compute(source, paid, asOf, options);
    return true;
}

} // namespace kindred
