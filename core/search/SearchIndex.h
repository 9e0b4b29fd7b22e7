#pragma once
// Upkeep of the full-text index of message text (message_fts, schema migration 6). Triggers keep
// it in step row by row; a bulk import instead suspends the insert trigger for the duration of
// its transaction and indexes the rows it added in one INSERT ... SELECT after the load, which
// keeps the per-message insert path as fast as before the index existed.

#include <QString>

struct sqlite3;

namespace kindred {

class SearchIndexDeferral final
{
    Q_DISABLE_COPY_MOVE(SearchIndexDeferral)
public:
    explicit SearchIndexDeferral(sqlite3 *db) : m_db(db) {}

    /// Inside the caller's transaction, before the first message is inserted: records the
    /// highest message id and drops the insert trigger (restored by finish(), or by the
    /// caller's ROLLBACK). False with the SQLite message in error.
    bool begin(QString *error);
    /// Inside the same transaction, after the last message is inserted: indexes every message
    /// with an id above the one recorded by begin() (INTEGER PRIMARY KEY ids only grow within
    /// one transaction) and re-creates the trigger. False with the SQLite message in error.
    bool finish(QString *error);
    /// Messages finish() indexed.
    qint64 indexed() const { return m_indexed; }

private:
    sqlite3 *m_db;
    QByteArray m_triggerSql; ///< empty when the workspace had no insert trigger
    qint64 m_maxIdBefore = 0;
    qint64 m_indexed = 0;
    bool m_active = false;
};

/// Deleting many messages: when more messages go than stay, the index is rebuilt from the
/// messages that stay instead of being told about each deleted one (removing a 1M-message
/// batch from a workspace that holds only it: ~0.1 s instead of ~5 s).
class SearchIndexBulkDelete final
{
    Q_DISABLE_COPY_MOVE(SearchIndexBulkDelete)
public:
    explicit SearchIndexBulkDelete(sqlite3 *db) : m_db(db) {}

    /// Inside the caller's transaction, before `doomedSql` rows are deleted: `doomedSql`
    /// counts the messages about to go (e.g. "SELECT count(*) FROM message WHERE
    /// import_batch_id = 7"). When they outnumber the rest, drops the delete trigger. False
    /// with the SQLite message in error.
    bool begin(const char *doomedSql, QString *error);
    /// After the deletes: rebuilds the index and re-creates the trigger when begin() dropped it.
    bool finish(QString *error);
    /// True when begin() chose the rebuild.
    bool rebuilds() const { return m_rebuilds; }

private:
    sqlite3 *m_db;
    QByteArray m_triggerSql;
    bool m_active = false;
    bool m_rebuilds = false;
};

} // namespace kindred
