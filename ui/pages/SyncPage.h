#pragma once
// The Sync page: the workspace's sync sources (URLs of chat-group exports it is kept current
// from) with their last result, the recent runs of the selected one, and the actions: add,
// edit, remove, sync now, sync all, cancel. The page owns the window's SyncManager (schedules
// run while Kindred runs); progress and errors of a run show in its row, in a progress bar and
// in a message area. A run that failed on an untrusted certificate offers to trust it. Sources
// are read in a worker and written by SyncSourceController (tokens and passwords go to the OS
// keychain). When a run imported something, the window re-reads the workspace
// (workspaceChanged).

#include "Page.h"
#include "sync/SyncSource.h"

#include <QHash>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class SyncManager;
class SyncRunModel;
class SyncSourceController;
class SyncSourceDialog;
class SyncSourceModel;
class SyncStatusPanel;

struct SyncData
{
    QList<SyncSource> sources;
    QHash<qint64, QList<SyncRun>> runs; ///< per source id, newest first
};

class SyncPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)
public:
    /// Asks the user to confirm (title, question); true to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    static constexpr int kRunsShown = 50; ///< recent runs listed per source

    explicit SyncPage(QWidget *parent = nullptr);
    /// Cancels the run in progress (its end is recorded, not shown).
    ~SyncPage() override;

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    SyncManager *manager() const { return m_manager; }
    SyncSourceModel *sourceModel() const { return m_sources; }
    SyncRunModel *runModel() const { return m_runs; }
    QTableView *sourceView() const { return m_sourceView; }
    QTableView *runView() const { return m_runView; }
    /// The progress bar, its stage and the message area (how the latest runs ended).
    SyncStatusPanel *statusPanel() const { return m_status; }
    /// The message area as plain text (one line per reported run or problem).
    QString messageText() const;
    /// Replaces the confirmation dialogs (remove, trust a certificate) in tests.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// The id of the selected source, 0 when none.
    qint64 selectedSourceId() const;
    /// Selects source `id`; false when it is not listed.
    bool selectSource(qint64 id);

    /// Opens the dialog that adds a source (non-blocking).
    SyncSourceDialog *addSource();
    /// Opens the dialog that edits the selected source (nullptr when none is selected).
    SyncSourceDialog *editSelected();
    /// Asks, then removes the selected source, its runs and its stored secret.
    void removeSelected();
    void syncSelected();
    void syncAll();
    void cancel();

signals:
    /// A run imported something into the workspace at `path`: re-read it everywhere.
    void workspaceChanged(const QString &path);

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const SyncData &data);
    void showRunsOfSelection();
    int selectedRow() const; ///< of m_sources, -1 when none
    void updateActions();
    void onRunStarted(qint64 id);
    void onProgress(qint64 id, const QString &stage, qint64 done, qint64 total);
    void onRunFinished(qint64 id, const SyncRun &run);
    void offerTrust(qint64 id, const SyncRun &run);
    SyncSourceDialog *openDialog(const SyncSource &source);
    void sourcesChanged(qint64 selectId);
    void ask(const QString &title, const QString &question, const QString &yes,
             const std::function<void()> &onYes);
    QString sourceName(qint64 id) const;

    SyncManager *m_manager;
    SyncSourceController *m_controller;
    SyncSourceModel *m_sources;
    QSortFilterProxyModel *m_sourceProxy;
    SyncRunModel *m_runs;
    QHash<qint64, QList<SyncRun>> m_runsBySource;
    QLabel *m_sourcesTitle;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_syncNow;
    QPushButton *m_syncAll;
    QPushButton *m_cancel;
    QLabel *m_hint;
    QTableView *m_sourceView;
    SyncStatusPanel *m_status;
    QLabel *m_runsTitle;
    QTableView *m_runView;
    Confirm m_confirm;
    qint64 m_selectAfterLoad = 0;
    bool m_switching = false; ///< the manager is switching workspaces
};

} // namespace kindred
