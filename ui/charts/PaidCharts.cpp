#include "PaidCharts.h"

#include "models/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kindred {
namespace {

struct Colors
{
    QColor background, text, muted, grid;
};

Colors colorsFor(const ChartFactory::Style &style)
{
    if (style.dark)
        return {QColor(0x1f, 0x23, 0x2a), QColor(0xe6, 0xe8, 0xeb), QColor(0xa0, 0xa7, 0xb1),
                QColor(0x36, 0x3c, 0x46)};
    return {Qt::white, QColor(0x1f, 0x29, 0x37), QColor(0x6b, 0x72, 0x80),
            QColor(0xe5, 0xe7, 0xeb)};
}

/// A round maximum >= value: 4 intervals of 1, 2, 2.5 or 5 times a power of ten.
double niceMax(double value, double minStep)
{
    if (value <= 0)
        return 4 * minStep;
    const double raw = value / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    return std::max(step, minStep) * 4;
}

QChart *newChart(const ChartFactory::Style &style)
{
    const Colors c = colorsFor(style);
    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(c.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(style.forPrint ? 0 : 6);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (!style.title.isEmpty()) {
        chart->setTitle(style.title);
        chart->setTitleFont(ChartFactory::scaledFont(style.font, 1.2));
        chart->setTitleBrush(c.text);
    }
    return chart;
}

/// Month categories: "MM" with the range as the axis title for up to 12 months, else "yyyy-MM".
QBarCategoryAxis *monthAxis(QChart *chart, const QList<QDate> &months,
                            const ChartFactory::Style &style)
{
    const Colors c = colorsFor(style);
    auto *x = new QBarCategoryAxis(chart);
    const bool shortLabels = months.size() <= 12;
    QStringList categories;
    for (const QDate &m : months)
        categories << m.toString(shortLabels ? QStringLiteral("MM") : QStringLiteral("yyyy-MM"));
    if (categories.isEmpty())
        categories << QString();
    x->append(categories);
    x->setLabelsFont(ChartFactory::scaledFont(style.font, 0.85));
    x->setLabelsColor(c.muted);
    x->setLinePen(QPen(c.muted, 1.0));
    x->setGridLineVisible(false);
    x->setLabelsAngle(shortLabels ? 0 : -45);
    if (shortLabels && !months.isEmpty()) {
        const QString first = months.first().toString(QStringLiteral("yyyy-MM"));
        const QString last = months.last().toString(QStringLiteral("yyyy-MM"));
        x->setTitleText(months.size() == 1 ? first : QStringLiteral("%1 – %2").arg(first, last));
        x->setTitleFont(ChartFactory::scaledFont(style.font, 0.85));
        x->setTitleBrush(c.muted);
    }
    chart->addAxis(x, Qt::AlignBottom);
    return x;
}

QValueAxis *valueAxis(QChart *chart, double max, const QString &title, const QString &format,
                      const ChartFactory::Style &style, Qt::Alignment align = Qt::AlignLeft)
{
    const Colors c = colorsFor(style);
    auto *y = new QValueAxis(chart);
    y->setRange(0, max);
    y->setTickCount(5);
    y->setLabelFormat(format);
    y->setLabelsFont(ChartFactory::scaledFont(style.font, 0.85));
    y->setLabelsColor(c.muted);
    y->setTitleText(title);
    y->setTitleFont(ChartFactory::scaledFont(style.font, 0.85));
    y->setTitleBrush(c.muted);
    y->setLinePen(QPen(c.muted, 1.0));
    y->setGridLinePen(QPen(c.grid, 1.0));
    chart->addAxis(y, align);
    return y;
}

void styleLegend(QChart *chart, const ChartFactory::Style &style, bool visible)
{
    QLegend *legend = chart->legend();
    legend->setVisible(visible);
    legend->setAlignment(Qt::AlignTop);
    legend->setFont(ChartFactory::scaledFont(style.font, 0.9));
    legend->setLabelColor(colorsFor(style).text);
    legend->setBackgroundVisible(false);
}

RevenueSeries collect(const QList<QDate> &months, const QString &currency, bool converted,
                      const std::function<bool(const RevenueCell &, qint64 *)> &amountOf,
                      const QList<RevenueCell> &cells)
{
    RevenueSeries s;
    s.months = months;
    s.currency = currency;
    s.converted = converted;
    QMap<QString, QList<qint64>> byPlan;
    QMap<QString, qint64> totals;
    for (const RevenueCell &cell : cells) {
        const int m = int(months.indexOf(QDate(cell.month.year(), cell.month.month(), 1)));
        if (m < 0)
            continue;
        qint64 amount = 0;
        if (!amountOf(cell, &amount)) {
            if (!s.missingRates.contains(cell.currency))
                s.missingRates << cell.currency;
            continue;
        }
        QList<qint64> &row = byPlan[cell.planName];
        if (row.isEmpty())
            row = QList<qint64>(months.size(), 0);
        row[m] += amount;
        totals[cell.planName] += amount;
    }
    s.plans = byPlan.keys();
    std::stable_sort(s.plans.begin(), s.plans.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) > totals.value(b);
    });
    for (const QString &plan : std::as_const(s.plans))
        s.amounts << byPlan.value(plan);
    s.missingRates.sort();
    return s;
}

} // namespace

qint64 RevenueSeries::monthTotal(int month) const
{
    qint64 sum = 0;
    for (const QList<qint64> &row : amounts)
        if (month >= 0 && month < row.size())
            sum += row.at(month);
    return sum;
}

qint64 RevenueSeries::total() const
{
    qint64 sum = 0;
    for (int m = 0; m < months.size(); ++m)
        sum += monthTotal(m);
    return sum;
}

QList<QDate> PaidCharts::monthsBetween(const QDate &from, const QDate &to)
{
    QList<QDate> months;
    if (!from.isValid() || !to.isValid())
        return months;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months << m;
    return months;
}

RevenueSeries PaidCharts::revenueSeries(const QList<RevenueCell> &cells, const QList<QDate> &months,
                                        const QString &currency)
{
    QList<RevenueCell> mine;
    for (const RevenueCell &c : cells)
        if (c.currency == currency)
            mine << c;
    return collect(
        months, currency, false,
        [](const RevenueCell &c, qint64 *out) {
            *out = c.amountMinor;
            return true;
        },
        mine);
}

RevenueSeries PaidCharts::convertedSeries(const QList<RevenueCell> &cells,
                                          const QList<QDate> &months, const ExchangeRates &rates)
{
    return collect(
        months, rates.base, true,
        [&rates](const RevenueCell &c, qint64 *out) {
            return rates.convert(c.amountMinor, c.currency, out);
        },
        cells);
}

QString PaidCharts::planName(const QString &plan)
{
    return plan.isEmpty() ? QCoreApplication::translate("PaidCharts", "(no plan)") : plan;
}

QColor PaidCharts::planColor(int index)
{
    static const QColor colors[] = {QColor(0x43, 0x6e, 0xd9), QColor(0x22, 0xa0, 0x6b),
                                    QColor(0xe8, 0xa8, 0x25), QColor(0x8b, 0x5c, 0xd6),
                                    QColor(0xdc, 0x4c, 0x52), QColor(0x17, 0xa2, 0xb8),
                                    QColor(0x94, 0x9c, 0xa8)};
    constexpr int n = int(std::size(colors));
    return colors[std::clamp(index, 0, 1 << 20) % n];
}

QColor PaidCharts::rfmColor(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return QColor(0x16, 0x8a, 0x4f);
    case RfmSegment::Loyal:
        return QColor(0x3c, 0xb3, 0x71);
    case RfmSegment::PotentialLoyalists:
        return QColor(0x38, 0x8e, 0xe0);
    case RfmSegment::New:
        return QColor(0x7c, 0x6c, 0xe0);
    case RfmSegment::CantLoseThem:
        return QColor(0xe0, 0x6a, 0x2b);
    case RfmSegment::AtRisk:
        return QColor(0xe8, 0xa8, 0x25);
    case RfmSegment::Hibernating:
        return QColor(0x94, 0x9c, 0xa8);
    case RfmSegment::Lost:
        return QColor(0xc2, 0x3b, 0x41);
    }
    return Qt::gray;
}

QList<int> PaidCharts::rfmCounts(const QList<RfmRow> &rows)
{
    QList<int> counts(Rfm::all().size(), 0);
    for (const RfmRow &r : rows)
        if (int(r.segment) >= 0 && int(r.segment) < counts.size())
            ++counts[int(r.segment)];
    return counts;
}

QChart *PaidCharts::revenueChart(const RevenueSeries &series, const ChartFactory::Style &style)
{
    QChart *chart = newChart(style);
    const Colors c = colorsFor(style);
    auto *bars = new QStackedBarSeries(chart);
    bars->setBarWidth(0.7);
    double max = 0;
    for (int m = 0; m < series.months.size(); ++m)
        max = std::max(max, Money::toMajor(series.monthTotal(m), series.currency));
    for (int i = 0; i < series.plans.size(); ++i) {
        auto *set = new QBarSet(planName(series.plans.at(i)), bars);
        for (qint64 v : series.amounts.at(i))
            *set << Money::toMajor(v, series.currency);
        set->setColor(planColor(i));
        set->setBorderColor(c.background);
        bars->append(set);
    }
    chart->addSeries(bars);
    QBarCategoryAxis *x = monthAxis(chart, series.months, style);
    const QString title =
        series.converted
            ? QCoreApplication::translate("PaidCharts", "Revenue, %1 (converted)")
                  .arg(series.currency)
            : QCoreApplication::translate("PaidCharts", "Revenue, %1").arg(series.currency);
    QValueAxis *y = valueAxis(chart, niceMax(max, 1.0), title, QStringLiteral("%.0f"), style);
    bars->attachAxis(x);
    bars->attachAxis(y);
    styleLegend(chart, style, !series.plans.isEmpty());
    return chart;
}

QChart *PaidCharts::renewalChart(const QList<RenewalMonth> &months,
                                 const ChartFactory::Style &style)
{
    QChart *chart = newChart(style);
    auto *line = new QLineSeries(chart);
    line->setName(QCoreApplication::translate("PaidCharts", "Renewal rate"));
    const QColor color(0x43, 0x6e, 0xd9);
    QPen pen(style.dark ? color.lighter(135) : color, style.forPrint ? 2.0 : 2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    QList<QDate> firstDays;
    for (int i = 0; i < months.size(); ++i) {
        firstDays << months.at(i).month;
        if (months.at(i).expiring > 0)
            line->append(i, months.at(i).rate() * 100.0);
    }
    chart->addSeries(line);
    QBarCategoryAxis *x = monthAxis(chart, firstDays, style);
    QValueAxis *y = valueAxis(chart, 100, QCoreApplication::translate("PaidCharts", "Renewed, %"),
                              QStringLiteral("%.0f%%"), style);
    line->attachAxis(x);
    line->attachAxis(y);
    styleLegend(chart, style, false);
    return chart;
}

QChart *PaidCharts::rfmChart(const QList<RfmRow> &rows, const ChartFactory::Style &style)
{
    QChart *chart = newChart(style);
    const Colors c = colorsFor(style);
    const QList<RfmSegment> all = Rfm::all();
    const QList<int> counts = rfmCounts(rows);
    auto *bars = new QHorizontalStackedBarSeries(chart);
    bars->setBarWidth(0.7);
    QStringList categories;
    // Bottom to top, so that the first segment (Champions) is drawn at the top.
    for (qsizetype i = all.size() - 1; i >= 0; --i)
        categories << Rfm::name(all.at(i));
    int max = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *set = new QBarSet(Rfm::name(all.at(i)), bars);
        for (qsizetype j = all.size() - 1; j >= 0; --j)
            *set << (j == i ? counts.at(i) : 0);
        set->setColor(rfmColor(all.at(i)));
        set->setBorderColor(rfmColor(all.at(i)));
        bars->append(set);
        max = std::max(max, counts.at(i));
    }
    chart->addSeries(bars);
    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    y->setLabelsFont(ChartFactory::scaledFont(style.font, 0.85));
    y->setLabelsColor(c.text);
    y->setGridLineVisible(false);
    y->setLinePen(QPen(c.muted, 1.0));
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x =
        valueAxis(chart, niceMax(max, 1.0), QCoreApplication::translate("PaidCharts", "Members"),
                  QStringLiteral("%.0f"), style, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    styleLegend(chart, style, false);
    return chart;
}

} // namespace kindred
