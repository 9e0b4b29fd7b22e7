#include "PersonaMemberModel.h"

#include "ModelRoles.h"
#include "PersonaClusterModel.h"

#include <QLocale>

#include <algorithm>

namespace kindred {

PersonaMemberModel::PersonaMemberModel(QObject *parent) : QAbstractTableModel(parent) {}

void PersonaMemberModel::setRows(std::vector<PersonaMemberRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PersonaMemberModel::setMembers(const std::vector<qint64> &ids,
                                    const std::vector<MemberFeatureRow> &features,
                                    const QHash<qint64, QString> &names)
{
    std::vector<PersonaMemberRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        PersonaMemberRow r;
        r.member = id;
        r.name = names.value(id);
        const auto it = std::lower_bound(
            features.begin(), features.end(), id,
            [](const MemberFeatureRow &row, qint64 member) { return row.member < member; });
        if (it != features.end() && it->member == id)
            r.features = *it;
        r.features.member = id;
        rows.push_back(std::move(r));
    }
    setRows(std::move(rows));
}

void PersonaMemberModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PersonaMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonaMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonaMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonaMemberRow &r = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool feature = column >= FirstFeature && column < ColumnCount;
    const MemberFeature f = MemberFeature(feature ? column - FirstFeature : 0);
    switch (role) {
    case Qt::DisplayRole:
        if (feature)
            return MemberFeatures::formatValue(f, r.features.value(f));
        if (column == Name)
            return r.name.isEmpty() ? tr("(member %1)").arg(r.member) : r.name;
        return QLocale().toString(r.features.messages);
    case SortRole:
    case ExportRole:
        if (feature)
            return r.features.value(f);
        if (column == Name)
            return r.name;
        return r.features.messages;
    case IdRole:
        return r.member;
    case Qt::ToolTipRole:
        if (feature)
            return MemberFeatures::label(f);
        if (column == Messages)
            return tr("Messages in the period, over %n day(s) present", nullptr,
                      r.features.presenceDays);
        return tr("Double-click to open the member");
    case Qt::TextAlignmentRole:
        return int((column == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant PersonaMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool feature = section >= FirstFeature;
    const MemberFeature f = MemberFeature(feature ? section - FirstFeature : 0);
    if (role == Qt::DisplayRole) {
        if (feature)
            return PersonaClusterModel::shortLabel(f);
        return section == Name ? tr("Member") : tr("Messages");
    }
    if (role == Qt::ToolTipRole && feature)
        return MemberFeatures::label(f);
    if (role == Qt::TextAlignmentRole)
        return int((section == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
