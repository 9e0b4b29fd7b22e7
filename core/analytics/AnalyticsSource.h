#pragma once
// Reads what the metrics need from the workspace: the community's members (bots and merged
// identities resolved) and who was active on which local day. Active on a day = posted or
// replied (a non-service message) or reacted (a reaction whose time the export gives) that
// day in the community's timezone. Runs on the thread that owns the Database connection.

#include "CommunityClock.h"
#include "Period.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace kindred {

class Database;

/// One person of the community (never a bot, the exporting account "You", or an identity
/// merged into another).
struct MemberFacts
{
    qint64 id = 0;
    QString name;
    qint64 firstSeen = 0; ///< UTC seconds of the first message, reaction or event
    qint64 lastSeen = 0;
    qint64 joinedAt = 0; ///< first join/invite event, 0 when the export has none
    qint64 leftAt = 0;   ///< last leave/remove after the last join, 0 when still in
    QString status;      ///< active, muted, banned

    /// Join time for growth and newcomer rules: the join event, else the first sighting.
    qint64 joinTime() const { return joinedAt > 0 ? joinedAt : firstSeen; }
};

/// (local Julian day, member id) pairs, sorted by day then member, without duplicates.
using ActivityDays = std::vector<std::pair<qint64, qint64>>;

class AnalyticsSource final
{
public:
    explicit AnalyticsSource(Database &db);

    /// Loads community, timezone and members; false with error when the workspace has none.
    bool load(QString *error);

    Database &database() const { return m_db; }
    qint64 communityId() const { return m_communityId; }
    QString communityName() const { return m_communityName; }
    const CommunityClock &clock() const { return m_clock; }
    /// Restricts messages and activity to these channels (empty = all channels).
    void setChannelFilter(const QList<qint64> &channelIds) { m_channels = channelIds; }
    const QList<qint64> &channelFilter() const { return m_channels; }

    const std::vector<MemberFacts> &members() const { return m_members; }
    /// Member id after merges (the surviving member), or 0 for bots and unknown ids.
    qint64 resolve(qint64 memberId) const
    {
        return memberId > 0 && size_t(memberId) < m_rootOf.size() ? m_rootOf[size_t(memberId)] : 0;
    }

    /// Activity pairs for local days [fromDay, toDay] (Julian day numbers).
    ActivityDays activity(qint64 fromDay, qint64 toDay) const;

    /// UTC seconds [start, end) of a period in the community's timezone.
    qint64 startOf(const Period &p) const { return m_clock.startOf(p.from); }
    qint64 endOf(const Period &p) const { return m_clock.startOf(p.to.addDays(1)); }

    /// Local dates of the first and last non-service messages (invalid when none).
    QDate firstMessageDate() const;
    QDate lastMessageDate() const;
    /// SQL fragment " AND <column> IN (ids)" for the channel filter ("" when unfiltered).
    QString channelClause(const QString &column) const;

private:
    Database &m_db;
    qint64 m_communityId = 0;
    QString m_communityName;
    CommunityClock m_clock;
    QList<qint64> m_channels;
    std::vector<MemberFacts> m_members;
    std::vector<qint64> m_rootOf; ///< indexed by member id (rowids are dense); 0 = not a member
};

} // namespace kindred
