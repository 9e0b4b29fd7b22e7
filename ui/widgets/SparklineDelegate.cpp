#include "SparklineDelegate.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace kindred {

SparklineDelegate::SparklineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariant data = index.data(SeriesRole);
    if (!data.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyledItemDelegate::paint(painter, opt, QModelIndex()); // background, selection
    const QVariantList values = data.toList();
    if (values.isEmpty())
        return;
    double maxValue = 0.0;
    for (const QVariant &v : values)
        maxValue = std::max(maxValue, v.toDouble());
    const QRectF r = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const int n = int(values.size());
    const double step = n > 1 ? r.width() / double(n - 1) : 0.0;
    auto point = [&](int i) {
        const double v = values.at(i).toDouble();
        const double y = maxValue > 0 ? r.bottom() - v / maxValue * r.height() : r.bottom();
        return QPointF(r.left() + step * i, y);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    bool ok = false;
    const int split = index.data(SplitRole).toInt(&ok);
    if (ok && split > 0 && split < n) {
        QColor band = option.palette.color(QPalette::Highlight);
        band.setAlphaF(0.10f);
        painter->fillRect(QRectF(QPointF(point(split).x() - step / 2, r.top() - 2),
                                 QPointF(r.right() + 2, r.bottom() + 2)),
                          band);
    }
    const QColor line = (option.state & QStyle::State_Selected)
                            ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Highlight);
    QPainterPath path(point(0));
    for (int i = 1; i < n; ++i)
        path.lineTo(point(i));
    painter->setPen(QPen(line, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setBrush(line);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(point(n - 1), 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(base.width(), 90), base.height());
}

} // namespace kindred
