// ReportPages: the topics section (PRODUCT.md §3 content ranking, issue 6 item 2) — the
// period's rising keywords and keyphrases (core/analytics/Topics.h) with their counts, the
// counts of the previous period of equal length and the change, and the formula of the rank.
#include "ReportPages.h"

#include "ReportPainter.h"
#include "ReportTheme.h"

#include <algorithm>

namespace kindred::report {
namespace {

constexpr int kMaxRows = 10; // rows of each table

} // namespace

void ReportPages::topicsPage(ReportPainter &p) const
{
    const TopicsResult &t = m_data.topics;
    p.heading(tr("Topics"), tr("Rising keywords and keyphrases of %1 against the previous %2 days")
                                .arg(periodText(m_data.current.period))
                                .arg(m_data.current.period.days()));
    if (t.documents == 0 || (t.keywords.isEmpty() && t.keyphrases.isEmpty())) {
        p.paragraph(tr("No message text in this period."), p.font(Theme::kBody), Theme::muted(), 4);
        return;
    }
    p.paragraph(tr("%1 messages with words in the period (%2 in the previous period). Words are "
                   "segmented with ICU (Chinese and English), without stop words, URLs, "
                   "mentions and code. Rank = rising score = count × idf × ln((count + 1) / "
                   "(expected + 1)), idf = ln((N + 1) / (df + 1)) + 1, expected = the previous "
                   "count scaled to this period's number of words.")
                    .arg(m_fmt.integer(t.documents), m_fmt.integer(t.previousDocuments)),
                p.font(Theme::kBody - 0.5), Theme::muted());
    p.advance(4);

    auto table = [&](const QString &title, const QList<TopicTerm> &terms) {
        const qsizetype n = std::min<qsizetype>(terms.size(), kMaxRows);
        if (n == 0)
            return;
        p.keepTogether(p.headingHeight(false) + 7.5 + 8.0 * double(n));
        p.subheading(title);
        int maxCount = 1;
        for (const TopicTerm &term : terms.mid(0, n))
            maxCount = std::max(maxCount, term.count);
        QList<TableRow> rows;
        for (const TopicTerm &term : terms.mid(0, n)) {
            QColor color;
            const QString change = m_fmt.change(term.count, term.previousCount, &color);
            rows << TableRow{TableCell(term.term, Theme::text(), true),
                             TableCell(m_fmt.integer(term.count), Theme::text(), true)
                                 .withBar(double(term.count) / maxCount),
                             TableCell(m_fmt.integer(term.previousCount)),
                             TableCell(QStringLiteral("%1%2").arg(
                                           term.change() > 0 ? QStringLiteral("+") : QString(),
                                           m_fmt.integer(term.change())),
                                       color)
                                 .withDetail(term.previousCount == 0 ? tr("new") : change),
                             TableCell(m_fmt.decimal(term.rising, 1), Theme::muted())};
        }
        p.table({{tr("Term"), 0, Qt::AlignLeft, 1},
                 {tr("Count"), 34, Qt::AlignRight, 1},
                 {tr("Previous"), 22, Qt::AlignRight, 1},
                 {tr("Change"), 26, Qt::AlignRight, 1},
                 {tr("Rising score"), 26, Qt::AlignRight, 1}},
                rows, 8.0);
        p.advance(6);
    };
    table(tr("Rising keywords"), t.keywords);
    table(tr("Rising keyphrases"), t.keyphrases);
}

} // namespace kindred::report
