#include "PredictionFilterProxy.h"

#include "ModelRoles.h"
#include "PredictionModel.h"

#include <algorithm>

namespace kindred {

PredictionFilterProxy::PredictionFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void PredictionFilterProxy::setAtRiskOnly(bool on)
{
    if (on == m_atRiskOnly)
        return;
    m_atRiskOnly = on;
    invalidateFilter();
}

void PredictionFilterProxy::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.0, 1.0);
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    if (m_atRiskOnly)
        invalidateFilter();
}

void PredictionFilterProxy::setNameFilter(const QString &text)
{
    const QString name = text.trimmed();
    if (name == m_name)
        return;
    m_name = name;
    invalidateFilter();
}

bool PredictionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, PredictionModel::Name, sourceParent);
    if (m_atRiskOnly && index.data(PredictionModel::ChurnRole).toDouble() < m_threshold)
        return false;
    return m_name.isEmpty() ||
           index.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive);
}

} // namespace kindred
