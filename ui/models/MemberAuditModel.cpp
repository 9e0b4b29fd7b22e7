#include "MemberAuditModel.h"

#include "ModelRoles.h"
#include "PlatformNames.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kindred {

MemberAuditModel::MemberAuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void MemberAuditModel::setAudit(const MemberAuditResult &audit)
{
    beginResetModel();
    m_audit = audit;
    m_rows = audit.platforms;
    m_total = PlatformAudit{};
    for (const PlatformAudit &p : m_rows) {
        m_total.peopleInExports += p.peopleInExports;
        m_total.identities += p.identities;
        m_total.bots += p.bots;
        m_total.exporter += p.exporter;
        m_total.noActivity += p.noActivity;
        m_total.merged += p.merged;
        m_total.members += p.members;
        m_total.left += p.left;
        m_total.alsoElsewhere += p.alsoElsewhere;
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

QString MemberAuditModel::explanation() const
{
    const QLocale l;
    if (m_rows.isEmpty())
        return tr("No platform has been imported yet.");
    if (m_audit.overlap == 0)
        return tr("The workspace counts %1 members, the sum of the platforms' members: no "
                  "member is counted on two platforms.")
            .arg(l.toString(m_audit.members));
    return tr("The workspace counts %1 members: %2 per platform minus %3 people seen on more "
              "than one platform.")
        .arg(l.toString(m_audit.members), l.toString(m_total.members), l.toString(m_audit.overlap));
}

void MemberAuditModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MemberAuditModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1;
}

int MemberAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 MemberAuditModel::value(const PlatformAudit &p, int column)
{
    switch (column) {
    case PeopleInExports:
        return p.peopleInExports;
    case Identities:
        return p.identities;
    case Bots:
        return p.bots;
    case Exporter:
        return p.exporter;
    case NoActivity:
        return p.noActivity;
    case Merged:
        return p.merged;
    case Members:
        return p.members;
    case Left:
        return p.left;
    case AlsoElsewhere:
        return p.alsoElsewhere;
    default:
        return 0;
    }
}

QVariant MemberAuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = isTotalRow(index.row());
    const PlatformAudit &p = total ? m_total : m_rows.at(index.row());
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == Platform) {
        if (role == Qt::DisplayRole)
            return total ? tr("All platforms") : PlatformNames::name(p.platform);
        if (role == ExportRole)
            return total ? tr("All platforms") : p.platform;
        if (role == Qt::ToolTipRole && !total)
            return tr("%n import(s) from %1", nullptr, int(p.batches))
                .arg(PlatformNames::name(p.platform));
        if (role == Qt::ToolTipRole)
            return explanation();
        return {};
    }
    const qint64 v = value(p, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(v);
    case SortRole:
    case ExportRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant MemberAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Platform:
            return tr("Platform");
        case PeopleInExports:
            return tr("People in exports");
        case Identities:
            return tr("Accounts");
        case Bots:
            return tr("Bots");
        case Exporter:
            return tr("Exporting account");
        case NoActivity:
            return tr("No activity");
        case Merged:
            return tr("Merged");
        case Members:
            return tr("Members");
        case Left:
            return tr("Left");
        case AlsoElsewhere:
            return tr("Also on other platforms");
        default:
            return {};
        }
    }
    if (role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case PeopleInExports:
        return tr("The people each exported file names, added up over the files of this "
                  "platform (someone in two files counts twice)");
    case Identities:
        return tr("Different accounts of this platform in the workspace. Accounts = bots + "
                  "exporting account + no activity + merged + members");
    case Bots:
        return tr("Accounts marked as bots: not counted as members");
    case Exporter:
        return tr("The account that made the export (\"You\"): not counted as a member");
    case NoActivity:
        return tr("Accounts only mentioned or named in a system line: they never posted, "
                  "reacted or joined");
    case Merged:
        return tr("Accounts merged into another member (counted once, there)");
    case Members:
        return tr("The members this platform counts");
    case Left:
        return tr("Members whose last event is leaving or being removed (part of Members)");
    case AlsoElsewhere:
        return tr("Members also seen on another platform (part of Members, counted once in "
                  "the workspace)");
    default:
        return {};
    }
}

void MemberAuditModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    auto less = [column](const PlatformAudit &a, const PlatformAudit &b) {
        if (column == Platform)
            return PlatformNames::name(a.platform)
                       .localeAwareCompare(PlatformNames::name(b.platform)) < 0;
        return value(a, column) < value(b, column);
    };
    QList<int> positions(m_rows.size()); // new position -> old row
    for (int r = 0; r < m_rows.size(); ++r)
        positions[r] = r;
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? less(m_rows.at(a), m_rows.at(b))
                                           : less(m_rows.at(b), m_rows.at(a));
    });
    QList<PlatformAudit> sorted;
    QList<int> newRowOf(m_rows.size() + 1); // old row -> new row (the total stays last)
    for (int r = 0; r < positions.size(); ++r) {
        sorted.append(m_rows.at(positions.at(r)));
        newRowOf[positions.at(r)] = r;
    }
    newRowOf[m_rows.size()] = int(m_rows.size());
    m_rows = sorted;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &i : before)
        after.append(index(newRowOf.value(i.row()), i.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace kindred
