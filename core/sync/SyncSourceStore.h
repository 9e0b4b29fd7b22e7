#pragma once
// Sync sources and sync runs of a workspace (tables sync_source, sync_run; schema 4).
// Secrets are never stored here: a source keeps only its keychain reference (SecretStore).
// Runs on the thread that owns the Database connection. Every method returns false with a
// user-readable error on a database problem; add/update also on an invalid source (empty or
// duplicate name, a URL that is not http(s), a negative schedule).

#include "SyncSource.h"

#include <QList>

namespace kindred {

class Database;

class SyncSourceStore final
{
public:
    explicit SyncSourceStore(Database &db);

    static constexpr int kMaxEveryMinutes = 7 * 24 * 60; ///< the longest schedule: a week

    /// Checks a source before it is stored (name, http/https URL, schedule); "" when valid.
    static QString validate(const SyncSource &source);

    /// Inserts `source` (its id and createdAt are set).
    bool add(SyncSource *source, QString *error);
    /// Updates every stored field of the source with source.id.
    bool update(const SyncSource &source, QString *error);
    /// Removes the source and its runs. Removing an unknown name is an error.
    bool remove(const QString &name, QString *error);
    /// Every source, by name.
    bool list(QList<SyncSource> *out, QString *error) const;
    /// The source named `name`; false with error when there is none.
    bool find(const QString &name, SyncSource *out, QString *error) const;
    /// Stores the validators of a 200 response (ETag, Last-Modified) for the next request.
    bool setValidators(qint64 sourceId, const QString &etag, const QString &lastModified,
                       QString *error);

    /// Records the start of a run (status running); run->id and startedAt are set.
    bool beginRun(SyncRun *run, QString *error);
    /// Stores the outcome of run->id (finishedAt is set to now when 0).
    bool finishRun(SyncRun *run, QString *error);
    /// The latest `limit` runs of a source (all sources when sourceId is 0), newest first.
    bool runs(qint64 sourceId, int limit, QList<SyncRun> *out, QString *error) const;

private:
    Database &m_db;
};

} // namespace kindred
