#include "PlatformNames.h"

#include "import/csv/CsvField.h"

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
    if (CsvTarget target;
        key.startsWith(QLatin1String("csv-")) && CsvFields::targetFromKey(key.mid(4), &target))
        return QCoreApplication::translate("kindred::PlatformNames", "CSV (%1)")
            .arg(CsvFields::targetKey(target)); // short: the column stays narrow
    if (key == QLatin1String("zsxq"))
        return QStringLiteral("知识星球");
    if (key == QLatin1String("gitter"))
        return QStringLiteral("Gitter");
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
