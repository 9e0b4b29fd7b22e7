#pragma once
// The main window: navigation sidebar, the pages in a stack, the global period, menus, status
// bar, drag-and-drop import. It wires things together; pages, loaders and dialogs do the work.

#include "WorkspaceLoader.h"
#include "analytics/Period.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace kindred {

class ImportController;
class MainActions;
class MemberDetailPanel;
class Page;
class SearchPage;
class PeriodBar;
class ReportExporter;
class Sidebar;
class WorkspaceStatus;
struct ImportOutcome;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the workspace at `path` (off the GUI thread); pages reload when it is read.
    void openWorkspace(const QString &path);
    /// Builds (if needed) and opens the demo community.
    void openDemo();
    /// Imports `files` into the current workspace (asks for a new one when none is open).
    void importFiles(const QStringList &files);
    void setLanguage(const QString &lang);
    void setDarkTheme(bool dark);
    void showPage(int index);

    const WorkspaceInfo &workspaceInfo() const { return m_info; }
    Period period() const;
    PeriodBar *periodBar() const { return m_periodBar; }
    const QList<Page *> &pages() const { return m_pages; }
    template <typename T> T *page() const
    {
        for (Page *p : m_pages)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }
    /// True while the workspace or any page is loading.
    bool isLoading() const;
    ImportController *importController() const { return m_import; }
    ReportExporter *reportExporter() const { return m_report; }
    /// Shows member `memberId` of the current workspace and period in the "Member" dock
    /// (created and shown on the first request). Pages ask through Page::memberRequested.
    void showMember(qint64 memberId);
    /// The "Member" dock and its panel; null until a member was first requested.
    QDockWidget *memberDock() const { return m_memberDock; }
    MemberDetailPanel *memberPanel() const { return m_memberPanel; }
    /// Searches the workspace's messages for `text` (core/search/MessageSearch.h) and shows
    /// the hits in the "Search" dock (created on first use). The search box of the title bar
    /// (Ctrl+F, on every page) calls it on Enter.
    void showSearch(const QString &text);
    QLineEdit *searchBox() const { return m_searchBox; }
    /// The "Search" dock and its page; null until a search was first made.
    QDockWidget *searchDock() const { return m_searchDock; }
    SearchPage *searchPage() const { return m_searchPage; }

signals:
    /// Every page shows the current workspace and period.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addPage(Page *page);
    void connectActions();
    void retranslateUi();
    void refreshNavigation();
    void reloadPages();
    void onPageLoaded();
    void onWorkspaceOpened(const WorkspaceInfo &info);
    void onWorkspaceFailed(const QString &path, const QString &error);
    void onImportFinished(const ImportOutcome &outcome);
    /// Asks for a file, creates the workspace and opens it; its path, or "" if canceled.
    QString newWorkspace();
    void chooseWorkspace();
    void chooseImportFiles();
    void exportReport();
    void editWorkspaceSettings();
    void updateStatus();

    Sidebar *m_sidebar;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_pageTitle;
    PeriodBar *m_periodBar;
    WorkspaceStatus *m_status;
    MainActions *m_actions;
    WorkspaceLoader *m_loader;
    ImportController *m_import;
    ReportExporter *m_report;
    QList<Page *> m_pages;
    WorkspaceInfo m_info;
    bool m_reloading = false;
    QDockWidget *m_memberDock = nullptr;
    MemberDetailPanel *m_memberPanel = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QDockWidget *m_searchDock = nullptr;
    SearchPage *m_searchPage = nullptr;
};

} // namespace kindred
