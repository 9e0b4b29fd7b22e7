#include "Database.h"
#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace kindred {
namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Database::Database()
    : m_connectionName(QStringLiteral("kindred-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QCoreApplication::translate("Database", "%1: cannot open workspace: %2")
                         .arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        const QVariant v = db.driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(v.constData());
    }
    m_path = path;
    if (!m_handle) {
        *error =
            QCoreApplication::translate("Database", "%1: the SQLite driver gave no native handle")
                .arg(path);
        close();
        return false;
    }
    char *msg = nullptr;
    const char *pragmas = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                          "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;";
    if (sqlite3_exec(m_handle, pragmas, nullptr, nullptr, &msg) != SQLITE_OK) {
        *error = QCoreApplication::translate("Database", "%1: not a Kindred workspace (%2)")
                     .arg(path, QString::fromUtf8(msg));
        sqlite3_free(msg);
        close();
        return false;
    }
    QString migrateError;
    if (!Migrations::migrate(m_handle, &migrateError)) {
        *error = QStringLiteral("%1: %2").arg(path, migrateError);
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    m_handle = nullptr;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return m_handle != nullptr;
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_handle ? Migrations::currentVersion(m_handle) : -1;
}

qint64 Database::defaultCommunityId(const QString &name)
{
    QSqlQuery q(sql());
    if (q.exec(QStringLiteral("SELECT id FROM community ORDER BY id LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO community(name) VALUES (?)"));
    q.addBindValue(name.isEmpty() ? QFileInfo(m_path).completeBaseName() : name);
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace kindred
