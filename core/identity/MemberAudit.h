#pragma once
// Member-count audit: for each platform, how many people the imported exports named, how many
// members the workspace counts for it, and why the two differ; and the workspace total, which
// counts a person seen on several platforms once.
//
// Per platform (identities = distinct accounts the exports named on it):
//   identities = bots + exporter + no_activity + merged + members
// where bots are accounts marked as bots, exporter the account that made the export ("You"),
// no_activity accounts known only from a system line or a mention (never posted, reacted or
// joined), merged accounts whose member was merged into another member (counted there), and
// members the distinct members left. `left` (members whose last event is a leave or removal)
// and `also_elsewhere` (members who also have an identity, or a merged member, on another
// platform) are informational parts of `members`.
// Workspace: members = distinct surviving members over all platforms (= the member count of
// `kindred stats`); members = sum of per-platform members − members counted on more than one
// platform (overlap).

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kindred {

class Database;

struct PlatformAudit
{
    QString platform;
    qint64 identities = 0;
    qint64 bots = 0;
    qint64 exporter = 0;
    qint64 noActivity = 0;
    qint64 merged = 0;
    qint64 members = 0;
    qint64 left = 0;
    qint64 alsoElsewhere = 0;
    qint64 batches = 0;         ///< import batches of this platform
    qint64 peopleInExports = 0; ///< sum over its batches of the people each file named
};

struct MemberAuditResult
{
    QList<PlatformAudit> platforms;
    qint64 members = 0; ///< distinct surviving members of the workspace
    qint64 overlap = 0; ///< sum of per-platform members − members
    QJsonObject toJson() const;
};

class MemberAudit final
{
public:
    /// Computes the audit of the workspace's community. False with error on a database error.
    static bool compute(Database &db, MemberAuditResult *out, QString *error);
};

} // namespace kindred
