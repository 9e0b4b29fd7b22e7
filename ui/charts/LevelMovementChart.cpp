#include "LevelMovementChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

double share(const LevelMonth &m, LevelMovementChart::Movement movement)
{
    switch (movement) {
    case LevelMovementChart::Movement::Up:
        return m.upShare();
    case LevelMovementChart::Movement::Held:
        return m.heldShare();
    case LevelMovementChart::Movement::Down:
        return m.downShare();
    }
    return 0;
}

} // namespace

QString LevelMovementChart::movementName(Movement m)
{
    switch (m) {
    case Movement::Up:
        return QCoreApplication::translate("LevelMovementChart", "Moved up");
    case Movement::Held:
        return QCoreApplication::translate("LevelMovementChart", "Held");
    case Movement::Down:
        return QCoreApplication::translate("LevelMovementChart", "Moved down");
    }
    return {};
}

QColor LevelMovementChart::movementColor(Movement m, bool dark)
{
    switch (m) {
    case Movement::Up:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    case Movement::Held:
        return dark ? QColor(0x64, 0x74, 0x8b) : QColor(0xcb, 0xd5, 0xe1);
    case Movement::Down:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    }
    return {};
}

QChart *LevelMovementChart::monthlyMovement(const QList<LevelMonth> &months,
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
    const bool shortLabels = months.size() <= 12;
    QStringList categories;
    for (const LevelMonth &m : months)
        categories << m.month.toString(shortLabels ? QStringLiteral("MM")
                                                   : QStringLiteral("yyyy-MM"));
    for (Movement movement : {Movement::Up, Movement::Held, Movement::Down}) {
        auto *set = new QBarSet(movementName(movement), series);
        for (const LevelMonth &m : months)
            *set << share(m, movement) * 100.0;
        set->setColor(movementColor(movement, style.dark));
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
        const QString first = months.first().month.toString(QStringLiteral("yyyy-MM"));
        const QString last = months.last().month.toString(QStringLiteral("yyyy-MM"));
        x->setTitleText(months.size() == 1 ? first : QStringLiteral("%1 – %2").arg(first, last));
        x->setTitleFont(ChartFactory::scaledFont(style.font, 0.85));
        x->setTitleBrush(muted);
    }
    chart->addAxis(x, Qt::AlignBottom);

    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setLabelsFont(ChartFactory::scaledFont(style.font, 0.85));
    y->setLabelsColor(muted);
    y->setTitleText(QCoreApplication::translate("LevelMovementChart", "Members present"));
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

} // namespace kindred
