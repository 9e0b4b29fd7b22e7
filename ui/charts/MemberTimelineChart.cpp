#include "MemberTimelineChart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

/// Axis and text colours of ChartFactory's palettes (light / dark).
struct Colors
{
    QColor text;
    QColor muted;
    QColor grid;
    QColor axis;
};

Colors colorsFor(const ChartFactory::Style &style)
{
    if (style.dark)
        return {QColor(0xe6, 0xe8, 0xeb), QColor(0xa0, 0xa7, 0xb1), QColor(0x36, 0x3c, 0x46),
                QColor(0x55, 0x5d, 0x69)};
    return {QColor(0x1f, 0x29, 0x37), QColor(0x6b, 0x72, 0x80), QColor(0xe5, 0xe7, 0xeb),
            QColor(0x9c, 0xa3, 0xaf)};
}

/// Noon of a local date in msecs, as ChartFactory places its points.
qreal dateX(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

QString MemberTimelineChart::seriesName()
{
    return QCoreApplication::translate("MemberTimelineChart", "Messages per week");
}

QChart *MemberTimelineChart::create(const QList<MemberWeek> &weeks,
                                    const ChartFactory::Style &style)
{
    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(style.forPrint ? QChart::NoAnimation : QChart::SeriesAnimations);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(style.forPrint ? 0 : 6);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 12, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setVisible(false);
    if (!style.title.isEmpty()) {
        chart->setTitle(style.title);
        chart->setTitleFont(ChartFactory::scaledFont(style.font, 1.1));
        chart->setTitleBrush(colorsFor(style).text);
    }

    auto *series = new QLineSeries(chart);
    series->setName(seriesName());
    QPen pen(ChartFactory::engagementColor(ChartFactory::EngagementMetric::Dau, style.dark));
    pen.setWidthF(2.0);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    series->setPen(pen);
    series->setPointsVisible(weeks.size() <= 26);
    int maxValue = 0;
    for (const MemberWeek &w : weeks) {
        series->append(dateX(w.weekStart), w.messages);
        maxValue = std::max(maxValue, w.messages);
    }
    chart->addSeries(series);

    QDate first = weeks.isEmpty() ? QDate::currentDate().addDays(-7) : weeks.first().weekStart;
    QDate last = weeks.isEmpty() ? QDate::currentDate() : weeks.last().weekStart;
    if (first == last) {
        first = first.addDays(-7);
        last = last.addDays(7);
    }
    const qint64 span = first.daysTo(last);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(span <= 120 ? QStringLiteral("MM-dd")
                             : (span <= 1000 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy")));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dateX(first))),
                QDateTime::fromMSecsSinceEpoch(qint64(dateX(last))));
    x->setTickCount(int(std::clamp<qint64>(span / 7 + 1, 2, 5)));
    ChartFactory::styleAxis(x, style, false);
    chart->addAxis(x, Qt::AlignBottom);

    auto *y = new QValueAxis(chart);
    y->setRange(0, ChartFactory::niceMax(maxValue, 3));
    y->setTickCount(4);
    y->setLabelFormat(QStringLiteral("%.0f"));
    ChartFactory::styleAxis(y, style, true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace kindred
