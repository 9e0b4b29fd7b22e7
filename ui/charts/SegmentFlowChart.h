#pragma once
// The Segments page's chart: members per segment at the end of each month (MonthFlow::
// countsAfter) as stacked bars, one bar per month, coloured like every segment elsewhere
// (ChartFactory::segmentColor). Lives next to ChartFactory and follows its contract: the caller
// owns the returned QChart; the same function serves the GUI and an off-screen report.

#include "ChartFactory.h"
#include "analytics/SegmentFlow.h"

class QChart;

namespace kindred {

class SegmentFlowChart final
{
public:
    /// Stacked bars of the segment counts at the end of each month of `months` (x: months,
    /// labelled "MM" with the range "yyyy-MM – yyyy-MM" as axis title for up to 12 months, else
    /// "yyyy-MM"; y: members). The series is the chart's only series, a QStackedBarSeries whose
    /// set i is Segment(i). An empty list gives an empty, labelled chart.
    static QChart *monthlyCounts(const QList<MonthFlow> &months, const ChartFactory::Style &style);
    /// Rich-text tooltip of the bar of segment `s` in month `month`: the count, the month's
    /// members and the rule with the thresholds of `rules` (translated, context
    /// "SegmentFlowChart").
    static QString tooltip(const MonthFlow &month, Segment s, const SegmentRules &rules);
};

} // namespace kindred
