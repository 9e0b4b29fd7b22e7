#include "TelegramImporter.h"

#include "telegram/TelegramReader.h"

namespace kindred {

// ------------------------------------------------------------------------------------- detect

namespace {

/// True if head contains "key" : "value" (whitespace allowed around the colon).
bool hasKeyValue(const QByteArray &head, const char *key, const char *value)
{
    const QByteArray k = QByteArray("\"") + key + "\"";
    const QByteArray val = QByteArray("\"") + value + "\"";
    qsizetype pos = 0;
    while ((pos = head.indexOf(k, pos)) >= 0) {
        qsizetype i = pos + k.size();
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
            ++i;
        if (i < head.size() && head[i] == ':') {
            ++i;
            while (i < head.size() &&
                   (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
                ++i;
            if (head.mid(i, val.size()) == val)
                return true;
        }
        pos += k.size();
    }
    return false;
}

} // namespace

int TelegramImporter::detect(const QByteArray &head, const QString &fileName) const
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return 0;
    // DiscordChatExporter: {"guild": ..., "channel": ..., "messages": [{"author": ...}]}
    if (head.contains("\"guild\"") || hasKeyValue(head, "type", "Default"))
        return 0;
    if (head.contains("\"personal_information\""))
        return 95;
    const bool messages = head.contains("\"messages\"");
    if (head.contains("\"chats\"") && head.contains("\"list\""))
        return 90;
    if (messages && (hasKeyValue(head, "type", "message") || hasKeyValue(head, "type", "service")))
        return 90;
    if (messages && (head.contains("\"date_unixtime\"") || head.contains("\"text_entities\"") ||
                     head.contains("\"from_id\"")))
        return 80;
    if (messages && fileName.endsWith(QLatin1String("result.json"), Qt::CaseInsensitive))
        return 40;
    return 0;
}

bool TelegramImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError();
    telegram::TelegramReader reader(path, sink, error);
    return reader.run();
}

} // namespace kindred
