#include "MemberIdentityModel.h"

#include "ModelRoles.h"
#include "PlatformNames.h"

namespace kindred {

MemberIdentityModel::MemberIdentityModel(QObject *parent) : QAbstractTableModel(parent) {}

void MemberIdentityModel::setIdentities(const QList<MemberIdentity> &identities)
{
    beginResetModel();
    m_rows = identities;
    endResetModel();
}

void MemberIdentityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MemberIdentityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberIdentityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberIdentityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberIdentity &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.memberId;
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole &&
        role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Platform:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? PlatformNames::name(r.platform)
                                                                  : r.platform;
    case ExternalId:
        return r.externalId;
    case Username:
        return r.username;
    case DisplayName:
        return r.displayName;
    case Source:
        if (role == Qt::ToolTipRole)
            return r.merged ? tr("This account belongs to member #%1, merged into this person "
                                 "(Identities page, merge log).")
                                  .arg(r.memberId)
                            : tr("This account belongs to the member row of this person.");
        if (role == Qt::DisplayRole)
            return r.merged ? tr("merged #%1").arg(r.memberId) : tr("own");
        return r.merged ? r.memberId : 0;
    default:
        return {};
    }
}

QVariant MemberIdentityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Platform:
        return tr("Platform");
    case ExternalId:
        return tr("Account id");
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Display name");
    case Source:
        return tr("From");
    default:
        return {};
    }
}

} // namespace kindred
