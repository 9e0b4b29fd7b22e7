// ReportPages: the moderation section (PRODUCT.md §4, issue 7 item 4) — ModerationStats of the
// report's period: headline cards (flags, still open, median time to handle, decisions), flags
// per rule with the share moderators dismissed, flags per channel, the decisions taken per
// moderator and action, and the repeat offenders. Flags belong to the period by when the
// behaviour happened, decisions by when they were taken.
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"
#include "models/ModerationLabels.h"
#include "moderation/ModerationStore.h"

#include <algorithm>
#include <cmath>

namespace kindred::report {
namespace {

constexpr int kMaxRows = 10; // rows of the channel and offender tables

} // namespace

void ReportPages::moderationPage(ReportPainter &p) const
{
    const ModerationStatsResult &m = m_data.moderation;
    p.heading(tr("Moderation"),
              tr("Flags raised by the rules for behaviour in %1, and the moderators' decisions")
                  .arg(periodText(m_data.current.period)));

    // Headline cards.
    int dismissed = 0, actioned = 0;
    for (const RuleCount &r : m.perRule) {
        dismissed += r.dismissed;
        actioned += r.actioned;
    }
    const bool hasMedian = m.handled > 0 && !std::isnan(m.medianHandleSeconds);
    struct Card
    {
        QString label, value, note;
    };
    const Card cards[] = {
        {tr("Flags"), m_fmt.integer(m.flags),
         tr("%1 dismissed · %2 actioned").arg(m_fmt.integer(dismissed), m_fmt.integer(actioned))},
        {tr("Still open"), m_fmt.integer(m.open),
         m.flags > 0 ? tr("%1 of the flags").arg(m_fmt.percent(double(m.open) / m.flags, 0))
                     : QStringLiteral("—")},
        {tr("Median time to handle"),
         hasMedian ? ModerationLabels::duration(m.medianHandleSeconds) : QStringLiteral("—"),
         tr("over %1 handled flags").arg(m_fmt.integer(m.handled))},
        {tr("Decisions"), m_fmt.integer(m.actions),
         tr("by %n moderator(s)", nullptr, int(m.moderators.size()))},
    };
    constexpr double gap = 4, cardH = 26;
    const double cardW = (p.width() - 3 * gap) / 4;
    p.ensureSpace(cardH + 4);
    for (int i = 0; i < 4; ++i)
        p.card(QRectF(p.left() + i * (cardW + gap), p.y(), cardW, cardH), cards[i].label,
               cards[i].value, QString(), Theme::muted(), cards[i].note);
    p.advance(cardH + 8);

    if (m.flags == 0 && m.actions == 0) {
        p.paragraph(tr("No flag was raised and no decision taken in this period."),
                    p.font(Theme::kBody), Theme::muted(), 4);
        return;
    }

    // Flags per rule.
    p.keepTogether(p.headingHeight(false) + 7.5 +
                   7.2 * double(std::max<qsizetype>(m.perRule.size(), 1)));
    p.subheading(tr("Flags per rule"));
    int maxFlags = 1;
    for (const RuleCount &r : m.perRule)
        maxFlags = std::max(maxFlags, r.flags);
    QList<TableRow> rules;
    for (const RuleCount &r : m.perRule) {
        const int decided = r.dismissed + r.actioned;
        rules << TableRow{TableCell(ModerationLabels::rule(r.rule), Theme::text(), true),
                          TableCell(m_fmt.integer(r.flags), Theme::text(), true)
                              .withBar(double(r.flags) / maxFlags),
                          TableCell(m_fmt.integer(r.open)),
                          TableCell(m_fmt.integer(r.dismissed)),
                          TableCell(m_fmt.integer(r.actioned)),
                          TableCell(decided > 0 ? m_fmt.percent(double(r.dismissed) / decided, 0)
                                                : QStringLiteral("—"),
                                    Theme::muted())};
    }
    if (rules.isEmpty())
        p.paragraph(tr("No flags in this period."), p.font(Theme::kBody), Theme::muted(), 4);
    else
        p.table({{tr("Rule"), 0, Qt::AlignLeft, 1},
                 {tr("Flags"), 34, Qt::AlignRight, 1},
                 {tr("Open"), 18, Qt::AlignRight, 1},
                 {tr("Dismissed"), 22, Qt::AlignRight, 1},
                 {tr("Actioned"), 22, Qt::AlignRight, 1},
                 {tr("Dismissed share"), 28, Qt::AlignRight, 1}},
                rules, 7.2);
    p.advance(6);

    // Flags per channel.
    if (!m.perChannel.isEmpty()) {
        const qsizetype n = std::min<qsizetype>(m.perChannel.size(), kMaxRows);
        p.keepTogether(p.headingHeight(false) + 7.5 + 7.2 * double(n));
        p.subheading(tr("Flags per channel"));
        QList<TableRow> channels;
        for (const ChannelCount &c : m.perChannel.mid(0, n))
            channels << TableRow{
                TableCell(c.channelId == 0 ? tr("(no channel)") : c.channelName, Theme::text(),
                          true),
                TableCell(m_fmt.integer(c.flags)).withBar(double(c.flags) / std::max(1, maxFlags)),
                TableCell(m.flags > 0 ? m_fmt.percent(double(c.flags) / m.flags, 1)
                                      : QStringLiteral("—"),
                          Theme::muted())};
        p.table({{tr("Channel"), 0, Qt::AlignLeft, 1},
                 {tr("Flags"), 40, Qt::AlignRight, 1},
                 {tr("Share"), 24, Qt::AlignRight, 1}},
                channels, 7.2);
        p.advance(6);
    }

    // Decisions per moderator and action, with a total row.
    const QList<ModerationAction> actions = ModerationStore::allActions();
    const qsizetype moderatorRows = m.moderators.size() + 1;
    p.keepTogether(p.headingHeight(false) + 7.5 + 7.2 * double(moderatorRows));
    p.subheading(tr("Decisions taken"));
    if (m.moderators.isEmpty()) {
        p.paragraph(tr("No decision was recorded in this period."), p.font(Theme::kBody),
                    Theme::muted(), 4);
    } else {
        QList<int> totals(actions.size(), 0);
        QList<TableRow> rows;
        for (const ModeratorActivity &a : m.moderators) {
            TableRow row{TableCell(a.actor, Theme::text(), true),
                         TableCell(m_fmt.integer(a.total), Theme::text(), true)};
            for (int i = 0; i < actions.size(); ++i) {
                int n = 0;
                for (const auto &[key, count] : a.perAction)
                    if (key == ModerationStore::key(actions.at(i)))
                        n = count;
                totals[i] += n;
                row << TableCell(n > 0 ? m_fmt.integer(n) : QStringLiteral("·"),
                                 n > 0 ? Theme::secondary() : Theme::muted());
            }
            rows << row;
        }
        TableRow total{TableCell(tr("Total")), TableCell(m_fmt.integer(m.actions))};
        for (int n : totals)
            total << TableCell(m_fmt.integer(n));
        rows << total;
        QList<TableColumn> columns{{tr("Moderator"), 0, Qt::AlignLeft, 1},
                                   {tr("Decisions"), 20, Qt::AlignRight, 1}};
        for (ModerationAction a : actions)
            columns << TableColumn{ModerationStore::label(a), 17, Qt::AlignRight, 1};
        p.table(columns, rows, 7.2, true);
    }
    p.advance(6);

    // Repeat offenders.
    const qsizetype offenders = std::min<qsizetype>(m.repeatOffenders.size(), kMaxRows);
    p.keepTogether(p.headingHeight(false) + 7.5 + 7.2 * double(std::max<qsizetype>(offenders, 1)));
    p.subheading(tr("Repeat offenders"));
    if (offenders == 0) {
        p.paragraph(tr("No member had two or more actioned flags or sanctions in this period."),
                    p.font(Theme::kBody), Theme::muted(), 4);
    } else {
        QList<TableRow> rows;
        for (const RepeatOffender &o : m.repeatOffenders.mid(0, offenders))
            rows << TableRow{
                TableCell(o.name, Theme::text(), true),
                TableCell(ModerationLabels::memberStatus(o.status),
                          o.status == QLatin1String("active") ? Theme::muted() : Theme::negative()),
                TableCell(m_fmt.integer(o.actionedFlags)),
                TableCell(m_fmt.integer(o.sanctions), Theme::text(), true)};
        p.table({{tr("Member"), 0, Qt::AlignLeft, 1},
                 {tr("Status now"), 30, Qt::AlignLeft, 1},
                 {tr("Actioned flags"), 30, Qt::AlignRight, 1},
                 {tr("Sanctions"), 24, Qt::AlignRight, 1}},
                rows, 7.2);
        if (m.repeatOffenders.size() > offenders)
            p.paragraph(tr("… and %1 more.").arg(m.repeatOffenders.size() - offenders),
                        p.font(Theme::kSmall + 0.5), Theme::muted());
    }
    p.advance(5);
    const QString note =
        tr("A flag belongs to the period when the behaviour it flags happened; a decision when "
           "it was taken. Time to handle = handled − raised, over the period's flags that were "
           "dismissed or actioned (median; for an even count, the mean of the two middle "
           "values). Dismissed share = dismissed / (dismissed + actioned): how often moderators "
           "judged a rule's flags false positives. Repeat offenders: at least 2 actioned flags "
           "or at least 2 warn/mute/ban decisions (sanctions) in the period.");
    p.keepTogether(double(p.wrap(note, p.font(Theme::kSmall + 0.5), p.width(), 1000).size()) *
                   p.lineHeight(p.font(Theme::kSmall + 0.5)) * 1.15);
    p.paragraph(note, p.font(Theme::kSmall + 0.5), Theme::muted());
}

} // namespace kindred::report
