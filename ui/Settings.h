#pragma once
// Typed access to the application's QSettings, so that keys are spelled in one place.

#include <QByteArray>
#include <QStringList>

namespace kindred {

class Settings final
{
public:
    static constexpr int kMaxRecentWorkspaces = 8;

    /// Recently opened workspaces, most recent first (at most kMaxRecentWorkspaces).
    static QStringList recentWorkspaces();
    /// Moves `path` to the front of the recent list.
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();
    /// The most recent workspace that still exists ("" when none).
    static QString lastWorkspace();

    /// "en" or "zh_CN" (the key I18n::preferredLanguage reads).
    static void setLanguage(const QString &lang);

    static bool darkTheme();
    static void setDarkTheme(bool dark);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace kindred
