#pragma once
// Imports export files into a workspace off the GUI thread. The worker opens its OWN Database
// connection on the workspace (PLATFORM.md gotcha 7) and runs ImportService file by file; a
// progress dialog shows the bytes read and a Cancel button that sets the service's cancel
// flag (the service then rolls the file back). The outcome goes to finished() and, unless
// turned off, to a summary dialog.

#include "import/ImportService.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace kindred {

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

    bool isRunning() const;
    /// Starts importing `files` (format detected) into the workspace; false when busy.
    bool start(const QString &workspacePath, const QStringList &files);
    /// Asks the running import to stop; it rolls back the file being read.
    void cancel();
    /// Whether a summary dialog is shown when the import ends (default true).
    void setShowSummary(bool show) { m_showSummary = show; }

signals:
    void started();
    void finished(const kindred::ImportOutcome &outcome);

private:
    void onFinished();

    QWidget *m_dialogParent;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportOutcome> m_watcher;
    QPointer<QProgressDialog> m_progress;
    bool m_showSummary = true;
};

} // namespace kindred
