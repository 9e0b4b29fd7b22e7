#pragma once
// Draws a small line chart (sparkline) of a series of counts in a table cell. The series is
// the cell's SparklineDelegate::SeriesRole data, a QVariantList of numbers (oldest first);
// cells without it are drawn as usual. Points at index >= the SplitRole value (an int) are
// drawn on a light band: for the topics, the weeks of the current period after those of the
// previous period. The line uses the palette's highlight colour, the last point a dot.

#include <QStyledItemDelegate>

namespace kindred {

class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)
public:
    enum Role
    {
        SeriesRole = Qt::UserRole + 40, ///< QVariantList of numbers
        SplitRole = Qt::UserRole + 41,  ///< int: first index of the highlighted band
    };

    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kindred
