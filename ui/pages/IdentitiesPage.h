#pragma once
// The Identities page: members who are probably one person on several platforms (merge
// suggestions) to merge or to mark "not the same person", a manual merge of any two members,
// and the merge log with undo. Writes run in a worker with their own connection; after a merge
// or an unmerge the window re-reads the workspace (workspaceChanged) so every page counts
// merged members once.

#include "Page.h"
#include "dialogs/ManualMergeDialog.h"
#include "identity/MemberMerger.h"
#include "identity/MergeSuggestions.h"

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class Database;

class MergeLogModel;
class MergeSuggestionModel;

struct IdentitiesData
{
    QList<MergeSuggestion> suggestions;
    QList<MergeRecord> log;
    QList<MergeCandidate> members;
};

class IdentitiesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesPage)
public:
    explicit IdentitiesPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    MergeSuggestionModel *suggestionModel() const { return m_suggestions; }
    MergeLogModel *logModel() const { return m_log; }
    QTableView *suggestionView() const { return m_suggestionView; }
    QTableView *logView() const { return m_logView; }
    bool isBusy() const { return m_busy; }

    /// Who merges: the moderator name of the settings, else the operating system's user.
    static QString actorName();

    /// Merges the pairs of the selected suggestions.
    void mergeSelected();
    /// Remembers the selected suggestions as "not the same person".
    void dismissSelected();
    /// Opens the dialog that merges two members chosen by hand (non-blocking).
    ManualMergeDialog *mergeManually();
    /// Undoes the selected merge of the log.
    void unmergeSelected();

signals:
    /// Members were merged or unmerged in the workspace at `path`: re-read it everywhere.
    void workspaceChanged(const QString &path);
    /// An action ended (`ok` false: it failed, nothing changed).
    void actionFinished(bool ok);

protected:
    void retranslateUi() override;
    void load() override;

private:
    struct Pair
    {
        qint64 source = 0;
        qint64 target = 0;
        QString reason;
    };
    /// What a worker did: the steps done and why others failed.
    struct ActionResult
    {
        int done = 0;
        QStringList errors;
    };
    using Work = std::function<void(Database &, ActionResult *)>;

    void showData(const IdentitiesData &data);
    QList<Pair> selectedPairs() const;
    void mergePairs(const QList<Pair> &pairs);
    /// Runs `work` in a worker with its own connection; errors go to a message box titled
    /// `title`, `success(done)` to the status bar; then the window (changesMembers) or this
    /// page re-reads the workspace.
    void runAction(const QString &title, const Work &work,
                   const std::function<QString(int)> &success, bool changesMembers);
    void setBusy(bool busy);
    void updateActions();
    void fail(const QString &title, const QString &text);

    QLabel *m_suggestionsTitle;
    QLabel *m_suggestionsHint;
    QLabel *m_logEmpty;
    QPushButton *m_mergeSelected;
    QPushButton *m_dismiss;
    QLabel *m_count;
    QTableView *m_suggestionView;
    QPushButton *m_mergeManual;
    QLabel *m_logTitle;
    QPushButton *m_unmerge;
    QTableView *m_logView;
    MergeSuggestionModel *m_suggestions;
    QSortFilterProxyModel *m_suggestionProxy;
    MergeLogModel *m_log;
    QSortFilterProxyModel *m_logProxy;
    QList<MergeCandidate> m_candidates;
    bool m_busy = false;
};

} // namespace kindred
