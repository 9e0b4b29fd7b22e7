#pragma once
// The "Rules" tab of the Moderation page (PRODUCT.md §4, issue 7): the flag rules of the
// workspace (core/moderation/FlagRules.h) with one FlagRuleGroup per rule — flooding (N
// messages in M seconds), link/invite spam from newcomers (newcomer days, first K messages,
// allowed domains), blocked words (Chinese list: substring; English list: whole word; one
// entry per line), repeated text (minimum length, channels, hours), mass mentions (count),
// member reports (on/off) — each with "Enabled" and a severity.
//
// Errors are shown inline under the group concerned (thresholds 1 .. FlagRules::kMaxThreshold,
// repeated text in at least 2 channels, allowed entries must be domain names), and Apply stays
// disabled while any is shown. Apply saves through FlagRules::save off the GUI thread
// (AsyncQuery, own connection); "Run the rules over the whole history" then runs FlagEngine::
// runAll on the workspace (also off the GUI thread) and reports the new flags per rule;
// flagsRaised() tells the page to reload its queue. "Restore defaults" puts the default rules
// in the editors (Apply saves them). A hint explains that the rules run by themselves after
// every import and sync, only on new messages, and never flag a message twice for one rule.

#include "moderation/FlagEngine.h"
#include "moderation/FlagRules.h"

#include <QWidget>

#include <array>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace kindred {

class FlagRuleGroup;

class FlagRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagRulesEditor)
public:
    explicit FlagRulesEditor(QWidget *parent = nullptr);

    /// Shows the rules stored in the workspace at `path` (read off the GUI thread). Edits not
    /// yet applied to the same workspace are kept.
    void setWorkspace(const QString &path);
    const QString &workspacePath() const { return m_path; }

    /// The rules in the editors (not necessarily valid: see validationError()).
    FlagRules rules() const;
    /// Shows `rules` in the editors (not saved until Apply).
    void setRules(const FlagRules &rules);
    /// The rules as last read from or saved to the workspace.
    const FlagRules &savedRules() const { return m_saved; }
    /// The first validation error of the editors ("" when valid).
    QString validationError() const { return m_validationError; }
    bool isLoaded() const { return m_loaded; }
    /// True while a load, a save or a run is in progress.
    bool isBusy() const { return m_busy; }
    /// What the last run over the whole history raised.
    const FlagRunCounts &lastRun() const { return m_lastRun; }

    FlagRuleGroup *group(FlagRule rule) const { return m_groups.at(size_t(rule)); }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *rerunButton() const { return m_rerun; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *hintLabel() const { return m_hint; }

    void retranslateUi();

public slots:
    /// Saves the rules shown (when valid); applied() follows.
    void apply();
    /// Puts the default rules in the editors.
    void restoreDefaults();
    /// Runs the saved rules over every message and report of the workspace; rerunFinished()
    /// follows (and flagsRaised() when it succeeded).
    void rerun();

signals:
    /// The rules were read from the workspace.
    void rulesLoaded();
    /// A save ended: `message` is the confirmation or the error (translated).
    void applied(bool ok, const QString &message);
    /// A run over the whole history ended (see lastRun()).
    void rerunFinished(bool ok, const QString &message);
    /// A run over the whole history succeeded: the queue may hold new flags.
    void flagsRaised();
    void statusMessage(const QString &text);

private:
    /// Reads the workspace's rules; `replaceEdits` false keeps edits made meanwhile.
    void loadRules(bool replaceEdits);
    void updateState();
    /// Validates the editors, sets the inline errors; returns the first error ("" if none).
    QString validate();
    /// A transient status describes the editors' state and goes when that state goes.
    void setStatus(const QString &text, bool error, bool transient = false);
    QString runSummary(const FlagRunCounts &counts) const;

    QString m_path;
    FlagRules m_saved;
    bool m_loaded = false;
    bool m_busy = false;
    quint64 m_generation = 0; ///< of the last load: an older load's result is dropped
    QString m_validationError;
    bool m_statusTransient = false;
    FlagRunCounts m_lastRun;

    QLabel *m_hint;
    std::array<FlagRuleGroup *, kFlagRuleCount> m_groups{};
    QSpinBox *m_floodMessages;
    QSpinBox *m_floodSeconds;
    QSpinBox *m_newcomerDays;
    QSpinBox *m_newcomerMessages;
    QPlainTextEdit *m_domains;
    QPlainTextEdit *m_wordsZh;
    QPlainTextEdit *m_wordsEn;
    QSpinBox *m_repeatMinLength;
    QSpinBox *m_repeatChannels;
    QSpinBox *m_repeatHours;
    QSpinBox *m_mentionMin;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_apply;
    QPushButton *m_rerun;
};

} // namespace kindred
