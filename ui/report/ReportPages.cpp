#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"
#include "charts/ChartFactory.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace kindred::report {
namespace {

enum class Kind
{
    Count,
    Decimal,
    Percent,
    Ratio
};

/// One row of the KPI table.
struct KpiRow
{
    QString name;
    QString definition;
    double current;
    double previous;
    Kind kind;
};

QString formatValue(const ReportFormat &f, double v, Kind kind)
{
    switch (kind) {
    case Kind::Count:
        return f.integer(qint64(std::llround(v)));
    case Kind::Decimal:
        return f.decimal(v, 1);
    case Kind::Ratio:
        return f.decimal(v, 2);
    case Kind::Percent:
        return f.percent(v, 1);
    }
    return {};
}

} // namespace

ReportPages::ReportPages(const ReportData &data, const ReportFormat &format, const QFont &base)
    : m_data(data), m_fmt(format), m_base(base)
{
}

QString ReportPages::title()
{
    return tr("Community report");
}

QString ReportPages::periodText(const Period &period) const
{
    return tr("%1 – %2").arg(m_fmt.date(period.from), m_fmt.date(period.to));
}

void ReportPages::setupChrome(ReportPainter &p) const
{
    p.setHeader(m_data.communityName,
                tr("%1 · %2").arg(title(), periodText(m_data.current.period)));
    const QString footer = tr("Kindred · generated %1").arg(m_fmt.dateTime(m_data.generatedAt));
    p.setFooter(m_data.pseudonymised ? tr("%1 · member names pseudonymised").arg(footer) : footer);
    p.setPageLabel(tr("Page %1 of %2"));
}

void ReportPages::render(ReportPainter &p)
{
    const bool record = p.isDryRun();
    if (record)
        m_sectionPages.clear();
    p.firstPage();
    cover(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    kpiPage(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    engagementPage(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    retentionPage(p);
    p.advance(10);
    p.keepTogether(110); // the flow's heading, matrix and note
    if (record)
        m_sectionPages << p.pageNumber();
    segmentFlowPage(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    rankingsPage(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    moderationPage(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    topicsPage(p);
    p.newPage();
    if (record)
        m_sectionPages << p.pageNumber();
    influencePage(p);
    if (m_data.hasPaid) {
        p.newPage();
        if (record)
            m_sectionPages << p.pageNumber();
        paidPage(p);
    }
}

void ReportPages::cover(ReportPainter &p) const
{
    const KpiSet &cur = m_data.current;
    const KpiSet &prev = m_data.previous;
    constexpr double x = ReportPainter::kCoverLeft;
    constexpr double w = ReportPainter::kPageWidth - x - ReportPainter::kMargin;

    p.fill(QRectF(0, 0, 10, ReportPainter::kPageHeight), Theme::accent());
    p.fill(QRectF(10, 0, 2.2, ReportPainter::kPageHeight), Theme::accentBar());

    QFont label = p.font(Theme::kSubheading + 1, true);
    label.setLetterSpacing(QFont::PercentageSpacing, 112);
    p.text(QRectF(x, 36, w, 7), title(), label, Theme::accent());

    double y = 46;
    const QFont nameFont = p.font(Theme::kTitle, true);
    const double nameLine = p.lineHeight(nameFont);
    for (const QString &line : p.wrap(m_data.communityName, nameFont, w, 2)) {
        p.text(QRectF(x, y, w, nameLine), line, nameFont, Theme::text());
        y += nameLine;
    }
    y += 4;
    const QFont periodFont = p.font(16);
    p.text(QRectF(x, y, w, p.lineHeight(periodFont)), periodText(cur.period), periodFont,
           Theme::secondary());
    y += p.lineHeight(periodFont) + 1.5;
    const QString days =
        cur.period.days() == 1 ? tr("1 day") : tr("%1 days").arg(m_fmt.integer(cur.period.days()));
    p.text(QRectF(x, y, w, 6), tr("%1 · timezone %2").arg(days, m_data.timezone),
           p.font(Theme::kSubheading), Theme::muted());
    if (m_data.pseudonymised)
        p.text(QRectF(x, y + 6.5, w, 5.5),
               tr("Member names are pseudonymised: the same member has the same code in every "
                  "report of this workspace."),
               p.font(Theme::kSmall + 0.5, true), Theme::accentDark());
    y += 14;
    p.hline(x, x + w, y, Theme::rule(), 0.3);
    y += 8;

    p.text(QRectF(x, y, w, 7), tr("Headline figures"), p.font(12, true), Theme::text());
    y += 7;
    p.text(QRectF(x, y, w, 5),
           tr("Change compared with the previous period (%1)").arg(periodText(prev.period)),
           p.font(Theme::kSmall + 0.5), Theme::muted());
    y += 9;

    struct Card
    {
        QString label;
        double cur, prev;
        Kind kind;
    };
    const Card cards[] = {
        {tr("Members at end"), double(cur.membersAtEnd), double(prev.membersAtEnd), Kind::Count},
        {tr("New members"), double(cur.joined), double(prev.joined), Kind::Count},
        {tr("Messages"), double(cur.messages), double(prev.messages), Kind::Count},
        {tr("DAU (mean)"), cur.dauMean, prev.dauMean, Kind::Decimal},
        {tr("MAU"), double(cur.mau), double(prev.mau), Kind::Count},
        {tr("Stickiness"), cur.stickiness, prev.stickiness, Kind::Percent},
    };
    constexpr double gap = 5, cardH = 30;
    const double cardW = (w - 2 * gap) / 3;
    for (int i = 0; i < 6; ++i) {
        const QRectF r(x + (i % 3) * (cardW + gap), y + (i / 3) * (cardH + gap), cardW, cardH);
        QColor color;
        const QString change = m_fmt.change(cards[i].cur, cards[i].prev, &color);
        p.card(r, cards[i].label, formatValue(m_fmt, cards[i].cur, cards[i].kind), change, color,
               tr("vs previous"));
    }
    y += 2 * cardH + gap + 10;

    p.text(QRectF(x, y, w, 7), tr("In this report"), p.font(12, true), Theme::text());
    y += 8.5;
    QStringList sections = {
        tr("Key figures and change vs the previous period"),
        tr("Engagement (DAU / WAU / MAU) and member segments"),
        tr("Retention by join month"),
        tr("Flow between segments month to month"),
        tr("Top content and top members"),
        tr("Moderation: flags, decisions and time to handle"),
        tr("Topics: rising keywords and keyphrases"),
        tr("Influencers: opinion leaders (KOLs) and bridges"),
    };
    if (m_data.hasPaid)
        sections << tr("Paid side: conversion, renewals, revenue, renewal risk");
    const QFont item = p.font(Theme::kBody + 0.5);
    const double boxY = 250;
    // Rows of up to 7 mm, tighter when many sections (or a two-line name) leave less room;
    // the last row ends above the overview box.
    const int count = int(sections.size());
    const double lineH = std::clamp((boxY - 3 - y) / double(count) - 1.5, 3.6, 7.0);
    for (int i = 0; i < count; ++i) {
        p.text(QRectF(x, y, 8, lineH), QString::number(i + 1), p.font(Theme::kBody + 0.5, true),
               Theme::accent());
        p.text(QRectF(x + 8, y, w - 30, lineH), sections[i], item, Theme::secondary());
        if (i < m_sectionPages.size())
            p.text(QRectF(x + w - 22, y, 22, lineH), tr("page %1").arg(m_sectionPages.at(i)), item,
                   Theme::muted(), Qt::AlignRight | Qt::AlignVCenter);
        y += lineH;
        p.hline(x, x + w, y, Theme::rule(), 0.15);
        y += 1.5;
    }

    p.fill(QRectF(x, boxY, w, 26), Theme::zebra(), 2);
    p.text(QRectF(x + 6, boxY + 4, w - 12, 6), tr("Workspace overview (all time)"),
           p.font(Theme::kBody, true), Theme::secondary());
    p.text(QRectF(x + 6, boxY + 10.5, w - 12, 5.5),
           tr("Members: %1 · Messages: %2 · Channels: %3")
               .arg(m_fmt.integer(m_data.totalMembers), m_fmt.integer(m_data.totalMessages),
                    m_fmt.integer(m_data.channels)),
           p.font(Theme::kBody), Theme::secondary());
    p.text(
        QRectF(x + 6, boxY + 16.5, w - 12, 5.5),
        tr("Generated %1 (%2) by Kindred").arg(m_fmt.dateTime(m_data.generatedAt), m_data.timezone),
        p.font(Theme::kSmall + 0.5), Theme::muted());
}

void ReportPages::kpiPage(ReportPainter &p) const
{
    const KpiSet &c = m_data.current;
    const KpiSet &v = m_data.previous;
    p.heading(
        tr("Key figures"),
        tr("Compared with the previous period of the same length (%1)").arg(periodText(v.period)));
    const QList<KpiRow> kpis = {
        {tr("Members at end"), tr("Persons seen by the end of the period (bots excluded)"),
         double(c.membersAtEnd), double(v.membersAtEnd), Kind::Count},
        {tr("New members"), tr("Joined during the period"), double(c.joined), double(v.joined),
         Kind::Count},
        {tr("Messages"), tr("Posts and replies by members"), double(c.messages), double(v.messages),
         Kind::Count},
        {tr("Interactions"), tr("Messages + reactions"), double(c.interactions()),
         double(v.interactions()), Kind::Count},
        {tr("DAU (mean)"), tr("Mean number of members active per day"), c.dauMean, v.dauMean,
         Kind::Decimal},
        {tr("MAU"), tr("Members active in the 30 days to the period's end"), double(c.mau),
         double(v.mau), Kind::Count},
        {tr("Stickiness"), tr("DAU (mean) / MAU"), c.stickiness, v.stickiness, Kind::Percent},
        {tr("Activity rate"), tr("Interactions per member at the end"), c.activityRate,
         v.activityRate, Kind::Ratio},
        {tr("Growth rate"), tr("New members / members at the start"), c.growthRate, v.growthRate,
         Kind::Percent},
    };
    const QList<TableColumn> columns = {
        {tr("Metric"), 0, Qt::AlignLeft, 1},
        {tr("This period"), 32, Qt::AlignRight, 1},
        {tr("Previous period"), 32, Qt::AlignRight, 1},
        {tr("Change"), 30, Qt::AlignRight, 1},
    };
    QList<TableRow> rows;
    for (const KpiRow &k : kpis) {
        QColor color;
        const QString change = m_fmt.change(k.current, k.previous, &color);
        rows << TableRow{TableCell(k.name, Theme::text(), true).withDetail(k.definition),
                         TableCell(formatValue(m_fmt, k.current, k.kind), Theme::text(), true),
                         TableCell(formatValue(m_fmt, k.previous, k.kind), Theme::muted()),
                         TableCell(change, color, true)};
    }
    p.table(columns, rows, 14.5);
    p.advance(10);

    p.subheading(tr("How to read this page"));
    const QFont note = p.font(Theme::kBody);
    const QString notes[] = {
        tr("Change is the relative difference to the previous period of the same length; "
           "\"—\" means the previous value was 0, so no percentage can be given."),
        tr("A member is active on a day when they posted, replied or reacted that day in the "
           "community's timezone (%1). MAU counts distinct members, it is never a sum of DAU.")
            .arg(m_data.timezone),
        tr("Interactions in the period: %1 messages (of which %2 replies) and %3 reactions.")
            .arg(m_fmt.integer(c.messages), m_fmt.integer(c.replies), m_fmt.integer(c.reactions)),
    };
    for (const QString &n : notes) {
        p.fill(QRectF(p.left() + 4, p.y() + 1.6, 1.2, 1.2), Theme::accent(), 0.6);
        p.paragraph(n, note, Theme::secondary(), 8);
        p.advance(2.5);
    }
}

void ReportPages::rankingsPage(ReportPainter &p) const
{
    p.heading(tr("Top content"), tr("Posts of the period by score = reactions + 2 × replies "
                                    "+ 3 × forwards"));
    if (m_data.topContent.isEmpty()) {
        p.paragraph(tr("No posts in this period."), p.font(Theme::kBody), Theme::muted(), 4);
    } else {
        QList<TableRow> rows;
        int rank = 0;
        for (const ContentRanking &c : m_data.topContent) {
            const QString meta = tr("%1 · %2").arg(c.channel, m_fmt.shortDateTime(c.sentAt));
            rows << TableRow{
                TableCell(QString::number(++rank), Theme::muted(), true),
                TableCell(c.author.isEmpty() ? tr("(unknown)") : c.author, Theme::text(), true)
                    .withDetail(meta),
                TableCell(c.text.isEmpty() ? tr("(no text)") : c.text),
                TableCell(m_fmt.integer(c.reactions)),
                TableCell(m_fmt.integer(c.replies)),
                TableCell(m_fmt.decimal(c.score, 1), Theme::accentDark(), true)};
        }
        p.table({{tr("#"), 9, Qt::AlignHCenter, 1},
                 {tr("Author · channel, date"), 43, Qt::AlignLeft, 1},
                 {tr("Excerpt"), 0, Qt::AlignLeft, 2},
                 {tr("Reactions"), 20, Qt::AlignRight, 1},
                 {tr("Replies"), 17, Qt::AlignRight, 1},
                 {tr("Score"), 14, Qt::AlignRight, 1}},
                rows, 11);
    }
    p.advance(7);

    if (!m_data.topThreads.isEmpty()) {
        p.keepTogether(p.headingHeight(true) + 7.5 + 11.0 * 3);
        p.heading(tr("Top threads"), tr("A first post and its replies; score = the sum of its "
                                        "posts' scores"));
        QList<TableRow> rows;
        int rank = 0;
        for (const ThreadRanking &t : m_data.topThreads) {
            const QString meta = tr("%1 · %2").arg(t.channel, m_fmt.shortDateTime(t.startedAt));
            rows << TableRow{
                TableCell(QString::number(++rank), Theme::muted(), true),
                TableCell(t.author.isEmpty() ? tr("(unknown)") : t.author, Theme::text(), true)
                    .withDetail(meta),
                TableCell(t.text.isEmpty() ? tr("(no text)") : t.text),
                TableCell(m_fmt.integer(t.posts)),
                TableCell(m_fmt.integer(t.participants)),
                TableCell(m_fmt.decimal(t.score, 1), Theme::accentDark(), true)};
        }
        p.table({{tr("#"), 9, Qt::AlignHCenter, 1},
                 {tr("Started by · channel, date"), 43, Qt::AlignLeft, 1},
                 {tr("First post"), 0, Qt::AlignLeft, 2},
                 {tr("Posts"), 16, Qt::AlignRight, 1},
                 {tr("People"), 17, Qt::AlignRight, 1},
                 {tr("Score"), 14, Qt::AlignRight, 1}},
                rows, 11);
        p.advance(7);
    }
    if (!m_data.topLinks.isEmpty()) {
        p.keepTogether(p.headingHeight(true) + 7.5 + 7.2 * 3);
        p.heading(tr("Top shared links"), tr("Posts of the period sharing each link"));
        QList<TableRow> rows;
        int rank = 0;
        for (const LinkRanking &l : m_data.topLinks)
            rows << TableRow{TableCell(QString::number(++rank), Theme::muted(), true),
                             TableCell(l.key, Theme::text(), true),
                             TableCell(m_fmt.integer(l.count)),
                             TableCell(m_fmt.integer(l.sharers))};
        p.table({{tr("#"), 9, Qt::AlignHCenter, 1},
                 {tr("Link"), 0, Qt::AlignLeft, 1},
                 {tr("Posts"), 20, Qt::AlignRight, 1},
                 {tr("Sharers"), 22, Qt::AlignRight, 1}},
                rows, 7.2);
        p.advance(7);
    }

    // Keep the members' heading and table together on one page.
    p.keepTogether(p.headingHeight(true) + 7.5 + 7.2 * double(m_data.topMembers.size()));
    p.heading(tr("Top members"), tr("Members by messages sent in the period"));
    if (m_data.topMembers.isEmpty()) {
        p.paragraph(tr("No member posted in this period."), p.font(Theme::kBody), Theme::muted(),
                    4);
        return;
    }
    qint64 maxMessages = 1;
    for (const MemberRanking &m : m_data.topMembers)
        maxMessages = std::max(maxMessages, m.messages);
    QList<TableRow> rows;
    int rank = 0;
    for (const MemberRanking &m : m_data.topMembers) {
        rows << TableRow{
            TableCell(QString::number(++rank), Theme::muted(), true),
            TableCell(m.name, Theme::text(), true),
            TableCell(m_fmt.integer(m.messages)).withBar(double(m.messages) / double(maxMessages)),
            TableCell(m_fmt.integer(m.repliesReceived)),
            TableCell(m_fmt.integer(m.reactionsReceived))};
    }
    p.table({{tr("#"), 9, Qt::AlignHCenter, 1},
             {tr("Member"), 0, Qt::AlignLeft, 1},
             {tr("Messages"), 40, Qt::AlignRight, 1},
             {tr("Replies received"), 34, Qt::AlignRight, 1},
             {tr("Reactions received"), 38, Qt::AlignRight, 1}},
            rows, 7.2);
}

} // namespace kindred::report
