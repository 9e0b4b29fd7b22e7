#include "IdentitiesPage.h"

#include "analytics/KpiCalculator.h"
#include "analytics/MemberDirectory.h"
#include "models/MergeLogModel.h"
#include "models/MergeSuggestionModel.h"
#include "models/ModelRoles.h"

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

/// The page icon: two overlapping circles, two accounts that are one person.
QIcon identitiesIcon(const QColor &color)
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
            p.setPen(QPen(c, 5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(6, 14, 34, 34));
            p.drawEllipse(QRectF(24, 14, 34, 34));
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

QTableView *makeTable(const QString &name, QAbstractItemView::SelectionMode mode)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(mode);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
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

IdentitiesPage::IdentitiesPage(QWidget *parent)
    : Page(parent), m_suggestionsTitle(heading(QStringLiteral("suggestionsTitle"))),
      m_suggestionsHint(new QLabel), m_logEmpty(new QLabel), m_mergeSelected(new QPushButton),
      m_dismiss(new QPushButton), m_count(new QLabel),
      m_suggestionView(
          makeTable(QStringLiteral("suggestionTable"), QAbstractItemView::ExtendedSelection)),
      m_mergeManual(new QPushButton), m_logTitle(heading(QStringLiteral("logTitle"))),
      m_unmerge(new QPushButton),
      m_logView(makeTable(QStringLiteral("mergeLogTable"), QAbstractItemView::SingleSelection)),
      m_suggestions(new MergeSuggestionModel(this)),
      m_suggestionProxy(new QSortFilterProxyModel(this)), m_log(new MergeLogModel(this)),
      m_logProxy(new QSortFilterProxyModel(this))
{
    m_mergeSelected->setObjectName(QStringLiteral("mergeSuggestions"));
    m_dismiss->setObjectName(QStringLiteral("dismissSuggestions"));
    m_count->setObjectName(QStringLiteral("suggestionCount"));
    m_mergeManual->setObjectName(QStringLiteral("mergeManually"));
    m_unmerge->setObjectName(QStringLiteral("unmerge"));
    m_suggestionsHint->setWordWrap(true);
    m_logEmpty->setObjectName(QStringLiteral("mergeLogEmpty"));
    m_logEmpty->setWordWrap(true);
    m_logEmpty->hide();
    m_suggestionProxy->setSourceModel(m_suggestions);
    m_suggestionProxy->setSortRole(SortRole);
    m_suggestionView->setModel(m_suggestionProxy);
    m_suggestionView->sortByColumn(MergeSuggestionModel::Reason, Qt::AscendingOrder);
    m_logProxy->setSourceModel(m_log);
    m_logProxy->setSortRole(SortRole);
    m_logView->setModel(m_logProxy);
    m_logView->sortByColumn(MergeLogModel::When, Qt::DescendingOrder);

    connect(m_suggestionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IdentitiesPage::updateActions);
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IdentitiesPage::updateActions);
    connect(m_mergeSelected, &QPushButton::clicked, this, &IdentitiesPage::mergeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &IdentitiesPage::dismissSelected);
    connect(m_mergeManual, &QPushButton::clicked, this, [this]() { mergeManually(); });
    connect(m_unmerge, &QPushButton::clicked, this, &IdentitiesPage::unmergeSelected);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_suggestionsTitle);
    bar->addSpacing(12);
    bar->addWidget(m_mergeSelected);
    bar->addWidget(m_dismiss);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_mergeManual);
    auto *logBar = new QHBoxLayout;
    logBar->setSpacing(8);
    logBar->addWidget(m_logTitle);
    logBar->addSpacing(12);
    logBar->addWidget(m_unmerge);
    logBar->addStretch();
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_suggestionsHint);
    layout->addWidget(m_suggestionView, 3);
    layout->addSpacing(8);
    layout->addLayout(logBar);
    layout->addWidget(m_logView, 2);
    layout->addWidget(m_logEmpty);
    layout->addStretch(0);
    setContentWidget(content);
    retranslateUi();
}

QString IdentitiesPage::title() const
{
    return tr("Identities");
}

QIcon IdentitiesPage::icon(const QColor &color) const
{
    return identitiesIcon(color);
}

QString IdentitiesPage::actorName()
{
    // Settings has no moderator name (yet): the operating system's user name.
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("unknown");
}

void IdentitiesPage::load()
{
    query<IdentitiesData>(
        [](Database &db, IdentitiesData *out, QString *error) {
            if (!MergeSuggestions::find(db, &out->suggestions, error) ||
                !MemberMerger::log(db, false, &out->log, error))
                return false;
            AnalyticsSource source(db);
            if (!source.load(error))
                return false; // no community yet: the empty state
            const KpiCalculator calc(source, SegmentRules::load(db));
            const QDate last = std::max(source.lastMessageDate(), QDate::currentDate());
            for (const MemberRow &m : MemberDirectory(calc, source).rows(Period::ending(last, 1)))
                out->members.append({m.id, m.name, m.platforms, m.messagesTotal});
            return true;
        },
        [this](const IdentitiesData &data) { showData(data); });
}

void IdentitiesPage::showData(const IdentitiesData &data)
{
    m_suggestions->setSuggestions(data.suggestions);
    m_log->setRecords(data.log);
    m_candidates = data.members;
    if (data.members.isEmpty() && data.log.isEmpty()) {
        showNoData();
        return;
    }
    for (QTableView *view : {m_suggestionView, m_logView}) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, qMin(view->columnWidth(c) + 16, 320));
    }
    // Empty tables say why instead of showing a blank grid.
    m_suggestionView->setVisible(!data.suggestions.isEmpty());
    m_logView->setVisible(!data.log.isEmpty());
    m_logEmpty->setVisible(data.log.isEmpty());
    retranslateUi(); // the hint depends on whether there are suggestions
    m_count->setText(tr("%n suggestion(s)", nullptr, int(data.suggestions.size())));
    updateActions();
    showContent();
}

void IdentitiesPage::updateActions()
{
    const bool any = m_suggestionView->selectionModel()->hasSelection();
    m_mergeSelected->setEnabled(!m_busy && any);
    m_dismiss->setEnabled(!m_busy && any);
    m_mergeManual->setEnabled(!m_busy && m_candidates.size() > 1);
    const QModelIndexList log = m_logView->selectionModel()->selectedRows();
    const bool inForce = log.size() == 1 &&
                         m_log->recordAt(m_logProxy->mapToSource(log.first()).row()).undoneAt == 0;
    m_unmerge->setEnabled(!m_busy && inForce);
}

void IdentitiesPage::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateActions();
}

void IdentitiesPage::fail(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, does not block the event loop
}

void IdentitiesPage::runAction(const QString &title, const Work &work,
                               const std::function<QString(int)> &success, bool changesMembers)
{
    if (m_busy)
        return;
    setBusy(true);
    emit statusMessage(tr("Working…"));
    const QString workspace = context().workspacePath;
    AsyncQuery::run<ActionResult>(
        this, workspace,
        [work](Database &db, ActionResult *out, QString *) {
            work(db, out);
            return true;
        },
        [this, title, success, changesMembers, workspace](const QueryResult<ActionResult> &r) {
            setBusy(false);
            const QStringList errors = r.ok ? r.value.errors : QStringList{r.error};
            const int done = r.ok ? r.value.done : 0;
            if (!errors.isEmpty())
                fail(title, errors.join(QLatin1Char('\n')));
            emit statusMessage(done > 0 ? success(done) : tr("Nothing was changed."));
            emit actionFinished(errors.isEmpty() && done > 0);
            if (done > 0 && changesMembers)
                emit workspaceChanged(workspace); // every page counts the members anew
            else if (done > 0)
                reload(context()); // only the suggestions changed, not the analytics
        });
}

void IdentitiesPage::mergePairs(const QList<Pair> &pairs)
{
    runAction(
        tr("Merge members"),
        [pairs, actor = actorName()](Database &db, ActionResult *out) {
            for (const Pair &p : pairs) {
                qint64 id = 0;
                QString error;
                if (MemberMerger::merge(db, p.source, p.target, p.reason, actor, &id, &error))
                    ++out->done;
                else
                    out->errors.append(error);
            }
        },
        [](int n) {
            return tr("Merged %n pair(s) of members: each pair now counts as one person", nullptr,
                      n);
        },
        true);
}

QList<IdentitiesPage::Pair> IdentitiesPage::selectedPairs() const
{
    QList<Pair> pairs;
    for (const QModelIndex &i : m_suggestionView->selectionModel()->selectedRows()) {
        const MergeSuggestion &s =
            m_suggestions->suggestionAt(m_suggestionProxy->mapToSource(i).row());
        pairs.append({s.sourceId, s.targetId, s.reason});
    }
    return pairs;
}

void IdentitiesPage::mergeSelected()
{
    if (const QList<Pair> pairs = selectedPairs(); !pairs.isEmpty())
        mergePairs(pairs);
}

ManualMergeDialog *IdentitiesPage::mergeManually()
{
    auto *dialog = new ManualMergeDialog(m_candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        mergePairs({{dialog->mergeId(), dialog->keepId(), QStringLiteral("manual")}});
    });
    dialog->open();
    return dialog;
}

void IdentitiesPage::dismissSelected()
{
    const QList<Pair> pairs = selectedPairs();
    if (pairs.isEmpty())
        return;
    runAction(
        tr("Not the same person"),
        [pairs](Database &db, ActionResult *out) {
            for (const Pair &p : pairs) {
                QString error;
                if (MergeSuggestions::dismiss(db, p.source, p.target, &error))
                    ++out->done;
                else
                    out->errors.append(error);
            }
        },
        [](int n) { return tr("%n suggestion(s) will not be shown again", nullptr, n); }, false);
}

void IdentitiesPage::unmergeSelected()
{
    const QModelIndexList rows = m_logView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const MergeRecord record = m_log->recordAt(m_logProxy->mapToSource(rows.first()).row());
    if (record.undoneAt != 0)
        return;
    runAction(
        tr("Undo merge"),
        [id = record.id](Database &db, ActionResult *out) {
            QString error;
            if (MemberMerger::unmerge(db, id, &error))
                ++out->done;
            else
                out->errors.append(error);
        },
        [record](int) {
            return tr("%1 and %2 count as two people again")
                .arg(record.sourceName, record.targetName);
        },
        true);
}

void IdentitiesPage::retranslateUi()
{
    m_suggestionsTitle->setText(tr("Suggested merges"));
    m_suggestionsHint->setText(
        m_suggestions->rowCount() > 0
            ? tr("These members are probably the same person on different platforms. Merge "
                 "them to count them once in every figure; nothing is merged until you decide, "
                 "and every merge can be undone.")
            : tr("No suggestions: no two members share an e-mail address, a phone number, a "
                 "username or a display name across platforms. You can still merge two "
                 "members yourself."));
    m_logEmpty->setText(tr("No merges yet. Every merge you make is listed here and can be "
                           "undone."));
    m_mergeSelected->setText(tr("Merge"));
    m_mergeSelected->setToolTip(tr("Merge the selected pairs (select several rows to merge "
                                   "them all)"));
    m_dismiss->setText(tr("Not the same person"));
    m_dismiss->setToolTip(tr("Do not suggest the selected pairs again"));
    m_mergeManual->setText(tr("Merge two members…"));
    m_mergeManual->setToolTip(tr("Choose two members yourself and count them as one person"));
    m_logTitle->setText(tr("Merge log"));
    m_unmerge->setText(tr("Unmerge"));
    m_unmerge->setToolTip(tr("Undo the selected merge: the two count as two people again"));
    m_count->setText(tr("%n suggestion(s)", nullptr, m_suggestions->rowCount()));
    m_suggestions->retranslate();
    m_log->retranslate();
    updateActions();
}

} // namespace kindred
