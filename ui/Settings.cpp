#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kindred {
namespace {
const QString kRecent = QStringLiteral("workspace/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDark = QStringLiteral("ui/darkTheme");
const QString kReportPseudonymise = QStringLiteral("report/pseudonymise");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kModerator = QStringLiteral("moderation/moderatorName");
const QString kReasons = QStringLiteral("moderation/recentReasons");
} // namespace

QStringList Settings::recentWorkspaces()
{
    QStringList list = QSettings().value(kRecent).toStringList();
    list.removeAll(QString());
    if (list.size() > kMaxRecentWorkspaces)
        list.resize(kMaxRecentWorkspaces);
    return list;
}

void Settings::addRecentWorkspace(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = recentWorkspaces();
    list.removeAll(clean);
    list.prepend(clean);
    if (list.size() > kMaxRecentWorkspaces)
        list.resize(kMaxRecentWorkspaces);
    QSettings().setValue(kRecent, list);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(path);
    QSettings().setValue(kRecent, list);
}

void Settings::clearRecentWorkspaces()
{
    QSettings().remove(kRecent);
}

QString Settings::lastWorkspace()
{
    for (const QString &path : recentWorkspaces())
        if (QFileInfo::exists(path))
            return path;
    return {};
}

void Settings::setLanguage(const QString &lang)
{
    QSettings().setValue(kLanguage, lang);
}

bool Settings::reportPseudonymise()
{
    return QSettings().value(kReportPseudonymise, false).toBool();
}

void Settings::setReportPseudonymise(bool on)
{
    QSettings().setValue(kReportPseudonymise, on);
}

bool Settings::darkTheme()
{
    return QSettings().value(kDark, false).toBool();
}

void Settings::setDarkTheme(bool dark)
{
    QSettings().setValue(kDark, dark);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QString Settings::moderatorName()
{
    const QString stored = QSettings().value(kModerator).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("moderator");
}

void Settings::setModeratorName(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(kModerator);
    else
        QSettings().setValue(kModerator, name.trimmed());
}

QStringList Settings::recentModerationReasons()
{
    QStringList list = QSettings().value(kReasons).toStringList();
    list.removeAll(QString());
    if (list.size() > kMaxRecentReasons)
        list.resize(kMaxRecentReasons);
    return list;
}

void Settings::addRecentModerationReason(const QString &reason)
{
    const QString clean = reason.trimmed();
    if (clean.isEmpty())
        return;
    QStringList list = recentModerationReasons();
    list.removeAll(clean);
    list.prepend(clean);
    if (list.size() > kMaxRecentReasons)
        list.resize(kMaxRecentReasons);
    QSettings().setValue(kReasons, list);
}

} // namespace kindred
