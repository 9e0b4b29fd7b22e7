#include "InfluenceModel.h"

#include "ModelRoles.h"
#include "widgets/Icons.h"

#include <QLocale>

namespace kindred {

InfluenceModel::InfluenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void InfluenceModel::setResult(const InfluenceResult &result)
{
    beginResetModel();
    m_result = result;
    m_rowOf.clear();
    for (size_t i = 0; i < m_result.members.size(); ++i)
        m_rowOf.insert(m_result.members[i].memberId, int(i));
    endResetModel();
}

void InfluenceModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QColor InfluenceModel::clusterColor(int cluster)
{
    static const QColor colors[] = {QColor(0x38, 0x8e, 0xe0), QColor(0xe8, 0x6a, 0x33),
                                    QColor(0x22, 0xa0, 0x6b), QColor(0x9b, 0x59, 0xb6),
                                    QColor(0xd4, 0xa0, 0x17), QColor(0xd6, 0x45, 0x7a),
                                    QColor(0x17, 0xa2, 0xb8), QColor(0x7f, 0x8c, 0x3d)};
    if (cluster < 0)
        return QColor(0x94, 0x9c, 0xa8);
    return colors[cluster % int(std::size(colors))];
}

QString InfluenceModel::roleText(const InfluenceMember &m) const
{
    QStringList parts;
    if (m.kolRank > 0)
        parts << tr("KOL #%1").arg(m.kolRank);
    if (m.bridgeRank > 0)
        parts << tr("Bridge #%1").arg(m.bridgeRank);
    return parts.join(QStringLiteral(" · "));
}

int InfluenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.members.size());
}

int InfluenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InfluenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const InfluenceMember &m = m_result.members[size_t(row)];
    const QLocale locale;
    const QString cluster = m.cluster >= 0 && m.cluster < m_result.clusterNames.size()
                                ? m_result.clusterNames.at(m.cluster)
                                : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Member:
            return m.name;
        case Role:
            return roleText(m);
        case PageRank:
            return locale.toString(m.pageRank, 'f', 5);
        case Betweenness:
            return locale.toString(m.betweennessNormalised, 'f', 4);
        case InDegree:
            return m.degree.in;
        case OutDegree:
            return m.degree.out;
        case InWeight:
            return locale.toString(m.degree.inWeight, 'f', 0);
        case OutWeight:
            return locale.toString(m.degree.outWeight, 'f', 0);
        case Persona:
            return cluster.isEmpty() ? tr("—") : cluster;
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Member:
            return m.name;
        case Role:
            // KOLs first (by rank), then bridges (by rank), then the rest.
            if (role == ExportRole)
                return roleText(m);
            return m.kolRank > 0 ? m.kolRank : (m.bridgeRank > 0 ? 100 + m.bridgeRank : 1000);
        case PageRank:
            return m.pageRank;
        case Betweenness:
            return m.betweennessNormalised;
        case InDegree:
            return m.degree.in;
        case OutDegree:
            return m.degree.out;
        case InWeight:
            return m.degree.inWeight;
        case OutWeight:
            return m.degree.outWeight;
        case Persona:
            return cluster;
        }
        break;
    case IdRole:
        return m.memberId;
    case Qt::ToolTipRole:
        return tooltip(m, row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Persona)
            return Icons::dot(clusterColor(m.cluster));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= PageRank && index.column() <= OutWeight)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QString InfluenceModel::tooltip(const InfluenceMember &m, int row, int column) const
{
    const QLocale locale;
    const int n = m_result.nodes;
    switch (column) {
    case Role:
        if (m.kolRank == 0 && m.bridgeRank == 0)
            return tr("KOL: one of the %1 highest PageRanks. Bridge: among the highest "
                      "betweenness of the members whose reply partners belong to at least two "
                      "personas.")
                .arg(InfluenceOptions{}.kolCount);
        return tr("KOL #%1: rank by PageRank. Bridge #%2: rank by betweenness among the members "
                  "whose reply partners belong to %3 personas (at least 2 needed).")
            .arg(m.kolRank > 0 ? QString::number(m.kolRank) : tr("—"))
            .arg(m.bridgeRank > 0 ? QString::number(m.bridgeRank) : tr("—"))
            .arg(m.neighbourClusters);
    case PageRank:
        return tr("PageRank %1 (rank %2 of %3): the share of time a random walk that follows "
                  "replies and mentions (weighted by messages, damping 0.85, restarting "
                  "anywhere with probability 0.15) spends at %4. All %3 scores sum to 1.")
            .arg(locale.toString(m.pageRank, 'g', 6))
            .arg(row + 1)
            .arg(n)
            .arg(m.name);
    case Betweenness:
        return tr("Betweenness %1 = %2 / ((n−1)(n−2)) with n = %3 members: of the shortest "
                  "reply paths between two other members, the share passing through %4 "
                  "(Brandes 2001; raw sum %2%5).")
            .arg(locale.toString(m.betweennessNormalised, 'g', 6))
            .arg(locale.toString(m.betweenness, 'f', 1))
            .arg(n)
            .arg(m.name)
            .arg(m_result.pivots > 0
                     ? tr(", estimated from %1 sampled members").arg(m_result.pivots)
                     : QString());
    case InDegree:
    case InWeight:
        return tr("%1 member(s) replied to or mentioned %2, in %3 message(s).")
            .arg(m.degree.in)
            .arg(m.name)
            .arg(locale.toString(m.degree.inWeight, 'f', 0));
    case OutDegree:
    case OutWeight:
        return tr("%1 replied to or mentioned %2 member(s), in %3 message(s).")
            .arg(m.name)
            .arg(m.degree.out)
            .arg(locale.toString(m.degree.outWeight, 'f', 0));
    case Persona:
        return tr("Persona cluster of %1 over the same period; %2 different personas among the "
                  "members %1 exchanged messages with.")
            .arg(m.name)
            .arg(m.neighbourClusters);
    default:
        return m.name;
    }
}

QVariant InfluenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PageRank:
            return tr("Weighted PageRank over the reply/mention graph (damping 0.85)");
        case Betweenness:
            return tr("Normalised betweenness: share of shortest paths between other members "
                      "through this member");
        case InDegree:
            return tr("Members who replied to or mentioned this member");
        case OutDegree:
            return tr("Members this member replied to or mentioned");
        case InWeight:
            return tr("Messages replying to or mentioning this member");
        case OutWeight:
            return tr("Messages by this member replying to or mentioning someone");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Member:
        return tr("Member");
    case Role:
        return tr("Role");
    case PageRank:
        return tr("PageRank");
    case Betweenness:
        return tr("Betweenness");
    case InDegree:
        return tr("In");
    case OutDegree:
        return tr("Out");
    case InWeight:
        return tr("Msgs in");
    case OutWeight:
        return tr("Msgs out");
    case Persona:
        return tr("Persona");
    }
    return {};
}

} // namespace kindred
