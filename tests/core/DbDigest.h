#pragma once
// A digest of every row of every table: equal digests = the database content is unchanged.

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace kindred::test {

/// selectOverride: table -> SELECT used instead of "SELECT * FROM table" (to leave out
/// columns that legitimately differ, e.g. when a batch was imported).
inline QByteArray dbDigest(Database &db, const QHash<QString, QString> &selectOverride = {})
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery tables(db.sql());
    // The full-text index's shadow tables (message_fts_*) are left out: their bytes depend on
    // the history of inserts and deletes, not only on the content (tst_message_search checks
    // the index against a rebuild instead).
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'message\\_fts\\_%' ESCAPE '\\' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &t : names) {
        QSqlQuery q(db.sql());
        q.exec(selectOverride.value(t, QStringLiteral("SELECT * FROM %1").arg(t)));
        h.addData(t.toUtf8());
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                h.addData(QByteArray(r.value(i).toString().toUtf8() + '\x1f'));
            h.addData("\n");
        }
    }
    return h.result().toHex();
}

inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return (q.exec(sql) && q.next()) ? q.value(0).toLongLong() : -1;
}

} // namespace kindred::test
