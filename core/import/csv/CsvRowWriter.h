#pragma once
// Stores validated generic CSV rows in the workspace, per target, through prepared
// statements; every row it inserts (member, identity, channel, message, plan, membership,
// feedback, activity, activity_attendance) carries the import batch id. Idempotent: a row
// whose record is already stored adds nothing —
//   messages     (channel, external id)       external id: the row id column, else a hash
//   memberships  (community, external id)     "<source>:<row id>", else "<source>:h:<hash>"
//   feedback     (community, external id)     as memberships
//   activities   (community, name, start); attendance (activity, member)
//   members      the member found by CsvMemberResolver
// The hash covers the member's values and the record's own values (not its status, so that a
// later export with updated statuses adds no copies). The caller owns the transaction.

#include "CsvMapping.h"
#include "CsvMemberResolver.h"
#include "CsvRow.h"

#include <QHash>

#include <memory>
#include <vector>

struct sqlite3;

namespace kindred {

class SqliteStatement;

class CsvRowWriter final
{
    Q_DISABLE_COPY_MOVE(CsvRowWriter)
public:
    /// `importedAt` (UTC seconds) decides the status of memberships without one: expired when
    /// their expiry is before it, else active.
    CsvRowWriter(sqlite3 *db, qint64 communityId, qint64 batchId, const CsvMapping &mapping,
                 qint64 importedAt);
    ~CsvRowWriter();

    bool prepare(QString *error);
    /// Stores `row`; *added tells whether it added anything. False on a database error
    /// (lastError()).
    bool write(const CsvRow &row, bool *added);
    /// Updates first/last seen of the authors of new messages; false with error.
    bool finish(QString *error);

    /// The external id a row gets (see above).
    static QString externalId(const CsvMapping &mapping, const CsvRow &row);

    qint64 membersAdded() const { return m_members.membersAdded(); }
    qint64 peopleSeen() const { return m_members.peopleSeen(); }
    const QStringList &warnings() const { return m_members.warnings(); }
    QString lastError() const { return m_lastError; }

private:
    bool writeMessage(const CsvRow &row, qint64 member, bool *added);
    bool writeMembership(const CsvRow &row, qint64 member, bool *added);
    bool writeFeedback(const CsvRow &row, qint64 member, bool *added);
    bool writeActivity(const CsvRow &row, qint64 member, bool *added);
    /// Inserts (ON CONFLICT DO NOTHING) then selects the id of a channel, plan or activity.
    qint64 ensure(SqliteStatement &insert, SqliteStatement &find, bool *created);
    bool fail();

    sqlite3 *m_db;
    qint64 m_communityId;
    qint64 m_batchId;
    CsvMapping m_mapping;
    qint64 m_importedAt;
    CsvMemberResolver m_members;
    QHash<QString, qint64> m_channels;
    QHash<QString, qint64> m_plans;
    QHash<QString, qint64> m_activities;
    struct Seen
    {
        qint64 member;
        qint64 first;
        qint64 last;
    };
    QHash<qint64, qsizetype> m_seenIndex;
    std::vector<Seen> m_seen;
    std::unique_ptr<SqliteStatement> m_insertChannel, m_findChannel, m_insertMessage, m_insertPlan,
        m_findPlan, m_insertMembership, m_insertFeedback, m_insertActivity, m_findActivity,
        m_insertAttendance;
    QString m_lastError;
};

} // namespace kindred
