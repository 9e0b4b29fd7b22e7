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

    // The shared look, for the other chart builders in ui/charts/.
    /// Theme, background, margins, title and legend of a chart.
    static void styleChart(QChart *chart, const Style &style);
    /// Fonts, colours and grid of an axis.
    static void styleAxis(QAbstractAxis *axis, const Style &style, bool grid);
    /// `base` scaled by `factor`, in pixels (print) or points (GUI) as `base` is sized.
    static QFont scaledFont(const QFont &base, double factor, bool bold = false);
    /// A round axis maximum >= value with `ticks` whole-number intervals of 1, 2, 2.5 or 5
    /// times a power of 10.
    static double niceMax(double value, int ticks);
    /// Text and muted (axis labels, notes) colours of the light or dark palette.
    static QColor textColor(bool dark);
    static QColor mutedColor(bool dark);
};

} // namespace kindred
