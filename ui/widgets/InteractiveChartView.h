#pragma once
// A chart view with the interactions PRODUCT.md §6 asks for: hover tooltips on line series
// (date and the value of every series that day) and on bars, rubber-band zoom on line
// charts, and a double click (or right click) that resets the zoom.

#include <QChartView>

class QAbstractBarSeries;
class QBarSet;
class QXYSeries;

namespace kindred {

class InteractiveChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveChartView)
public:
    explicit InteractiveChartView(QWidget *parent = nullptr);

    /// Shows `chart` (taking ownership, deleting the previous one) and wires its tooltips.
    void replaceChart(QChart *chart);
    /// The tooltip text for the point of `series` nearest to `x` (exposed for tests).
    QString tooltipFor(QXYSeries *series, double x) const;

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void onLineHovered(QXYSeries *series, const QPointF &point, bool state);
    void onBarHovered(QAbstractBarSeries *series, bool state, int index, QBarSet *set);

    bool m_pointTip = false; ///< a point's or bar's tooltip is showing
};

} // namespace kindred
