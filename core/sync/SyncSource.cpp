#include "SyncSource.h"

namespace kindred {

QString SyncSource::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Manifest:
        return QStringLiteral("manifest");
    case Kind::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool SyncSource::kindFromKey(const QString &key, Kind *out)
{
    for (Kind k : {Kind::Auto, Kind::File, Kind::Manifest})
        if (kindKey(k) == key) {
            *out = k;
            return true;
        }
    return false;
}

QString SyncSource::authKey(Auth auth)
{
    switch (auth) {
    case Auth::Bearer:
        return QStringLiteral("bearer");
    case Auth::Basic:
        return QStringLiteral("basic");
    case Auth::None:
        break;
    }
    return QStringLiteral("none");
}

bool SyncSource::authFromKey(const QString &key, Auth *out)
{
    for (Auth a : {Auth::None, Auth::Bearer, Auth::Basic})
        if (authKey(a) == key) {
            *out = a;
            return true;
        }
    return false;
}

QString SyncRun::statusKey(Status status)
{
    switch (status) {
    case Status::Updated:
        return QStringLiteral("updated");
    case Status::NotModified:
        return QStringLiteral("not_modified");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Canceled:
        return QStringLiteral("canceled");
    case Status::Running:
        break;
    }
    return QStringLiteral("running");
}

bool SyncRun::statusFromKey(const QString &key, Status *out)
{
    for (Status s :
         {Status::Running, Status::Updated, Status::NotModified, Status::Failed, Status::Canceled})
        if (statusKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

} // namespace kindred
