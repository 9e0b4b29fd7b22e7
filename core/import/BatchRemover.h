#pragma once
// Removes one import batch from a workspace: exactly the rows that batch added, so that the
// workspace is as if the file had never been imported (tst_batch_removal compares a digest of
// every table with a workspace that never saw the file).
//
// What goes: the batch's messages with their reactions and reactors, its events, reactions and
// reactors it added to older messages, its memberships, feedback, activities and attendance,
// and the channels, plans, members and identities it created that nothing else still uses.
// A channel, plan, activity or member it created that a later batch also uses stays and is
// handed to the oldest batch still using it (so removing that batch later removes it).
// First/last seen and joined/left of every member the batch touched are recomputed from what
// is left, with the rules the ImportWriter applies when it stores them.
// Merges recorded on a member that goes are dropped with it (its merged identities are
// unmerged first).
//
// Not undone: a reaction count raised by the batch on an older message's existing reaction
// (the count is a maximum over exports, see ImportWriter) and a bot flag it set on an older
// member. Both are properties the older data could not see, not rows.

#include <QString>

namespace kindred {

class Database;

class BatchRemover final
{
public:
    /// Removes batch `batchId` in one transaction of its own. False with error (nothing
    /// changed) when the batch does not exist or on a database error.
    static bool remove(Database &db, qint64 batchId, QString *error);
    /// The same inside a transaction the caller owns (ImportService re-import); the caller
    /// rolls back on false.
    static bool removeInTransaction(Database &db, qint64 batchId, QString *error);
};

} // namespace kindred
