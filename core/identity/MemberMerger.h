#pragma once
// Merges two members into one person and undoes it. A merge sets the source member's
// merged_into to the target (both taken after earlier merges: merging into a merged member
// merges into its survivor) and appends a row to member_merge (who, when, why); every merge
// can be undone (unmerge), which clears merged_into and stamps undone_at — the log keeps both.
// Nothing else changes: messages, identities and events stay on their own member rows, and
// analytics (AnalyticsSource) count the merged members once, with the earliest first-seen and
// the latest last-seen of all of them.
// Each call is one transaction.

#include <QList>
#include <QString>

namespace kindred {

class Database;

/// One merge, as the log keeps it.
struct MergeRecord
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    QString sourceName;
    QString targetName;
    QString sourcePlatforms; ///< comma-separated platform ids of the merged member's accounts
    QString targetPlatforms; ///< the same for the member it was merged into
    QString reason;
    QString actor;
    qint64 mergedAt = 0; ///< UTC seconds
    qint64 undoneAt = 0; ///< UTC seconds, 0 while in force
};

class MemberMerger final
{
public:
    /// Merges `sourceId` into `targetId`. Errors: unknown member, the same person (already
    /// merged), a database error. mergeId receives the member_merge row id.
    static bool merge(Database &db, qint64 sourceId, qint64 targetId, const QString &reason,
                      const QString &actor, qint64 *mergeId, QString *error);
    /// Undoes merge `mergeId`. Errors: unknown or already undone merge, database error.
    static bool unmerge(Database &db, qint64 mergeId, QString *error);
    /// The merge log, newest first (inForceOnly: only merges not undone).
    static bool log(Database &db, bool inForceOnly, QList<MergeRecord> *out, QString *error);
    /// The surviving member of `memberId` (itself when not merged); 0 when unknown.
    static qint64 survivor(Database &db, qint64 memberId);
};

} // namespace kindred
