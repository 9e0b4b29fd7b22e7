#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kindred {
namespace {
const QString kRecent = QStringLiteral("workspace/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDark = QStringLiteral("ui/darkTheme");
const QString kGeometry = QStringLiteral("ui/geometry");
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

} // namespace kindred
