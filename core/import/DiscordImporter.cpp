#include "DiscordImporter.h"

#include "DiscordCsvImporter.h"
#include "discord/DiscordReader.h"

#include <QFile>

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
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return DiscordCsvImporter().detect(head, fileName);
    if (!hasKeyWith(head, "guild", '{') || !hasKeyWith(head, "channel", '{') ||
        !hasKeyWith(head, "messages", '['))
        return 0;
    return hasKeyWith(head, "author", '{') ? 90 : 60;
}

bool DiscordImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError();
    // The CSV export: anything that does not start like JSON and either has the CSV header or
    // is named .csv (so that a CSV with a wrong header gets the CSV importer's message).
    QByteArray head;
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        head = file.read(4096);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    const bool json = i < head.size() && (head[i] == '{' || head[i] == '[');
    if (!json && (DiscordCsvImporter().detect(head, path) > 0 ||
                  path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)))
        return DiscordCsvImporter().read(path, sink, error);
    discord::DiscordReader reader(path, sink, error);
    return reader.run();
}

} // namespace kindred
