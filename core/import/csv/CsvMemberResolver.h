#pragma once
// Finds the member of a generic CSV row, or creates one. Tries the mapping's match keys in
// order against the workspace's existing identities:
//   external_id   identity (member platform, member_id), then (source, member_id)
//   email, phone  identity.email / identity.phone (normalised), on any platform
//   username      identity.username (case-insensitive), on any platform
//   display_name  identity.display_name or member.display_name, on any platform
// A key that matches several members is ambiguous and skipped (with a warning). A merged
// member resolves to the member it was merged into. When nothing matches, a new member is
// created with an identity on the SOURCE platform (external id: member_id, else
// "email:<email>", "phone:<phone>", "username:<username>" or "name:<display name>"), both
// rows tagged with the import batch. The caller owns the transaction.

#include "CsvMapping.h"
#include "CsvRow.h"

#include <QHash>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace kindred {

class SqliteStatement;

class CsvMemberResolver final
{
    Q_DISABLE_COPY_MOVE(CsvMemberResolver)
public:
    CsvMemberResolver(sqlite3 *db, qint64 communityId, qint64 batchId, const CsvMapping &mapping);
    ~CsvMemberResolver();

    bool prepare(QString *error);
    /// The member id of row's person: 0 when the row names no member, -1 on a database error
    /// (lastError()). *created tells whether a member was added.
    qint64 resolve(const CsvRow &row, bool *created);

    qint64 membersAdded() const { return m_added; }
    /// Distinct members the resolved rows named.
    qint64 peopleSeen() const { return m_people.size(); }
    const QStringList &warnings() const { return m_warnings; }
    QString lastError() const { return m_lastError; }

private:
    /// The single member the statement finds (0: none; -2: several).
    qint64 single(SqliteStatement &st);
    qint64 lookup(const QString &key, const CsvRow &row);
    qint64 create(const CsvRow &row);
    qint64 fail();

    sqlite3 *m_db;
    qint64 m_communityId;
    qint64 m_batchId;
    CsvMapping m_mapping;
    QHash<QString, qint64> m_cache; ///< memberKey -> member id
    QHash<qint64, bool> m_people;
    std::unique_ptr<SqliteStatement> m_byExternalId, m_byEmail, m_byPhone, m_byUsername, m_byName,
        m_insertMember, m_insertIdentity;
    qint64 m_added = 0;
    QStringList m_warnings;
    QString m_lastError;
};

} // namespace kindred
