#include "ReviewQueuePanel.h"

#include "AsyncQuery.h"
#include "Settings.h"
#include "dialogs/ModerationReasonDialog.h"
#include "models/FlagQueueModel.h"
#include "models/ModelRoles.h"
#include "widgets/ModerationContextView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace kindred {
namespace {

constexpr Qt::Key kKeys[] = {Qt::Key_D, Qt::Key_W, Qt::Key_M, Qt::Key_B, Qt::Key_U, Qt::Key_N};
const char *const kButtonNames[] = {"moderationDismiss", "moderationWarn",  "moderationMute",
                                    "moderationBan",     "moderationUnban", "moderationNote"};

/// The context a worker reads for the current row.
struct ContextData
{
    ModerationContext context;
};

} // namespace

ReviewQueuePanel::ReviewQueuePanel(QWidget *parent)
    : QWidget(parent), m_model(new FlagQueueModel(this)), m_tree(new QTreeView),
      m_context(new ModerationContextView), m_count(new QLabel), m_hint(new QLabel),
      m_next(new QAction(this)), m_previous(new QAction(this))
{
    setObjectName(QStringLiteral("reviewQueuePanel"));
    m_tree->setObjectName(QStringLiteral("moderationQueue"));
    m_count->setObjectName(QStringLiteral("moderationQueueCount"));
    m_hint->setObjectName(QStringLiteral("moderationKeyHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);

    for (ModerationAction a : ModerationStore::allActions()) {
        auto *act = new QAction(this);
        act->setShortcut(QKeySequence(kKeys[int(a)]));
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(act);
        connect(act, &QAction::triggered, this, [this, a]() { trigger(a); });
        m_actions.at(size_t(a)) = act;
        auto *button = new QToolButton;
        button->setObjectName(QString::fromLatin1(kButtonNames[int(a)]));
        button->setDefaultAction(act);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the queue keeps the keyboard
        button->setMinimumWidth(74);
        m_buttons.at(size_t(a)) = button;
    }
    for (auto [act, key, offset] :
         {std::tuple{m_next, Qt::Key_J, 1}, std::tuple{m_previous, Qt::Key_K, -1}}) {
        act->setShortcut(QKeySequence(key));
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(act);
        connect(act, &QAction::triggered, this, [this, offset]() { moveMember(offset); });
    }

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QToolButton *b : m_buttons)
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_count);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("moderationSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_context);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_hint);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewQueuePanel::onCurrentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueuePanel::updateActions);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });
    connect(m_context, &ModerationContextView::memberRequested, this,
            &ReviewQueuePanel::memberRequested);
    retranslateUi();
    updateActions();
}

void ReviewQueuePanel::setWorkspace(const QString &path, const QDate &asOf)
{
    const bool changed = path != m_path || asOf != m_asOf;
    m_path = path;
    m_asOf = asOf;
    if (changed && m_tree->currentIndex().isValid())
        loadContext();
}

void ReviewQueuePanel::setQueue(const QList<QueueEntry> &queue, const QTimeZone &zone)
{
    const QModelIndex current = m_tree->currentIndex();
    const qint64 previousMember = current.isValid() ? current.data(IdRole).toLongLong() : 0;
    const int previousRow =
        current.isValid() ? (current.parent().isValid() ? current.parent().row() : current.row())
                          : 0;
    m_zone = zone;
    m_model->setQueue(queue, zone);
    m_tree->expandAll();
    if (!m_tree->property("sized").toBool() && m_model->rowCount() > 0) {
        m_tree->setProperty("sized", true);
        for (int c = 0; c < FlagQueueModel::Why; ++c)
            m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(FlagQueueModel::Name,
                               qBound(150, m_tree->columnWidth(FlagQueueModel::Name) + 12, 240));
    }
    // After a decision: the member that followed; else the same member; else the same row.
    bool selected = false;
    if (m_nextMember > 0 || m_decidedRow >= 0) {
        selected = m_nextMember > 0 && selectMember(m_nextMember);
        if (!selected && m_model->rowCount() > 0) {
            m_tree->setCurrentIndex(
                m_model->index(std::min(m_decidedRow, m_model->rowCount() - 1), 0));
            selected = true;
        }
        m_nextMember = 0;
        m_decidedRow = -1;
    }
    if (!selected && previousMember > 0)
        selected = selectMember(previousMember);
    if (!selected && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(std::min(previousRow, m_model->rowCount() - 1), 0));
    if (m_model->rowCount() == 0)
        m_context->showMessage(tr("No open flags: the queue is empty."));
    const QLocale locale;
    m_count->setText(
        tr("%1 members · %2 open flags")
            .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->flagCount())));
    updateActions();
}

bool ReviewQueuePanel::selectMember(qint64 memberId)
{
    const QModelIndex index = m_model->indexOfMember(memberId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ReviewQueuePanel::moveMember(int offset)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_tree->currentIndex();
    int row = -1;
    if (current.isValid())
        row = current.parent().isValid() ? current.parent().row() : current.row();
    const int target = row < 0 ? 0 : std::clamp(row + offset, 0, rows - 1);
    const QModelIndex index = m_model->index(target, 0);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void ReviewQueuePanel::onCurrentChanged()
{
    updateActions();
    loadContext();
}

void ReviewQueuePanel::loadContext()
{
    const QModelIndex current = m_tree->currentIndex();
    const QueueEntry *entry = m_model->entry(current);
    if (!entry || m_path.isEmpty()) {
        ++m_contextGeneration;
        m_contextLoading = false;
        if (m_model->rowCount() > 0)
            m_context->showMessage(tr("Select a member or a flag to see its context."));
        return;
    }
    const FlagInfo *flag = m_model->flag(current);
    const qint64 memberId = entry->memberId;
    const qint64 flagId = flag ? flag->id : 0;
    const QList<FlagInfo> queueFlags = entry->flags;
    const QDate asOf = m_asOf;
    const quint64 generation = ++m_contextGeneration;
    m_contextLoading = true;
    AsyncQuery::run<ContextData>(
        this, m_path,
        [memberId, flagId, asOf](Database &db, ContextData *out, QString *error) {
            const ModerationStore store(db);
            return flagId > 0 ? store.contextForFlag(flagId, &out->context, error, 5, 5, asOf)
                              : store.contextForMember(memberId, &out->context, error, 5, 5, asOf);
        },
        [this, generation, queueFlags](const QueryResult<ContextData> &r) {
            if (generation != m_contextGeneration)
                return;
            m_contextLoading = false;
            if (r.ok)
                m_context->showContext(r.value.context, queueFlags, m_zone);
            else
                m_context->showMessage(tr("The context cannot be shown.\n\n%1").arg(r.error));
        });
}

ActionRequest ReviewQueuePanel::requestFor(ModerationAction action) const
{
    ActionRequest request;
    request.action = action;
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_tree->currentIndex().isValid())
        rows << m_tree->currentIndex().siblingAtColumn(0);
    QSet<qint64> members;
    for (const QModelIndex &index : rows)
        if (!index.parent().isValid())
            members.insert(index.data(IdRole).toLongLong());
    // Queue order, so that the log and the summary follow what the moderator sees.
    for (const QueueEntry &e : m_model->queue())
        if (members.contains(e.memberId))
            request.memberIds << e.memberId;
    for (const QModelIndex &index : rows) {
        if (!index.parent().isValid())
            continue;
        if (members.contains(index.data(IdRole).toLongLong()))
            continue; // the whole member is selected
        request.flagIds << index.data(FlagQueueModel::FlagIdRole).toLongLong();
    }
    return request;
}

QString ReviewQueuePanel::summary(const ActionRequest &request) const
{
    QStringList names;
    QSet<qint64> seen;
    auto add = [&](qint64 memberId) {
        if (seen.contains(memberId))
            return;
        seen.insert(memberId);
        const QModelIndex index = m_model->indexOfMember(memberId);
        if (const QueueEntry *e = m_model->entry(index))
            names << e->memberName;
    };
    for (qint64 id : request.memberIds)
        add(id);
    for (qint64 flagId : request.flagIds)
        for (const QueueEntry &e : m_model->queue())
            for (const FlagInfo &f : e.flags)
                if (f.id == flagId)
                    add(e.memberId);
    const int n = int(names.size());
    if (names.size() > 5) {
        names.resize(5);
        names << QStringLiteral("…");
    }
    QString text = tr("%n member(s): %1", nullptr, n).arg(names.join(QStringLiteral(", ")));
    if (!request.flagIds.isEmpty())
        text += QLatin1Char('\n') + tr("%n selected flag(s)", nullptr, int(request.flagIds.size()));
    return text;
}

qint64 ReviewQueuePanel::memberAfterSelection() const
{
    const ActionRequest r = requestFor(ModerationAction::Note);
    QSet<qint64> decided(r.memberIds.begin(), r.memberIds.end());
    int lastRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QueueEntry &e = m_model->queue().at(row);
        bool hit = decided.contains(e.memberId);
        for (const FlagInfo &f : e.flags)
            hit = hit || r.flagIds.contains(f.id);
        if (hit) {
            decided.insert(e.memberId);
            lastRow = row;
        }
    }
    for (int row = lastRow + 1; row < m_model->rowCount(); ++row)
        if (!decided.contains(m_model->queue().at(row).memberId))
            return m_model->queue().at(row).memberId;
    return 0;
}

void ReviewQueuePanel::trigger(ModerationAction action)
{
    if (m_dialog || m_applying || !m_actions.at(size_t(action))->isEnabled())
        return;
    ActionRequest request = requestFor(action);
    if (request.memberIds.isEmpty() && request.flagIds.isEmpty())
        return;
    request.actor = Settings::moderatorName();
    m_dialog = new ModerationReasonDialog(ModerationStore::label(action), summary(request),
                                          request.actor, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, request](int result) {
        ModerationReasonDialog *dialog = m_dialog;
        m_dialog = nullptr;
        // Back to the queue's keyboard (some platforms leave no window active after a dialog).
        window()->activateWindow();
        m_tree->setFocus();
        if (result != QDialog::Accepted || !dialog)
            return;
        ActionRequest r = request;
        r.reason = dialog->reason();
        apply(r);
    });
    m_dialog->open();
}

void ReviewQueuePanel::apply(const ActionRequest &request)
{
    if (m_applying || m_path.isEmpty())
        return;
    m_applying = true;
    updateActions();
    const QModelIndex current = m_tree->currentIndex();
    m_decidedRow = current.isValid()
                       ? (current.parent().isValid() ? current.parent().row() : current.row())
                       : 0;
    m_nextMember = memberAfterSelection();
    AsyncQuery::run<ActionResult>(
        this, m_path,
        [request](Database &db, ActionResult *out, QString *error) {
            return ModerationStore(db).apply(request, out, error);
        },
        [this, request](const QueryResult<ActionResult> &r) {
            m_applying = false;
            updateActions();
            if (!r.ok) {
                m_nextMember = 0;
                m_decidedRow = -1;
                emit applied(false, tr("Not recorded: %1").arg(r.error));
                return;
            }
            const QString message = tr("%1: %n member(s), %2 flag(s) closed — recorded by %3",
                                       nullptr, int(r.value.actionIds.size()))
                                        .arg(ModerationStore::label(request.action))
                                        .arg(r.value.flagsChanged)
                                        .arg(request.actor);
            emit statusMessage(message);
            emit applied(true, message);
        });
}

void ReviewQueuePanel::updateActions()
{
    const ActionRequest r = requestFor(ModerationAction::Note);
    const bool any = !r.memberIds.isEmpty() || !r.flagIds.isEmpty();
    bool anySanctioned = false;
    for (const QueueEntry &e : m_model->queue())
        if (r.memberIds.contains(e.memberId) && e.memberStatus != QLatin1String("active"))
            anySanctioned = true;
    for (ModerationAction a : ModerationStore::allActions()) {
        bool enabled = any && !m_applying && !m_path.isEmpty();
        if (a == ModerationAction::Unban)
            enabled = enabled && anySanctioned;
        m_actions.at(size_t(a))->setEnabled(enabled);
    }
}

void ReviewQueuePanel::retranslateUi()
{
    const QString help[] = {
        tr("Close the selected flags as false positives (the member is not sanctioned)"),
        tr("Warn the member; closes their open flags"),
        tr("Mute the member; closes their open flags"),
        tr("Ban the member; closes their open flags"),
        tr("Lift a mute or ban (sets the member active again)"),
        tr("Add a note to the member's record; flags stay open"),
    };
    for (ModerationAction a : ModerationStore::allActions()) {
        QAction *act = m_actions.at(size_t(a));
        const QString key = act->shortcut().toString(QKeySequence::NativeText);
        act->setText(tr("%1 (%2)").arg(ModerationStore::label(a), key));
        act->setToolTip(tr("%1 — shortcut %2. Asks for a reason; applies to every selected "
                           "member or flag.")
                            .arg(help[int(a)], key));
    }
    m_next->setText(tr("Next member"));
    m_previous->setText(tr("Previous member"));
    m_hint->setText(tr("Keyboard: J / K or ↑ / ↓ next / previous · D dismiss · W warn · M mute "
                       "· B ban · U unban · N note · Enter opens the member · Shift/Ctrl-click "
                       "selects several members for a bulk decision"));
    m_tree->setToolTip(tr("Members with open flags, highest severity first, then longest "
                          "waiting. Expand a member to see each flag and why it was raised."));
    m_model->retranslate();
    m_context->refresh();
}

void ReviewQueuePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_context->refresh();
}

} // namespace kindred
