// ReportPages: the retention section — the cohorts of the members who joined in the report's
// period, by join month, drawn as a heatmap (share of the cohort active in month k after the
// join month, in the colour ramp the GUI's Retention page uses), and the month-to-month
// period retention of the period as a table.
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"
#include "widgets/HeatCellDelegate.h"

#include <algorithm>

namespace kindred::report {
namespace {

constexpr int kMaxMonths = 12; // months after joining shown (k = 0 .. 11)
constexpr double kLabelW = 24; // mm, cohort label column
constexpr double kSizeW = 20;  // mm, cohort size column
constexpr double kHeaderH = 7.5;
constexpr double kRowH = 7;

} // namespace

void ReportPages::retentionPage(ReportPainter &p) const
{
    const CohortTable &t = m_data.retention;
    const Period &period = m_data.current.period;
    p.heading(tr("Retention by join month"),
              tr("Members who joined %1, by join month: share active in each month after "
                 "joining")
                  .arg(periodText(period)));

    const int horizon =
        t.cohorts.isEmpty() ? 0 : std::min(kMaxMonths, int(t.cohorts.first().cells.size()));
    if (t.members() == 0 || horizon == 0) {
        p.paragraph(tr("No member joined in this period, so there is no cohort to follow."),
                    p.font(Theme::kBody), Theme::muted(), 4);
    } else {
        const double cellW = std::min(16.0, (p.width() - kLabelW - kSizeW) / horizon);
        const double tableW = kLabelW + kSizeW + cellW * horizon;
        const double x0 = p.left();
        const QFont headerFont = p.font(Theme::kSmall, true);
        const QFont labelFont = p.font(Theme::kTable, true);
        const QFont cellFont = p.font(Theme::kSmall);
        const bool longHeaders =
            p.metrics(headerFont).horizontalAdvance(tr("Month %1").arg(kMaxMonths - 1)) / p.mm(1) <
            cellW - 1.5;
        auto header = [&]() {
            p.fill(QRectF(x0, p.y(), tableW, kHeaderH), Theme::accentSoft());
            p.text(QRectF(x0 + 2.4, p.y(), kLabelW - 2.4, kHeaderH), tr("Joined"), headerFont,
                   Theme::accentDark());
            p.text(QRectF(x0 + kLabelW, p.y(), kSizeW - 2.4, kHeaderH), tr("Members"), headerFont,
                   Theme::accentDark(), Qt::AlignRight | Qt::AlignVCenter);
            for (int k = 0; k < horizon; ++k)
                p.text(QRectF(x0 + kLabelW + kSizeW + k * cellW, p.y(), cellW, kHeaderH),
                       longHeaders ? tr("Month %1").arg(k) : tr("M%1", "month k").arg(k),
                       headerFont, Theme::accentDark(), Qt::AlignCenter);
            p.advance(kHeaderH);
        };
        p.ensureSpace(kHeaderH + kRowH * std::min<qsizetype>(t.cohorts.size(), 4) + 20);
        header();
        for (const RetentionCohort &c : t.cohorts) {
            if (p.ensureSpace(kRowH))
                header();
            const double y = p.y();
            p.text(QRectF(x0 + 2.4, y, kLabelW - 2.4, kRowH), c.label, labelFont, Theme::text());
            p.text(QRectF(x0 + kLabelW, y, kSizeW - 2.4, kRowH), m_fmt.integer(c.size),
                   p.font(Theme::kTable), Theme::secondary(), Qt::AlignRight | Qt::AlignVCenter);
            for (int k = 0; k < horizon; ++k) {
                if (!c.hasShare(k))
                    continue; // not observable by the end of the period, or an empty cohort
                const QRectF tile(x0 + kLabelW + kSizeW + k * cellW + 0.35, y + 0.35, cellW - 0.7,
                                  kRowH - 0.7);
                const QColor fill = HeatCellDelegate::color(c.share(k));
                p.fill(tile, fill, 0.6);
                QString text = m_fmt.percent(c.share(k), 0);
                if (!c.cells.at(k).complete)
                    text += QLatin1Char('*');
                p.text(tile, text, cellFont, HeatCellDelegate::textColor(fill), Qt::AlignCenter);
            }
            p.advance(kRowH);
            p.hline(x0, x0 + kLabelW + kSizeW, p.y(), Theme::rule(), 0.15);
        }

        // Legend: the colour ramp and what the marks mean.
        p.advance(3);
        p.ensureSpace(8);
        const double ly = p.y();
        const QFont small = p.font(Theme::kSmall);
        p.text(QRectF(x0, ly, 8, 4), m_fmt.percent(0, 0), small, Theme::muted(),
               Qt::AlignRight | Qt::AlignVCenter);
        constexpr int steps = 20;
        constexpr double rampW = 30;
        for (int i = 0; i < steps; ++i)
            p.fill(QRectF(x0 + 9.5 + i * rampW / steps, ly + 0.6, rampW / steps + 0.05, 2.8),
                   HeatCellDelegate::color((i + 0.5) / steps));
        p.text(QRectF(x0 + 11 + rampW, ly, 12, 4), m_fmt.percent(1, 0), small, Theme::muted());
        p.text(QRectF(x0 + 25 + rampW, ly, p.width() - 25 - rampW, 4),
               tr("* the month had not ended by %1 · blank: after the end of the period")
                   .arg(m_fmt.date(period.to)),
               small, Theme::muted());
        p.advance(6);
        const int hidden = int(t.cohorts.first().cells.size()) - horizon;
        QString note =
            tr("A cohort is the members who joined in one month of the period (first join "
               "event, else first sighting). A cell is the share of the cohort active (posted, "
               "replied or reacted) in month k after the join month; month 0 is the join month. "
               "Activity after %1 is not counted. Months are calendar months in %2.")
                .arg(m_fmt.date(period.to), m_data.timezone);
        if (hidden > 0)
            note += QLatin1Char(' ') +
                    tr("The first %1 months after joining are shown.").arg(kMaxMonths);
        if (t.cohorts.size() < 2)
            note += QLatin1Char(' ') +
                    tr("Choose a report period of several months to follow cohorts over time.");
        p.paragraph(note, p.font(Theme::kSmall + 0.5), Theme::muted());
    }

    // Month-to-month retention of every member active in a month of the period.
    p.advance(7);
    QList<TableRow> rows;
    for (const PeriodRetentionRow &r : m_data.periodRetention) {
        if (!r.observable || r.base == 0)
            continue; // the next month starts after the period, or nobody to follow
        QString share = r.hasShare() ? m_fmt.percent(r.share(), 1) : QStringLiteral("—");
        if (r.hasShare() && !r.complete)
            share += QLatin1Char('*');
        rows << TableRow{
            TableCell(r.label, Theme::text(), true), TableCell(r.nextLabel),
            TableCell(m_fmt.integer(r.base)), TableCell(m_fmt.integer(r.retained)),
            TableCell(share, Theme::accentDark(), true).withBar(r.hasShare() ? r.share() : 0.0)};
    }
    const QString monthlyNote =
        tr("Every member active in the month counts, whenever they joined. From the month before "
           "the period; whole calendar months; activity after %1 is not counted (* the next "
           "month had not ended by then).")
            .arg(m_fmt.date(period.to));
    const QFont noteFont = p.font(Theme::kSmall + 0.5);
    // The heading, the table and its note on one page when they fit on one.
    p.keepTogether(p.headingHeight(true) + 7.5 + 7.2 * double(std::max<qsizetype>(rows.size(), 1)) +
                   3 +
                   double(p.wrap(monthlyNote, noteFont, p.width(), 1000).size()) *
                       p.lineHeight(noteFont) * 1.15);
    p.heading(tr("Month-to-month retention"),
              tr("Active in both a month and the next / active in the month"));
    if (rows.isEmpty()) {
        p.paragraph(tr("No member was active in a month followed by another one up to %1.")
                        .arg(m_fmt.date(period.to)),
                    p.font(Theme::kBody), Theme::muted(), 4);
        return;
    }
    p.table({{tr("Month"), 26, Qt::AlignLeft, 1},
             {tr("Next month"), 26, Qt::AlignLeft, 1},
             {tr("Active"), 26, Qt::AlignRight, 1},
             {tr("Active in both"), 30, Qt::AlignRight, 1},
             {tr("Retention"), 0, Qt::AlignRight, 1}},
            rows, 7.2);
    p.advance(3);
    p.paragraph(monthlyNote, noteFont, Theme::muted());
}

} // namespace kindred::report
