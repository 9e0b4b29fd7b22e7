#pragma once
// Thin RAII wrapper over a prepared sqlite3 statement for bulk paths (import), binding Qt
// strings as UTF-8. Everything else uses QSqlQuery.

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kindred {

class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }
    /// Binds 1-based parameter i as UTF-8 (kept until the next bind of i). A null QString binds
    /// NULL.
    void bind(int i, const QString &s);
    void bindNullable(int i, const QString &s); ///< empty -> NULL
    void bind(int i, qint64 v);
    void bindNullable(int i, qint64 v); ///< 0 -> NULL
    void bindNull(int i);
    /// Steps once: returns SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    qint64 columnInt64(int col) const;
    QString columnText(int col) const;
    void reset(); ///< resets for the next step (bindings stay; callers rebind every parameter)
    QString errorMessage() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_utf8; ///< UTF-8 copies of bound strings, alive until the next bind
};

} // namespace kindred
