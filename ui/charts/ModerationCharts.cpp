#include "ModerationCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

QColor textColor(bool dark)
{
    return dark ? QColor(0xe6, 0xe8, 0xeb) : QColor(0x1f, 0x29, 0x37);
}

QColor mutedColor(bool dark)
{
    return dark ? QColor(0xa0, 0xa7, 0xb1) : QColor(0x6b, 0x72, 0x80);
}

QFont scaled(const QFont &base, double factor)
{
    QFont f = base;
    if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    else if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    return f;
}

void styleAxis(QAbstractAxis *axis, const ChartFactory::Style &style, bool grid)
{
    axis->setLabelsFont(scaled(style.font, 0.9));
    axis->setLabelsColor(mutedColor(style.dark));
    axis->setTitleFont(scaled(style.font, 0.9));
    axis->setTitleBrush(mutedColor(style.dark));
    axis->setLinePen(QPen(style.dark ? QColor(0x55, 0x5d, 0x69) : QColor(0x9c, 0xa3, 0xaf), 1.0));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(
        QPen(style.dark ? QColor(0x36, 0x3c, 0x46) : QColor(0xe5, 0xe7, 0xeb), 1.0));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

/// A round maximum >= value for `ticks` whole-number intervals of 1, 2, 2.5 or 5 × 10^k.
double niceMax(double value, int ticks)
{
    if (value <= 0)
        return ticks;
    const double raw = value / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    return std::max(step, 1.0) * ticks;
}

} // namespace

QColor ModerationCharts::flagColor(bool dark)
{
    return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
}

QColor ModerationCharts::actionColor(bool dark)
{
    return dark ? QColor(0x81, 0x8c, 0xf8) : QColor(0x43, 0x38, 0xca);
}

QChart *ModerationCharts::countChart(const QList<Bar> &bars, const QColor &color,
                                     const QString &axisTitle, const ChartFactory::Style &style)
{
    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(style.forPrint ? QChart::NoAnimation : QChart::SeriesAnimations);
    chart->setBackgroundBrush(style.dark ? QColor(0x1f, 0x23, 0x2a) : QColor(Qt::white));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(style.forPrint ? 0 : 6);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 14, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (!style.title.isEmpty()) {
        chart->setTitle(style.title);
        chart->setTitleBrush(textColor(style.dark));
    }
    chart->legend()->setVisible(false);

    // Categories run bottom-up on a horizontal chart: append them reversed.
    QStringList categories;
    auto *set = new QBarSet(axisTitle);
    set->setColor(color);
    set->setBorderColor(color);
    qint64 maxValue = 0;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        categories << (bars.at(i).label.isEmpty() ? QStringLiteral("—") : bars.at(i).label);
        *set << double(bars.at(i).value);
        maxValue = std::max(maxValue, bars.at(i).value);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->setBarWidth(0.62);
    series->append(set);
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    styleAxis(y, style, false);
    y->setLabelsFont(style.font);
    y->setLabelsColor(textColor(style.dark));
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = new QValueAxis(chart);
    x->setRange(0, niceMax(double(maxValue), 4));
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(axisTitle);
    styleAxis(x, style, true);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

} // namespace kindred
