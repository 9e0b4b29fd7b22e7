// ReportPages: the paid side (issue 8) — paying members, paid conversion, trial-to-paid and
// renewal rate with the change against the previous period; revenue, ARPPU and refunds per
// currency (never added across currencies); revenue per month by plan (PaidCharts, one chart per
// currency); renewal rate per expiry month; and the memberships expiring in the next 30 days
// with the highest renewal risk, with the model's held-out quality. Left out of the report when
// the workspace holds no memberships (ReportData::hasPaid).
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"
#include "charts/PaidCharts.h"
#include "models/Money.h"

#include <algorithm>
#include <cmath>

namespace kindred::report {
namespace {

constexpr int kRiskRows = 15;

QString measure(const ReportFormat &f, double v)
{
    return std::isfinite(v) ? f.decimal(v, 3) : QStringLiteral("—");
}

QString share(const ReportFormat &f, double v)
{
    return std::isfinite(v) ? f.percent(v, 1) : QStringLiteral("—");
}

} // namespace

void ReportPages::paidPage(ReportPainter &p) const
{
    const PaidReport &c = m_data.paid;
    const PaidReport &v = m_data.paidPrevious;
    const QLocale &locale = m_fmt.locale();
    p.heading(tr("Paid side"),
              tr("Paying members, conversion, renewals and revenue, %1").arg(periodText(c.period)));

    // Four cards with the change against the previous period.
    struct Figure
    {
        QString label;
        QString value;
        double cur, prev;
        bool defined;
    };
    const bool trials = c.trials > 0;
    const bool expiring = c.renewalsInPeriod.expiring > 0;
    const Figure figures[] = {
        {tr("Paying members"), m_fmt.integer(c.payingMembers), double(c.payingMembers),
         double(v.payingMembers), true},
        {tr("Paid conversion"), m_fmt.percent(c.conversionRate, 1), c.conversionRate,
         v.conversionRate, true},
        {tr("Trial to paid"),
         trials ? m_fmt.percent(c.trialConversionRate, 1) : QStringLiteral("—"),
         c.trialConversionRate, v.trialConversionRate, trials && v.trials > 0},
        {tr("Renewal rate"), expiring ? m_fmt.percent(c.renewalRate, 1) : QStringLiteral("—"),
         c.renewalRate, v.renewalRate, expiring && v.renewalsInPeriod.expiring > 0},
    };
    constexpr double gap = 4, cardH = 26;
    const double cardW = (p.width() - 3 * gap) / 4;
    for (int i = 0; i < 4; ++i) {
        const QRectF r(p.left() + i * (cardW + gap), p.y(), cardW, cardH);
        QColor color = Theme::muted();
        const QString change = figures[i].defined
                                   ? m_fmt.change(figures[i].cur, figures[i].prev, &color)
                                   : QStringLiteral("—");
        p.card(r, figures[i].label, figures[i].value, change, color, tr("vs previous"));
    }
    p.advance(cardH + 4);
    const QFont note = p.font(Theme::kSmall + 0.5);
    p.paragraph(
        tr("Paid conversion (付费转化率) = paying members / members at the end = %1 / %2. "
           "Trial to paid = %3 of %4 trials started in the period converted within %5 days of "
           "the trial's end (%6 still open). Renewal rate (续费率) = %7 of %8 paid memberships "
           "expiring in the period renewed within the %9-day grace period.")
            .arg(m_fmt.integer(c.payingMembers), m_fmt.integer(c.members),
                 m_fmt.integer(c.trialsConverted), m_fmt.integer(c.trials))
            .arg(c.settings.trialConversionDays)
            .arg(m_fmt.integer(c.trialsPending), m_fmt.integer(c.renewalsInPeriod.renewed),
                 m_fmt.integer(c.renewalsInPeriod.expiring))
            .arg(c.settings.graceDays),
        note, Theme::muted());
    p.advance(4);

    // Money per currency: revenue, payers, ARPPU, refunds.
    QStringList currencies = c.revenue.keys();
    for (const QString &cur : c.refunds.amountMinor.keys())
        if (!currencies.contains(cur))
            currencies << cur;
    for (const QString &cur : m_data.paidTrend.revenue.keys())
        if (!currencies.contains(cur))
            currencies << cur;
    std::sort(currencies.begin(), currencies.end(), [&](const QString &a, const QString &b) {
        return m_data.paidTrend.payersByCurrency.value(a) >
               m_data.paidTrend.payersByCurrency.value(b);
    });
    QList<TableRow> money;
    for (const QString &cur : std::as_const(currencies)) {
        money << TableRow{
            TableCell(cur, Theme::text(), true),
            TableCell(Money::format(c.revenue.value(cur), cur, locale), Theme::text(), true),
            TableCell(m_fmt.integer(c.payersByCurrency.value(cur))),
            TableCell(Money::formatMajor(c.arppu.value(cur) / std::pow(10.0, Money::decimals(cur)),
                                         cur, locale)),
            TableCell(Money::format(c.refunds.amountMinor.value(cur), cur, locale),
                      Theme::muted())};
    }
    p.keepTogether(p.headingHeight(false) + 8 + 8 * double(money.size()));
    p.subheading(tr("Revenue per currency (amounts are never added across currencies)"));
    p.table({{tr("Currency"), 24, Qt::AlignLeft, 1},
             {tr("Revenue"), 0, Qt::AlignRight, 1},
             {tr("Paying"), 26, Qt::AlignRight, 1},
             {tr("ARPPU"), 36, Qt::AlignRight, 1},
             {tr("Refunded"), 36, Qt::AlignRight, 1}},
            money, 7.5);
    p.paragraph(tr("Revenue: paid memberships started in the period (start = payment), refunds "
                   "left out (%1 refunded). ARPPU = revenue / members who paid in that "
                   "currency in the period.")
                    .arg(m_fmt.integer(c.refunds.count)),
                note, Theme::muted());
    p.advance(5);

    // Revenue per month by plan, one chart per currency (at most two).
    const QList<QDate> months =
        PaidCharts::monthsBetween(m_data.paidTrend.period.from, m_data.paidTrend.period.to);
    int charts = 0;
    for (const QString &cur : std::as_const(currencies)) {
        if (charts == 2 || !m_data.paidTrend.revenue.contains(cur))
            continue;
        ++charts;
        const RevenueSeries series =
            PaidCharts::revenueSeries(m_data.paidTrend.revenueByMonth, months, cur);
        const double h = 62;
        p.keepTogether(p.headingHeight(false) + h + 4);
        p.subheading(tr("Revenue per month by plan, %1 (%2)")
                         .arg(cur, tr("%1 – %2").arg(m_fmt.date(m_data.paidTrend.period.from),
                                                     m_fmt.date(m_data.paidTrend.period.to))));
        const QRectF rect(p.left(), p.y(), p.width(), h);
        chart(p, rect, [&](const QFont &f) {
            return PaidCharts::revenueChart(series, ChartFactory::Style{false, true, f, {}});
        });
        p.advance(h + 4);
    }

    // Renewal rate per expiry month.
    const QList<RenewalMonth> &renewals = m_data.paidTrend.renewalsByMonth;
    p.keepTogether(p.headingHeight(false) + 8 + 6.5 * double(renewals.size()) + 10);
    p.subheading(tr("Renewal rate per expiry month (grace period %n day(s))", nullptr,
                    m_data.paidTrend.settings.graceDays));
    QList<TableRow> rows;
    for (const RenewalMonth &m : renewals) {
        rows << TableRow{
            TableCell(m.month.toString(QStringLiteral("yyyy-MM")), Theme::text(), true),
            TableCell(m_fmt.integer(m.expiring)),
            TableCell(m_fmt.integer(m.renewed)),
            TableCell(m.expiring > 0 ? m_fmt.percent(m.rate(), 1) : QStringLiteral("—"),
                      Theme::accentDark(), true)
                .withBar(m.expiring > 0 ? m.rate() : 0),
            TableCell(m_fmt.integer(m.cancelled), Theme::muted()),
            TableCell(m_fmt.integer(m.pending), Theme::muted())};
    }
    p.table({{tr("Month"), 24, Qt::AlignLeft, 1},
             {tr("Expiring"), 24, Qt::AlignRight, 1},
             {tr("Renewed"), 24, Qt::AlignRight, 1},
             {tr("Renewal rate"), 0, Qt::AlignRight, 1},
             {tr("Cancelled"), 24, Qt::AlignRight, 1},
             {tr("Pending"), 22, Qt::AlignRight, 1}},
            rows, 6.5);
    p.paragraph(tr("Pending: not renewed yet, but the grace period has not ended; they may still "
                   "renew. Refunded memberships are not counted."),
                note, Theme::muted());
    p.advance(6);

    // Who to call: the riskiest memberships expiring in the next 30 days.
    const RenewalRiskReport &risk = m_data.renewalRisk;
    const int shown = std::min(kRiskRows, int(risk.rows.size()));
    p.keepTogether(p.headingHeight(true) + 20 + 7.5 * std::max(shown, 2));
    p.heading(tr("Renewal risk"),
              tr("%n membership(s) expiring %1 – %2 and not renewed yet; the riskiest first",
                 nullptr, int(risk.rows.size()))
                  .arg(m_fmt.date(risk.asOf.addDays(1)),
                       m_fmt.date(risk.asOf.addDays(risk.options.horizonDays))));
    const RenewalRiskQuality &q = risk.quality;
    p.paragraph(
        q.usable
            ? tr("Model on %1 past expiries it never saw (%2 not renewed): AUC %3 "
                 "(baseline %4, days since last active), accuracy %5 (baseline %6). "
                 "Trained on %7 earlier expiries.")
                  .arg(m_fmt.integer(q.evaluationRows), m_fmt.integer(q.evaluationNotRenewed),
                       measure(m_fmt, q.auc), measure(m_fmt, q.baselineAuc),
                       share(m_fmt, q.accuracy), share(m_fmt, q.baselineAccuracy),
                       m_fmt.integer(q.trainingRows))
            : tr("The model is not usable (%1): ranked by days since last active.").arg(q.reason),
        p.font(Theme::kBody), Theme::secondary());
    p.advance(2);
    if (shown == 0) {
        p.paragraph(tr("No paid membership expires in these days."), p.font(Theme::kBody),
                    Theme::muted(), 4);
        return;
    }
    QList<TableRow> riskRows;
    for (int i = 0; i < shown; ++i) {
        const RenewalRiskRow &r = risk.rows.at(i);
        riskRows << TableRow{
            TableCell(r.name, Theme::text(), true)
                .withDetail(PaidCharts::planName(r.planName) + QStringLiteral(" · ") +
                            Money::format(r.amountMinor, r.currency, locale)),
            TableCell(m_fmt.date(r.expiryDate)),
            TableCell(m_fmt.percent(r.risk, 0), Theme::negative(), true).withBar(r.risk),
            TableCell(r.why, Theme::muted())};
    }
    p.table({{tr("Member · plan, paid"), 46, Qt::AlignLeft, 1},
             {tr("Expires"), 22, Qt::AlignLeft, 1},
             {tr("Risk"), 20, Qt::AlignRight, 1},
             {tr("Why"), 0, Qt::AlignLeft, 2}},
            riskRows, 10);
    if (int(risk.rows.size()) > shown)
        p.paragraph(tr("%1 more in the Memberships page, which exports the full list to CSV.")
                        .arg(m_fmt.integer(qint64(risk.rows.size()) - shown)),
                    note, Theme::muted());
}

} // namespace kindred::report
