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
        chart->setTitleBrush(ChartFactory::textColor(style.dark));
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
    ChartFactory::styleAxis(y, style, false);
    y->setLabelsFont(style.font);
    y->setLabelsColor(ChartFactory::textColor(style.dark));
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = new QValueAxis(chart);
    x->setRange(0, ChartFactory::niceMax(double(maxValue), 4));
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(axisTitle);
    ChartFactory::styleAxis(x, style, true);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

} // namespace kindred
