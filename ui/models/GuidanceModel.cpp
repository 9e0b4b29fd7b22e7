#include "GuidanceModel.h"

#include "ModelRoles.h"
#include "charts/ChartFactory.h"
#include "widgets/Icons.h"

#include <QLocale>

#include <algorithm>

namespace kindred {

GuidanceModel::GuidanceModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuidanceModel::setEntries(const QList<GuidanceEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int GuidanceModel::count(GuidanceReason reason) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [reason](const GuidanceEntry &e) { return e.reason == reason; }));
}

void GuidanceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GuidanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GuidanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuidanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const GuidanceEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.memberId;
    if (role == ReasonRole)
        return int(e.reason);
    if (role == SegmentRole)
        return int(e.segment);
    const QLocale locale;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return e.name;
        if (role == Qt::ToolTipRole)
            return tr("Member #%1 (double-click to open)").arg(e.memberId);
        break;
    case Reason:
        if (role == Qt::DisplayRole)
            return GuidanceList::label(e.reason);
        if (role == ExportRole)
            return GuidanceList::key(e.reason);
        if (role == SortRole)
            return int(e.reason);
        if (role == Qt::DecorationRole)
            return Icons::dot(ChartFactory::segmentColor(e.segment));
        if (role == Qt::ToolTipRole)
            return tr("Segment: %1").arg(ChartFactory::segmentName(e.segment));
        break;
    case LastActive:
        if (role == Qt::DisplayRole)
            return e.lastActive.isValid() ? tr("%1 (%n day(s) ago)", nullptr, e.daysSinceActive)
                                                .arg(e.lastActive.toString(Qt::ISODate))
                                          : tr("never");
        if (role == ExportRole)
            return e.lastActive.isValid() ? e.lastActive.toString(Qt::ISODate) : QString();
        if (role == SortRole)
            return e.daysSinceActive;
        break;
    case ActiveDays:
        if (role == Qt::DisplayRole)
            return tr("%1 / %2").arg(locale.toString(e.activeDaysLast),
                                     locale.toString(e.activeDaysPrevious));
        if (role == ExportRole || role == SortRole)
            return e.activeDaysLast;
        if (role == Qt::ToolTipRole)
            return tr("Active days in the last window / in the window before");
        break;
    case Messages:
        if (role == Qt::DisplayRole)
            return locale.toString(e.messages);
        if (role == ExportRole || role == SortRole)
            return e.messages;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Why:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole ||
            role == Qt::ToolTipRole)
            return e.why;
        break;
    default:
        break;
    }
    return {};
}

QVariant GuidanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Member");
    case Reason:
        return tr("Suggested because");
    case LastActive:
        return tr("Last active");
    case ActiveDays:
        return tr("Active days (last / before)");
    case Messages:
        return tr("Messages");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace kindred
