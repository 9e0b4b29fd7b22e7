#include "HeatmapWidget.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred {

namespace {
constexpr int kGap = 2;           ///< pixels between cells
constexpr int kLegendWidth = 160; ///< width of the colour bar

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setData(const QStringList &rowLabels, const QStringList &columnLabels,
                            const QVector<QVector<double>> &values, ValueFormat valueFormat)
{
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_format = valueFormat;
    m_values.clear();
    m_values.reserve(rowLabels.size());
    for (int r = 0; r < rowLabels.size(); ++r) {
        QVector<double> row = r < values.size() ? values.at(r) : QVector<double>();
        row.resize(columnLabels.size(), std::numeric_limits<double>::quiet_NaN());
        m_values.append(row);
    }
    m_toolTips.clear();
    updateGeometry();
    update();
}

void HeatmapWidget::setCellToolTips(const QVector<QVector<QString>> &toolTips)
{
    m_toolTips = toolTips;
}

void HeatmapWidget::setColorRange(double minimum, double maximum)
{
    m_fixedRange = true;
    m_min = minimum;
    m_max = maximum;
    update();
}

void HeatmapWidget::clearColorRange()
{
    m_fixedRange = false;
    update();
}

void HeatmapWidget::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void HeatmapWidget::setShowValues(bool show)
{
    m_showValues = show;
    update();
}

void HeatmapWidget::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

double HeatmapWidget::value(int row, int column) const
{
    if (row < 0 || row >= m_values.size() || column < 0 || column >= m_values.at(row).size())
        return std::numeric_limits<double>::quiet_NaN();
    return m_values.at(row).at(column);
}

double HeatmapWidget::total() const
{
    double sum = 0;
    for (const QVector<double> &row : m_values)
        for (double v : row)
            if (std::isfinite(v))
                sum += v;
    return sum;
}

QString HeatmapWidget::formatValue(double v) const
{
    if (!std::isfinite(v))
        return {};
    const QLocale locale;
    switch (m_format) {
    case ValueFormat::Integer:
        return locale.toString(qint64(std::llround(v)));
    case ValueFormat::Decimal:
        return locale.toString(v, 'f', 2);
    case ValueFormat::Percent:
        break;
    }
    return locale.toString(v * 100.0, 'f', 1) + QLatin1Char('%');
}

QString HeatmapWidget::toolTip(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (row < m_toolTips.size() && column < m_toolTips.at(row).size() &&
        !m_toolTips.at(row).at(column).isEmpty())
        return m_toolTips.at(row).at(column);
    const double v = value(row, column);
    return tr("%1 · %2: %3")
        .arg(m_rowLabels.at(row), m_columnLabels.at(column),
             std::isfinite(v) ? formatValue(v) : tr("no value"));
}

void HeatmapWidget::rangeOf(double *lo, double *hi) const
{
    if (m_fixedRange) {
        *lo = m_min;
        *hi = m_max;
        return;
    }
    *lo = std::numeric_limits<double>::infinity();
    *hi = -std::numeric_limits<double>::infinity();
    for (const QVector<double> &row : m_values)
        for (double v : row)
            if (std::isfinite(v)) {
                *lo = std::min(*lo, v);
                *hi = std::max(*hi, v);
            }
    if (!std::isfinite(*lo)) {
        *lo = 0;
        *hi = 1;
    }
}

QColor HeatmapWidget::colorFor(double v) const
{
    if (!std::isfinite(v))
        return Qt::transparent;
    double lo = 0, hi = 1;
    rangeOf(&lo, &hi);
    const double t = hi > lo ? (v - lo) / (hi - lo) : (v > 0 ? 1.0 : 0.0);
    const QColor high = m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
    const QColor base = palette().color(QPalette::Base);
    // The lowest value keeps a faint tint so that 0 differs from "no value" (blank).
    return mix(base, high, 0.07 + 0.93 * std::clamp(t, 0.0, 1.0));
}

HeatmapWidget::Layout HeatmapWidget::layoutFor(const QRect &area) const
{
    const QFontMetrics fm(font());
    Layout l;
    for (const QString &label : m_rowLabels)
        l.labelWidth = std::max(l.labelWidth, fm.horizontalAdvance(label));
    l.labelWidth += 10;
    l.headerHeight = fm.height() + 6;
    l.legendHeight = fm.height() + 14;
    l.grid = QRect(area.left() + l.labelWidth, area.top() + l.headerHeight,
                   std::max(0, area.width() - l.labelWidth),
                   std::max(0, area.height() - l.headerHeight - l.legendHeight));
    return l;
}

QRect HeatmapWidget::cellRect(int row, int column) const
{
    const Layout l = layoutFor(contentsRect());
    if (rowCount() == 0 || columnCount() == 0)
        return {};
    const double w = double(l.grid.width()) / columnCount();
    const double h = double(l.grid.height()) / rowCount();
    const int x0 = l.grid.left() + int(std::lround(column * w));
    const int x1 = l.grid.left() + int(std::lround((column + 1) * w));
    const int y0 = l.grid.top() + int(std::lround(row * h));
    const int y1 = l.grid.top() + int(std::lround((row + 1) * h));
    return QRect(x0, y0, std::max(1, x1 - x0 - kGap), std::max(1, y1 - y0 - kGap));
}

QPoint HeatmapWidget::cellAt(const QPoint &pos) const
{
    const Layout l = layoutFor(contentsRect());
    if (rowCount() == 0 || columnCount() == 0 || !l.grid.contains(pos))
        return {-1, -1};
    const int column = std::min(columnCount() - 1,
                                int((pos.x() - l.grid.left()) * columnCount() / l.grid.width()));
    const int row =
        std::min(rowCount() - 1, int((pos.y() - l.grid.top()) * rowCount() / l.grid.height()));
    return {column, row};
}

QSize HeatmapWidget::sizeHint() const
{
    const QFontMetrics fm(font());
    const Layout l = layoutFor(QRect());
    const int cellW = std::max(fm.horizontalAdvance(QStringLiteral("00000")), 34);
    return {l.labelWidth + std::max(1, columnCount()) * cellW,
            l.headerHeight + l.legendHeight + std::max(1, rowCount()) * (fm.height() + 10)};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const Layout l = layoutFor(QRect());
    return {l.labelWidth + std::max(1, columnCount()) * 12,
            l.headerHeight + l.legendHeight + std::max(1, rowCount()) * 12};
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            QToolTip::showText(help->globalPos(), toolTip(cell.y(), cell.x()), this,
                               cellRect(cell.y(), cell.x()));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layoutFor(contentsRect());
    const QFontMetrics fm(font());
    const QColor muted = palette().color(QPalette::PlaceholderText);
    if (rowCount() == 0 || columnCount() == 0 || l.grid.isEmpty()) {
        p.setPen(muted);
        p.drawText(contentsRect(), Qt::AlignCenter, tr("No data"));
        return;
    }

    // Column labels: every k-th label so that they never overlap.
    const double cellW = double(l.grid.width()) / columnCount();
    int widest = 0;
    for (const QString &label : m_columnLabels)
        widest = std::max(widest, fm.horizontalAdvance(label));
    const int step = std::max(1, int(std::ceil((widest + 6) / std::max(1.0, cellW))));
    p.setPen(muted);
    for (int c = 0; c < columnCount(); c += step) {
        const QRect cell = cellRect(0, c);
        p.drawText(
            QRect(cell.left() - 20, contentsRect().top(), cell.width() + 40, l.headerHeight - 4),
            Qt::AlignHCenter | Qt::AlignBottom, m_columnLabels.at(c));
    }
    // Row labels.
    for (int r = 0; r < rowCount(); ++r) {
        const QRect cell = cellRect(r, 0);
        p.drawText(QRect(contentsRect().left(), cell.top(), l.labelWidth - 8, cell.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_rowLabels.at(r));
    }
    // Cells.
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const double v = value(r, c);
            if (!std::isfinite(v))
                continue; // no value: blank
            const QRect cell = cellRect(r, c);
            const QColor fill = colorFor(v);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(cell, 3, 3);
            if (!m_showValues)
                continue;
            const QString s = formatValue(v);
            if (fm.horizontalAdvance(s) + 4 > cell.width() || fm.height() > cell.height())
                continue;
            // Dark text on light cells, white on saturated ones, whatever the palette.
            p.setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37));
            p.drawText(cell, Qt::AlignCenter, s);
        }
    }
    // Legend: caption on the left, colour bar with the range on the right.
    double lo = 0, hi = 1;
    rangeOf(&lo, &hi);
    const int legendTop = l.grid.bottom() + 8;
    const QRect legendArea(contentsRect().left(), legendTop, contentsRect().width(),
                           fm.height() + 4);
    const QString loText = formatValue(lo), hiText = formatValue(hi);
    const int barWidth = std::min(kLegendWidth, std::max(40, legendArea.width() / 3));
    const int hiWidth = fm.horizontalAdvance(hiText);
    const int barRight = legendArea.right() - hiWidth - 6;
    const QRect bar(barRight - barWidth, legendArea.top() + (legendArea.height() - 10) / 2,
                    barWidth, 10);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (double t : {0.0, 0.5, 1.0})
        gradient.setColorAt(t, colorFor(lo + (hi - lo) * t));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRoundedRect(bar, 3, 3);
    p.setPen(muted);
    p.drawText(QRect(bar.right() + 6, legendArea.top(), hiWidth + 2, legendArea.height()),
               Qt::AlignLeft | Qt::AlignVCenter, hiText);
    const int loWidth = fm.horizontalAdvance(loText);
    p.drawText(QRect(bar.left() - loWidth - 6, legendArea.top(), loWidth + 2, legendArea.height()),
               Qt::AlignRight | Qt::AlignVCenter, loText);
    if (!m_caption.isEmpty()) {
        const QRect captionRect(l.grid.left(), legendArea.top(),
                                std::max(0, bar.left() - loWidth - 16 - l.grid.left()),
                                legendArea.height());
        p.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_caption, Qt::ElideRight, captionRect.width()));
    }
}

} // namespace kindred
