#include "LeaderboardModel.h"

#include "LevelCountModel.h"
#include "ModelRoles.h"

#include <QLocale>

#include <map>

namespace kindred {
namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 2) + QLatin1Char('%');
}

QString scoreText(double q)
{
    return QLocale().toString(q, 'f', 4);
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderboardModel::setBoard(const ContributionBoard &board,
                                const QHash<qint64, MemberLevel> &levels)
{
    beginResetModel();
    m_board = board;
    m_levels = levels;
    endResetModel();
}

MemberLevel LeaderboardModel::level(qint64 memberId) const
{
    const auto it = m_levels.constFind(memberId);
    if (it != m_levels.constEnd())
        return it.value();
    MemberLevel l;
    l.name = LevelCalculator::name(Level::Exploring);
    return l;
}

void LeaderboardModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_board.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString LeaderboardModel::badgeSummary(const QList<Badge> &badges)
{
    std::map<int, int> counts; // in BadgeKind order
    for (const Badge &b : badges)
        ++counts[int(b.kind)];
    QStringList parts;
    for (const auto &[kind, n] : counts)
        parts.append(n > 1 ? tr("%1 ×%2").arg(Badge::label(BadgeKind(kind))).arg(n)
                           : Badge::label(BadgeKind(kind)));
    return parts.join(QStringLiteral(" · "));
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_board.rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaderboardModel::tooltip(const ContributionRow &row, int column) const
{
    const QLocale locale;
    const ContributionRules &k = m_board.rules;
    switch (column) {
    case LevelColumn:
        return level(row.memberId).why;
    case Interactions:
        return tr("k1 = %1; share of interactions %2: %3 of %4 (%5 replies + %6 reactions "
                  "given in the period)")
            .arg(locale.toString(k.k1), percent(row.interactionShare),
                 locale.toString(row.interactions()), locale.toString(m_board.totalInteractions),
                 locale.toString(row.repliesGiven), locale.toString(row.reactionsGiven));
    case Content:
        return tr("k2 = %1; share of content %2: %3 of %4 messages posted in the period")
            .arg(locale.toString(k.k2), percent(row.contentShare), locale.toString(row.messages),
                 locale.toString(m_board.totalMessages));
    case Knowledge:
        return tr("k3 = %1; share of knowledge %2: %3 of %4 knowledge posts (%5 long, %6 with "
                  "links, %7 with code, %8 with files)")
            .arg(locale.toString(k.k3), percent(row.knowledgeShare), locale.toString(row.knowledge),
                 locale.toString(m_board.totalKnowledge), locale.toString(row.longPosts),
                 locale.toString(row.links), locale.toString(row.code), locale.toString(row.files));
    case Badges: {
        QStringList lines;
        for (const Badge &b : row.badges)
            lines.append(b.text());
        return lines.isEmpty() ? tr("No badge yet") : lines.join(QLatin1Char('\n'));
    }
    default:
        return m_board.why(row);
    }
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContributionRow &r = m_board.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return r.rank;
        case Member:
            return r.name;
        case LevelColumn:
            return level(r.memberId).name;
        case Score:
            return scoreText(r.q);
        case Interactions:
            return percent(r.interactionShare);
        case Content:
            return percent(r.contentShare);
        case Knowledge:
            return percent(r.knowledgeShare);
        case Points:
            return QLocale().toString(r.points);
        case Badges:
            return badgeSummary(r.badges);
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case Rank:
            return r.rank;
        case Member:
            return r.name;
        case LevelColumn:
            return role == SortRole
                       ? QVariant(level(r.memberId).level)
                       : QVariant(LevelCalculator::key(Level(level(r.memberId).level)));
        case Score:
            return r.q;
        case Interactions:
            return r.interactionShare;
        case Content:
            return r.contentShare;
        case Knowledge:
            return r.knowledgeShare;
        case Points:
            return r.points;
        case Badges:
            return role == SortRole ? QVariant(int(r.badges.size()))
                                    : QVariant(badgeSummary(r.badges));
        }
        break;
    case IdRole:
        return r.memberId;
    case LevelRole:
        return level(r.memberId).level;
    case Qt::DecorationRole:
        if (column == LevelColumn)
            return LevelCountModel::levelDot(Level(level(r.memberId).level));
        break;
    case Qt::ToolTipRole:
        return tooltip(r, column);
    case Qt::TextAlignmentRole:
        if (column == Rank || (column >= Score && column <= Points))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Member:
            return tr("Member");
        case LevelColumn:
            return tr("Level");
        case Score:
            return tr("Q");
        case Interactions:
            return tr("Interactions");
        case Content:
            return tr("Content");
        case Knowledge:
            return tr("Knowledge");
        case Points:
            return tr("Points");
        case Badges:
            return tr("Badges");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Score:
            return tr("Contribution score Q = k1 × share of interactions + k2 × share of content "
                      "+ k3 × share of knowledge (the seeds' Q(x) = k1·P(y|x) + k2·P(z|x) + "
                      "k3·P(w|x))");
        case Interactions:
            return tr("Share of all interactions of the period: replies + reactions given");
        case Content:
            return tr("Share of all messages posted in the period");
        case Knowledge:
            return tr("Share of all knowledge posts of the period: long posts, links, code, "
                      "files and media");
        case Points:
            return tr("Points (积分) earned in the period: per message (with a cooldown and a "
                      "minimum length), per distinct member who replied, per distinct member "
                      "who reacted");
        case Badges:
            return tr("Badges (勋章) earned up to the period's end");
        case LevelColumn:
            return tr("Level at the end of the period");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole &&
               (section == Rank || (section >= Score && section <= Points))) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
