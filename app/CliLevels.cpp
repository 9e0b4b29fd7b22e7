#include "CliLevels.h"
#include "CliSupport.h"

#include "analytics/ContributionScore.h"
#include "analytics/Levels.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kindred::cli {
namespace {

QJsonObject rulesJson(const LevelRules &l, const ContributionRules &c)
{
    return QJsonObject{
        {QStringLiteral("levels"),
         QJsonObject{{QStringLiteral("week_active_days"), l.weekActiveDays},
                     {QStringLiteral("weeks"), l.weeks},
                     {QStringLiteral("month_active_days"), l.monthActiveDays},
                     {QStringLiteral("contributing_active_days"), l.contributingActiveDays},
                     {QStringLiteral("contributing_contributions"), l.contributingContributions},
                     {QStringLiteral("leading_active_days"), l.leadingActiveDays},
                     {QStringLiteral("leading_top_percent"), l.leadingTopPercent},
                     {QStringLiteral("message_weight"), l.messageWeight},
                     {QStringLiteral("reply_weight"), l.replyWeight},
                     {QStringLiteral("reaction_weight"), l.reactionWeight},
                     {QStringLiteral("participating_weight"), l.participatingWeight},
                     {QStringLiteral("contributing_weight"), l.contributingWeight},
                     {QStringLiteral("leading_weight"), l.leadingWeight}}},
        {QStringLiteral("contribution"),
         QJsonObject{{QStringLiteral("k1"), c.k1},
                     {QStringLiteral("k2"), c.k2},
                     {QStringLiteral("k3"), c.k3},
                     {QStringLiteral("long_post_chars"), c.longPostChars},
                     {QStringLiteral("points_per_message"), c.pointsPerMessage},
                     {QStringLiteral("cooldown_secs"), c.cooldownSecs},
                     {QStringLiteral("min_message_chars"), c.minMessageChars},
                     {QStringLiteral("points_per_replier"), c.pointsPerReplier},
                     {QStringLiteral("points_per_reactor"), c.pointsPerReactor}}}};
}

QJsonObject countsJson(const LevelCounts &counts)
{
    QJsonObject o;
    for (int i = 0; i < kLevelCount; ++i)
        o.insert(LevelCalculator::key(Level(i + 1)), counts[size_t(i)]);
    return o;
}

QJsonArray badgesJson(const QList<Badge> &badges)
{
    QJsonArray out;
    for (const Badge &b : badges) {
        QJsonObject o{{QStringLiteral("badge"), Badge::key(b.kind)},
                      {QStringLiteral("date"), b.earned.toString(Qt::ISODate)}};
        if (b.kind == BadgeKind::HelperOfMonth) {
            o.insert(QStringLiteral("month"), b.month.toString(QStringLiteral("yyyy-MM")));
            o.insert(QStringLiteral("replies_to_questions"), b.count);
        }
        out.append(o);
    }
    return out;
}

QJsonObject rowJson(const ContributionRow &r)
{
    return QJsonObject{{QStringLiteral("rank"), r.rank},
                       {QStringLiteral("member_id"), r.memberId},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("q"), rounded(r.q, 6)},
                       {QStringLiteral("interaction_share"), rounded(r.interactionShare, 6)},
                       {QStringLiteral("content_share"), rounded(r.contentShare, 6)},
                       {QStringLiteral("knowledge_share"), rounded(r.knowledgeShare, 6)},
                       {QStringLiteral("replies_given"), r.repliesGiven},
                       {QStringLiteral("reactions_given"), r.reactionsGiven},
                       {QStringLiteral("messages"), r.messages},
                       {QStringLiteral("knowledge"), r.knowledge},
                       {QStringLiteral("points"), r.points},
                       {QStringLiteral("points_total"), r.pointsTotal},
                       {QStringLiteral("badges"), badgesJson(r.badges)}};
}

QJsonArray monthsJson(const QList<LevelMonth> &months)
{
    QJsonArray out;
    for (const LevelMonth &m : months)
        out.append(
            QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("end"), m.end.toString(Qt::ISODate)},
                        {QStringLiteral("complete"), m.complete},
                        {QStringLiteral("members_in_both"), m.members},
                        {QStringLiteral("up"), m.up},
                        {QStringLiteral("held"), m.held},
                        {QStringLiteral("down"), m.down},
                        {QStringLiteral("up_share"), rounded(m.upShare())},
                        {QStringLiteral("held_share"), rounded(m.heldShare())},
                        {QStringLiteral("down_share"), rounded(m.downShare())},
                        {QStringLiteral("counts"), countsJson(m.counts)}});
    return out;
}

void printText(const AnalyticsSource &source, const QDate &day, const LevelCounts &counts,
               const QList<LevelMonth> &months, const ContributionBoard &board, int top)
{
    printLine(QStringLiteral("%1  levels on %2, leaderboard %3")
                  .arg(source.communityName(), day.toString(Qt::ISODate), board.period.toString())
                  .toUtf8());
    for (int i = 0; i < kLevelCount; ++i)
        printLine(QStringLiteral("  %1 %2")
                      .arg(LevelCalculator::name(Level(i + 1)), -14)
                      .arg(counts[size_t(i)], 7)
                      .toUtf8());
    printLine(QByteArrayLiteral("month    members    up    held    down"));
    for (const LevelMonth &m : months)
        printLine(QStringLiteral("%1%2 %3 %4% %5% %6%")
                      .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                      .arg(m.complete ? QStringLiteral(" ") : QStringLiteral("*"))
                      .arg(m.members, 8)
                      .arg(m.upShare() * 100, 6, 'f', 1)
                      .arg(m.heldShare() * 100, 6, 'f', 1)
                      .arg(m.downShare() * 100, 6, 'f', 1)
                      .toUtf8());
    printLine(QByteArrayLiteral("rank  Q        inter.  content  knowl.  points  member"));
    for (int i = 0; i < std::min<int>(top, int(board.rows.size())); ++i) {
        const ContributionRow &r = board.rows.at(i);
        printLine(QStringLiteral("%1  %2 %3% %4% %5% %6  %7")
                      .arg(r.rank, 4)
                      .arg(r.q, 7, 'f', 4)
                      .arg(r.interactionShare * 100, 6, 'f', 2)
                      .arg(r.contentShare * 100, 6, 'f', 2)
                      .arg(r.knowledgeShare * 100, 6, 'f', 2)
                      .arg(r.points, 6)
                      .arg(r.name)
                      .toUtf8());
    }
}

} // namespace

int runLevels(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day of the leaderboard and the monthly table "
                                "(YYYY-MM-DD); default: 29 days before --to."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Day of the levels, last day of the leaderboard (YYYY-MM-DD); "
                                "default: the last message's day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("top"), QStringLiteral("Leaderboard rows (default 20)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    bool topOk = false;
    const int top = p.value(QStringLiteral("top")).toInt(&topOk);
    if (!topOk || top < 0)
        return fail(QStringLiteral("levels: --top must be a number >= 0, not '%1'")
                        .arg(p.value(QStringLiteral("top"))));
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    QDate last = source.lastMessageDate();
    if (!last.isValid())
        last = QDate::currentDate();
    Period period;
    if (!Period::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                       Period::ending(last, 30), &period, &error))
        return fail(QStringLiteral("levels: %1").arg(error));

    const LevelRules levelRules = LevelRules::load(db);
    const ContributionRules contributionRules = ContributionRules::load(db);
    const LevelCalculator levels(source, levelRules);
    const QHash<qint64, MemberLevel> atEnd = levels.levelsAt(period.to);
    const LevelCounts counts = LevelCalculator::counts(atEnd);
    const QList<LevelMonth> months = levels.monthly(period.from, period.to);
    ContributionBoard board;
    if (!ContributionScore(source, contributionRules).compute(period, &board, &error))
        return fail(error);

    if (!p.isSet(QStringLiteral("json"))) {
        printText(source, period.to, counts, months, board, top);
        return 0;
    }
    QJsonObject memberLevels;
    QList<qint64> ids = atEnd.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        memberLevels.insert(QString::number(id), atEnd.value(id).level);
    QJsonArray leaderboard;
    for (int i = 0; i < std::min<int>(top, int(board.rows.size())); ++i)
        leaderboard.append(rowJson(board.rows.at(i)));
    const QJsonObject o{{QStringLiteral("community"), source.communityName()},
                        {QStringLiteral("timezone"), QString::fromUtf8(source.clock().zone().id())},
                        {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                        {QStringLiteral("rules"), rulesJson(levelRules, contributionRules)},
                        {QStringLiteral("members"), qint64(atEnd.size())},
                        {QStringLiteral("level_counts"), countsJson(counts)},
                        {QStringLiteral("member_levels"), memberLevels},
                        {QStringLiteral("monthly"), monthsJson(months)},
                        {QStringLiteral("totals"),
                         QJsonObject{{QStringLiteral("interactions"), board.totalInteractions},
                                     {QStringLiteral("messages"), board.totalMessages},
                                     {QStringLiteral("knowledge"), board.totalKnowledge}}},
                        {QStringLiteral("leaderboard"), leaderboard}};
    printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace kindred::cli
