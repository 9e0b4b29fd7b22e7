#pragma once
// Runs one sync of one source: fetches its URL (conditional request with the stored ETag /
// Last-Modified), and imports what is new through the same importers as a file import, so a
// sync is an idempotent import. A URL serving a manifest (SyncManifest) has each listed file
// not yet imported (by sha256) fetched, verified and imported, one transaction per file.
// The run is recorded in sync_run (start, end, HTTP status, bytes, rows added, result, error).
//
// Threading: the network is asynchronous on the runner's thread (the GUI thread never
// blocks); each import runs on a worker thread with its own database connection. Cancel
// aborts the download or the import in progress; a canceled or failed file import leaves the
// workspace as it was. Files a manifest run imported before a failure stay imported (and are
// not fetched again).

#include "HttpFetcher.h"
#include "SyncManifest.h"
#include "SyncSource.h"

#include "import/ImportService.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace kindred {

class Database;

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    SyncRunner(const QString &workspacePath, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SyncRunner() override;

    /// Timeouts, retries, size limit and temp directory for every request of the next runs
    /// (url, auth, validators and sha256 are filled in per request).
    void setFetchDefaults(const FetchRequest &defaults) { m_defaults = defaults; }
    FetchRequest fetchDefaults() const { return m_defaults; }

    /// Starts syncing `source` with `secret` (the token or password its auth needs; empty for
    /// none). False with error when a run is in progress or the workspace cannot be opened;
    /// otherwise finished() follows exactly once.
    bool start(const SyncSource &source, const QByteArray &secret, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// stage: user-readable ("Downloading drops/2.json", "Importing ..."); total -1 = unknown.
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(const kindred::SyncRun &run);

private:
    void fetch(const QUrl &url, const QString &expectedSha256, bool conditional);
    void onFetched(const FetchResult &result);
    void importDownloaded(const QString &path, const QString &format);
    void onImported();
    void nextManifestEntry();
    bool handleManifest(const QString &path, const QUrl &base);
    void finish(SyncRun::Status status, const QString &error = {});
    bool alreadyImported(const QString &sha256) const;

    QString m_workspacePath;
    QNetworkAccessManager *m_nam;
    HttpFetcher *m_fetcher;
    FetchRequest m_defaults;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QFutureWatcher<void> *m_importWatcher = nullptr;
    struct ImportOutcome
    {
        bool ok = false;
        ImportResult result;
        ImportError error;
    };
    std::shared_ptr<ImportOutcome> m_importOutcome;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;

    SyncSource m_source;
    QByteArray m_authorization;
    SyncRun m_run;
    bool m_running = false;
    bool m_canceled = false;
    bool m_inManifest = false; ///< fetching the files a manifest listed
    QList<ManifestEntry> m_pending;
    QString m_currentFormat;
    QUrl m_currentUrl;
    bool m_storeValidators = false; ///< the source's URL answered 200: keep its validators
    QString m_pendingEtag;          ///< validators to store once the run succeeded
    QString m_pendingLastModified;
    bool m_newContent = false; ///< something not imported before was fetched
};

} // namespace kindred
