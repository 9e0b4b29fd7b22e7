#include "EngagementCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

qreal dateX(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

QColor EngagementCharts::channelColor(int index, bool isOther, bool dark)
{
    if (isOther)
        return dark ? QColor(0xa0, 0xa7, 0xb1) : QColor(0x94, 0x9c, 0xa8);
    static const QColor light[] = {QColor(0x25, 0x63, 0xeb), QColor(0x0d, 0x94, 0x88),
                                   QColor(0xea, 0x73, 0x1c), QColor(0x93, 0x33, 0xea),
                                   QColor(0xdb, 0x27, 0x77), QColor(0x65, 0xa3, 0x0d)};
    static const QColor darkColors[] = {QColor(0x6c, 0x9c, 0xff), QColor(0x34, 0xd3, 0xb0),
                                        QColor(0xff, 0xa8, 0x5c), QColor(0xc0, 0x84, 0xfc),
                                        QColor(0xf4, 0x72, 0xb6), QColor(0xa3, 0xe6, 0x35)};
    const int i = std::abs(index) % 6;
    return dark ? darkColors[i] : light[i];
}

QColor EngagementCharts::newColor(bool dark)
{
    return dark ? QColor(0x6c, 0x9c, 0xff) : QColor(0x38, 0x8e, 0xe0);
}

QColor EngagementCharts::returningColor(bool dark)
{
    return dark ? QColor(0x34, 0xd3, 0xb0) : QColor(0x22, 0xa0, 0x6b);
}

QColor EngagementCharts::stickinessColor(bool dark)
{
    return dark ? QColor(0xf4, 0x72, 0xb6) : QColor(0xc0, 0x26, 0x6d);
}

QChart *EngagementCharts::activityChart(const QList<DailyEngagement> &rows,
                                        const ChartFactory::Style &style)
{
    QChart *chart = ChartFactory::engagementChart(rows, style);
    auto *stickiness = new QLineSeries(chart);
    stickiness->setName(QCoreApplication::translate("EngagementCharts", "Stickiness %"));
    QPen pen(stickinessColor(style.dark));
    pen.setWidthF(1.6);
    pen.setStyle(Qt::DotLine);
    stickiness->setPen(pen);
    double maxValue = 0;
    for (const DailyEngagement &r : rows) {
        const double v = EngagementReport::dayStickiness(r) * 100.0;
        stickiness->append(dateX(r.date), v);
        maxValue = std::max(maxValue, v);
    }
    chart->addSeries(stickiness);
    auto *right = new QValueAxis(chart);
    right->setRange(0, std::min(100.0, ChartFactory::niceMax(maxValue, 4)));
    right->setTickCount(5);
    right->setLabelFormat(QStringLiteral("%.0f%%"));
    right->setTitleText(QCoreApplication::translate("EngagementCharts", "Stickiness"));
    ChartFactory::styleAxis(right, style, false);
    chart->addAxis(right, Qt::AlignRight);
    const auto horizontal = chart->axes(Qt::Horizontal);
    if (!horizontal.isEmpty())
        stickiness->attachAxis(horizontal.first());
    stickiness->attachAxis(right);
    return chart;
}

QList<EngagementCharts::ChannelSeries> EngagementCharts::topChannels(const EngagementReportData &d,
                                                                     int top)
{
    QList<ChannelSeries> out;
    const qsizetype n = d.channels.size();
    const qsizetype shown = n <= top + 1 ? n : top;
    for (qsizetype i = 0; i < shown; ++i) {
        ChannelSeries s{d.channels.at(i).name, {}};
        for (const QList<qint64> &day : d.messagesPerDay)
            s.perDay.append(day.at(i));
        out.append(s);
    }
    if (shown < n) {
        ChannelSeries other{QCoreApplication::translate("EngagementCharts", "Other"), {}};
        for (const QList<qint64> &day : d.messagesPerDay) {
            qint64 sum = 0;
            for (qsizetype i = shown; i < n; ++i)
                sum += day.at(i);
            other.perDay.append(sum);
        }
        out.append(other);
    }
    return out;
}

QChart *EngagementCharts::channelChart(const QDate &firstDay, const QList<ChannelSeries> &series,
                                       const ChartFactory::Style &style)
{
    auto *chart = new QChart;
    ChartFactory::styleChart(chart, style);
    qint64 maxValue = 0;
    int days = 0;
    QList<QLineSeries *> lines;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const ChannelSeries &s = series.at(i);
        auto *line = new QLineSeries(chart);
        line->setName(s.name);
        const bool other = i == series.size() - 1 &&
                           s.name == QCoreApplication::translate("EngagementCharts", "Other");
        QPen pen(channelColor(int(i), other, style.dark));
        pen.setWidthF(i == 0 ? 2.2 : 1.8);
        line->setPen(pen);
        for (qsizetype d = 0; d < s.perDay.size(); ++d) {
            line->append(dateX(firstDay.addDays(d)), qreal(s.perDay.at(d)));
            maxValue = std::max(maxValue, s.perDay.at(d));
        }
        days = std::max(days, int(s.perDay.size()));
        chart->addSeries(line);
        lines.append(line);
    }
    const QDate last = firstDay.addDays(std::max(1, days - 1));
    auto *x = new QDateTimeAxis(chart);
    const qint64 span = firstDay.daysTo(last);
    x->setFormat(span <= 92 ? QStringLiteral("MM-dd")
                            : (span <= 800 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy")));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dateX(firstDay))),
                QDateTime::fromMSecsSinceEpoch(qint64(dateX(last))));
    x->setTickCount(int(std::clamp<qint64>(span + 1, 2, 7)));
    ChartFactory::styleAxis(x, style, false);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis(chart);
    y->setRange(0, ChartFactory::niceMax(double(maxValue), 4));
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(QCoreApplication::translate("EngagementCharts", "Messages"));
    ChartFactory::styleAxis(y, style, true);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

QChart *EngagementCharts::newReturningChart(const QList<WeekActivity> &weeks,
                                            const ChartFactory::Style &style)
{
    auto *chart = new QChart;
    ChartFactory::styleChart(chart, style);
    auto *series = new QStackedBarSeries(chart);
    series->setBarWidth(0.7);
    auto *newSet = new QBarSet(QCoreApplication::translate("EngagementCharts", "New"), series);
    auto *returningSet =
        new QBarSet(QCoreApplication::translate("EngagementCharts", "Returning"), series);
    newSet->setColor(newColor(style.dark));
    newSet->setBorderColor(newColor(style.dark));
    returningSet->setColor(returningColor(style.dark));
    returningSet->setBorderColor(returningColor(style.dark));
    QStringList categories;
    int maxValue = 0;
    for (const WeekActivity &w : weeks) {
        *newSet << w.newMembers;
        *returningSet << w.returningMembers;
        maxValue = std::max(maxValue, w.active());
        // "03-04" for the week's first day; a clipped week is marked with "*".
        categories << w.from.toString(QStringLiteral("MM-dd")) +
                          (w.isPartial() ? QStringLiteral("*") : QString());
    }
    series->append(returningSet);
    series->append(newSet);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    ChartFactory::styleAxis(x, style, false);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis(chart);
    y->setRange(0, ChartFactory::niceMax(maxValue, 4));
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(QCoreApplication::translate("EngagementCharts", "Members"));
    ChartFactory::styleAxis(y, style, true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace kindred
