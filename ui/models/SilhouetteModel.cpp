#include "SilhouetteModel.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace kindred {

SilhouetteModel::SilhouetteModel(QObject *parent) : QAbstractTableModel(parent) {}

void SilhouetteModel::setScores(const std::vector<KScore> &scores, int chosenK)
{
    beginResetModel();
    m_scores = scores;
    m_chosenK = chosenK;
    endResetModel();
}

int SilhouetteModel::chosenRow() const
{
    for (size_t i = 0; i < m_scores.size(); ++i)
        if (m_scores[i].k == m_chosenK)
            return int(i);
    return -1;
}

void SilhouetteModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_scores.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SilhouetteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int SilhouetteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilhouetteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KScore &s = m_scores[size_t(index.row())];
    const bool chosen = s.k == m_chosenK;
    const bool fitted = std::isfinite(s.silhouette);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case K:
            return chosen ? tr("%1 ✓").arg(s.k) : QString::number(s.k);
        case Silhouette:
            return fitted ? QLocale().toString(s.silhouette, 'f', 3) : tr("n/a");
        case Inertia:
            return fitted ? QLocale().toString(s.inertia, 'f', 1) : tr("n/a");
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case K:
            return s.k;
        case Silhouette:
            return fitted ? QVariant(s.silhouette) : QVariant();
        case Inertia:
            return fitted ? QVariant(s.inertia) : QVariant();
        }
        break;
    case Qt::FontRole:
        if (chosen) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::BackgroundRole:
        if (chosen)
            return QBrush(QColor(0x3B, 0x82, 0xF6, 40));
        break;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!fitted)
            return tr("k = %1 could not be fitted (fewer distinct members than clusters)").arg(s.k);
        if (index.column() == Inertia)
            return tr("Inertia for k = %1: the sum of each member's squared distance to their "
                      "cluster's centre, in squared standard deviations (%2). It always falls "
                      "as k grows, so it does not choose k.")
                .arg(s.k)
                .arg(QLocale().toString(s.inertia, 'f', 1));
        return QString(
            (chosen ? tr("k = %1 is chosen: the highest mean silhouette (%2).")
                    : tr("k = %1: mean silhouette %2."))
                .arg(s.k)
                .arg(QLocale().toString(s.silhouette, 'f', 3)) +
            QLatin1Char('\n') +
            tr("Silhouette of a member = (b − a) / max(a, b), a = mean distance to the own "
               "cluster, b = to the nearest other cluster; −1..1, higher = better separated "
               "(Rousseeuw 1987)."));
    default:
        break;
    }
    return {};
}

QVariant SilhouetteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case K:
            return tr("k");
        case Silhouette:
            return tr("Silhouette");
        case Inertia:
            return tr("Inertia");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case K:
            return tr("Number of clusters tried");
        case Silhouette:
            return tr("Mean silhouette of the clustering: the k with the highest is kept");
        case Inertia:
            return tr("Sum of squared distances to the cluster centres (squared SDs)");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
