#include "CafMemberModel.h"

#include "ModelRoles.h"

#include <QLocale>

namespace kindred {
namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

CafMemberModel::CafMemberModel(QObject *parent) : QAbstractTableModel(parent) {}

void CafMemberModel::setFactor(const ContributorAbsence &caf)
{
    beginResetModel();
    m_caf = caf;
    m_cumulative.clear();
    qint64 sum = 0;
    for (const MemberMessages &m : caf.members)
        m_cumulative.append(sum += m.messages);
    endResetModel();
}

void CafMemberModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CafMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_caf.members.size());
}

int CafMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CafMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberMessages &m = m_caf.members.at(index.row());
    const qint64 total = m_caf.totalMessages;
    const double share = total > 0 ? double(m.messages) / double(total) : 0.0;
    const qint64 cumulative = m_cumulative.at(index.row());
    const double cumulativeShare = total > 0 ? double(cumulative) / double(total) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Member:
            return m.name.isEmpty() ? tr("(no name)") : m.name;
        case Messages:
            return QLocale().toString(m.messages);
        case Share:
            return percent(share);
        case CumulativeShare:
            return percent(cumulativeShare);
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Member:
            return m.name;
        case Messages:
            return m.messages;
        case Share:
            return share;
        case CumulativeShare:
            return cumulativeShare;
        }
        break;
    case IdRole:
        return m.memberId;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Share:
            return tr("%1 of the period's %2 messages = %3")
                .arg(QLocale().toString(m.messages), QLocale().toString(total), percent(share));
        case CumulativeShare:
            return tr("Members 1–%1 wrote %2 of %3 messages = %4 (the factor stops once this is "
                      "more than 50%)")
                .arg(index.row() + 1)
                .arg(QLocale().toString(cumulative), QLocale().toString(total),
                     percent(cumulativeShare));
        default:
            return tr("Double-click to open %1").arg(m.name);
        }
    case Qt::TextAlignmentRole:
        if (index.column() != Member)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CafMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Member:
            return tr("Member");
        case Messages:
            return tr("Messages");
        case Share:
            return tr("Share");
        case CumulativeShare:
            return tr("Cumulative");
        }
    } else if (role == Qt::TextAlignmentRole && section != Member) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
