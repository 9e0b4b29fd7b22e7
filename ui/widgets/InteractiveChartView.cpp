#include "InteractiveChartView.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

namespace kindred {
namespace {

/// Index of the point of `series` whose x is nearest to `x` (-1 when empty).
qsizetype nearestIndex(const QXYSeries *series, double x)
{
    const QList<QPointF> points = series->points();
    qsizetype best = -1;
    double bestDistance = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double d = std::abs(points.at(i).x() - x);
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QString formatValue(double y)
{
    return std::abs(y - std::round(y)) < 1e-9 ? QLocale().toString(qint64(std::llround(y)))
                                              : QLocale().toString(y, 'f', 2);
}

} // namespace

InteractiveChartView::InteractiveChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
}

void InteractiveChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    chart->setBackgroundVisible(false); // the card behind the view shows through
    setChart(chart);                    // takes ownership of `chart`, releases `old`
    delete old;
    bool hasLines = false;
    const auto seriesList = chart->series();
    for (QAbstractSeries *s : seriesList) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            hasLines = true;
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
                onLineHovered(xy, point, state);
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this, bars](bool state, int index, QBarSet *set) {
                        onBarHovered(bars, state, index, set);
                    });
        }
    }
    setRubberBand(hasLines ? QChartView::HorizontalRubberBand : QChartView::NoRubberBand);
    m_pointTip = false;
}

QString InteractiveChartView::tooltipFor(QXYSeries *series, double x) const
{
    const qsizetype index = nearestIndex(series, x);
    if (index < 0 || !chart())
        return {};
    const double px = series->at(index).x();
    QString when = QLocale().toString(px, 'f', 0);
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis)) {
            const QDate d =
                QDateTime::fromMSecsSinceEpoch(qint64(px), dates->min().timeSpec()).date();
            when = QLocale().toString(d, QStringLiteral("yyyy-MM-dd ddd"));
        }
    }
    QStringList lines{QStringLiteral("<b>%1</b>").arg(when.toHtmlEscaped())};
    const auto all = chart()->series();
    for (QAbstractSeries *s : all) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy || !xy->isVisible())
            continue;
        const qsizetype i = nearestIndex(xy, px);
        if (i < 0 || std::abs(xy->at(i).x() - px) > 1e-6)
            continue;
        QString line =
            QStringLiteral("<span style=\"color:%1\">■</span> %2: %3")
                .arg(xy->color().name(), xy->name().toHtmlEscaped(), formatValue(xy->at(i).y()));
        if (xy == series)
            line = QStringLiteral("<b>%1</b>").arg(line);
        lines.append(line);
    }
    return lines.join(QStringLiteral("<br/>"));
}

void InteractiveChartView::onLineHovered(QXYSeries *series, const QPointF &point, bool state)
{
    m_pointTip = state;
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), tooltipFor(series, point.x()), this);
}

void InteractiveChartView::onBarHovered(QAbstractBarSeries *series, bool state, int index,
                                        QBarSet *set)
{
    m_pointTip = state;
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QString category;
    for (QAbstractAxis *axis : series->attachedAxes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            category = categories->at(index);
    const QString label = category.isEmpty() ? set->label() : category;
    QToolTip::showText(
        QCursor::pos(),
        QStringLiteral("<b>%1</b>: %2").arg(label.toHtmlEscaped(), formatValue(set->at(index))),
        this);
}

bool InteractiveChartView::viewportEvent(QEvent *event)
{
    // While a point's tooltip shows, the widget's own tooltip (or its parent's) must not
    // replace it when the mouse rests.
    if (event->type() == QEvent::ToolTip && m_pointTip) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::Leave)
        m_pointTip = false;
    return QChartView::viewportEvent(event);
}

void InteractiveChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (chart())
        chart()->zoomReset();
    event->accept();
}

void InteractiveChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms out one step on a right click; reset instead, like a double click.
    if (event->button() == Qt::RightButton && rubberBand() != QChartView::NoRubberBand) {
        if (chart())
            chart()->zoomReset();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace kindred
