#include "AuditLogModel.h"

#include "ModelRoles.h"
#include "ModerationLabels.h"

#include <QDateTime>

#include <algorithm>

namespace kindred {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries, const QTimeZone &zone)
{
    beginResetModel();
    m_entries = entries;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

QStringList AuditLogModel::actors() const
{
    QStringList list;
    for (const AuditEntry &e : m_entries)
        if (!list.contains(e.actor))
            list << e.actor;
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return list;
}

void AuditLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.memberId;
    case ActionKeyRole:
        return e.action;
    case ActedAtRole:
        return e.actedAt;
    default:
        break;
    }
    switch (index.column()) {
    case When:
        if (role == Qt::DisplayRole)
            return QDateTime::fromSecsSinceEpoch(e.actedAt, m_zone)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (role == ExportRole)
            return QDateTime::fromSecsSinceEpoch(e.actedAt, Qt::UTC).toString(Qt::ISODate);
        if (role == SortRole)
            return e.actedAt;
        if (role == Qt::ToolTipRole)
            return tr("Entry #%1, recorded %2 UTC")
                .arg(e.id)
                .arg(QDateTime::fromSecsSinceEpoch(e.actedAt, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        break;
    case Actor:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return e.actor;
        break;
    case Action:
        if (role == Qt::DisplayRole)
            return ModerationLabels::action(e.action);
        if (role == ExportRole || role == SortRole)
            return e.action;
        break;
    case Member:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return e.memberName.isEmpty() ? tr("#%1").arg(e.memberId) : e.memberName;
        if (role == Qt::ToolTipRole)
            return tr("Member #%1 (double-click to open)").arg(e.memberId);
        break;
    case Flag:
        if (role == Qt::DisplayRole)
            return e.flagId == 0
                       ? QStringLiteral("—")
                       : tr("%1 #%2").arg(ModerationLabels::rule(e.flagRule)).arg(e.flagId);
        if (role == ExportRole)
            return e.flagId == 0 ? QString() : QString::number(e.flagId);
        if (role == SortRole)
            return e.flagId;
        break;
    case Reason:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole ||
            role == Qt::ToolTipRole)
            return e.reason;
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Actor:
        return tr("Moderator");
    case Action:
        return tr("Action");
    case Member:
        return tr("Member");
    case Flag:
        return tr("Flag");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

AuditLogFilterProxy::AuditLogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void AuditLogFilterProxy::setActor(const QString &actor)
{
    m_actor = actor;
    invalidateFilter();
}

void AuditLogFilterProxy::setAction(const QString &actionKey)
{
    m_action = actionKey;
    invalidateFilter();
}

void AuditLogFilterProxy::setMember(const QString &text)
{
    m_member = text.trimmed();
    invalidateFilter();
}

void AuditLogFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->entries().size())
        return false;
    const AuditEntry &e = model->entries().at(sourceRow);
    if (!m_actor.isEmpty() && e.actor != m_actor)
        return false;
    if (!m_action.isEmpty() && e.action != m_action)
        return false;
    if (!m_member.isEmpty()) {
        QString digits = m_member;
        if (digits.startsWith(QLatin1Char('#')))
            digits.remove(0, 1);
        bool isNumber = false;
        const qint64 id = digits.toLongLong(&isNumber);
        const bool byId = isNumber && id == e.memberId;
        if (!byId && !e.memberName.contains(m_member, Qt::CaseInsensitive))
            return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = QDateTime::fromSecsSinceEpoch(e.actedAt, model->zone()).date();
        if (m_from.isValid() && day < m_from)
            return false;
        if (m_to.isValid() && day > m_to)
            return false;
    }
    return true;
}

} // namespace kindred
