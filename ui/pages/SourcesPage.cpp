#include "SourcesPage.h"

#include "ImportController.h"
#include "dialogs/ImportSummaryDialog.h"
#include "import/BatchRemover.h"
#include "import/ImportService.h"
#include "models/CsvExport.h"
#include "models/ImportBatchModel.h"
#include "models/MemberAuditModel.h"
#include "models/ModelRoles.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {
namespace {

/// The page icon: a stack of imported files (drawn, in `color`; white when selected).
QIcon sourcesIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        for (const auto &[mode, c] :
             {std::pair{QIcon::Normal, color}, std::pair{QIcon::Selected, QColor(Qt::white)}}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 64.0, size / 64.0);
            p.setPen(QPen(c, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(10, 7, 44, 14));
            p.drawArc(QRectF(10, 22, 44, 14), 180 * 16, 180 * 16);
            p.drawArc(QRectF(10, 37, 44, 14), 180 * 16, 180 * 16);
            p.drawLine(QPointF(10, 14), QPointF(10, 44));
            p.drawLine(QPointF(54, 14), QPointF(54, 44));
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

QTableView *makeTable(const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setMinimumSectionSize(60);
    t->setTextElideMode(Qt::ElideMiddle); // a long file name keeps its end ("[id].json")
    return t;
}

QLabel *heading(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}

} // namespace

SourcesPage::SourcesPage(QWidget *parent)
    : Page(parent), m_batchesTitle(heading(QStringLiteral("batchesTitle"))),
      m_reimport(new QPushButton), m_remove(new QPushButton), m_busyBar(new QProgressBar),
      m_busyText(new QLabel), m_count(new QLabel), m_exportBatches(new QPushButton),
      m_batchView(makeTable(QStringLiteral("batchTable"))),
      m_auditTitle(heading(QStringLiteral("auditTitle"))), m_exportAudit(new QPushButton),
      m_auditView(makeTable(QStringLiteral("auditTable"))), m_explanation(new QLabel),
      m_batches(new ImportBatchModel(this)), m_batchProxy(new QSortFilterProxyModel(this)),
      m_audit(new MemberAuditModel(this))
{
    m_reimport->setObjectName(QStringLiteral("reimportBatch"));
    m_remove->setObjectName(QStringLiteral("removeBatch"));
    m_busyBar->setObjectName(QStringLiteral("sourcesBusy"));
    m_count->setObjectName(QStringLiteral("batchCount"));
    m_exportBatches->setObjectName(QStringLiteral("exportBatchesCsv"));
    m_exportAudit->setObjectName(QStringLiteral("exportAuditCsv"));
    m_explanation->setObjectName(QStringLiteral("auditExplanation"));
    m_explanation->setWordWrap(true);
    m_busyBar->setRange(0, 0); // busy, no percentage
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    m_batchProxy->setSourceModel(m_batches);
    m_batchProxy->setSortRole(SortRole);
    m_batchView->setModel(m_batchProxy);
    m_batchView->sortByColumn(ImportBatchModel::Imported, Qt::AscendingOrder);
    m_auditView->setModel(m_audit); // sorts itself: the total row stays last
    m_auditView->sortByColumn(MemberAuditModel::Members, Qt::DescendingOrder);
    m_auditView->setSelectionMode(QAbstractItemView::NoSelection);
    for (QTableView *view : {m_batchView, m_auditView}) // the file, the platform
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_batchView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPage::updateActions);
    connect(m_batchProxy, &QAbstractItemModel::modelReset, this, &SourcesPage::updateActions);
    connect(m_reimport, &QPushButton::clicked, this, &SourcesPage::reimportSelected);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPage::removeSelected);
    connect(m_exportBatches, &QPushButton::clicked, this, [this]() { chooseCsvFile(false); });
    connect(m_exportAudit, &QPushButton::clicked, this, [this]() { chooseCsvFile(true); });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_batchesTitle);
    bar->addSpacing(12);
    bar->addWidget(m_reimport);
    bar->addWidget(m_remove);
    bar->addWidget(m_busyBar);
    bar->addWidget(m_busyText);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_exportBatches);
    auto *auditBar = new QHBoxLayout;
    auditBar->addWidget(m_auditTitle);
    auditBar->addStretch();
    auditBar->addWidget(m_exportAudit);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_batchView, 1);
    layout->addSpacing(8);
    layout->addLayout(auditBar);
    layout->addWidget(m_auditView);
    layout->addWidget(m_explanation);
    setContentWidget(content);
    retranslateUi();
}

QString SourcesPage::title() const
{
    return tr("Sources");
}

QIcon SourcesPage::icon(const QColor &color) const
{
    return sourcesIcon(color);
}

QString SourcesPage::auditExplanation() const
{
    return m_explanation->text();
}

void SourcesPage::load()
{
    query<SourcesData>(
        [](Database &db, SourcesData *out, QString *error) {
            return ImportBatches::list(db, &out->batches, error) &&
                   MemberAudit::compute(db, &out->audit, error);
        },
        [this](const SourcesData &data) { showData(data); });
}

void SourcesPage::showData(const SourcesData &data)
{
    m_batches->setBatches(data.batches);
    m_audit->setAudit(data.audit);
    retranslateUi(); // the count, the explanation and the buttons follow the data
    if (data.batches.isEmpty() && data.audit.platforms.isEmpty()) {
        showNoData();
        return;
    }
    // The audit table is as high as its rows; the list of files takes the rest.
    m_auditView->setFixedHeight(m_auditView->horizontalHeader()->sizeHint().height() +
                                2 * m_auditView->frameWidth() +
                                m_auditView->verticalHeader()->length() +
                                m_auditView->horizontalScrollBar()->sizeHint().height());
    showContent();
}

const ImportBatchInfo *SourcesPage::selectedBatch() const
{
    const QModelIndexList rows = m_batchView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const QModelIndex source = m_batchProxy->mapToSource(rows.first());
    return source.isValid() ? &m_batches->batchAt(source.row()) : nullptr;
}

void SourcesPage::updateActions()
{
    const ImportBatchInfo *b = selectedBatch();
    m_remove->setEnabled(!m_busy && b);
    m_reimport->setEnabled(!m_busy && b && b->sourceExists);
    if (b && !b->sourceExists)
        m_reimport->setToolTip(tr("The file this batch came from is no longer at %1")
                                   .arg(b->sourcePath.isEmpty() ? tr("(unknown)") : b->sourcePath));
    else
        m_reimport->setToolTip(tr("Read the selected file again and replace what it added "
                                  "(if the import fails, the earlier import is kept)"));
    m_exportBatches->setEnabled(m_batches->rowCount() > 0);
    m_exportAudit->setEnabled(m_audit->rowCount() > 0);
}

void SourcesPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyText->setText(busy ? what : QString());
    updateActions();
}

void SourcesPage::fail(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, does not block the event loop
}

void SourcesPage::reimportSelected()
{
    const ImportBatchInfo *selected = selectedBatch();
    if (m_busy || !selected || !selected->sourceExists)
        return;
    const ImportBatchInfo batch = *selected;
    const QString workspace = context().workspacePath;
    setBusy(true, tr("Re-importing %1…").arg(batch.fileName));
    AsyncQuery::run<ImportResult>(
        this, workspace,
        [batch](Database &db, ImportResult *out, QString *error) {
            ImportService service(db);
            service.setReplaceBatch(batch.id);
            ImportError e;
            if (service.importFile(batch.sourcePath, batch.format, out, &e))
                return true;
            *error = e.toString();
            return false;
        },
        [this, batch, workspace](const QueryResult<ImportResult> &r) {
            setBusy(false);
            if (!r.ok) {
                fail(tr("Re-import failed"),
                     tr("%1 could not be imported again; the earlier import is kept.\n\n%2")
                         .arg(batch.fileName, r.error));
                emit actionFinished(false);
                return;
            }
            ImportOutcome outcome;
            outcome.workspacePath = workspace;
            outcome.files = {batch.sourcePath};
            outcome.results = {r.value};
            auto *dialog = new ImportSummaryDialog(outcome, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            emit statusMessage(
                tr("Re-imported %1: %n message(s) added", nullptr, int(r.value.messagesAdded))
                    .arg(batch.fileName));
            emit actionFinished(true);
            emit workspaceChanged(workspace);
        });
}

void SourcesPage::removeSelected()
{
    const ImportBatchInfo *selected = selectedBatch();
    if (m_busy || !selected)
        return;
    const ImportBatchInfo batch = *selected;
    setBusy(true, tr("Counting what %1 added…").arg(batch.fileName));
    AsyncQuery::run<BatchRemovalPreview>(
        this, context().workspacePath,
        [id = batch.id](Database &db, BatchRemovalPreview *out, QString *error) {
            return ImportBatches::removalPreview(db, id, out, error);
        },
        [this, batch](const QueryResult<BatchRemovalPreview> &r) {
            setBusy(false);
            if (!r.ok) {
                fail(tr("Cannot remove the import"), r.error);
                emit actionFinished(false);
                return;
            }
            confirmRemoval(batch, r.value);
        });
}

void SourcesPage::confirmRemoval(const ImportBatchInfo &batch, const BatchRemovalPreview &preview)
{
    const QString question =
        tr("Remove batch '%1'? Its %2, %3, and %4 will be removed. This cannot be undone.")
            .arg(batch.fileName, tr("%Ln message(s)", nullptr, int(preview.messages)),
                 tr("%Ln member(s) it created that no other import uses", nullptr,
                    int(preview.members)),
                 tr("%Ln event(s)", nullptr, int(preview.events)));
    if (!askUser(tr("Remove import"), question)) {
        emit statusMessage(tr("Nothing was removed."));
        emit actionFinished(false);
        return;
    }
    const QString workspace = context().workspacePath;
    setBusy(true, tr("Removing %1…").arg(batch.fileName));
    AsyncQuery::run<BatchRemovalPreview>(
        this, workspace,
        [id = batch.id](Database &db, BatchRemovalPreview *, QString *error) {
            return BatchRemover::remove(db, id, error);
        },
        [this, batch, preview, workspace](const QueryResult<BatchRemovalPreview> &r) {
            setBusy(false);
            if (!r.ok) {
                fail(tr("Cannot remove the import"),
                     tr("%1 was not removed; the workspace is unchanged.\n\n%2")
                         .arg(batch.fileName, r.error));
                emit actionFinished(false);
                return;
            }
            emit statusMessage(tr("Removed %1 (%Ln message(s))", nullptr, int(preview.messages))
                                   .arg(batch.fileName));
            emit actionFinished(true);
            emit workspaceChanged(workspace);
        });
}

bool SourcesPage::askUser(const QString &title, const QString &question)
{
    if (m_confirm)
        return m_confirm(title, question);
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, this);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

bool SourcesPage::exportBatchesCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_batchProxy, path, error);
}

bool SourcesPage::exportAuditCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_audit, path, error);
}

void SourcesPage::chooseCsvFile(bool audit)
{
    const QString path = QFileDialog::getSaveFileName(
        this, audit ? tr("Export member counts as CSV") : tr("Export imports as CSV"),
        audit ? QStringLiteral("member-counts.csv") : QStringLiteral("imports.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(audit ? exportAuditCsv(path, &error) : exportBatchesCsv(path, &error))) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    const int rows = audit ? m_audit->rowCount() : m_batchProxy->rowCount();
    emit statusMessage(tr("Exported %n row(s) to %1", nullptr, rows).arg(path));
}

void SourcesPage::retranslateUi()
{
    m_batchesTitle->setText(tr("Imported files"));
    m_reimport->setText(tr("Re-import"));
    m_remove->setText(tr("Remove…"));
    m_remove->setToolTip(tr("Remove everything the selected import added to the workspace"));
    m_exportBatches->setText(tr("Export CSV…"));
    m_exportBatches->setToolTip(tr("Save the list of imports as a CSV file"));
    m_auditTitle->setText(tr("Members by platform"));
    m_exportAudit->setText(tr("Export CSV…"));
    m_exportAudit->setToolTip(tr("Save the member counts per platform as a CSV file"));
    m_count->setText(tr("%n import(s)", nullptr, m_batches->rowCount()));
    m_batches->retranslate();
    m_audit->retranslate();
    m_explanation->setText(m_audit->explanation());
    updateActions();
}

} // namespace kindred
