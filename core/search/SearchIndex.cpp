#include "SearchIndex.h"

#include <sqlite3.h>

namespace kindred {
namespace {

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

/// The single integer or text result of `sql` (bound to nothing); false on error.
bool scalar(sqlite3 *db, const char *sql, QByteArray *text, qint64 *number, QString *error)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        if (text)
            *text = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                               sqlite3_column_bytes(st, 0));
        if (number)
            *number = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace

bool SearchIndexDeferral::begin(QString *error)
{
    m_triggerSql.clear();
    m_indexed = 0;
    if (!scalar(m_db,
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                "'message_fts_insert'",
                &m_triggerSql, nullptr, error))
        return false;
    if (m_triggerSql.isEmpty())
        return true; // no index to keep (never the case on a migrated workspace)
    if (!scalar(m_db, "SELECT coalesce(max(id), 0) FROM message", nullptr, &m_maxIdBefore, error))
        return false;
    if (!exec(m_db, "DROP TRIGGER message_fts_insert", error))
        return false;
    m_active = true;
    return true;
}

bool SearchIndexDeferral::finish(QString *error)
{
    if (!m_active)
        return true;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "INSERT INTO message_fts(rowid, text) SELECT id, text FROM message "
                           "WHERE id > ?1",
                           -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_bind_int64(st, 1, m_maxIdBefore);
    const int rc = sqlite3_step(st);
    m_indexed = sqlite3_changes(m_db);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    if (!exec(m_db, m_triggerSql.constData(), error))
        return false;
    m_active = false;
    return true;
}

bool SearchIndexBulkDelete::begin(const char *doomedSql, QString *error)
{
    m_active = m_rebuilds = false;
    qint64 doomed = 0;
    qint64 total = 0;
    if (!scalar(m_db, doomedSql, nullptr, &doomed, error) ||
        !scalar(m_db, "SELECT count(*) FROM message", nullptr, &total, error))
        return false;
    if (doomed <= total - doomed)
        return true; // the trigger deletes row by row
    if (!scalar(m_db,
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                "'message_fts_delete'",
                &m_triggerSql, nullptr, error))
        return false;
    if (m_triggerSql.isEmpty())
        return true;
    if (!exec(m_db, "DROP TRIGGER message_fts_delete", error))
        return false;
    m_active = m_rebuilds = true;
    return true;
}

bool SearchIndexBulkDelete::finish(QString *error)
{
    if (!m_active)
        return true;
    if (!exec(m_db, "INSERT INTO message_fts(message_fts) VALUES ('rebuild')", error) ||
        !exec(m_db, m_triggerSql.constData(), error))
        return false;
    m_active = false;
    return true;
}

} // namespace kindred
