#pragma once
// Numbered schema migrations of the workspace database. Version N is reached by running
// migration N on a database at version N-1, inside one transaction; the version is kept in
// SQLite's user_version. Later issues append migrations; they never edit a landed one.

#include <QString>

struct sqlite3;

namespace kindred {

class Migrations final
{
public:
    /// The schema version this build writes.
    static int latestVersion();
    /// Reads PRAGMA user_version (0 for a new file, -1 on error).
    static int currentVersion(sqlite3 *db);
    /// Migrates db from its version to `target` (default: latest). Each step runs in its own
    /// transaction and is rolled back on failure. Fails when the file is newer than this build.
    static bool migrate(sqlite3 *db, QString *error, int target = -1);
};

} // namespace kindred
