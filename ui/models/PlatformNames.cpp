#include "PlatformNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace kindred {

QString PlatformNames::name(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("telegram"))
        return QStringLiteral("Telegram");
    if (key == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (key == QLatin1String("discord"))
        return QStringLiteral("Discord");
    if (key == QLatin1String("discord_csv") || key == QLatin1String("discord-csv"))
        return QCoreApplication::translate("kindred::PlatformNames", "Discord (CSV)");
    if (key == QLatin1String("slack"))
        return QStringLiteral("Slack");
    if (key == QLatin1String("wechat"))
        return QCoreApplication::translate("kindred::PlatformNames", "WeChat");
    if (key == QLatin1String("discourse"))
        return QStringLiteral("Discourse");
    if (key == QLatin1String("csv"))
        return QCoreApplication::translate("kindred::PlatformNames", "Spreadsheet (CSV)");
    return id.trimmed();
}

QString PlatformNames::list(const QString &commaSeparatedIds)
{
    QStringList names;
    for (const QString &id : commaSeparatedIds.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString n = name(id); !names.contains(n))
            names.append(n);
    return names.join(QStringLiteral(", "));
}

} // namespace kindred
