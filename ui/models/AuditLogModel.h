#pragma once
// The moderation audit log (ModerationStore::auditLog, newest first) as a table, and the
// proxy that filters it on the page (actor, action, member name or id, local date range).
//   When    acted_at in the community's timezone ("yyyy-MM-dd HH:mm"; CSV: ISO 8601 UTC)
//   Actor   the moderator's name recorded with the decision
//   Action  translated action (CSV: the key)
//   Member  the member's name as it was at the decision (IdRole = member id)
//   Flag    the flag's rule and id, "—" when the decision named no single flag
//   Reason  the reason given
// The log is append-only in the database; this model only shows it.

#include "moderation/ModerationStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace kindred {

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column
    {
        When,
        Actor,
        Action,
        Member,
        Flag,
        Reason,
        ColumnCount
    };
    enum Role
    {
        ActionKeyRole = Qt::UserRole + 30, ///< action key (dismiss, warn, ...)
        ActedAtRole,                       ///< UTC seconds
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries, const QTimeZone &zone);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const QTimeZone &zone() const { return m_zone; }
    /// Distinct actors, sorted (for the filter's drop-down).
    QStringList actors() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QTimeZone m_zone = QTimeZone::utc();
};

/// Filters AuditLogModel rows: every non-empty criterion must hold.
class AuditLogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogFilterProxy)
public:
    explicit AuditLogFilterProxy(QObject *parent = nullptr);

    /// Exact actor ("" = every actor).
    void setActor(const QString &actor);
    /// Action key ("" = every action).
    void setAction(const QString &actionKey);
    /// Member name substring (any case) or "#id" / a number for the member id ("" = all).
    void setMember(const QString &text);
    /// Local days (community timezone) from..to inclusive; invalid dates leave that side open.
    void setDateRange(const QDate &from, const QDate &to);

    QString actor() const { return m_actor; }
    QString action() const { return m_action; }
    QString member() const { return m_member; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_actor;
    QString m_action;
    QString m_member;
    QDate m_from;
    QDate m_to;
};

} // namespace kindred
