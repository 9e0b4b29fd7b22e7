#pragma once
// Item delegate that draws a table cell as a heatmap tile: a cell whose `valueRole` holds a
// number in [0, 1] is filled with a colour from a light-to-dark blue ramp (HeatCellDelegate::
// color) and its text drawn in a contrasting colour; other cells are drawn as usual. Used by
// the retention cohort table; the PDF report uses the same ramp.

#include <QColor>
#include <QStyledItemDelegate>

namespace kindred {

class HeatCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatCellDelegate)
public:
    explicit HeatCellDelegate(int valueRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// Colour of `value` (clamped to [0, 1]): 0 = palest, 1 = darkest; `dark` for the dark
    /// palette (dark blue-grey to bright blue).
    static QColor color(double value, bool dark = false);
    /// Black or white, whichever reads better on `background`.
    static QColor textColor(const QColor &background);

private:
    int m_role;
};

} // namespace kindred
