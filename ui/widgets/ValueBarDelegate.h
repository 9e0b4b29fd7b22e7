#pragma once
// Draws a number of a table cell as a horizontal bar behind its text: from a zero line in the
// middle of the cell (symmetric range, e.g. z-scores or silhouettes in −1..1), or from the left
// edge (range 0..max). The value is the cell's SortRole (ModelRoles.h); cells without a numeric
// SortRole are drawn as usual. Positive bars use the palette's highlight colour, negative ones
// an orange, both translucent so that the text stays readable in light and dark themes.

#include <QStyledItemDelegate>

namespace kindred {

class ValueBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueBarDelegate)
public:
    /// `maxAbs` > 0: the value drawn as a full half (symmetric) or full width bar.
    explicit ValueBarDelegate(double maxAbs, bool symmetric, QObject *parent = nullptr);

    void setMaxAbs(double maxAbs);
    double maxAbs() const { return m_maxAbs; }
    bool isSymmetric() const { return m_symmetric; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    double m_maxAbs;
    bool m_symmetric;
};

} // namespace kindred
