#include "ReportImporter.h"

#include "FlagEngine.h"
#include "import/CsvReader.h"
#include "import/ImportService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace kindred {

QJsonObject ReportImportResult::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("format"), QStringLiteral("reports-csv")},
                       {QStringLiteral("rows_added"), rowsAdded},
                       {QStringLiteral("rows_skipped_duplicate"), rowsSkippedDuplicate},
                       {QStringLiteral("rows_skipped_invalid"), rowsSkippedInvalid},
                       {QStringLiteral("flags_raised"), flagsRaised},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

namespace {

constexpr int kMaxErrors = 20;

/// Members of one community by platform id, username and display name (case-folded).
class MemberIndex final
{
public:
    void load(Database &db, qint64 communityId)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT i.member_id, i.platform, i.external_id, i.username "
                                 "FROM identity i WHERE i.community_id = ?"));
        q.addBindValue(communityId);
        q.exec();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            m_byId[q.value(2).toString()].append({q.value(1).toString(), id});
            const QString user = q.value(3).toString();
            if (!user.isEmpty())
                m_byUser[user.toCaseFolded()].append({q.value(1).toString(), id});
        }
        q.prepare(QStringLiteral("SELECT m.id, coalesce((SELECT platform FROM identity WHERE "
                                 "member_id = m.id LIMIT 1), ''), m.display_name FROM member m "
                                 "WHERE m.community_id = ? AND m.display_name <> ''"));
        q.addBindValue(communityId);
        q.exec();
        while (q.next())
            m_byName[q.value(2).toString().toCaseFolded()].append(
                {q.value(1).toString(), q.value(0).toLongLong()});
    }

    /// The member `value` names, 0 with *why when none or several do.
    qint64 find(const QString &value, const QString &platform, QString *why) const
    {
        QString v = value.trimmed();
        for (const auto *map : {&m_byId, &m_byUser, &m_byName}) {
            QString key = v;
            if (map != &m_byId) {
                key = key.toCaseFolded();
                if (map == &m_byUser && key.startsWith(QLatin1Char('@')))
                    key = key.mid(1);
            }
            QSet<qint64> ids;
            for (const Entry &e : map->value(key)) {
                if (platform.isEmpty() || e.platform == platform)
                    ids.insert(e.member);
            }
            if (ids.size() == 1)
                return *ids.cbegin();
            if (ids.size() > 1) {
                *why = QCoreApplication::translate("ReportImporter",
                                                   "'%1' names %2 members; use a platform id")
                           .arg(v)
                           .arg(ids.size());
                return 0;
            }
        }
        *why = QCoreApplication::translate("ReportImporter", "no member '%1'").arg(v);
        return 0;
    }

private:
    struct Entry
    {
        QString platform;
        qint64 member;
    };
    QHash<QString, QList<Entry>> m_byId, m_byUser, m_byName;
};

bool parseTime(const QString &value, qint64 *out)
{
    const QString v = value.trimmed();
    bool isNumber = false;
    const qint64 secs = v.toLongLong(&isNumber);
    if (isNumber) {
        *out = secs;
        return secs > 0;
    }
    QDateTime t = QDateTime::fromString(v, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid())
            return false;
        t = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC); // no offset written: UTC
    }
    *out = t.toSecsSinceEpoch();
    return true;
}

struct Report
{
    qint64 line = 0;
    qint64 reported = 0;
    qint64 reporter = 0;
    qint64 message = 0;
    qint64 at = 0;
    QString reason;
    QString externalId;
};

} // namespace

ReportImporter::ReportImporter(Database &db) : m_db(db) {}

bool ReportImporter::importFile(const QString &path, ReportImportResult *result,
                                QStringList *errors)
{
    *result = ReportImportResult{};
    result->file = path;
    errors->clear();
    const QString name = QFileInfo(path).fileName();
    auto fileError = [&](const QString &why) {
        errors->append(QStringLiteral("%1: %2").arg(path, why));
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QCoreApplication::translate("ReportImporter", "cannot open: %1")
                             .arg(file.errorString()));
    result->sha256 = ImportService::sha256Of(path);
    if (result->sha256.isEmpty())
        return fileError(QCoreApplication::translate("ReportImporter", "cannot read the file"));

    sqlite3 *db = m_db.handle();
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fileError(QCoreApplication::translate("ReportImporter", "database busy: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    auto rollback = [&] {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    };
    const qint64 community = m_db.defaultCommunityId();
    if (community <= 0) {
        fileError(QCoreApplication::translate("ReportImporter", "cannot create the community"));
        return rollback();
    }
    {
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("SELECT id FROM import_batch WHERE community_id = ? AND sha256 = ?"));
        q.addBindValue(community);
        q.addBindValue(result->sha256);
        if (q.exec() && q.next()) {
            result->alreadyImported = true;
            result->batchId = q.value(0).toLongLong();
            result->warnings.append(
                QCoreApplication::translate("ReportImporter", "identical content was already "
                                                              "imported (batch %1): nothing to add")
                    .arg(result->batchId));
            q.finish();
            rollback();
            return true;
        }
    }

    MemberIndex members;
    members.load(m_db, community);
    CsvReader reader(file);
    QHash<QString, int> column;
    QList<Report> reports;
    qint64 invalid = 0;
    auto rowError = [&](qint64 line, const QString &why) {
        ++invalid;
        const QString text = QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(why);
        if (m_skipInvalid)
            result->warnings.append(text);
        else if (errors->size() < kMaxErrors)
            errors->append(text);
    };
    for (;;) {
        const CsvReader::Status st = reader.next();
        if (st == CsvReader::Status::End)
            break;
        if (st == CsvReader::Status::Error) {
            fileError(QCoreApplication::translate("ReportImporter", "line %1: malformed CSV")
                          .arg(reader.errorPosition().line));
            return rollback();
        }
        const QStringList &f = reader.fields();
        const qint64 line = reader.recordPosition().line;
        if (column.isEmpty()) {
            for (qsizetype i = 0; i < f.size(); ++i)
                column.insert(f.at(i).trimmed().toLower(), int(i));
            for (const char *need : {"reported", "reported_at"}) {
                if (!column.contains(QLatin1String(need))) {
                    fileError(QCoreApplication::translate("ReportImporter",
                                                          "the header has no column '%1'")
                                  .arg(QLatin1String(need)));
                    return rollback();
                }
            }
            continue;
        }
        auto value = [&](const char *key) {
            const int i = column.value(QLatin1String(key), -1);
            const QString v = i >= 0 ? f.value(i).trimmed() : QString();
            return v.isNull() ? QStringLiteral("") : v; // never NULL in the queries below
        };
        Report r;
        r.line = line;
        QString why;
        const QString platform = value("platform");
        r.reported = members.find(value("reported"), platform, &why);
        if (r.reported == 0) {
            rowError(line, why);
            continue;
        }
        if (!value("reporter").isEmpty()) {
            r.reporter = members.find(value("reporter"), platform, &why);
            if (r.reporter == 0) {
                rowError(line,
                         QCoreApplication::translate("ReportImporter", "reporter: %1").arg(why));
                continue;
            }
        }
        if (!parseTime(value("reported_at"), &r.at)) {
            rowError(line,
                     QCoreApplication::translate("ReportImporter", "'%1' is not a date or time")
                         .arg(value("reported_at")));
            continue;
        }
        r.reason = value("reason");
        if (!value("message_id").isEmpty()) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral(
                "SELECT m.id FROM message m JOIN channel c ON c.id = m.channel_id WHERE "
                "c.community_id = ? AND m.external_id = ? AND (? = '' OR c.external_id = ? OR "
                "c.name = ?) AND (? = '' OR c.platform = ?) LIMIT 2"));
            const QString channel = value("channel");
            for (const QVariant &v :
                 {QVariant(community), QVariant(value("message_id")), QVariant(channel),
                  QVariant(channel), QVariant(channel), QVariant(platform), QVariant(platform)})
                q.addBindValue(v);
            QList<qint64> found;
            if (q.exec())
                while (q.next())
                    found.append(q.value(0).toLongLong());
            if (found.size() == 1)
                r.message = found.first();
            else
                result->warnings.append(
                    QStringLiteral("%1:%2: %3")
                        .arg(name)
                        .arg(line)
                        .arg(found.isEmpty()
                                 ? QCoreApplication::translate(
                                       "ReportImporter",
                                       "no message '%1': the report is kept without it")
                                       .arg(value("message_id"))
                                 : QCoreApplication::translate(
                                       "ReportImporter",
                                       "message '%1' is in several channels (add a channel "
                                       "column): the report is kept without it")
                                       .arg(value("message_id"))));
        }
        r.externalId = value("record_id");
        if (r.externalId.isEmpty()) {
            const QByteArray all = f.join(QChar(0x1f)).toUtf8();
            r.externalId =
                QStringLiteral("h:") +
                QString::fromLatin1(
                    QCryptographicHash::hash(all, QCryptographicHash::Sha1).toHex().left(20));
        }
        reports.append(r);
    }
    if (column.isEmpty()) {
        fileError(QCoreApplication::translate("ReportImporter", "the file is empty"));
        return rollback();
    }
    if (invalid > 0 && !m_skipInvalid) {
        errors->append(
            QCoreApplication::translate("ReportImporter", "%1 invalid rows; nothing was imported")
                .arg(invalid));
        return rollback();
    }
    result->rowsSkippedInvalid = invalid;

    QSqlQuery batch(m_db.sql());
    batch.prepare(QStringLiteral(
        "INSERT INTO import_batch(community_id, file_name, format, sha256, size_bytes, "
        "imported_at, source_path) VALUES (?, ?, 'reports-csv', ?, ?, ?, ?)"));
    batch.addBindValue(community);
    batch.addBindValue(name);
    batch.addBindValue(result->sha256);
    batch.addBindValue(QFileInfo(path).size());
    batch.addBindValue(QDateTime::currentSecsSinceEpoch());
    batch.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!batch.exec()) {
        fileError(QCoreApplication::translate("ReportImporter", "cannot record the import batch"));
        return rollback();
    }
    result->batchId = batch.lastInsertId().toLongLong();
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO member_report(community_id, reported_member_id, "
        "reporter_member_id, message_id, reported_at, reason, external_id, import_batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Report &r : reports) {
        ins.addBindValue(community);
        ins.addBindValue(r.reported);
        ins.addBindValue(r.reporter > 0 ? QVariant(r.reporter) : QVariant());
        ins.addBindValue(r.message > 0 ? QVariant(r.message) : QVariant());
        ins.addBindValue(r.at);
        ins.addBindValue(r.reason.isNull() ? QStringLiteral("") : r.reason);
        ins.addBindValue(r.externalId);
        ins.addBindValue(result->batchId);
        if (!ins.exec()) {
            fileError(QCoreApplication::translate("ReportImporter", "line %1: cannot store the "
                                                                    "report")
                          .arg(r.line));
            return rollback();
        }
        if (ins.numRowsAffected() > 0)
            ++result->rowsAdded;
        else
            ++result->rowsSkippedDuplicate;
    }
    ins.finish();
    QSqlQuery upd(m_db.sql());
    upd.prepare(
        QStringLiteral("UPDATE import_batch SET rows_added = ?, warnings = ? WHERE id = ?"));
    upd.addBindValue(result->rowsAdded);
    upd.addBindValue(result->warnings.isEmpty() ? QStringLiteral("")
                                                : result->warnings.join(QLatin1Char('\n')));
    upd.addBindValue(result->batchId);
    if (!upd.exec() || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        fileError(QCoreApplication::translate("ReportImporter", "cannot record the import batch"));
        return rollback();
    }
    result->flagsRaised = FlagEngine::runAfterImport(m_db, result->batchId, &result->warnings);
    return true;
}

} // namespace kindred
