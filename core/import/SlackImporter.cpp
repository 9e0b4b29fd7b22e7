#include "SlackImporter.h"

#include "slack/SlackReader.h"

#include <QDate>
#include <QFileInfo>

namespace kindred {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

int SlackImporter::detect(const QByteArray &head, const QString &fileName) const
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head.at(i)))
        ++i;
    if (i >= head.size() || head.at(i) != '[')
        return 0;
    qsizetype j = i + 1;
    while (j < head.size() && isSpace(head.at(j)))
        ++j;
    const bool emptyArray = j < head.size() && head.at(j) == ']';
    const bool hasId = head.contains("\"id\"");
    const QString name = QFileInfo(fileName).fileName();
    if (name == QLatin1String("channels.json") || name == QLatin1String("groups.json") ||
        name == QLatin1String("mpims.json") || name == QLatin1String("dms.json"))
        return hasId || emptyArray ? 90 : 0;
    if (name == QLatin1String("users.json"))
        return hasId && (head.contains("\"profile\"") || head.contains("\"real_name\"")) ? 80 : 0;
    const bool dayFile = name.size() == 15 && name.endsWith(QLatin1String(".json")) &&
                         QDate::fromString(name.left(10), Qt::ISODate).isValid();
    if (dayFile && head.contains("\"ts\"") && head.contains("\"type\""))
        return 70;
    return 0;
}

bool SlackImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError();
    slack::SlackReader reader(path, sink, error);
    return reader.run();
}

} // namespace kindred
