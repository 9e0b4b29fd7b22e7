#pragma once
// Shared helpers of the WhatsApp importer tests (tst_whatsapp_*.cpp): fixture paths under
// KINDRED_EXPORTS_DIR/whatsapp, the wall clock of a stored time, counts over a RecordingSink,
// and WhatsAppTestBase, the base of the test classes, with a temp dir for written inputs and a
// read helper. Times are UTC seconds; the importer stores the export's wall clock as UTC.

#include "RecordingSink.h"

#include "import/WhatsAppImporter.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

namespace kindred::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/whatsapp/") + name;
}

/// Wall clock of a stored timestamp (the importer stores the export's wall clock as UTC).
inline QString wall(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

/// The whole file, or empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QSet<QString> authorsOf(const RecordingSink &sink)
{
    QSet<QString> out;
    for (const MessageInfo &m : sink.userMessages())
        out.insert(m.author.name);
    return out;
}

inline int serviceCount(const RecordingSink &sink)
{
    int n = 0;
    for (const auto &m : sink.messages)
        n += m.info.isService ? 1 : 0;
    return n;
}

/// Base of the WhatsApp test classes (each adds Q_OBJECT and its slots).
class WhatsAppTestBase : public QObject
{
protected:
    QTemporaryDir m_tmp;

    /// Writes content to name in the temp dir; the path, or empty on failure.
    QString writeTemp(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return path;
    }

    /// Reads path into sink. Without errorOut a failure is printed as a warning.
    static bool import(const QString &path, RecordingSink &sink, ImportError *errorOut = nullptr)
    {
        WhatsAppImporter importer;
        ImportError error;
        const bool ok = importer.read(path, sink, error);
        if (errorOut)
            *errorOut = error;
        if (!ok && !errorOut)
            qWarning("%s", qPrintable(error.toString()));
        return ok;
    }
};

} // namespace kindred::test
