#include "SyncSourceStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace kindred {
namespace {

QString dbError(const QSqlQuery &q)
{
    return QCoreApplication::translate("SyncSourceStore", "cannot store the sync sources: %1")
        .arg(q.lastError().text());
}

const QString kColumns = QStringLiteral(
    "id, name, url, format, kind, auth, username, secret_ref, every_minutes, enabled, "
    "trusted_cert_sha256, etag, last_modified, created_at");

SyncSource readSource(const QSqlQuery &q)
{
    SyncSource s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.url = q.value(2).toString();
    s.format = q.value(3).toString();
    SyncSource::kindFromKey(q.value(4).toString(), &s.kind);
    SyncSource::authFromKey(q.value(5).toString(), &s.auth);
    s.username = q.value(6).toString();
    s.secretRef = q.value(7).toString();
    s.everyMinutes = q.value(8).toInt();
    s.enabled = q.value(9).toInt() != 0;
    s.trustedCertSha256 = q.value(10).toString();
    s.etag = q.value(11).toString();
    s.lastModified = q.value(12).toString();
    s.createdAt = q.value(13).toLongLong();
    return s;
}

void bindSource(QSqlQuery &q, const SyncSource &s)
{
    q.bindValue(QStringLiteral(":name"), s.name.trimmed());
    q.bindValue(QStringLiteral(":url"), s.url.trimmed());
    q.bindValue(QStringLiteral(":format"),
                s.format.isEmpty() ? QStringLiteral("auto") : s.format.trimmed());
    q.bindValue(QStringLiteral(":kind"), SyncSource::kindKey(s.kind));
    q.bindValue(QStringLiteral(":auth"), SyncSource::authKey(s.auth));
    q.bindValue(QStringLiteral(":username"), s.username.isNull() ? QStringLiteral("") : s.username);
    q.bindValue(QStringLiteral(":secret_ref"),
                s.secretRef.isNull() ? QStringLiteral("") : s.secretRef);
    q.bindValue(QStringLiteral(":every"), s.everyMinutes);
    q.bindValue(QStringLiteral(":enabled"), s.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":cert"),
                s.trustedCertSha256.isNull() ? QStringLiteral("") : s.trustedCertSha256);
    q.bindValue(QStringLiteral(":etag"), s.etag.isNull() ? QStringLiteral("") : s.etag);
    q.bindValue(QStringLiteral(":lm"),
                s.lastModified.isNull() ? QStringLiteral("") : s.lastModified);
}

SyncRun readRun(const QSqlQuery &q)
{
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.sourceId = q.value(1).toLongLong();
    r.startedAt = q.value(2).toLongLong();
    r.finishedAt = q.value(3).toLongLong();
    SyncRun::statusFromKey(q.value(4).toString(), &r.status);
    r.httpStatus = q.value(5).toInt();
    r.bytes = q.value(6).toLongLong();
    r.filesImported = q.value(7).toLongLong();
    r.messagesAdded = q.value(8).toLongLong();
    r.membersAdded = q.value(9).toLongLong();
    r.eventsAdded = q.value(10).toLongLong();
    r.error = q.value(11).toString();
    return r;
}

} // namespace

SyncSourceStore::SyncSourceStore(Database &db) : m_db(db) {}

QString SyncSourceStore::validate(const SyncSource &s)
{
    if (s.name.trimmed().isEmpty())
        return QCoreApplication::translate("SyncSourceStore", "the source needs a name");
    const QUrl url(s.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QCoreApplication::translate("SyncSourceStore",
                                           "'%1' is not an http:// or https:// address")
            .arg(s.url);
    if (s.everyMinutes < 0 || s.everyMinutes > kMaxEveryMinutes)
        return QCoreApplication::translate(
                   "SyncSourceStore",
                   "the schedule must be 0 (manual) or a number of minutes up to %1 (a week)")
            .arg(kMaxEveryMinutes);
    if (s.auth == SyncSource::Auth::Basic && s.username.isEmpty())
        return QCoreApplication::translate("SyncSourceStore",
                                           "basic authentication needs a user name");
    return {};
}

bool SyncSourceStore::add(SyncSource *source, QString *error)
{
    if (const QString problem = validate(*source); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM sync_source WHERE name = ?"));
    q.addBindValue(source->name.trimmed());
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    if (q.next()) {
        *error =
            QCoreApplication::translate("SyncSourceStore", "there is already a source named '%1'")
                .arg(source->name.trimmed());
        return false;
    }
    q.finish();
    source->createdAt = QDateTime::currentSecsSinceEpoch();
    q.prepare(QStringLiteral(
        "INSERT INTO sync_source(name, url, format, kind, auth, username, secret_ref, "
        "every_minutes, enabled, trusted_cert_sha256, etag, last_modified, created_at) VALUES "
        "(:name, :url, :format, :kind, :auth, :username, :secret_ref, :every, :enabled, :cert, "
        ":etag, :lm, :created)"));
    bindSource(q, *source);
    q.bindValue(QStringLiteral(":created"), source->createdAt);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    source->id = q.lastInsertId().toLongLong();
    source->name = source->name.trimmed();
    source->url = source->url.trimmed();
    return true;
}

bool SyncSourceStore::update(const SyncSource &source, QString *error)
{
    if (const QString problem = validate(source); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM sync_source WHERE name = ? AND id <> ?"));
    q.addBindValue(source.name.trimmed());
    q.addBindValue(source.id);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    if (q.next()) {
        *error =
            QCoreApplication::translate("SyncSourceStore", "there is already a source named '%1'")
                .arg(source.name.trimmed());
        return false;
    }
    q.finish();
    q.prepare(QStringLiteral(
        "UPDATE sync_source SET name = :name, url = :url, format = :format, kind = :kind, "
        "auth = :auth, username = :username, secret_ref = :secret_ref, every_minutes = :every, "
        "enabled = :enabled, trusted_cert_sha256 = :cert, etag = :etag, last_modified = :lm "
        "WHERE id = :id"));
    bindSource(q, source);
    q.bindValue(QStringLiteral(":id"), source.id);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("SyncSourceStore", "there is no sync source %1")
                     .arg(source.id);
        return false;
    }
    return true;
}

bool SyncSourceStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM sync_source WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("SyncSourceStore", "there is no source named '%1'")
                     .arg(name.trimmed());
        return false;
    }
    return true;
}

bool SyncSourceStore::list(QList<SyncSource> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_source ORDER BY name").arg(kColumns))) {
        *error = dbError(q);
        return false;
    }
    while (q.next())
        out->append(readSource(q));
    return true;
}

bool SyncSourceStore::find(const QString &name, SyncSource *out, QString *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_source WHERE name = ?").arg(kColumns));
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    if (!q.next()) {
        *error = QCoreApplication::translate("SyncSourceStore", "there is no source named '%1'")
                     .arg(name.trimmed());
        return false;
    }
    *out = readSource(q);
    return true;
}

bool SyncSourceStore::setValidators(qint64 sourceId, const QString &etag,
                                    const QString &lastModified, QString *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE sync_source SET etag = ?, last_modified = ? WHERE id = ?"));
    q.addBindValue(etag.isNull() ? QStringLiteral("") : etag);
    q.addBindValue(lastModified.isNull() ? QStringLiteral("") : lastModified);
    q.addBindValue(sourceId);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    return true;
}

bool SyncSourceStore::beginRun(SyncRun *run, QString *error)
{
    run->startedAt = QDateTime::currentSecsSinceEpoch();
    run->status = SyncRun::Status::Running;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_run(source_id, started_at) VALUES (?, ?)"));
    q.addBindValue(run->sourceId);
    q.addBindValue(run->startedAt);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    run->id = q.lastInsertId().toLongLong();
    return true;
}

bool SyncSourceStore::finishRun(SyncRun *run, QString *error)
{
    if (run->finishedAt == 0)
        run->finishedAt = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE sync_run SET finished_at = ?, status = ?, http_status = ?, bytes = ?, "
        "files_imported = ?, messages_added = ?, members_added = ?, events_added = ?, error = ? "
        "WHERE id = ?"));
    q.addBindValue(run->finishedAt);
    q.addBindValue(SyncRun::statusKey(run->status));
    q.addBindValue(run->httpStatus);
    q.addBindValue(run->bytes);
    q.addBindValue(run->filesImported);
    q.addBindValue(run->messagesAdded);
    q.addBindValue(run->membersAdded);
    q.addBindValue(run->eventsAdded);
    q.addBindValue(run->error.isNull() ? QStringLiteral("") : run->error);
    q.addBindValue(run->id);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    return true;
}

bool SyncSourceStore::runs(qint64 sourceId, int limit, QList<SyncRun> *out, QString *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, source_id, started_at, coalesce(finished_at, 0), status, "
                       "http_status, bytes, files_imported, messages_added, members_added, "
                       "events_added, error FROM sync_run %1 ORDER BY started_at DESC, id DESC "
                       "LIMIT :limit")
            .arg(sourceId > 0 ? QStringLiteral("WHERE source_id = :source") : QString()));
    if (sourceId > 0)
        q.bindValue(QStringLiteral(":source"), sourceId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    while (q.next())
        out->append(readRun(q));
    return true;
}

} // namespace kindred
