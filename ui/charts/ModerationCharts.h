#pragma once
// The charts of the Moderation statistics (built like ChartFactory's: the caller owns the
// QChart; the same builder renders off-screen for the PDF report).
//   countChart  horizontal bars, one per label (flags per rule, flags per channel), the first
//               bar on top; the value axis counts flags.

#include "charts/ChartFactory.h"

#include <QList>
#include <QString>

namespace kindred {

class ModerationCharts final
{
public:
    struct Bar
    {
        QString label;
        qint64 value = 0;
    };

    /// One horizontal bar per entry of `bars` (in that order, top to bottom) in `color`;
    /// `axisTitle` names the value axis ("Flags"). An empty list gives an empty, labelled chart.
    static QChart *countChart(const QList<Bar> &bars, const QColor &color, const QString &axisTitle,
                              const ChartFactory::Style &style);
    /// The bar colour of flags (amber) and of moderator actions (indigo).
    static QColor flagColor(bool dark);
    static QColor actionColor(bool dark);
};

} // namespace kindred
