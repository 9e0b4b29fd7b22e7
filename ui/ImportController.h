#pragma once
// Imports export files into a workspace off the GUI thread. The worker opens its OWN Database
// connection on the workspace (PLATFORM.md gotcha 7) and runs ImportService file by file; a
// progress dialog shows the bytes read and a Cancel button that sets the service's cancel
// flag (the service then rolls the file back). The outcome goes to finished() and, unless
// turned off, to a summary dialog. A CSV file no importer recognises (and every file of
// startWithCsvMapping()) first goes through the CSV mapping dialog, one file after the other,
// and is then imported in the same worker with CsvImportService.

#include "import/ImportService.h"
#include "import/csv/CsvMapping.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace kindred {

class CsvMappingDialog;

/// A file to import as generic CSV, with the mapping chosen for it in the dialog.
struct CsvImportJob
{
    QString path;
    CsvMapping mapping;
};

/// What an import run did, file by file.
struct ImportOutcome
{
    QString workspacePath;
    QStringList files;
    QList<ImportResult> results; ///< files imported (or already imported)
    QList<ImportError> errors;   ///< files that failed (the database keeps none of them)
    bool canceled = false;
    QString openError; ///< the workspace could not be opened: nothing was imported

    bool succeeded() const { return openError.isEmpty() && errors.isEmpty() && !canceled; }
    qint64 messagesAdded() const;
};

class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)
public:
    /// Dialogs are shown over `dialogParent`.
    explicit ImportController(QWidget *dialogParent);
    /// Cancels a running import and waits for it (the import rolls back).
    ~ImportController() override;

    /// True while importing, or while a CSV mapping dialog of the run is open.
    bool isRunning() const;
    /// Starts importing `files` (format detected) into the workspace; false when busy. Files
    /// that needsCsvMapping() are mapped in the CSV mapping dialog first (a canceled dialog
    /// leaves its file out); the import starts when the last dialog closes.
    bool start(const QString &workspacePath, const QStringList &files);
    /// As start(), but every file is mapped in the CSV mapping dialog and imported as generic
    /// CSV (File > Import CSV with Mapping…).
    bool startWithCsvMapping(const QString &workspacePath, const QStringList &files);
    /// True for an existing .csv, .tsv or .txt file that ImporterRegistry::detect() does not
    /// recognise.
    static bool needsCsvMapping(const QString &path);
    /// The CSV mapping dialog being shown, or nullptr.
    CsvMappingDialog *mappingDialog() const;
    /// Asks the running import to stop; it rolls back the file being read. While CSV mapping
    /// dialogs are open, closes them: nothing is imported.
    void cancel();
    /// Whether a summary dialog is shown when the import ends (default true).
    void setShowSummary(bool show) { m_showSummary = show; }

signals:
    void started();
    void finished(const kindred::ImportOutcome &outcome);

private:
    void onFinished();
    bool begin(const QString &workspacePath, const QStringList &files, bool allCsv);
    /// Shows the mapping dialog of the next queued CSV file, or launches the import.
    void askNextMapping();
    void launch();

    QWidget *m_dialogParent;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportOutcome> m_watcher;
    QPointer<QProgressDialog> m_progress;
    bool m_showSummary = true;
    QString m_workspacePath;
    QStringList m_files;           ///< the files of the run, in order
    QStringList m_mappingQueue;    ///< CSV files still to be mapped
    QList<CsvImportJob> m_csvJobs; ///< CSV files mapped so far
    QPointer<CsvMappingDialog> m_mappingDialog;
    bool m_choosing = false;
};

} // namespace kindred
