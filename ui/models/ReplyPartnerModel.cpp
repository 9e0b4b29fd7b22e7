#include "ReplyPartnerModel.h"

#include "ModelRoles.h"

#include <QLocale>

namespace kindred {

ReplyPartnerModel::ReplyPartnerModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReplyPartnerModel::setPartners(const QList<ReplyPartner> &partners, const QString &personName)
{
    beginResetModel();
    m_rows = partners;
    m_person = personName;
    endResetModel();
}

void ReplyPartnerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReplyPartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplyPartnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplyPartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplyPartner &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return r.memberId;
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name;
        case RepliesTo:
            return QLocale().toString(r.repliesTo);
        case RepliesFrom:
            return QLocale().toString(r.repliesFrom);
        case Total:
            return QLocale().toString(r.total());
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case Name:
            return r.name;
        case RepliesTo:
            return r.repliesTo;
        case RepliesFrom:
            return r.repliesFrom;
        case Total:
            return r.total();
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return tr("Double-click to open %1").arg(r.name);
        case RepliesTo:
            return tr("%1 replied %n time(s) to messages of %2", nullptr, r.repliesTo)
                .arg(m_person, r.name);
        case RepliesFrom:
            return tr("%1 replied %n time(s) to messages of %2", nullptr, r.repliesFrom)
                .arg(r.name, m_person);
        case Total:
            return tr("%1 + %2 = %3 replies between them")
                .arg(r.repliesTo)
                .arg(r.repliesFrom)
                .arg(r.total());
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != Name)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReplyPartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Member");
        case RepliesTo:
            return tr("Replied to");
        case RepliesFrom:
            return tr("Replied by");
        case Total:
            return tr("Total");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RepliesTo:
            return tr("Replies this person sent to the member's messages");
        case RepliesFrom:
            return tr("Replies the member sent to this person's messages");
        case Total:
            return tr("Replies both ways; the table keeps the 10 members with most");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && section != Name) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
