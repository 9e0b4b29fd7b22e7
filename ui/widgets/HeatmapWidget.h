#pragma once
// A generic heatmap: a grid of cells with row labels on the left and column labels on top,
// each cell filled on a sequential colour scale (light = low, saturated = high) from the
// smallest to the largest finite value (or a fixed range), with the value written in the cell
// when it fits, a tooltip per cell, and a colour legend below. A NaN cell means "no value" and
// is drawn blank (e.g. a retention cell that cannot be observed yet). Used by the Engagement
// page (messages by weekday and hour) and the Retention page (cohort table).

#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace kindred {

class HeatmapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapWidget)
public:
    /// How values are written in cells, tooltips and the legend.
    enum class ValueFormat
    {
        Integer, ///< 1,234
        Decimal, ///< 12.34 (two decimals)
        Percent  ///< a share 0..1 written as 45.0%
    };

    explicit HeatmapWidget(QWidget *parent = nullptr);

    /// Shows `values[row][column]` (NaN = no value). Rows shorter than `columnLabels` are
    /// padded with NaN. Resets the cell tooltips to the default "row · column: value".
    void setData(const QStringList &rowLabels, const QStringList &columnLabels,
                 const QVector<QVector<double>> &values,
                 ValueFormat valueFormat = ValueFormat::Integer);
    /// Replaces the tooltip of every cell (same shape as the values; empty text = default).
    void setCellToolTips(const QVector<QVector<QString>> &toolTips);
    /// Fixes the colour scale to [minimum, maximum] (e.g. 0..1 for shares); without it the scale
    /// runs from the smallest to the largest finite value.
    void setColorRange(double minimum, double maximum);
    void clearColorRange();
    /// The colour of the largest values (default: the palette's highlight colour).
    void setColor(const QColor &color);
    /// Writes the value inside each cell when it fits (default true).
    void setShowValues(bool show);
    /// A short text under the grid, left of the legend (e.g. what a cell counts).
    void setCaption(const QString &caption);

    int rowCount() const { return int(m_rowLabels.size()); }
    int columnCount() const { return int(m_columnLabels.size()); }
    const QStringList &rowLabels() const { return m_rowLabels; }
    const QStringList &columnLabels() const { return m_columnLabels; }
    /// The value of a cell (NaN when it has none or is out of range).
    double value(int row, int column) const;
    /// Sum of all finite values.
    double total() const;
    /// The text written for a value in this heatmap's format ("" for NaN).
    QString formatValue(double value) const;
    /// The tooltip of a cell (the custom one, else "row · column: value").
    QString toolTip(int row, int column) const;
    /// The cell under a widget position, or (-1, -1).
    QPoint cellAt(const QPoint &pos) const;
    /// The rectangle of a cell in widget coordinates.
    QRect cellRect(int row, int column) const;
    /// The fill colour of a value (transparent for NaN).
    QColor colorFor(double value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout
    {
        QRect grid;
        int labelWidth = 0;
        int headerHeight = 0;
        int legendHeight = 0;
    };
    Layout layoutFor(const QRect &area) const;
    void rangeOf(double *lo, double *hi) const;

    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QVector<QVector<double>> m_values;
    QVector<QVector<QString>> m_toolTips;
    ValueFormat m_format = ValueFormat::Integer;
    bool m_fixedRange = false;
    double m_min = 0;
    double m_max = 1;
    QColor m_color;
    bool m_showValues = true;
    QString m_caption;
};

} // namespace kindred
