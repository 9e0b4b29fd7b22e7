// ReportPages: the influencers section (PRODUCT.md §3 "Influence", issue 6 item 4) — the top
// members of the period's reply/mention graph by PageRank with their betweenness and in/out
// degree, and the bridges between persona clusters (core/analytics/Influence.h, carried in
// ReportData::influence). Names are pseudonymised by ReportData::pseudonymise.
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"

#include <algorithm>

namespace kindred::report {
namespace {

constexpr int kMaxRows = 10; // rows of each table

} // namespace

void ReportPages::influencePage(ReportPainter &p) const
{
    const InfluenceResult &r = m_data.influence;
    p.heading(tr("Influencers"),
              tr("Opinion leaders and bridges of the reply and mention graph, %1")
                  .arg(periodText(m_data.current.period)));
    if (r.nodes == 0 || r.members.empty()) {
        p.paragraph(tr("No member replied to or mentioned another member in this period."),
                    p.font(Theme::kBody), Theme::muted(), 4);
        return;
    }
    p.paragraph(
        tr("%1 members linked by %2 directed edges (density %3): A → B when A replied to a "
           "message of B in the same channel or @mentioned B (%4 messages address someone). "
           "PageRank: damping 0.85, edges weighted by messages (%5 iterations). Betweenness: "
           "Brandes' algorithm over directed shortest paths, normalised by (n−1)(n−2). In / out: "
           "members who addressed the member / whom the member addressed.")
            .arg(m_fmt.integer(r.nodes), m_fmt.integer(r.edges), m_fmt.percent(r.density, 2),
                 m_fmt.integer(r.addressingMessages))
            .arg(r.pageRankInfo.iterations),
        p.font(Theme::kBody - 0.5), Theme::muted());
    p.advance(4);

    double maxRank = 0.0;
    for (const InfluenceMember &m : r.members)
        maxRank = std::max(maxRank, m.pageRank);
    auto role = [](const InfluenceMember &m) {
        QStringList roles;
        if (m.kolRank > 0)
            roles << tr("KOL #%1").arg(m.kolRank);
        if (m.bridgeRank > 0)
            roles << tr("bridge #%1").arg(m.bridgeRank);
        return roles.join(QStringLiteral(", "));
    };
    auto cluster = [&r](const InfluenceMember &m) {
        return m.cluster >= 0 && m.cluster < r.clusterNames.size() ? r.clusterNames.at(m.cluster)
                                                                   : QString();
    };

    const int n = std::min<int>(kMaxRows, int(r.members.size()));
    p.keepTogether(p.headingHeight(false) + 7.5 + 8.0 * n);
    p.subheading(tr("Top members by PageRank"));
    QList<TableRow> rows;
    for (int i = 0; i < n; ++i) {
        const InfluenceMember &m = r.members[size_t(i)];
        rows << TableRow{
            TableCell(QString::number(i + 1), Theme::muted()),
            TableCell(m.name, Theme::text(), true).withDetail(cluster(m)),
            TableCell(m_fmt.decimal(m.pageRank * 100.0, 2) + QLatin1Char('%'), Theme::text(), true)
                .withBar(maxRank > 0 ? m.pageRank / maxRank : 0.0),
            TableCell(m_fmt.decimal(m.betweennessNormalised * 100.0, 2) + QLatin1Char('%')),
            TableCell(m_fmt.integer(m.degree.in)),
            TableCell(m_fmt.integer(m.degree.out)),
            TableCell(role(m), Theme::accentDark())};
    }
    p.table({{tr("#"), 10, Qt::AlignRight, 1},
             {tr("Member"), 0, Qt::AlignLeft, 1},
             {tr("PageRank"), 28, Qt::AlignRight, 1},
             {tr("Betweenness"), 24, Qt::AlignRight, 1},
             {tr("In"), 12, Qt::AlignRight, 1},
             {tr("Out"), 12, Qt::AlignRight, 1},
             {tr("Role"), 34, Qt::AlignLeft, 1}},
            rows, 8.0);
    p.advance(6);

    std::vector<const InfluenceMember *> bridges;
    for (const InfluenceMember &m : r.members)
        if (m.bridgeRank > 0)
            bridges.push_back(&m);
    std::sort(bridges.begin(), bridges.end(),
              [](const InfluenceMember *a, const InfluenceMember *b) {
                  return a->bridgeRank < b->bridgeRank;
              });
    if (bridges.size() > size_t(kMaxRows))
        bridges.resize(size_t(kMaxRows));
    p.keepTogether(p.headingHeight(false) + 7.5 +
                   8.0 * double(std::max<size_t>(1, bridges.size())));
    p.subheading(tr("Bridges between personas"));
    if (bridges.empty()) {
        p.paragraph(
            r.personasNote.isEmpty()
                ? tr("No member links two or more personas in this period.")
                : tr("No personas for this period (%1), so no bridges.").arg(r.personasNote),
            p.font(Theme::kBody), Theme::muted(), 4);
        return;
    }
    p.paragraph(tr("Members with betweenness > 0 whose partners belong to at least two personas, "
                   "highest betweenness first: introducing topics through them reaches "
                   "several groups."),
                p.font(Theme::kBody - 0.5), Theme::muted());
    p.advance(2);
    QList<TableRow> bridgeRows;
    for (const InfluenceMember *m : bridges)
        bridgeRows << TableRow{
            TableCell(QString::number(m->bridgeRank), Theme::muted()),
            TableCell(m->name, Theme::text(), true).withDetail(cluster(*m)),
            TableCell(m_fmt.decimal(m->betweennessNormalised * 100.0, 2) + QLatin1Char('%'),
                      Theme::text(), true),
            TableCell(m_fmt.integer(m->neighbourClusters)),
            TableCell(m_fmt.decimal(m->pageRank * 100.0, 2) + QLatin1Char('%')),
            TableCell(m_fmt.integer(m->degree.in + m->degree.out))};
    p.table({{tr("#"), 10, Qt::AlignRight, 1},
             {tr("Member"), 0, Qt::AlignLeft, 1},
             {tr("Betweenness"), 26, Qt::AlignRight, 1},
             {tr("Personas linked"), 30, Qt::AlignRight, 1},
             {tr("PageRank"), 24, Qt::AlignRight, 1},
             {tr("Degree"), 18, Qt::AlignRight, 1}},
            bridgeRows, 8.0);
}

} // namespace kindred::report
