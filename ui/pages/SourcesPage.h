#pragma once
// The Sources page: every imported file (import batch) with what it added, re-import of a
// file that is still on disk and removal of exactly what a batch added (both in a worker with
// its own connection), and the member-count audit per platform that explains how the people
// the exports named become the workspace's member count. After a change the window re-reads
// the workspace (workspaceChanged), so every page shows the new figures.

#include "Page.h"
#include "identity/MemberAudit.h"
#include "import/ImportBatches.h"

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class ImportBatchModel;
class MemberAuditModel;

struct SourcesData
{
    QList<ImportBatchInfo> batches;
    MemberAuditResult audit;
};

class SourcesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)
public:
    /// Asks the user to confirm (title, question); true to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    explicit SourcesPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    ImportBatchModel *batchModel() const { return m_batches; }
    MemberAuditModel *auditModel() const { return m_audit; }
    QTableView *batchView() const { return m_batchView; }
    QTableView *auditView() const { return m_auditView; }
    /// The explanation of the workspace's member count under the audit table.
    QString auditExplanation() const;
    /// True while a re-import or removal runs.
    bool isBusy() const { return m_busy; }
    /// Replaces the confirmation dialog of a removal (tests answer it themselves).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Re-imports the selected batch from its source file.
    void reimportSelected();
    /// Asks, then removes the selected batch.
    void removeSelected();
    /// Writes the batches (as shown) / the audit table to `path`.
    bool exportBatchesCsv(const QString &path, QString *error) const;
    bool exportAuditCsv(const QString &path, QString *error) const;

signals:
    /// The workspace at `path` changed (batch removed or re-imported): re-read it everywhere.
    void workspaceChanged(const QString &path);
    /// A re-import or removal ended (`ok` false: failed or canceled; nothing changed).
    void actionFinished(bool ok);

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const SourcesData &data);
    /// The selected batch, or nullptr.
    const ImportBatchInfo *selectedBatch() const;
    void setBusy(bool busy, const QString &what = {});
    void updateActions();
    void confirmRemoval(const ImportBatchInfo &batch, const BatchRemovalPreview &preview);
    void fail(const QString &title, const QString &text);
    void chooseCsvFile(bool audit);
    bool askUser(const QString &title, const QString &question);

    QLabel *m_batchesTitle;
    QPushButton *m_reimport;
    QPushButton *m_remove;
    QProgressBar *m_busyBar;
    QLabel *m_busyText;
    QLabel *m_count;
    QPushButton *m_exportBatches;
    QTableView *m_batchView;
    QLabel *m_auditTitle;
    QPushButton *m_exportAudit;
    QTableView *m_auditView;
    QLabel *m_explanation;
    ImportBatchModel *m_batches;
    QSortFilterProxyModel *m_batchProxy;
    MemberAuditModel *m_audit;
    Confirm m_confirm;
    bool m_busy = false;
};

} // namespace kindred
