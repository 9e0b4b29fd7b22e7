#include "DiscordImporter.h"

#include "discord/DiscordReader.h"

namespace kindred {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// True if head holds the key "key" followed by a colon and a value starting with open.
bool hasKeyWith(const QByteArray &head, const char *key, char open)
{
    const QByteArray k = QByteArray("\"") + key + "\"";
    qsizetype pos = 0;
    while ((pos = head.indexOf(k, pos)) >= 0) {
        qsizetype i = pos + k.size();
        while (i < head.size() && isSpace(head[i]))
            ++i;
        if (i < head.size() && head[i] == ':') {
            ++i;
            while (i < head.size() && isSpace(head[i]))
                ++i;
            if (i < head.size() && head[i] == open)
                return true;
        }
        pos += k.size();
    }
    return false;
}

} // namespace

int DiscordImporter::detect(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return 0;
    if (!hasKeyWith(head, "guild", '{') || !hasKeyWith(head, "channel", '{') ||
        !hasKeyWith(head, "messages", '['))
        return 0;
    return hasKeyWith(head, "author", '{') ? 90 : 60;
}

bool DiscordImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError();
    discord::DiscordReader reader(path, sink, error);
    return reader.run();
}

} // namespace kindred
