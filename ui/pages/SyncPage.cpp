#include "SyncPage.h"

#include "SyncSourceController.h"
#include "dialogs/SyncSourceDialog.h"
#include "models/ModelRoles.h"
#include "models/SyncRunModel.h"
#include "models/SyncSourceModel.h"
#include "sync/SyncManager.h"
#include "sync/SyncSourceStore.h"
#include "widgets/SyncStatusPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {

/// The page icon: two arrows chasing each other round a circle.
QIcon syncIcon(const QColor &color)
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
            p.drawArc(QRectF(12, 12, 40, 40), 30 * 16, 150 * 16);
            p.drawArc(QRectF(12, 12, 40, 40), 210 * 16, 150 * 16);
            p.drawPolyline(QPolygonF({QPointF(4, 27), QPointF(12, 36), QPointF(20, 27)}));
            p.drawPolyline(QPolygonF({QPointF(44, 37), QPointF(52, 28), QPointF(60, 37)}));
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
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTextElideMode(Qt::ElideRight); // an error keeps its start (the URL is in the tooltip)
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

QPushButton *button(const QString &name)
{
    auto *b = new QPushButton;
    b->setObjectName(name);
    return b;
}

/// Column widths from the contents, none wider than `max` pixels.
void fitColumns(QTableView *view, int max)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount() - 1; ++c)
        view->setColumnWidth(c, qMin(view->columnWidth(c) + 10, max));
}

} // namespace

SyncPage::SyncPage(QWidget *parent)
    : Page(parent), m_manager(new SyncManager(this)), m_controller(new SyncSourceController(this)),
      m_sources(new SyncSourceModel(this)), m_sourceProxy(new QSortFilterProxyModel(this)),
      m_runs(new SyncRunModel(this)), m_sourcesTitle(heading(QStringLiteral("syncSourcesTitle"))),
      m_add(button(QStringLiteral("syncAdd"))), m_edit(button(QStringLiteral("syncEdit"))),
      m_remove(button(QStringLiteral("syncRemove"))), m_syncNow(button(QStringLiteral("syncNow"))),
      m_syncAll(button(QStringLiteral("syncAll"))), m_cancel(button(QStringLiteral("syncCancel"))),
      m_hint(new QLabel), m_sourceView(makeTable(QStringLiteral("syncSourceTable"))),
      m_status(new SyncStatusPanel), m_runsTitle(heading(QStringLiteral("syncRunsTitle"))),
      m_runView(makeTable(QStringLiteral("syncRunTable")))
{
    m_hint->setObjectName(QStringLiteral("syncHint"));
    m_hint->setWordWrap(true);
    m_sourceProxy->setSourceModel(m_sources);
    m_sourceProxy->setSortRole(SortRole);
    m_sourceView->setModel(m_sourceProxy);
    m_sourceView->sortByColumn(SyncSourceModel::Name, Qt::AscendingOrder);
    m_runView->setModel(m_runs); // newest first, as stored
    m_runView->setSortingEnabled(false);
    m_runView->setSelectionMode(QAbstractItemView::NoSelection);

    connect(m_sourceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::showRunsOfSelection);
    connect(m_sourceView, &QTableView::doubleClicked, this, [this]() { editSelected(); });
    connect(m_add, &QPushButton::clicked, this, [this]() { addSource(); });
    connect(m_edit, &QPushButton::clicked, this, [this]() { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &SyncPage::removeSelected);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncSelected);
    connect(m_syncAll, &QPushButton::clicked, this, &SyncPage::syncAll);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancel);
    connect(m_manager, &SyncManager::runStarted, this, &SyncPage::onRunStarted);
    connect(m_manager, &SyncManager::progress, this, &SyncPage::onProgress);
    connect(m_manager, &SyncManager::runFinished, this, &SyncPage::onRunFinished);
    connect(m_manager, &SyncManager::workspaceChanged, this,
            [this]() { emit workspaceChanged(m_manager->workspace()); });
    connect(m_controller, &SyncSourceController::changed, this,
            [this](qint64 id, const QString &status) {
                emit statusMessage(status);
                sourcesChanged(id);
            });
    connect(m_controller, &SyncSourceController::problem, this,
            [this](const QString &text) { m_status->addMessage(text, true); });
    connect(m_controller, &SyncSourceController::trusted, this, [this](qint64 id) {
        sourcesChanged(id); // the manager re-reads the source with its trusted certificate
        m_status->clearMessages();
        m_manager->syncNow(id);
    });
    connect(this, &Page::loaded, this, [this]() {
        if (context().workspacePath.isEmpty() && !m_manager->workspace().isEmpty())
            load(); // the window closed the workspace: stop its schedules
    });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_sourcesTitle);
    bar->addSpacing(12);
    for (QPushButton *b : {m_add, m_edit, m_remove})
        bar->addWidget(b);
    bar->addStretch();
    for (QPushButton *b : {m_syncNow, m_syncAll, m_cancel})
        bar->addWidget(b);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_sourceView, 2);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_runsTitle);
    layout->addWidget(m_runView, 3);
    setContentWidget(content);
    retranslateUi();
}

SyncPage::~SyncPage()
{
    // The manager cancels its run when deleted and reports it: not to a half-destroyed page.
    disconnect(m_manager, nullptr, this, nullptr);
    delete m_manager;
}

QString SyncPage::title() const
{
    return tr("Sync");
}

QIcon SyncPage::icon(const QColor &color) const
{
    return syncIcon(color);
}

void SyncPage::load()
{
    const QString path = context().workspacePath;
    if (m_manager->workspace() != path) {
        m_switching = true; // the canceled run of the old workspace is not ours to show
        m_manager->setWorkspace(path);
        m_switching = false;
        m_sources->clear();
        m_runsBySource.clear();
        m_runs->setRuns({});
        m_status->clearMessages();
        m_status->hideProgress();
    }
    if (path.isEmpty())
        return;
    query<SyncData>(
        [](Database &db, SyncData *out, QString *error) {
            SyncSourceStore store(db);
            if (!store.list(&out->sources, error))
                return false;
            for (const SyncSource &s : std::as_const(out->sources))
                if (!store.runs(s.id, kRunsShown, &out->runs[s.id], error))
                    return false;
            return true;
        },
        [this](const SyncData &data) { showData(data); });
}

void SyncPage::showData(const SyncData &data)
{
    const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : selectedSourceId();
    m_selectAfterLoad = 0;
    m_runsBySource = data.runs;
    QHash<qint64, SyncRun> last;
    for (auto it = data.runs.begin(); it != data.runs.end(); ++it)
        if (!it->isEmpty())
            last.insert(it.key(), it->first());
    m_sources->setSources(data.sources, last);
    m_sources->setQueued(m_manager->queued());
    const bool any = !data.sources.isEmpty();
    m_hint->setVisible(!any);
    m_sourceView->setVisible(any);
    m_runsTitle->setVisible(any);
    m_runView->setVisible(any);
    if (any) {
        fitColumns(m_sourceView, 280);
        if (!selectSource(keep))
            m_sourceView->selectRow(0);
    }
    showRunsOfSelection();
    showContent(); // also without sources: this is where the first one is added
}

qint64 SyncPage::selectedSourceId() const
{
    const int row = selectedRow();
    return row >= 0 ? m_sources->sourceAt(row).id : 0;
}

int SyncPage::selectedRow() const
{
    const QModelIndexList rows = m_sourceView->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_sourceProxy->mapToSource(rows.first()).row() : -1;
}

bool SyncPage::selectSource(qint64 id)
{
    const int row = id > 0 ? m_sources->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_sourceView->selectRow(m_sourceProxy->mapFromSource(m_sources->index(row, 0)).row());
    return true;
}

QString SyncPage::sourceName(qint64 id) const
{
    const int row = m_sources->rowOf(id);
    return row >= 0 ? m_sources->sourceAt(row).name : tr("a removed source");
}

void SyncPage::showRunsOfSelection()
{
    const int row = selectedRow();
    m_runs->setRuns(row >= 0 ? m_runsBySource.value(m_sources->sourceAt(row).id)
                             : QList<SyncRun>{});
    m_runsTitle->setText(row >= 0 ? tr("Recent runs of %1").arg(m_sources->sourceAt(row).name)
                                  : tr("Recent runs"));
    if (m_runs->rowCount() > 0)
        fitColumns(m_runView, 220);
    updateActions();
}

void SyncPage::updateActions()
{
    const int row = selectedRow();
    const bool idle = row >= 0 && !m_sources->isRunning(row) && !m_sources->isQueued(row);
    m_add->setEnabled(!context().workspacePath.isEmpty());
    m_edit->setEnabled(idle);
    m_remove->setEnabled(idle);
    m_syncNow->setEnabled(idle);
    const QList<SyncSource> &all = m_sources->sources();
    m_syncAll->setEnabled(
        std::any_of(all.begin(), all.end(), [](const SyncSource &s) { return s.enabled; }));
    m_cancel->setEnabled(m_manager->isBusy());
}

void SyncPage::syncSelected()
{
    if (const qint64 id = selectedSourceId(); id > 0) {
        m_status->clearMessages();
        m_manager->syncNow(id);
        m_sources->setQueued(m_manager->queued());
        updateActions();
    }
}

void SyncPage::syncAll()
{
    m_status->clearMessages();
    m_manager->syncAll();
    m_sources->setQueued(m_manager->queued());
    updateActions();
}

void SyncPage::cancel()
{
    m_manager->cancel();
    m_sources->setQueued({});
    updateActions();
}

void SyncPage::onRunStarted(qint64 id)
{
    onProgress(id, tr("Connecting…"), 0, -1);
}

void SyncPage::onProgress(qint64 id, const QString &stage, qint64 done, qint64 total)
{
    m_sources->setProgress(id, stage, done, total);
    m_sources->setQueued(m_manager->queued());
    m_status->showProgress(tr("%1: %2").arg(sourceName(id), stage), done, total);
    updateActions();
}

void SyncPage::onRunFinished(qint64 id, const SyncRun &run)
{
    if (m_switching)
        return;
    m_sources->setFinished(id, run);
    m_sources->setQueued(m_manager->queued());
    if (!m_manager->isBusy())
        m_status->hideProgress();
    const bool failed = run.status == SyncRun::Status::Failed && !run.error.isEmpty();
    const QString text = failed ? tr("%1 failed: %2").arg(sourceName(id), run.error)
                                : tr("%1: %2").arg(sourceName(id), SyncRunModel::summary(run));
    m_status->addMessage(text, failed);
    emit statusMessage(text);
    updateActions();
    if (!run.untrustedCertSha256.isEmpty())
        offerTrust(id, run);
    reload(context()); // the new run in the list (the window re-reads all when data came in)
}

void SyncPage::offerTrust(qint64 id, const SyncRun &run)
{
    const QString question =
        tr("The server's certificate is not trusted: %1, SHA-256 %2.\n\nTrust this certificate "
           "for %3? Kindred will then accept exactly this certificate for this source, and "
           "sync it again.")
            .arg(run.untrustedCertSubject, run.untrustedCertSha256, sourceName(id));
    ask(tr("Untrusted certificate"), question, tr("Trust"),
        [this, id, sha = run.untrustedCertSha256]() {
            m_controller->trust(context().workspacePath, id, sha);
        });
}

SyncSourceDialog *SyncPage::addSource()
{
    if (context().workspacePath.isEmpty())
        return nullptr;
    return openDialog(SyncSource{});
}

SyncSourceDialog *SyncPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_sources->isRunning(row) || m_sources->isQueued(row))
        return nullptr;
    return openDialog(m_sources->sourceAt(row));
}

SyncSourceDialog *SyncPage::openDialog(const SyncSource &source)
{
    QStringList taken;
    for (const SyncSource &s : m_sources->sources())
        if (s.id != source.id)
            taken.append(s.name);
    auto *dialog = new SyncSourceDialog(source, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncSourceDialog::submitted, this,
            [this, dialog]() { m_controller->save(context().workspacePath, dialog); });
    dialog->open();
    return dialog;
}

void SyncPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_sources->isRunning(row) || m_sources->isQueued(row))
        return;
    const SyncSource s = m_sources->sourceAt(row);
    const QString question =
        tr("Remove the sync source '%1' and its run history? What it imported stays in the "
           "workspace (the Sources page can remove an import).")
            .arg(s.name);
    ask(tr("Remove sync source"), question, tr("Remove"),
        [this, s]() { m_controller->remove(context().workspacePath, s); });
}

void SyncPage::sourcesChanged(qint64 selectId)
{
    m_manager->reload(); // schedules follow the stored sources
    m_selectAfterLoad = selectId;
    reload(context());
}

void SyncPage::ask(const QString &title, const QString &question, const QString &yes,
                   const std::function<void()> &onYes)
{
    if (m_confirm) {
        if (m_confirm(title, question))
            onYes();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(yes, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, accept, onYes]() {
        if (box->clickedButton() == accept)
            onYes();
    });
    box->open(); // window-modal, does not block the event loop
}

QString SyncPage::messageText() const
{
    return m_status->messageText();
}

void SyncPage::retranslateUi()
{
    m_sourcesTitle->setText(tr("Sync sources"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add the address of a chat export to keep this workspace current from"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove…"));
    m_remove->setToolTip(tr("Remove the selected source and its run history (not what it "
                            "imported)"));
    m_syncNow->setText(tr("Sync Now"));
    m_syncNow->setToolTip(tr("Download the selected source and import what is new"));
    m_syncAll->setText(tr("Sync All"));
    m_syncAll->setToolTip(tr("Sync every enabled source, one after the other"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync in progress and those waiting; nothing half-done "
                            "is kept"));
    m_hint->setText(tr("No sync sources yet. Add the web address where a Telegram, WhatsApp, "
                       "Discord, Slack or WeChat export of your group is published (or a "
                       "manifest listing several exports), and Kindred downloads it and imports "
                       "what is new, now or on a schedule. Tokens and passwords are kept in the "
                       "system keychain."));
    m_sources->retranslate();
    m_runs->retranslate();
    showRunsOfSelection();
}

} // namespace kindred
