#pragma once
// The "Review queue" tab of the Moderation page (PRODUCT.md §4, issue 7 item 2): the open
// flags grouped by member (FlagQueueModel, in ModerationStore::queue order: highest severity,
// then longest waiting) beside the context of the current member or flag
// (ModerationContextView, read off the GUI thread), and the decisions Dismiss, Warn, Mute,
// Ban, Unban and Note. Each decision asks for a reason (ModerationReasonDialog, required) and
// applies to the whole selection (several members and/or single flags: bulk) through
// ModerationStore::apply on a worker thread, with the moderator's name (Settings) as actor.
// Keyboard: D W M B U N decide, J / K (or arrows) go to the next / previous member, Enter
// opens the member. After a decision the queue moves on to the next member.

#include "moderation/ModerationStore.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QToolButton;
class QTreeView;

namespace kindred {

class FlagQueueModel;
class ModerationContextView;
class ModerationReasonDialog;

class ReviewQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueuePanel)
public:
    explicit ReviewQueuePanel(QWidget *parent = nullptr);

    /// The workspace decisions are written to and contexts read from; segment and level in
    /// the context are those of local day `asOf`.
    void setWorkspace(const QString &path, const QDate &asOf);
    /// Shows a new queue (times in `zone`). After a decision the member that followed the
    /// decided ones is selected; otherwise the member selected before stays selected.
    void setQueue(const QList<QueueEntry> &queue, const QTimeZone &zone);

    FlagQueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }
    ModerationContextView *contextView() const { return m_context; }
    /// The open reason dialog (nullptr when none).
    ModerationReasonDialog *reasonDialog() const { return m_dialog; }
    QAction *action(ModerationAction action) const { return m_actions.at(size_t(action)); }
    bool isLoadingContext() const { return m_contextLoading; }
    bool isApplying() const { return m_applying; }

    /// The request the selection makes for `action` (members selected as members, flags
    /// selected without their member as flags; the current row when nothing is selected).
    ActionRequest requestFor(ModerationAction action) const;
    /// Asks for a reason, then applies `action` to the selection (nothing when empty).
    void trigger(ModerationAction action);
    /// Writes `request` (actor and reason set) off the GUI thread; applied() follows.
    void apply(const ActionRequest &request);
    /// Selects the member row `offset` rows after (negative: before) the current member.
    void moveMember(int offset);
    /// Selects member `memberId`'s row (false when not in the queue).
    bool selectMember(qint64 memberId);

signals:
    /// A decision was written (ok) or refused (error in `message`); on success the page
    /// reloads the queue, the audit log and the statistics.
    void applied(bool ok, const QString &message);
    void memberRequested(qint64 memberId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentChanged();
    void loadContext();
    void updateActions();
    QString summary(const ActionRequest &request) const;
    /// The member that follows the selection in the queue (0 when none).
    qint64 memberAfterSelection() const;

    QString m_path;
    QDate m_asOf;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_nextMember = 0; ///< select after the reload that follows a decision
    int m_decidedRow = -1;   ///< row of the first decided member (fallback)
    quint64 m_contextGeneration = 0;
    bool m_contextLoading = false;
    bool m_applying = false;

    FlagQueueModel *m_model;
    QTreeView *m_tree;
    ModerationContextView *m_context;
    QLabel *m_count;
    QLabel *m_hint;
    std::array<QAction *, 6> m_actions{};
    std::array<QToolButton *, 6> m_buttons{};
    QAction *m_next;
    QAction *m_previous;
    ModerationReasonDialog *m_dialog = nullptr;
};

} // namespace kindred
