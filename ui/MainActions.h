#pragma once
// The main window's menus and actions (File, View, Help) with their shortcuts, kept apart
// from MainWindow so that the window only wires them.

#include <QObject>

#include <array>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace kindred {

class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)
public:
    enum Id
    {
        NewWorkspace,
        OpenWorkspace,
        ClearRecent,
        Import,
        ExportReport,
        WorkspaceSettings,
        Quit,
        LanguageEnglish,
        LanguageChinese,
        LightTheme,
        DarkTheme,
        About,
        IdCount
    };

    /// Creates the menus in `window`'s menu bar.
    explicit MainActions(QMainWindow *window);

    QAction *action(Id id) const { return m_actions.at(size_t(id)); }
    QMenu *pagesMenu() const { return m_pagesMenu; }
    /// Rebuilds File > Open Recent from `paths` (most recent first).
    void setRecent(const QStringList &paths);
    /// Checks the language and theme actions.
    void setLanguage(const QString &lang);
    void setDark(bool dark);
    void retranslateUi();

signals:
    void recentChosen(const QString &path);
    void languageChosen(const QString &lang);
    void themeChosen(bool dark);

private:
    std::array<QAction *, IdCount> m_actions{};
    QMenu *m_fileMenu;
    QMenu *m_recentMenu;
    QMenu *m_viewMenu;
    QMenu *m_pagesMenu;
    QMenu *m_languageMenu;
    QMenu *m_themeMenu;
    QMenu *m_helpMenu;
    QStringList m_recent;
};

} // namespace kindred
