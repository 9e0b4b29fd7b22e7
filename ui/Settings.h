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

    /// Whether "Export report…" pseudonymises member names (the option of ReportExportDialog).
    static bool reportPseudonymise();
    static void setReportPseudonymise(bool on);

    static bool darkTheme();
    static void setDarkTheme(bool dark);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    /// The moderator's name written as the actor of every moderation decision (audit log).
    /// Defaults to the operating system's user name (USER / USERNAME), else "moderator".
    static QString moderatorName();
    /// Stores `name` (trimmed); an empty name restores the default.
    static void setModeratorName(const QString &name);

    static constexpr int kMaxRecentReasons = 10;
    /// Reasons recently given for moderation decisions, most recent first.
    static QStringList recentModerationReasons();
    /// Moves `reason` (trimmed, ignored when empty) to the front of the recent reasons.
    static void addRecentModerationReason(const QString &reason);
};

} // namespace kindred
