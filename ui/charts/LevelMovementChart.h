#pragma once
// The Levels page's chart: for each month, the shares of the members present at both month
// ends who moved up, held or moved down a level (LevelCalculator::monthly), as stacked bars
// summing to 100%. Lives next to ChartFactory and follows its contract: the caller owns the
// returned QChart; the same function serves the GUI and an off-screen report.

#include "ChartFactory.h"
#include "analytics/Levels.h"

class QChart;

namespace kindred {

class LevelMovementChart final
{
public:
    /// The three bar sets, bottom to top.
    enum class Movement
    {
        Up,
        Held,
        Down
    };

    /// Stacked bars (x: months labelled "MM", the range "yyyy-MM – yyyy-MM" as axis title for up
    /// to 12 months, else "yyyy-MM"; y: % of the members present at both ends). The series is
    /// the chart's only series, a QStackedBarSeries whose set i is Movement(i). An empty list
    /// gives an empty, labelled chart.
    static QChart *monthlyMovement(const QList<LevelMonth> &months,
                                   const ChartFactory::Style &style);
    /// Translated name ("Moved up", "Held", "Moved down").
    static QString movementName(Movement m);
    /// Green, grey, red (lighter in dark mode).
    static QColor movementColor(Movement m, bool dark);
};

} // namespace kindred
