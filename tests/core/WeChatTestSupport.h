#pragma once
// Helpers of the WeChat importer tests (tst_wechat_import.cpp): fixture paths (the shared
// WeClone exports under KINDRED_EXPORTS_DIR/wechat, the crafted ones under
// KINDRED_TEST_DATA_DIR/wechat), reading a file into a RecordingSink, lookups, temp files.

#include "RecordingSink.h"

#include "import/WeChatImporter.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace kindred::test {

inline QString wechatExport(const char *name)
{
    return QStringLiteral(KINDRED_EXPORTS_DIR "/wechat/") + QString::fromUtf8(name);
}

inline QString wechatFixture(const char *name)
{
    return QStringLiteral(KINDRED_TEST_DATA_DIR "/wechat/") + QString::fromUtf8(name);
}

struct WeChatReadResult
{
    bool ok = false;
    ImportError error;
};

inline WeChatReadResult readWeChat(const QString &path, ImportSink &sink)
{
    WeChatImporter importer;
    WeChatReadResult r;
    r.ok = importer.read(path, sink, r.error);
    return r;
}

inline const MessageInfo *wechatMessage(const RecordingSink &sink, const QString &id)
{
    for (const auto &m : sink.messages)
        if (m.info.externalId == id)
            return &m.info;
    return nullptr;
}

inline qint64 wechatUtc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

inline QString writeWeChatTemp(const QTemporaryDir &dir, const QString &name,
                               const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace kindred::test
