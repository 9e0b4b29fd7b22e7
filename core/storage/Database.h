#pragma once
// The workspace: one SQLite file opened through QtSql (QSQLITE) with WAL and foreign keys,
// migrated to the latest schema on open. One Database object = one connection, usable only
// on the thread that opened it (open one per worker thread).

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace kindred {

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    Database();
    ~Database();

    /// Opens (creating if needed) the workspace at path and migrates it. Returns false with
    /// a message naming the file on error (not a SQLite file, newer schema, no permission).
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase sql() const;
    /// The native handle, for bulk writes through prepared statements.
    sqlite3 *handle() const { return m_handle; }
    int schemaVersion() const;

    /// Id of the workspace's default (first) community, created on demand with `name`.
    qint64 defaultCommunityId(const QString &name = {});
    /// Reads / writes a workspace setting (the `setting` table).
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

private:
    QString m_connectionName;
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

} // namespace kindred
