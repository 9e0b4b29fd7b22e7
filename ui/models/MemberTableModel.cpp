#include "MemberTableModel.h"

#include "ModelRoles.h"
#include "charts/ChartFactory.h"
#include "widgets/Icons.h"

#include <QDateTime>
#include <QLocale>

namespace kindred {

MemberTableModel::MemberTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (Segment s : Segmentation::all())
        m_dots.at(size_t(s)) = Icons::dot(ChartFactory::segmentColor(s));
}

void MemberTableModel::setRows(const QList<MemberRow> &rows, const QTimeZone &zone, int windowDays)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_windowDays = windowDays;
    endResetModel();
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SegmentColumn), index(rowCount() - 1, SegmentColumn));
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::formatDate(qint64 utcSecs) const
{
    if (utcSecs <= 0)
        return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone).date().toString(Qt::ISODate);
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name;
        case SegmentColumn:
            return ChartFactory::segmentName(r.segment);
        case Joined:
            return formatDate(r.joinedAt);
        case LastSeen:
            return formatDate(r.lastSeen);
        case MessagesInPeriod:
            return QLocale().toString(r.messagesInPeriod);
        case MessagesTotal:
            return QLocale().toString(r.messagesTotal);
        case ActiveDays:
            return QLocale().toString(r.activeDays);
        case Why:
            return r.why;
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case Name:
            return r.name;
        case SegmentColumn:
            return role == SortRole ? QVariant(int(r.segment))
                                    : QVariant(ChartFactory::segmentName(r.segment));
        case Joined:
            return role == SortRole ? QVariant(r.joinedAt) : QVariant(formatDate(r.joinedAt));
        case LastSeen:
            return role == SortRole ? QVariant(r.lastSeen) : QVariant(formatDate(r.lastSeen));
        case MessagesInPeriod:
            return r.messagesInPeriod;
        case MessagesTotal:
            return r.messagesTotal;
        case ActiveDays:
            return r.activeDays;
        case Why:
            return r.why;
        }
        break;
    case SegmentRole:
        return int(r.segment);
    case IdRole:
        return r.id;
    case Qt::DecorationRole:
        if (column == SegmentColumn)
            return m_dots.at(size_t(r.segment));
        break;
    case Qt::ToolTipRole:
        if (column == Why || column == SegmentColumn)
            return r.why;
        if (column == Name && !r.platforms.isEmpty())
            return tr("%1 — on %2").arg(r.name, r.platforms);
        break;
    case Qt::TextAlignmentRole:
        if (column >= MessagesInPeriod && column <= ActiveDays)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case SegmentColumn:
            return tr("Segment");
        case Joined:
            return tr("Joined");
        case LastSeen:
            return tr("Last seen");
        case MessagesInPeriod:
            return tr("Messages");
        case MessagesTotal:
            return tr("Total");
        case ActiveDays:
            return tr("Active days");
        case Why:
            return tr("Why this segment");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case MessagesInPeriod:
            return tr("Messages sent in the chosen period");
        case MessagesTotal:
            return tr("Messages sent up to the end of the period");
        case ActiveDays:
            return tr("Days with a message, reply or reaction in the %1 days ending with the "
                      "period")
                .arg(m_windowDays);
        case LastSeen:
            return tr("Last message, reaction or event up to the end of the period");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && section >= MessagesInPeriod &&
               section <= ActiveDays) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
