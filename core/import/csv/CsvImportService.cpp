#include "CsvImportService.h"

#include "CsvMappingStore.h"
#include "CsvRecordSource.h"
#include "CsvRowParser.h"
#include "CsvRowWriter.h"
#include "CsvValidator.h"
#include "analytics/PaidMetrics.h"
#include "import/ImportService.h"
#include "moderation/FlagEngine.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace kindred {
namespace {

constexpr qint64 kPollEvery = 500;
constexpr int kMaxWarnings = 200;

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

qint64 findBatch(Database &db, qint64 communityId, const QString &sha)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM import_batch WHERE community_id = ? AND sha256 = ?"));
    q.addBindValue(communityId);
    q.addBindValue(sha);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QJsonObject CsvImportResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), format},
        {QStringLiteral("rows_added"), rowsAdded},
        {QStringLiteral("rows_skipped_duplicate"), rowsSkippedDuplicate},
        {QStringLiteral("rows_skipped_invalid"), rowsSkippedInvalid},
        {QStringLiteral("members_added"), membersAdded},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

QStringList CsvImportFailure::lines() const
{
    QStringList out;
    for (const CsvRowError &e : rows)
        out.append(e.toString(error.file));
    out.append(error.toString());
    return out;
}

CsvImportService::CsvImportService(Database &db) : m_db(db) {}

bool CsvImportService::importFile(const QString &path, const CsvMapping &mapping,
                                  CsvImportResult *result, CsvImportFailure *failure)
{
    *result = CsvImportResult{};
    *failure = CsvImportFailure{};
    result->file = path;
    result->format = mapping.format();
    failure->error.file = path;
    auto fileFail = [&](const QString &message) {
        failure->error.message = message;
        return false;
    };
    auto canceled = [&] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    const QString canceledText =
        QCoreApplication::translate("CsvImport", "import canceled; nothing was stored");
    QString why;
    if (!mapping.validate(&why))
        return fileFail(QCoreApplication::translate("CsvImport", "invalid mapping: %1").arg(why));
    const QFileInfo info(path);
    if (!info.isFile())
        return fileFail(QCoreApplication::translate("CsvImport", "no such file"));
    CommunitySettings community;
    if (!CommunityStore(m_db).read(&community, &why))
        return fileFail(why);
    QTimeZone zone(community.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    result->sha256 = ImportService::sha256Of(path, m_cancel);
    if (result->sha256.isEmpty())
        return fileFail(canceled()
                            ? canceledText
                            : QCoreApplication::translate("CsvImport", "cannot read the file"));
    if (community.id > 0) {
        if (const qint64 batch = findBatch(m_db, community.id, result->sha256)) {
            result->alreadyImported = true;
            result->batchId = batch;
            result->warnings = {QCoreApplication::translate("CsvImport",
                                                            "identical content was already "
                                                            "imported (batch %1): nothing to add")
                                    .arg(batch)};
            return true;
        }
    }

    // 1. Check every row before writing anything.
    CsvValidator validator(mapping, community.currency, zone);
    validator.setCancelFlag(m_cancel);
    if (m_progress)
        validator.setProgressCallback(
            [this](qint64 done, qint64 total) { m_progress(done / 2, total); });
    const CsvValidation v = validator.validate(path);
    if (canceled())
        return fileFail(canceledText);
    if (v.fileError.isSet()) {
        failure->error = v.fileError;
        return false;
    }
    if (!v.mappingError.isEmpty())
        return fileFail(v.mappingError);
    result->encoding = v.encoding;
    result->delimiter = QString(QLatin1Char(v.delimiter));
    if (v.invalidRows > 0 && !mapping.skipInvalidRows) {
        failure->rows = v.errors;
        failure->invalidRows = v.invalidRows;
        return fileFail(QCoreApplication::translate("CsvImport",
                                                    "%1 of %2 row(s) are invalid; nothing was "
                                                    "imported (correct them, or skip invalid rows)")
                            .arg(v.invalidRows)
                            .arg(v.rows));
    }

    // 2. One transaction: the batch, the rows, the remembered mapping.
    sqlite3 *db = m_db.handle();
    if (!exec(db, "BEGIN IMMEDIATE", &why))
        return fileFail(QCoreApplication::translate("CsvImport", "database busy: %1").arg(why));
    auto rollback = [&](const QString &message) {
        QString ignored;
        exec(db, "ROLLBACK", &ignored);
        return fileFail(message);
    };
    const qint64 communityId = m_db.defaultCommunityId();
    if (communityId <= 0)
        return rollback(QCoreApplication::translate(
            "CsvImport", "cannot create the community in the workspace"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery batch(m_db.sql());
    batch.prepare(QStringLiteral("INSERT INTO import_batch(community_id, file_name, format, "
                                 "sha256, size_bytes, imported_at, source_path) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    batch.addBindValue(communityId);
    batch.addBindValue(info.fileName());
    batch.addBindValue(result->format);
    batch.addBindValue(result->sha256);
    batch.addBindValue(info.size());
    batch.addBindValue(now);
    batch.addBindValue(info.absoluteFilePath());
    if (!batch.exec())
        return rollback(QCoreApplication::translate("CsvImport", "cannot record the import batch"));
    result->batchId = batch.lastInsertId().toLongLong();

    CsvRowWriter writer(db, communityId, result->batchId, mapping, now);
    if (!writer.prepare(&why))
        return rollback(why);
    CsvRecordSource source;
    ImportError openError;
    if (!source.open(path, v.encoding, result->delimiter, mapping.headerRow, &openError)) {
        failure->error = openError;
        return rollback(openError.message);
    }
    const CsvRowParser parser(mapping, source.header(), community.currency, zone);
    CsvRecord record;
    CsvRow row;
    QList<CsvRowError> rowErrors;
    qint64 rows = 0;
    CsvRecordSource::Status status;
    while ((status = source.next(&record)) == CsvRecordSource::Status::Record) {
        if (++rows % kPollEvery == 0) {
            if (canceled())
                return rollback(canceledText);
            if (m_progress)
                m_progress(source.size() / 2 + source.bytesRead() / 2, source.size());
        }
        rowErrors.clear();
        if (!parser.parse(record, &row, &rowErrors)) {
            ++result->rowsSkippedInvalid;
            for (const CsvRowError &e : std::as_const(rowErrors))
                if (result->warnings.size() < kMaxWarnings)
                    result->warnings.append(
                        QCoreApplication::translate("CsvImport", "%1 (row skipped)")
                            .arg(e.toString(QString())));
            continue;
        }
        bool added = false;
        if (!writer.write(row, &added))
            return rollback(writer.lastError());
        ++(added ? result->rowsAdded : result->rowsSkippedDuplicate);
    }
    if (status == CsvRecordSource::Status::Error) {
        failure->error = source.error();
        return rollback(source.error().message);
    }
    if (canceled())
        return rollback(canceledText);
    if (!writer.finish(&why))
        return rollback(why);
    result->membersAdded = writer.membersAdded();
    result->warnings.append(writer.warnings());
    if (rows == 0)
        result->warnings.append(
            QCoreApplication::translate("CsvImport", "the file holds no data rows"));

    const bool messages = mapping.target == CsvTarget::Messages;
    QSqlQuery upd(m_db.sql());
    upd.prepare(QStringLiteral("UPDATE import_batch SET messages_added = ?, messages_skipped = ?, "
                               "members_added = ?, rows_added = ?, people_in_export = ?, "
                               "warnings = ? WHERE id = ?"));
    upd.addBindValue(messages ? result->rowsAdded : 0);
    upd.addBindValue(messages ? result->rowsSkippedDuplicate : 0);
    upd.addBindValue(result->membersAdded);
    upd.addBindValue(result->rowsAdded);
    upd.addBindValue(writer.peopleSeen());
    upd.addBindValue(result->warnings.isEmpty() ? QStringLiteral("")
                                                : result->warnings.join(QLatin1Char('\n')));
    upd.addBindValue(result->batchId);
    if (!upd.exec())
        return rollback(QCoreApplication::translate("CsvImport", "cannot record the import batch"));
    // Memberships: link renewals (renewal_of) under the workspace's grace period.
    if (mapping.target == CsvTarget::Memberships &&
        PaidMetrics::linkRenewals(m_db, communityId, PaidSettings::load(m_db).graceDays, &why) < 0)
        return rollback(why);
    CsvMapping remembered = mapping;
    remembered.skipInvalidRows = false; // a choice for one file, not for the source
    if (!CsvMappingStore(m_db).save(remembered, &why))
        return rollback(why);
    if (!exec(db, "COMMIT", &why))
        return rollback(why);
    // The flag rules on the new rows (messages), in their own transaction: a failure warns.
    if (messages)
        FlagEngine::runAfterImport(m_db, result->batchId, &result->warnings);
    if (m_progress)
        m_progress(source.size(), source.size());
    return true;
}

} // namespace kindred
