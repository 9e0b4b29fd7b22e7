#include "ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

/// The colours of one palette (light for screen and print, dark for the GUI's dark mode).
struct Palette
{
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
};

Palette paletteFor(const ChartFactory::Style &style)
{
    if (style.dark)
        return {QColor(0x1f, 0x23, 0x2a), QColor(0x1f, 0x23, 0x2a), QColor(0xe6, 0xe8, 0xeb),
                QColor(0xa0, 0xa7, 0xb1), QColor(0x36, 0x3c, 0x46), QColor(0x55, 0x5d, 0x69)};
    return {Qt::white,
            Qt::white,
            QColor(0x1f, 0x29, 0x37),
            QColor(0x6b, 0x72, 0x80),
            QColor(0xe5, 0xe7, 0xeb),
            QColor(0x9c, 0xa3, 0xaf)};
}

} // namespace

QFont ChartFactory::scaledFont(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    else if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

double ChartFactory::niceMax(double value, int ticks)
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
    step = std::max(step, 1.0); // whole members
    return step * ticks;
}

QColor ChartFactory::textColor(bool dark)
{
    return paletteFor(Style{dark, false, {}, {}}).text;
}

QColor ChartFactory::mutedColor(bool dark)
{
    return paletteFor(Style{dark, false, {}, {}}).mutedText;
}

void ChartFactory::styleChart(QChart *chart, const Style &style)
{
    const Palette p = paletteFor(style);
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(style.forPrint ? QChart::NoAnimation : QChart::SeriesAnimations);
    chart->setBackgroundBrush(p.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(style.forPrint ? 0 : 6);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 14, 4)); // room for the last date label
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (!style.title.isEmpty()) {
        chart->setTitle(style.title);
        chart->setTitleFont(scaledFont(style.font, 1.2, true));
        chart->setTitleBrush(p.text);
    }
    QLegend *legend = chart->legend();
    legend->setFont(scaledFont(style.font, 1.0));
    legend->setLabelColor(p.text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    legend->setBackgroundVisible(false);
    legend->setAlignment(style.forPrint ? Qt::AlignBottom : Qt::AlignTop);
}

void ChartFactory::styleAxis(QAbstractAxis *axis, const Style &style, bool grid)
{
    const Palette p = paletteFor(style);
    axis->setLabelsFont(scaledFont(style.font, 0.9));
    axis->setLabelsColor(p.mutedText);
    axis->setTitleFont(scaledFont(style.font, 0.9));
    axis->setTitleBrush(p.mutedText);
    axis->setLinePen(QPen(p.axisLine, 1.0));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(QPen(p.grid, style.forPrint ? 0.8 : 1.0));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

namespace {

/// Noon of a local date in msecs: the date axis labels in local time, and noon keeps daylight
/// saving shifts from moving a point to the previous or next day.
qreal dateX(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

/// Picks an end date >= `last` and a tick count so that ticks fall on whole days.
void dateTicks(const QDate &first, const QDate &last, QDate *end, int *ticks)
{
    const qint64 span = first.daysTo(last);
    if (span <= 0) {
        *end = last;
        *ticks = 1;
        return;
    }
    if (span <= 7) {
        *end = last;
        *ticks = int(span) + 1;
        return;
    }
    for (qint64 extra = 0; extra <= span / 10 + 1; ++extra) {
        for (int t = 8; t >= 5; --t) {
            if ((span + extra) % (t - 1) == 0) {
                *end = last.addDays(extra);
                *ticks = t;
                return;
            }
        }
    }
    *end = last;
    *ticks = 6;
}

} // namespace

QString ChartFactory::segmentName(Segment s)
{
    switch (s) {
    case Segment::Newcomer:
        return QCoreApplication::translate("ChartFactory", "Newcomer");
    case Segment::Active:
        return QCoreApplication::translate("ChartFactory", "Active");
    case Segment::Occasional:
        return QCoreApplication::translate("ChartFactory", "Occasional");
    case Segment::Silent:
        return QCoreApplication::translate("ChartFactory", "Silent");
    case Segment::Churned:
        return QCoreApplication::translate("ChartFactory", "Churned");
    }
    return {};
}

QColor ChartFactory::segmentColor(Segment s)
{
    switch (s) {
    case Segment::Newcomer:
        return QColor(0x38, 0x8e, 0xe0); // sky blue
    case Segment::Active:
        return QColor(0x22, 0xa0, 0x6b); // green
    case Segment::Occasional:
        return QColor(0xe8, 0xa8, 0x25); // amber
    case Segment::Silent:
        return QColor(0x94, 0x9c, 0xa8); // grey
    case Segment::Churned:
        return QColor(0xdc, 0x4c, 0x52); // red
    }
    return Qt::gray;
}

QColor ChartFactory::engagementColor(EngagementMetric m, bool dark)
{
    switch (m) {
    case EngagementMetric::Dau:
        return dark ? QColor(0x6c, 0x9c, 0xff) : QColor(0x25, 0x63, 0xeb);
    case EngagementMetric::Wau:
        return dark ? QColor(0x34, 0xd3, 0xb0) : QColor(0x0d, 0x94, 0x88);
    case EngagementMetric::Mau:
        return dark ? QColor(0xff, 0xa8, 0x5c) : QColor(0xea, 0x73, 0x1c);
    }
    return Qt::gray;
}

QString ChartFactory::engagementName(EngagementMetric m)
{
    switch (m) {
    case EngagementMetric::Dau:
        return QCoreApplication::translate("ChartFactory", "DAU");
    case EngagementMetric::Wau:
        return QCoreApplication::translate("ChartFactory", "WAU");
    case EngagementMetric::Mau:
        return QCoreApplication::translate("ChartFactory", "MAU");
    }
    return {};
}

QChart *ChartFactory::engagementChart(const QList<DailyEngagement> &rows, const Style &style)
{
    auto *chart = new QChart;
    styleChart(chart, style);

    const EngagementMetric metrics[] = {EngagementMetric::Dau, EngagementMetric::Wau,
                                        EngagementMetric::Mau};
    QLineSeries *series[3] = {};
    int maxValue = 0;
    for (int i = 0; i < 3; ++i) {
        series[i] = new QLineSeries(chart);
        series[i]->setName(engagementName(metrics[i]));
        QPen pen(engagementColor(metrics[i], style.dark));
        pen.setWidthF(metrics[i] == EngagementMetric::Dau ? 2.4 : 2.0);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        if (metrics[i] == EngagementMetric::Mau)
            pen.setDashPattern({4.0, 2.0});
        series[i]->setPen(pen);
    }
    for (const DailyEngagement &r : rows) {
        const qreal x = dateX(r.date);
        series[0]->append(x, r.dau);
        series[1]->append(x, r.wau);
        series[2]->append(x, r.mau);
        maxValue = std::max({maxValue, r.dau, r.wau, r.mau});
    }
    for (QLineSeries *s : series)
        chart->addSeries(s);

    QDate first = rows.isEmpty() ? QDate::currentDate().addDays(-6) : rows.first().date;
    QDate last = rows.isEmpty() ? QDate::currentDate() : rows.last().date;
    if (first == last) {
        first = first.addDays(-1);
        last = last.addDays(1);
    }
    QDate end;
    int ticks = 0;
    dateTicks(first, last, &end, &ticks);

    auto *x = new QDateTimeAxis(chart);
    const qint64 spanDays = first.daysTo(end);
    x->setFormat(spanDays <= 92
                     ? QStringLiteral("MM-dd")
                     : (spanDays <= 800 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy")));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dateX(first))),
                QDateTime::fromMSecsSinceEpoch(qint64(dateX(end))));
    x->setTickCount(std::max(ticks, 2));
    styleAxis(x, style, false);
    chart->addAxis(x, Qt::AlignBottom);

    auto *y = new QValueAxis(chart);
    y->setRange(0, niceMax(maxValue, 4));
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(QCoreApplication::translate("ChartFactory", "Members"));
    styleAxis(y, style, true);
    chart->addAxis(y, Qt::AlignLeft);

    for (QLineSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

QChart *ChartFactory::segmentChart(const SegmentCounts &counts, const Style &style)
{
    auto *chart = new QChart;
    styleChart(chart, style);

    // Categories run bottom-up on a horizontal chart: list them reversed so that the first
    // segment (newcomers) is at the top. One stacked set per segment gives each bar its colour.
    const QList<Segment> segments = Segmentation::all();
    const qsizetype n = segments.size();
    QStringList categories;
    for (qsizetype i = n - 1; i >= 0; --i)
        categories << segmentName(segments.at(i));

    auto *series = new QHorizontalStackedBarSeries(chart);
    series->setBarWidth(0.62);
    int maxValue = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Segment s = segments.at(i);
        auto *set = new QBarSet(segmentName(s), series);
        const int value = counts[size_t(s)];
        maxValue = std::max(maxValue, value);
        for (qsizetype row = 0; row < n; ++row)
            *set << (row == n - 1 - i ? value : 0);
        set->setColor(segmentColor(s));
        set->setBorderColor(segmentColor(s));
        series->append(set);
    }
    chart->addSeries(series);

    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    styleAxis(y, style, false);
    y->setLabelsFont(scaledFont(style.font, 1.0));
    y->setLabelsColor(paletteFor(style).text);
    chart->addAxis(y, Qt::AlignLeft);

    auto *x = new QValueAxis(chart);
    x->setRange(0, niceMax(maxValue, 4));
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(QCoreApplication::translate("ChartFactory", "Members"));
    styleAxis(x, style, true);
    chart->addAxis(x, Qt::AlignBottom);

    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace kindred
