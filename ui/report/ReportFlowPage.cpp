// ReportPages: the flow between segments month to month (SegmentFlow::monthly over the report's
// period) — the origin/destination matrix of the period's last month (segment at the end of the
// month before -> segment at the end of the month, plus the members new in the month), tinted
// by the share of each origin row, and one summary line per month.
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"
#include "charts/ChartFactory.h"
#include "widgets/HeatCellDelegate.h"

#include <algorithm>

namespace kindred::report {
namespace {

constexpr double kOriginW = 30; // mm
constexpr double kTotalW = 20;  // mm
constexpr double kHeaderH = 7.5;
constexpr double kRowH = 7.5;

/// Members who entered Churned during the month: from another segment or as new members.
int becameChurned(const MonthFlow &m)
{
    int n = 0;
    for (int origin = 0; origin < kFlowOrigins; ++origin)
        if (origin != int(Segment::Churned))
            n += m.cell(origin, Segment::Churned);
    return n;
}

/// Moves a paragraph of `text` to the next page when it would be split.
void keepParagraph(ReportPainter &p, const QString &text, const QFont &font)
{
    p.keepTogether(double(p.wrap(text, font, p.width(), 1000).size()) * p.lineHeight(font) * 1.15);
}

} // namespace

void ReportPages::segmentFlowPage(ReportPainter &p) const
{
    const QList<MonthFlow> &months = m_data.segmentFlow;
    p.heading(tr("Flow between segments"),
              tr("Segment at the end of the previous month → segment at the end of the month"));
    if (months.isEmpty()) {
        p.paragraph(tr("The community had no member in this period."), p.font(Theme::kBody),
                    Theme::muted(), 4);
        return;
    }

    // The matrix of the last month.
    const MonthFlow &f = months.last();
    p.subheading(tr("%1: from %2 to %3").arg(f.label(), m_fmt.date(f.before), m_fmt.date(f.after)));
    const double x0 = p.left();
    const double segW = (p.width() - kOriginW - kTotalW) / kSegmentCount;
    const QFont headerFont = p.font(Theme::kSmall, true);
    const QFont cellFont = p.font(Theme::kSmall + 0.5);
    const QFont boldFont = p.font(Theme::kSmall + 0.5, true);
    p.keepTogether(kHeaderH + kRowH * (kFlowOrigins + 1) + 4);
    p.fill(QRectF(x0, p.y(), p.width(), kHeaderH), Theme::accentSoft());
    p.text(QRectF(x0 + 2.4, p.y(), kOriginW - 2.4, kHeaderH), tr("From \\ to"), headerFont,
           Theme::accentDark());
    for (Segment s : Segmentation::all()) {
        const double cx = x0 + kOriginW + int(s) * segW;
        p.fill(QRectF(cx + 2, p.y() + kHeaderH / 2 - 1.3, 2.6, 2.6), ChartFactory::segmentColor(s),
               0.6);
        p.text(QRectF(cx + 5.5, p.y(), segW - 6, kHeaderH), ChartFactory::segmentName(s),
               headerFont, Theme::accentDark());
    }
    p.text(QRectF(x0 + p.width() - kTotalW, p.y(), kTotalW - 2.4, kHeaderH), tr("Total"),
           headerFont, Theme::accentDark(), Qt::AlignRight | Qt::AlignVCenter);
    p.advance(kHeaderH);

    for (int origin = 0; origin < kFlowOrigins; ++origin) {
        const double y = p.y();
        const int total = f.rowSum(origin);
        const bool isNew = origin == kNewOrigin;
        const QColor swatch = isNew ? Theme::accent() : ChartFactory::segmentColor(Segment(origin));
        p.fill(QRectF(x0 + 2.4, y + kRowH / 2 - 1.3, 2.6, 2.6), swatch, 0.6);
        p.text(QRectF(x0 + 6, y, kOriginW - 6, kRowH),
               isNew ? tr("New") : ChartFactory::segmentName(Segment(origin)),
               p.font(Theme::kTable, true), Theme::text());
        for (Segment to : Segmentation::all()) {
            const int n = f.cell(origin, to);
            const QRectF tile(x0 + kOriginW + int(to) * segW + 0.4, y + 0.4, segW - 0.8,
                              kRowH - 0.8);
            if (n == 0) {
                p.text(tile, m_fmt.integer(0), cellFont, Theme::rule(), Qt::AlignCenter);
                continue;
            }
            const double share = total > 0 ? double(n) / total : 0.0;
            const QColor fill = HeatCellDelegate::color(share);
            p.fill(tile, fill, 0.6);
            p.text(tile, tr("%1 (%2)").arg(m_fmt.integer(n), m_fmt.percent(share, 0)),
                   !isNew && origin == int(to) ? boldFont : cellFont,
                   HeatCellDelegate::textColor(fill), Qt::AlignCenter);
        }
        p.text(QRectF(x0 + p.width() - kTotalW, y, kTotalW - 2.4, kRowH), m_fmt.integer(total),
               p.font(Theme::kTable, true), Theme::secondary(), Qt::AlignRight | Qt::AlignVCenter);
        p.advance(kRowH);
    }
    p.hline(x0, x0 + p.width(), p.y(), Theme::secondary(), 0.3);
    p.text(QRectF(x0 + 2.4, p.y(), kOriginW - 2.4, kRowH), tr("At the end"),
           p.font(Theme::kTable, true), Theme::text());
    for (Segment to : Segmentation::all())
        p.text(QRectF(x0 + kOriginW + int(to) * segW, p.y(), segW, kRowH),
               m_fmt.integer(f.columnSum(to)), p.font(Theme::kTable, true), Theme::secondary(),
               Qt::AlignCenter);
    p.text(QRectF(x0 + p.width() - kTotalW, p.y(), kTotalW - 2.4, kRowH),
           m_fmt.integer(f.membersAfter()), p.font(Theme::kTable, true), Theme::secondary(),
           Qt::AlignRight | Qt::AlignVCenter);
    p.advance(kRowH + 3);
    QString note = tr("A row is where the members of one segment at the end of %1 were at the end "
                      "of %2 (percent of the row); the diagonal (bold) stayed in their segment. "
                      "New: members first seen in %3.")
                       .arg(m_fmt.date(f.before), m_fmt.date(f.after), f.label());
    if (!f.complete)
        note += QLatin1Char(' ') + tr("The month had not ended by the end of the period.");
    if (months.size() == 1) // no month-by-month table below: its figures here
        note += QLatin1Char(' ') +
                tr("Stayed in their segment: %1; moved to another one: %2; entered Churned: %3.")
                    .arg(m_fmt.integer(f.stayed()), m_fmt.integer(f.membersBefore() - f.stayed()),
                         m_fmt.integer(becameChurned(f)));
    keepParagraph(p, note, p.font(Theme::kSmall + 0.5));
    p.paragraph(note, p.font(Theme::kSmall + 0.5), Theme::muted());
    if (months.size() == 1)
        return;

    // One line per month.
    p.advance(7);
    QList<TableRow> rows;
    for (const MonthFlow &m : months) {
        const int churned = becameChurned(m);
        const int changed = m.membersBefore() - m.stayed();
        const QString month = m.complete ? m.label() : m.label() + QLatin1Char('*');
        rows << TableRow{
            TableCell(month, Theme::text(), true),
            TableCell(m_fmt.integer(m.membersBefore())),
            TableCell(m_fmt.integer(m.newMembers())),
            TableCell(m_fmt.integer(m.stayed())),
            TableCell(m_fmt.integer(changed)),
            TableCell(m_fmt.integer(churned), churned > 0 ? Theme::negative() : Theme::secondary()),
            TableCell(m_fmt.integer(m.membersAfter()), Theme::text(), true)};
    }
    const SegmentRules &r = m_data.rules;
    const QString legend =
        tr("At start / at end: members at the end of the month before / of the month. Stayed: "
           "in the same segment at both ends; moved: in another one (stayed + moved = at start; "
           "+ new = at end). To churned: members who entered Churned from another segment or as "
           "new members. Segments under the workspace's rules (newcomer: joined within %1 days; "
           "churned: left, or no activity for %2 days). * the month had not ended by the end of "
           "the period.")
            .arg(r.newcomerDays)
            .arg(r.churnDays);
    // The heading, the table and its legend on one page when they fit on one.
    const QFont legendFont = p.font(Theme::kSmall + 0.5);
    p.keepTogether(p.lineHeight(p.font(Theme::kBody + 3, true)) + 2.5 + 7.5 +
                   7.2 * double(rows.size()) + 3 +
                   double(p.wrap(legend, legendFont, p.width(), 1000).size()) *
                       p.lineHeight(legendFont) * 1.15);
    p.subheading(tr("Month by month"));
    p.table({{tr("Month"), 0, Qt::AlignLeft, 1},
             {tr("At start"), 24, Qt::AlignRight, 1},
             {tr("New"), 20, Qt::AlignRight, 1},
             {tr("Stayed"), 22, Qt::AlignRight, 1},
             {tr("Moved"), 22, Qt::AlignRight, 1},
             {tr("To churned"), 26, Qt::AlignRight, 1},
             {tr("At end"), 24, Qt::AlignRight, 1}},
            rows, 7.2);
    p.advance(3);
    p.paragraph(legend, legendFont, Theme::muted());
}

} // namespace kindred::report
