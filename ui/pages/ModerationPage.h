#pragma once
// The Moderation page (PRODUCT.md §4, issue 7): five tabs over the workspace.
//   Review queue  open flags grouped by member with the context and the decisions
//                 (ReviewQueuePanel; keyboard-driven);
//   Audit log     every decision, filterable, CSV export (AuditLogPanel);
//   Statistics    flags per rule and channel, median time to handle, repeat offenders,
//                 moderator activity for the global period (ModerationStatsPanel);
//   Guidance      引导: low-activity members suggested for a personal message, as of the
//                 period's last day (GuidanceList) — kept apart from the violations;
//   Rules         the flag rules: on/off, severities, thresholds, word and domain lists, and
//                 a run over the whole history (FlagRulesEditor); a run reloads the page.
// The toolbar holds the moderator's name (Settings::moderatorName, the actor written to the
// audit log) and the export of the current ban/mute list as CSV or JSON. Everything is read
// in one worker (Page::query); decisions and exports are written off the GUI thread
// (AsyncQuery). Double-clicking a member anywhere emits memberRequested.

#include "Page.h"
#include "moderation/GuidanceList.h"
#include "moderation/ModerationStats.h"
#include "moderation/ModerationStore.h"

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace kindred {

class AuditLogPanel;
class FlagRulesEditor;
class GuidanceModel;
class ModerationStatsPanel;
class ReviewQueuePanel;

/// What the worker reads for the page.
struct ModerationPageData
{
    bool hasMembers = false;
    QByteArray timezone; ///< IANA id of the community's timezone
    QDate asOf;          ///< the period's last day (segments, levels, guidance)
    QList<QueueEntry> queue;
    QList<AuditEntry> audit;
    ModerationStatsResult stats;
    QList<GuidanceEntry> guidance;
    int banned = 0;
    int muted = 0;
};

class ModerationPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationPage)
public:
    enum class BanListFormat
    {
        Csv,
        Json
    };

    explicit ModerationPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// Reads everything the page shows for `period` on an open workspace (what the worker runs).
    static bool compute(Database &db, const Period &period, ModerationPageData *out,
                        QString *error);
    /// Writes the current ban/mute list (ModerationStore::banList) to `path` off the GUI
    /// thread; banListExported follows.
    void exportBanList(const QString &path, BanListFormat format);

    QTabWidget *tabs() const { return m_tabs; }
    ReviewQueuePanel *queuePanel() const { return m_queue; }
    AuditLogPanel *auditPanel() const { return m_audit; }
    ModerationStatsPanel *statsPanel() const { return m_stats; }
    GuidanceModel *guidanceModel() const { return m_guidanceModel; }
    QLineEdit *moderatorEdit() const { return m_moderator; }
    FlagRulesEditor *rulesEditor() const { return m_rules; }

signals:
    /// A ban-list export ended: `detail` is the path written, or the error.
    void banListExported(bool ok, const QString &detail);

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const ModerationPageData &data);
    void chooseBanListFile(BanListFormat format);
    void updateTabTexts();
    QWidget *buildGuidanceTab();

    QLabel *m_moderatorLabel;
    QLineEdit *m_moderator;
    QLabel *m_banCount;
    QToolButton *m_banExport;
    QTabWidget *m_tabs;
    ReviewQueuePanel *m_queue;
    AuditLogPanel *m_audit;
    ModerationStatsPanel *m_stats;
    QLabel *m_guidanceNote;
    QTableView *m_guidance;
    GuidanceModel *m_guidanceModel;
    FlagRulesEditor *m_rules;
    int m_banned = 0;
    int m_muted = 0;
    QDate m_asOf;
};

} // namespace kindred
