#pragma once
// Shared helpers of the Discord importer tests (tst_discord_*.cpp): fixture paths under
// KINDRED_EXPORTS_DIR/discord, reading a file through DiscordImporter into a RecordingSink,
// lookups in the recorded messages and events, and temp files.

#include "RecordingSink.h"

#include "import/DiscordImporter.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace kindred::test {

inline const QString kDiscordDir = QStringLiteral(KINDRED_EXPORTS_DIR "/discord");

inline QString discordFixture(const QString &name)
{
    return kDiscordDir + QLatin1Char('/') + name;
}

struct DiscordReadResult
{
    bool ok = false;
    ImportError error;
};

inline DiscordReadResult readDiscord(const QString &path, ImportSink &sink)
{
    DiscordImporter importer;
    DiscordReadResult r;
    r.ok = importer.read(path, sink, r.error);
    return r;
}

inline const MessageInfo *discordMessage(const RecordingSink &sink, const QString &id)
{
    for (const auto &m : sink.messages)
        if (m.info.externalId == id)
            return &m.info;
    return nullptr;
}

inline qint64 utcSecs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

inline QString writeDiscordTemp(const QTemporaryDir &dir, const QString &name,
                                const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace kindred::test
