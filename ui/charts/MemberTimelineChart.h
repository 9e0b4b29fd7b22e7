#pragma once
// The member detail panel's activity timeline: non-service messages per local week
// (MemberProfile::weeks) as a line over a date axis, one point per week on its Monday, styled
// like the charts of ChartFactory. The caller owns the returned QChart.

#include "ChartFactory.h"
#include "analytics/MemberProfile.h"

namespace kindred {

class MemberTimelineChart final
{
public:
    /// The chart of `weeks` (oldest first); an empty list gives an empty, labelled chart.
    static QChart *create(const QList<MemberWeek> &weeks, const ChartFactory::Style &style);
    /// Name of the series ("Messages per week"), translated.
    static QString seriesName();
};

} // namespace kindred
