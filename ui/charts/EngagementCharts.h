#pragma once
// The charts of the Engagement page (built like ChartFactory's: the caller owns the QChart;
// the same builders can render off-screen for a report).
//   activityChart     DAU / WAU / MAU lines (ChartFactory::engagementChart) plus stickiness
//                     (DAU / MAU of each day, in %) on a right-hand axis;
//   channelChart      messages per day, one line per channel series;
//   newReturningChart stacked bars per week: new and returning active members.

#include "analytics/EngagementReport.h"
#include "charts/ChartFactory.h"

namespace kindred {

class EngagementCharts final
{
public:
    /// One line of the channel chart: a channel (or "Other") and its messages per day.
    struct ChannelSeries
    {
        QString name;
        QList<qint64> perDay; ///< index 0 = the first day
    };

    static QChart *activityChart(const QList<DailyEngagement> &rows,
                                 const ChartFactory::Style &style);
    static QChart *channelChart(const QDate &firstDay, const QList<ChannelSeries> &series,
                                const ChartFactory::Style &style);
    static QChart *newReturningChart(const QList<WeekActivity> &weeks,
                                     const ChartFactory::Style &style);
    /// The channel lines: the `top` busiest channels, the rest summed as "Other" (when more
    /// than top + 1 channels have messages). Sums per day are kept.
    static QList<ChannelSeries> topChannels(const EngagementReportData &data, int top = 4);
    /// Colour of the i-th channel line (the last, "Other", is grey when `isOther`).
    static QColor channelColor(int index, bool isOther, bool dark);
    /// Colours of the new / returning bars.
    static QColor newColor(bool dark);
    static QColor returningColor(bool dark);
    static QColor stickinessColor(bool dark);
};

} // namespace kindred
