#pragma once
// The import batches of a workspace as the Sources page lists them (one row per imported
// file, with what the import added and where the file came from), and what removing one would
// take away (the figures the confirmation names before BatchRemover runs).
// Runs on the thread that owns the Database connection.

#include <QList>
#include <QString>
#include <QStringList>

namespace kindred {

class Database;

/// One imported file (a row of import_batch).
struct ImportBatchInfo
{
    qint64 id = 0;
    QString fileName;
    QString format;        ///< telegram, whatsapp, discord, ...
    qint64 importedAt = 0; ///< UTC seconds
    qint64 sizeBytes = 0;
    qint64 messagesAdded = 0;
    qint64 messagesSkipped = 0; ///< duplicates of messages imported before
    qint64 membersAdded = 0;
    qint64 eventsAdded = 0;
    qint64 peopleInExport = 0; ///< distinct people the file named (bots, the exporter too)
    QStringList warnings;
    QString sourcePath;        ///< absolute path the file was imported from ("" when unknown)
    bool sourceExists = false; ///< the file is still there (a re-import can read it)
};

/// What BatchRemover::remove would delete for one batch, counted before it runs.
struct BatchRemovalPreview
{
    qint64 messages = 0; ///< messages the batch added, as messages_added counts them (system
                         ///< lines such as "joined" go too but are not counted here)
    qint64 members = 0;  ///< members it created that no other import uses
    qint64 events = 0;   ///< events it added
};

class ImportBatches final
{
public:
    /// Every import batch of the workspace, oldest first. False with error on a database
    /// problem.
    static bool list(Database &db, QList<ImportBatchInfo> *out, QString *error);
    /// What removing batch `batchId` would delete. False with error when there is no such
    /// batch or on a database problem.
    static bool removalPreview(Database &db, qint64 batchId, BatchRemovalPreview *out,
                               QString *error);
};

} // namespace kindred
