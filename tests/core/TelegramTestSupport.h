#pragma once
// Shared helpers of the Telegram importer tests (tst_telegram_*.cpp): fixture paths under
// KINDRED_EXPORTS_DIR/telegram, reading a file through TelegramImporter into a RecordingSink,
// lookups in the recorded messages and events, temp files and python3 oracles.
//
// Times are UTC seconds since the epoch. Helpers report failure by their return value (empty
// string / null pointer / ok = false); the tests assert on it.

#include "RecordingSink.h"

#include "import/TelegramImporter.h"

#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdlib>
#include <ctime>

namespace kindred::test {

inline const QString kTelegramDir = QStringLiteral(KINDRED_EXPORTS_DIR "/telegram");

/// A zone with DST and a non-zero offset, so "date"-only messages really exercise the
/// local-wall-clock rule (expected values are computed with QDateTime in this zone).
inline void useBerlinTimeZone()
{
#ifdef Q_OS_UNIX
    qputenv("TZ", "Europe/Berlin");
    tzset();
#endif
}

inline QString fixture(const QString &name)
{
    return kTelegramDir + QLatin1Char('/') + name;
}

inline QSet<QString> userAuthorIds(const RecordingSink &sink)
{
    QSet<QString> ids;
    for (const MessageInfo &m : sink.userMessages())
        if (m.author.isValid())
            ids.insert(m.author.externalId);
    return ids;
}

inline const MessageInfo *messageById(const RecordingSink &sink, const QString &id)
{
    for (const auto &m : sink.messages)
        if (m.info.externalId == id)
            return &m.info;
    return nullptr;
}

inline QList<EventInfo> eventsOfKind(const RecordingSink &sink, EventInfo::Kind kind)
{
    QList<EventInfo> out;
    for (const auto &e : sink.events)
        if (e.info.kind == kind)
            out.append(e.info);
    return out;
}

/// Local wall clock -> UTC seconds, the way the importer must read a "date" without date_unixtime.
inline qint64 localSecs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

inline QString withoutSpaces(QString s)
{
    s.remove(QLatin1Char(' '));
    return s;
}

struct ReadResult
{
    bool ok = false;
    ImportError error;
};

inline ReadResult readFile(const QString &path, RecordingSink &sink)
{
    TelegramImporter importer;
    ReadResult r;
    r.ok = importer.read(path, sink, r.error);
    return r;
}

inline QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

/// Runs python3 and returns its stdout (trimmed); empty on failure.
inline QByteArray python(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(QStringLiteral("python3"), args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        qWarning() << "python3 failed:" << p.readAllStandardError();
        return QByteArray();
    }
    return p.readAllStandardOutput().trimmed();
}

} // namespace kindred::test
