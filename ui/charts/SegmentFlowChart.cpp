#include "SegmentFlowChart.h"

#include "models/SegmentCountModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

/// A round axis for values up to `value`: the smallest maximum of 4 to 6 intervals of 1, 2, 2.5
/// or 5 times a power of ten (at least 1 member each); sets `*ticks` to the intervals.
double roundMax(double value, int *ticks)
{
    *ticks = 4;
    if (value <= 0)
        return 4;
    double best = 0;
    for (int t = 4; t <= 6; ++t) {
        const double raw = value / t;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        double step = magnitude;
        for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            step = m * magnitude;
            if (step >= raw)
                break;
        }
        const double max = std::max(step, 1.0) * t;
        if (best == 0 || max < best) {
            best = max;
            *ticks = t;
        }
    }
    return best;
}

} // namespace

QChart *SegmentFlowChart::monthlyCounts(const QList<MonthFlow> &months,
                                        const ChartFactory::Style &style)
{
    const QColor background = style.dark ? QColor(0x1f, 0x23, 0x2a) : QColor(Qt::white);
    const QColor text = style.dark ? QColor(0xe6, 0xe8, 0xeb) : QColor(0x1f, 0x29, 0x37);
    const QColor muted = style.dark ? QColor(0xa0, 0xa7, 0xb1) : QColor(0x6b, 0x72, 0x80);
    const QColor grid = style.dark ? QColor(0x36, 0x3c, 0x46) : QColor(0xe5, 0xe7, 0xeb);

    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(style.forPrint ? 0 : 6);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (!style.title.isEmpty()) {
        chart->setTitle(style.title);
        chart->setTitleFont(ChartFactory::scaledFont(style.font, 1.2));
        chart->setTitleBrush(text);
    }

    auto *series = new QStackedBarSeries(chart);
    series->setBarWidth(0.7);
    QStringList categories;
    int maxValue = 0;
    // Twelve months or fewer have distinct month numbers: label bars "MM" and name the years
    // in the axis title; longer ranges keep "yyyy-MM".
    const bool shortLabels = months.size() <= 12;
    for (const MonthFlow &f : months) {
        categories << (shortLabels ? f.month.toString(QStringLiteral("MM")) : f.label());
        maxValue = std::max(maxValue, f.membersAfter());
    }
    for (Segment s : Segmentation::all()) {
        auto *set = new QBarSet(ChartFactory::segmentName(s), series);
        for (const MonthFlow &f : months)
            *set << f.countsAfter.at(size_t(s));
        set->setColor(ChartFactory::segmentColor(s));
        set->setBorderColor(background);
        series->append(set);
    }
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsFont(ChartFactory::scaledFont(style.font, 0.85));
    x->setLabelsColor(muted);
    x->setLinePen(QPen(muted, 1.0));
    x->setGridLineVisible(false);
    x->setLabelsAngle(shortLabels ? 0 : -45);
    if (shortLabels && !months.isEmpty()) {
        x->setTitleText(months.size() == 1 ? months.first().label()
                                           : QStringLiteral("%1 – %2").arg(months.first().label(),
                                                                           months.last().label()));
        x->setTitleFont(ChartFactory::scaledFont(style.font, 0.85));
        x->setTitleBrush(muted);
    }
    chart->addAxis(x, Qt::AlignBottom);

    auto *y = new QValueAxis(chart);
    int intervals = 4;
    y->setRange(0, roundMax(maxValue, &intervals));
    y->setTickCount(intervals + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsFont(ChartFactory::scaledFont(style.font, 0.85));
    y->setLabelsColor(muted);
    y->setTitleText(QCoreApplication::translate("ChartFactory", "Members"));
    y->setTitleFont(ChartFactory::scaledFont(style.font, 0.85));
    y->setTitleBrush(muted);
    y->setLinePen(QPen(muted, 1.0));
    y->setGridLinePen(QPen(grid, 1.0));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    QLegend *legend = chart->legend();
    legend->setVisible(true);
    legend->setAlignment(Qt::AlignTop);
    legend->setFont(ChartFactory::scaledFont(style.font, 0.9));
    legend->setLabelColor(text);
    legend->setBackgroundVisible(false);
    return chart;
}

QString SegmentFlowChart::tooltip(const MonthFlow &month, Segment s, const SegmentRules &rules)
{
    const QLocale locale;
    return QCoreApplication::translate("SegmentFlowChart",
                                       "<b>%1</b> at the end of %2: %3 of %4 members<br>%5<br>"
                                       "<i>Click to show this month's flow.</i>")
        .arg(ChartFactory::segmentName(s).toHtmlEscaped(), month.after.toString(Qt::ISODate),
             locale.toString(month.countsAfter.at(size_t(s))),
             locale.toString(month.membersAfter()),
             SegmentCountModel::ruleText(s, rules).toHtmlEscaped());
}

} // namespace kindred
