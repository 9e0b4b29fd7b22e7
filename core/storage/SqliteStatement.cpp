#include "SqliteStatement.h"

#include <sqlite3.h>

namespace kindred {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int i, const QString &s)
{
    if (s.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    // The database is UTF-8: Qt's SIMD conversion is much faster than SQLite's UTF-16 path.
    if (size_t(i) >= m_utf8.size())
        m_utf8.resize(size_t(i) + 1);
    QByteArray &buf = m_utf8[size_t(i)];
    buf = s.toUtf8();
    sqlite3_bind_text(m_stmt, i, buf.constData(), int(buf.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNullable(int i, const QString &s)
{
    if (s.isEmpty())
        sqlite3_bind_null(m_stmt, i);
    else
        bind(i, s);
}

void SqliteStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindNullable(int i, qint64 v)
{
    if (v == 0)
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

qint64 SqliteStatement::columnInt64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString SqliteStatement::columnText(int col) const
{
    const auto *p = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, col));
    const int bytes = sqlite3_column_bytes16(m_stmt, col);
    return p ? QString::fromUtf16(p, bytes / 2) : QString();
}

void SqliteStatement::reset()
{
    // Bindings are kept: every caller binds all parameters before each step.
    sqlite3_reset(m_stmt);
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace kindred
