// ReportPages: the engagement page — DAU/WAU/MAU and segment charts from ChartFactory, drawn
// off-screen through a QGraphicsScene (never an on-screen QChartView, PLATFORM gotcha 6).
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"
#include "charts/ChartFactory.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kindred::report {

void ReportPages::chart(ReportPainter &p, const QRectF &rect,
                        const std::function<QChart *(const QFont &)> &make) const
{
    if (p.isDryRun())
        return;
    constexpr double kSceneWidth = 900;
    const QRectF target = p.toDevice(rect);
    const double scale = target.width() / kSceneWidth;
    const QSizeF size(kSceneWidth, target.height() / scale);
    // Pixel-sized fonts scale with the scene; point sizes would be resolved against the
    // printer's resolution and come out too large.
    QFont font = m_base;
    const double dpi = p.mm(25.4);
    font.setPixelSize(std::max(6, int(std::lround(Theme::kTable / 72.0 * dpi / scale))));

    QGraphicsScene scene;
    QChart *c = make(font);
    scene.addItem(c); // the scene owns the chart
    c->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    if (c->layout())
        c->layout()->activate();
    scene.render(p.painter(), target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

void ReportPages::engagementPage(ReportPainter &p) const
{
    const KpiSet &c = m_data.current;
    p.heading(tr("Engagement"),
              tr("Daily, weekly and monthly active members, %1").arg(periodText(c.period)));
    const QRectF chartRect(p.left(), p.y(), p.width(), 88);
    chart(p, chartRect, [&](const QFont &f) {
        return ChartFactory::engagementChart(c.series, ChartFactory::Style{false, true, f, {}});
    });
    p.advance(chartRect.height() + 4);

    // A strip of the three figures in the series' colours.
    const DailyEngagement last = c.series.isEmpty() ? DailyEngagement{} : c.series.last();
    using M = ChartFactory::EngagementMetric;
    const struct
    {
        M metric;
        QString label;
        QString value;
    } stats[] = {
        {M::Dau, tr("DAU, mean"), m_fmt.decimal(c.dauMean, 1)},
        {M::Wau, tr("WAU, last day"), m_fmt.integer(last.wau)},
        {M::Mau, tr("MAU, last day"), m_fmt.integer(last.mau)},
    };
    const double statW = (p.width() - 8) / 4;
    for (int i = 0; i < 3; ++i) {
        const double sx = p.left() + i * (statW + 2.7);
        p.fill(QRectF(sx, p.y(), statW, 13), Theme::zebra(), 1.5);
        p.fill(QRectF(sx + 3, p.y() + 3, 3, 3), ChartFactory::engagementColor(stats[i].metric),
               0.6);
        p.text(QRectF(sx + 8, p.y() + 1.5, statW - 10, 5), stats[i].label, p.font(Theme::kSmall),
               Theme::muted());
        p.text(QRectF(sx + 8, p.y() + 6, statW - 10, 6), stats[i].value,
               p.font(Theme::kBody + 2, true), Theme::text());
    }
    const double sx = p.left() + 3 * (statW + 2.7);
    p.fill(QRectF(sx, p.y(), statW, 13), Theme::accentSoft(), 1.5);
    p.text(QRectF(sx + 4, p.y() + 1.5, statW - 6, 5), tr("Stickiness"), p.font(Theme::kSmall),
           Theme::muted());
    p.text(QRectF(sx + 4, p.y() + 6, statW - 6, 6), m_fmt.percent(c.stickiness, 1),
           p.font(Theme::kBody + 2, true), Theme::accentDark());
    p.advance(22);

    p.heading(tr("Member segments"),
              tr("Every member is in exactly one segment on %1").arg(m_fmt.date(c.period.to)));
    const double top = p.y();
    const QRectF segRect(p.left(), top, 90, 64);
    chart(p, segRect, [&](const QFont &f) {
        return ChartFactory::segmentChart(c.segments, ChartFactory::Style{false, true, f, {}});
    });

    int total = 0;
    for (int n : c.segments)
        total += n;
    QList<TableRow> rows;
    for (Segment s : Segmentation::all()) {
        const int n = c.segments[size_t(s)];
        const double share = total > 0 ? double(n) / total : 0.0;
        rows << TableRow{
            TableCell(ChartFactory::segmentName(s)).withSwatch(ChartFactory::segmentColor(s)),
            TableCell(m_fmt.integer(n)),
            TableCell(m_fmt.percent(share, 1)).withBar(share, ChartFactory::segmentColor(s))};
    }
    rows << TableRow{TableCell(tr("Total")), TableCell(m_fmt.integer(total)),
                     TableCell(m_fmt.percent(total > 0 ? 1 : 0, 0))};
    const double tableX = p.left() + 96;
    p.table({{tr("Segment"), 0, Qt::AlignLeft, 1},
             {tr("Members"), 21, Qt::AlignRight, 1},
             {tr("Share"), 28, Qt::AlignRight, 1}},
            rows, 8.5, true, tableX, p.left() + p.width() - tableX);
    p.setY(std::max(p.y(), top + segRect.height()) + 6);

    const QFont note = p.font(Theme::kSmall + 0.5);
    const SegmentRules &r = m_data.rules; // the workspace's thresholds, not the defaults
    p.paragraph(tr("Newcomer: joined within the last %1 days. Active: active on %2 or more of the "
                   "last %3 days. Occasional: active on fewer of those days, but at least one. "
                   "Silent: no activity in the last %3 days. Churned: left, or no activity for "
                   "%4 days.")
                    .arg(r.newcomerDays)
                    .arg(r.activeMinDays)
                    .arg(r.windowDays)
                    .arg(r.churnDays),
                note, Theme::muted());
}

} // namespace kindred::report
