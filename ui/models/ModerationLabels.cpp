#include "ModerationLabels.h"

#include "moderation/FlagRules.h"
#include "moderation/ModerationStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kindred {

QString ModerationLabels::rule(const QString &key)
{
    FlagRule r;
    return FlagRules::fromKey(key, &r) ? FlagRules::label(r) : key;
}

QString ModerationLabels::ruleHelp(const QString &key)
{
    FlagRule r;
    if (!FlagRules::fromKey(key, &r))
        return {};
    switch (r) {
    case FlagRule::Flood:
        return QCoreApplication::translate("ModerationLabels",
                                           "More than N messages within M seconds");
    case FlagRule::LinkSpam:
        return QCoreApplication::translate("ModerationLabels",
                                           "Links or invites posted by a newcomer");
    case FlagRule::BlockedWord:
        return QCoreApplication::translate(
            "ModerationLabels",
            "A word of the blocked lists (whole word in English, substring in Chinese)");
    case FlagRule::RepeatedText:
        return QCoreApplication::translate("ModerationLabels",
                                           "The same text posted in several channels");
    case FlagRule::MassMention:
        return QCoreApplication::translate("ModerationLabels",
                                           "Many members mentioned in one message");
    case FlagRule::MemberReport:
        return QCoreApplication::translate("ModerationLabels",
                                           "Reported by another member (imported reports)");
    }
    return {};
}

QString ModerationLabels::action(const QString &key)
{
    ModerationAction a;
    return ModerationStore::fromKey(key, &a) ? ModerationStore::label(a) : key;
}

QString ModerationLabels::flagStatus(const QString &key)
{
    if (key == QLatin1String("open"))
        return QCoreApplication::translate("ModerationLabels", "open");
    if (key == QLatin1String("dismissed"))
        return QCoreApplication::translate("ModerationLabels", "dismissed");
    if (key == QLatin1String("actioned"))
        return QCoreApplication::translate("ModerationLabels", "actioned");
    return key;
}

QString ModerationLabels::memberStatus(const QString &key)
{
    if (key == QLatin1String("active"))
        return QCoreApplication::translate("ModerationLabels", "active");
    if (key == QLatin1String("muted"))
        return QCoreApplication::translate("ModerationLabels", "muted");
    if (key == QLatin1String("banned"))
        return QCoreApplication::translate("ModerationLabels", "banned");
    return key;
}

QString ModerationLabels::severity(int severity)
{
    switch (severity) {
    case 3:
        return QCoreApplication::translate("ModerationLabels", "High");
    case 2:
        return QCoreApplication::translate("ModerationLabels", "Medium");
    default:
        return QCoreApplication::translate("ModerationLabels", "Low");
    }
}

QColor ModerationLabels::severityColor(int severity)
{
    switch (severity) {
    case 3:
        return QColor(0xdc, 0x26, 0x26);
    case 2:
        return QColor(0xd9, 0x77, 0x06);
    default:
        return QColor(0x64, 0x74, 0x8b);
    }
}

QString ModerationLabels::age(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return QCoreApplication::translate("ModerationLabels", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("ModerationLabels", "%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return QCoreApplication::translate("ModerationLabels", "%1 h").arg(seconds / 3600);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    if (hours == 0 || days >= 10)
        return QCoreApplication::translate("ModerationLabels", "%1 d").arg(days);
    return QCoreApplication::translate("ModerationLabels", "%1 d %2 h").arg(days).arg(hours);
}

QString ModerationLabels::duration(double seconds)
{
    if (std::isnan(seconds))
        return QStringLiteral("—");
    return age(qint64(std::llround(seconds)));
}

} // namespace kindred
