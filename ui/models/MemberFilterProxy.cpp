#include "MemberFilterProxy.h"

#include "MemberTableModel.h"
#include "ModelRoles.h"

namespace kindred {

MemberFilterProxy::MemberFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MemberFilterProxy::setSegmentFilter(int segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    invalidateFilter();
}

void MemberFilterProxy::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    invalidateFilter();
}

bool MemberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, MemberTableModel::Name, sourceParent);
    if (m_segment >= 0 && name.data(SegmentRole).toInt() != m_segment)
        return false;
    if (!m_name.isEmpty() &&
        !name.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace kindred
