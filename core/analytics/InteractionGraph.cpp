#include "InteractionGraph.h"

#include "AnalyticsSource.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace kindred {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    *error = QCoreApplication::translate("InteractionGraph",
                                         "Cannot read the interactions of the period: %1")
                 .arg(q.lastError().text());
    return false;
}

} // namespace

QStringList InteractionGraph::mentionTokens(const QString &text)
{
    static const QRegularExpression mention(QStringLiteral("(?<!\\w)@(\\w+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList tokens;
    if (!text.contains(QLatin1Char('@')))
        return tokens;
    for (auto it = mention.globalMatch(text); it.hasNext();)
        tokens.append(it.next().captured(1));
    return tokens;
}

bool InteractionGraph::build(const AnalyticsSource &source, const Period &period,
                             const InteractionGraphOptions &options, InteractionGraph *out,
                             QString *error)
{
    *out = InteractionGraph();
    QSqlQuery q(source.database().sql());
    q.setForwardOnly(true);
    const QVariantList range{source.startOf(period), source.endOf(period)};
    const QString channels = source.channelClause(QStringLiteral("m.channel_id"));

    std::map<std::pair<qint64, qint64>, InteractionEdge> edges;
    auto edge = [&edges](qint64 from, qint64 to) -> InteractionEdge & {
        InteractionEdge &e = edges[{from, to}];
        e.from = from;
        e.to = to;
        return e;
    };

    // Replies within the channel.
    QHash<qint64, qint64> replyTarget; // message id -> member replied to (valid links only)
    if (!run(q,
             QStringLiteral("SELECT m.id, m.member_id, p.member_id FROM message m JOIN message p "
                            "ON p.channel_id = m.channel_id AND p.external_id = "
                            "m.reply_to_external_id WHERE m.is_service = 0 AND m.sent_at >= ? "
                            "AND m.sent_at < ? AND m.reply_to_external_id IS NOT NULL AND "
                            "m.member_id IS NOT NULL AND p.member_id IS NOT NULL") +
                 channels,
             range, error))
        return false;
    while (q.next()) {
        const qint64 from = source.resolve(q.value(1).toLongLong());
        const qint64 to = source.resolve(q.value(2).toLongLong());
        if (from == 0 || to == 0 || from == to)
            continue;
        replyTarget.insert(q.value(0).toLongLong(), to);
        InteractionEdge &e = edge(from, to);
        ++e.weight;
        ++e.replies;
        ++out->m_addressing;
    }
    q.finish();

    if (options.mentions) {
        // Names that can be mentioned: lower-cased -> member (0 when ambiguous).
        QHash<QString, qint64> named;
        auto addName = [&named](const QString &name, qint64 member) {
            if (name.isEmpty() || member == 0)
                return;
            const QString key = name.toLower();
            const auto it = named.constFind(key);
            if (it == named.constEnd())
                named.insert(key, member);
            else if (it.value() != member)
                named[key] = 0;
        };
        const QVariantList community{source.communityId()};
        if (!run(q,
                 QStringLiteral("SELECT member_id, username, display_name FROM identity WHERE "
                                "community_id = ?"),
                 community, error))
            return false;
        while (q.next()) {
            const qint64 member = source.resolve(q.value(0).toLongLong());
            addName(q.value(1).toString(), member);
            addName(q.value(2).toString(), member);
        }
        q.finish();
        if (!run(q, QStringLiteral("SELECT id, display_name FROM member WHERE community_id = ?"),
                 community, error))
            return false;
        while (q.next())
            addName(q.value(1).toString(), source.resolve(q.value(0).toLongLong()));
        q.finish();

        if (!run(q,
                 QStringLiteral("SELECT m.id, m.member_id, m.text FROM message m WHERE "
                                "m.is_service = 0 AND m.sent_at >= ? AND m.sent_at < ? AND "
                                "m.member_id IS NOT NULL AND instr(m.text, '@') > 0") +
                     channels,
                 range, error))
            return false;
        while (q.next()) {
            const qint64 from = source.resolve(q.value(1).toLongLong());
            if (from == 0)
                continue;
            const QStringList tokens = mentionTokens(q.value(2).toString());
            QSet<qint64> targets;
            for (const QString &token : tokens) {
                const qint64 to = named.value(token.toLower(), 0);
                if (to != 0 && to != from)
                    targets.insert(to);
            }
            if (targets.isEmpty())
                continue;
            const qint64 id = q.value(0).toLongLong();
            const qint64 replied = replyTarget.value(id, 0);
            if (replied == 0)
                ++out->m_addressing;
            for (const qint64 to : std::as_const(targets)) {
                InteractionEdge &e = edge(from, to);
                ++e.mentions;
                if (to != replied)
                    ++e.weight;
            }
        }
        q.finish();
    }

    QSet<qint64> nodes;
    out->m_edges.reserve(edges.size());
    for (const auto &[key, e] : edges) {
        nodes.insert(e.from);
        nodes.insert(e.to);
        out->m_replyLinks += e.replies;
        out->m_mentionLinks += e.mentions;
        out->m_edges.push_back(e);
    }
    out->m_members.assign(nodes.cbegin(), nodes.cend());
    std::sort(out->m_members.begin(), out->m_members.end());
    for (size_t i = 0; i < out->m_members.size(); ++i)
        out->m_index.insert(out->m_members[i], int(i));
    return true;
}

DirectedGraph InteractionGraph::graph() const
{
    std::vector<DirectedGraph::Arc> arcs;
    arcs.reserve(m_edges.size());
    for (const InteractionEdge &e : m_edges)
        arcs.push_back({indexOf(e.from), indexOf(e.to), double(e.weight)});
    return DirectedGraph(int(m_members.size()), std::move(arcs));
}

} // namespace kindred
