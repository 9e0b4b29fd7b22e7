#include "Icons.h"

#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace kindred {
namespace {

constexpr int kCanvas = 64;

/// Draws `paint(painter, colour)` at several sizes: in `color`, and in `selected` for the
/// selected state (`selected`: white for the highlighted navigation row).
QIcon drawn(const QColor &color, const QColor &selected,
            const std::function<void(QPainter &, const QColor &)> &paint)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        for (const auto &[mode, c] :
             {std::pair{QIcon::Normal, color}, std::pair{QIcon::Selected, selected}}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(double(size) / kCanvas, double(size) / kCanvas);
            paint(p, c);
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

void person(QPainter &p, double cx, double top, double scale)
{
    p.drawEllipse(QPointF(cx, top + 8 * scale), 8 * scale, 8 * scale);
    QPainterPath body;
    body.moveTo(cx - 13 * scale, top + 34 * scale);
    body.cubicTo(cx - 12 * scale, top + 22 * scale, cx + 12 * scale, top + 22 * scale,
                 cx + 13 * scale, top + 34 * scale);
    body.closeSubpath();
    p.drawPath(body);
}

} // namespace

QPixmap Icons::appLogo(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(double(size) / kCanvas, double(size) / kCanvas);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2f, 0x6f, 0xde));
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14);
    p.setBrush(Qt::white);
    person(p, 22, 18, 1.0);
    p.setOpacity(0.85);
    person(p, 42, 18, 1.0);
    return pm;
}

QIcon Icons::appIcon()
{
    QIcon svg(QStringLiteral(":/icons/kindred.svg"));
    if (!svg.pixmap(32, 32).isNull())
        return svg;
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addPixmap(appLogo(size));
    return icon;
}

QIcon Icons::dashboard(const QColor &color)
{
    return drawn(color, Qt::white, [](QPainter &p, const QColor &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(8, 8, 21, 27), 4, 4);
        p.drawRoundedRect(QRectF(35, 8, 21, 14), 4, 4);
        p.drawRoundedRect(QRectF(8, 41, 21, 15), 4, 4);
        p.drawRoundedRect(QRectF(35, 28, 21, 28), 4, 4);
    });
}

QIcon Icons::members(const QColor &color)
{
    return drawn(color, Qt::white, [](QPainter &p, const QColor &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.setOpacity(0.6);
        person(p, 42, 12, 1.0);
        p.setOpacity(1.0);
        person(p, 24, 16, 1.15);
    });
}

QIcon Icons::content(const QColor &color)
{
    return drawn(color, Qt::white, [](QPainter &p, const QColor &c) {
        QPen pen(c, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(7, 9, 50, 36), 8, 8);
        p.drawPath(bubble);
        p.drawLine(QPointF(18, 45), QPointF(14, 56));
        p.drawLine(QPointF(14, 56), QPointF(28, 45));
        p.drawLine(QPointF(17, 22), QPointF(47, 22));
        p.drawLine(QPointF(17, 32), QPointF(37, 32));
    });
}

QIcon Icons::dot(const QColor &color)
{
    return drawn(color, color, [](QPainter &p, const QColor &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(16, 16, 32, 32));
    });
}

} // namespace kindred
