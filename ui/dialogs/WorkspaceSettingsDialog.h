#pragma once
// File > Workspace settings: the community (name, time zone, currency) and the thresholds of
// the segment rules. Reads and writes through CommunityStore and SegmentRules on its own
// Database connection (tiny queries, so on the GUI thread); invalid values are shown inline
// and keep the dialog open.

#include "analytics/Segmentation.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kindred {

class Database;
struct CommunitySettings;

class WorkspaceSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSettingsDialog)
public:
    /// Opens the workspace at `workspacePath` on its own connection and shows its settings.
    explicit WorkspaceSettingsDialog(const QString &workspacePath, QWidget *parent = nullptr);
    ~WorkspaceSettingsDialog() override;

    /// False when the workspace could not be opened or read; loadError() says why.
    bool isReady() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    /// The inline error of the last OK ("" when none).
    QString errorText() const;

    /// Runs the dialog on `workspacePath`; true when new settings were saved.
    static bool edit(const QString &workspacePath, QWidget *parent);

public slots:
    /// Validates and saves; on an invalid value shows why and stays open.
    void accept() override;

private:
    QWidget *buildCommunityGroup();
    QWidget *buildRulesGroup();
    QSpinBox *addRule(QFormLayout *form, const QString &label, const QString &help,
                      const char *objectName);
    void showCommunity(const CommunitySettings &s);
    void showRules(const SegmentRules &rules);
    SegmentRules rules() const;
    void showError(const QString &text);

    std::unique_ptr<Database> m_db;
    QString m_loadError;
    qint64 m_communityId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_timezone = nullptr;
    QLineEdit *m_currency = nullptr;
    QSpinBox *m_churn = nullptr;
    QSpinBox *m_newcomer = nullptr;
    QSpinBox *m_window = nullptr;
    QSpinBox *m_activeMin = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kindred
