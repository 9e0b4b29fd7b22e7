#pragma once
// Imports one export file into a workspace: detects the format, hashes the content (sha256),
// and stores everything in ONE transaction — a failed or canceled import leaves the database
// exactly as it was. Importing content already imported (same sha256) changes nothing.
// Runs on the thread that owns the Database connection.

#include "ImportError.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace kindred {

class Database;

/// What one import did (counts are rows added / skipped as duplicates).
struct ImportResult
{
    QString file;
    QString format;
    QString sha256;
    qint64 batchId = 0;
    bool alreadyImported = false; ///< same content imported before: nothing was read
    qint64 messagesAdded = 0;
    qint64 messagesSkippedDuplicate = 0;
    qint64 membersAdded = 0;
    qint64 eventsAdded = 0;
    qint64 peopleInExport = 0; ///< distinct people (incl. bots, the exporter) the file named
    qint64 flagsRaised = 0;    ///< flags the moderation rules raised on the new rows
    QStringList warnings;

    /// {"file","format","messages_added","messages_skipped_duplicate","members_added",
    ///  "events_added","warnings":[..]} as printed by `kindred import`.
    QJsonObject toJson() const;
};

class ImportService final
{
public:
    explicit ImportService(Database &db);

    /// Set before importFile(); the flag is polled during the import.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    /// Called with (bytes done, bytes total) while reading.
    void setProgressCallback(std::function<void(qint64, qint64)> cb) { m_progress = std::move(cb); }

    /// Makes the next importFile() a re-import: batch `batchId` is removed (BatchRemover) in
    /// the same transaction before the file is read, so a failed re-import keeps the old batch.
    void setReplaceBatch(qint64 batchId) { m_replaceBatch = batchId; }

    /// Imports `path` as `format` ("auto" or empty = detect). False with error (file and
    /// position) on unreadable or malformed input, cancel, or a database error.
    bool importFile(const QString &path, const QString &format, ImportResult *result,
                    ImportError *error);

    /// SHA-256 (hex) of the file content; empty on read error or cancel.
    static QString sha256Of(const QString &path, const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
    qint64 m_replaceBatch = 0;
};

} // namespace kindred
