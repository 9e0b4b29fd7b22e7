#include "HeatCellDelegate.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

} // namespace

HeatCellDelegate::HeatCellDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(valueRole)
{
}

QColor HeatCellDelegate::color(double value, bool dark)
{
    const double t = std::clamp(std::isfinite(value) ? value : 0.0, 0.0, 1.0);
    // Three stops, so that middle values keep a visible step from both ends.
    const QColor low = dark ? QColor(0x22, 0x2b, 0x3c) : QColor(0xee, 0xf4, 0xfd);
    const QColor mid = dark ? QColor(0x2a, 0x55, 0x9c) : QColor(0x82, 0xab, 0xec);
    const QColor high = dark ? QColor(0x5b, 0x9b, 0xff) : QColor(0x17, 0x45, 0x9c);
    return t < 0.5 ? mix(low, mid, t * 2) : mix(mid, high, (t - 0.5) * 2);
}

QColor HeatCellDelegate::textColor(const QColor &background)
{
    // Relative luminance (sRGB approximation) decides.
    const double l =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
}

void HeatCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const QColor fill = color(value.toDouble(), dark);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(opt.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(tile, 3, 3);
    if (opt.state & QStyle::State_Selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(opt.palette.color(QPalette::Highlight), 2));
        painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), 3, 3);
    }
    painter->setPen(textColor(fill));
    painter->setFont(opt.font);
    painter->drawText(tile, int(Qt::AlignCenter), opt.text);
    painter->restore();
}

} // namespace kindred
