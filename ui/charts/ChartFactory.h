#pragma once
// Builds every chart Kindred draws, for the GUI pages and the PDF report alike, so that both
// show the same thing and a later move from Qt Charts to another chart library is one
// folder's work. The caller owns the returned QChart (give it to a QChartView, or render it
// off-screen with a QGraphicsScene for the report — never re-use an on-screen chart).

#include "analytics/Engagement.h"
#include "analytics/Segmentation.h"

#include <QChart>
#include <QColor>
#include <QFont>

namespace kindred {

class ChartFactory final
{
public:
    struct Style
    {
        bool dark = false;     ///< dark palette (GUI in dark mode)
        bool forPrint = false; ///< white background, no animations, thinner grid
        QFont font;            ///< base font (CJK-capable for zh_CN)
        QString title;         ///< chart title; empty = none (the page shows its own heading)
    };

    /// The three engagement series, in the order the chart draws them.
    enum class EngagementMetric
    {
        Dau,
        Wau,
        Mau
    };

    /// Line chart of DAU, WAU and MAU per day (x: date axis, y: members); hover tooltips on
    /// the GUI are added by the view. Empty series give an empty, labelled chart.
    static QChart *engagementChart(const QList<DailyEngagement> &rows, const Style &style);
    /// Horizontal bar chart of members per segment (the five segments, in Segmentation order).
    static QChart *segmentChart(const SegmentCounts &counts, const Style &style);
    /// The colour used for a segment everywhere (charts, tables, legend).
    static QColor segmentColor(Segment s);
    /// Translated display name of a segment ("Newcomer" / "新成员").
    static QString segmentName(Segment s);
    /// The colour of an engagement series (DAU blue, WAU teal, MAU orange), lighter in dark mode.
    static QColor engagementColor(EngagementMetric m, bool dark = false);
    /// Translated display name of an engagement series ("DAU", "WAU", "MAU").
    static QString engagementName(EngagementMetric m);
};

} // namespace kindred
