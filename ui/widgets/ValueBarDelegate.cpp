#include "ValueBarDelegate.h"

#include "models/ModelRoles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kindred {

ValueBarDelegate::ValueBarDelegate(double maxAbs, bool symmetric, QObject *parent)
    : QStyledItemDelegate(parent), m_maxAbs(maxAbs > 0 ? maxAbs : 1.0), m_symmetric(symmetric)
{
}

void ValueBarDelegate::setMaxAbs(double maxAbs)
{
    m_maxAbs = maxAbs > 0 && std::isfinite(maxAbs) ? maxAbs : 1.0;
}

void ValueBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    bool numeric = false;
    const double value = index.data(SortRole).toDouble(&numeric);
    if (!numeric || !std::isfinite(value)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    const double share = std::clamp(value / m_maxAbs, -1.0, 1.0);
    QRectF bar;
    if (m_symmetric) {
        const double mid = area.left() + area.width() / 2.0;
        const double w = share * area.width() / 2.0;
        bar = QRectF(w >= 0 ? mid : mid + w, area.top(), std::abs(w), area.height());
    } else {
        bar = QRectF(area.left(), area.top(), std::max(0.0, share) * area.width(), area.height());
    }
    const bool selected = opt.state & QStyle::State_Selected;
    QColor color = value < 0  ? QColor(0xE6, 0x7E, 0x22)
                   : selected ? opt.palette.color(QPalette::HighlightedText)
                              : opt.palette.color(QPalette::Highlight);
    color.setAlpha(selected ? 120 : 90);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar, color);
    if (m_symmetric) {
        QColor axis = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        axis.setAlpha(70);
        painter->setPen(axis);
        const int mid = area.left() + area.width() / 2;
        painter->drawLine(mid, opt.rect.top() + 2, mid, opt.rect.bottom() - 2);
    }
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect = opt.rect.adjusted(6, 0, -6, 0);
    painter->drawText(textRect, int(opt.displayAlignment) | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace kindred
