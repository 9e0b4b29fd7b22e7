#pragma once
// Shared helpers of the Slack importer tests (tst_slack_import.cpp): the real exports under
// KINDRED_EXPORTS_DIR/slack and the crafted zips under KINDRED_TEST_DATA_DIR/slack (built by
// tests/data/slack/make_fixtures.py), reading a zip through SlackImporter into a
// RecordingSink, lookups in what was recorded, and a sink that cancels and records progress.

#include "RecordingSink.h"

#include "import/SlackImporter.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

namespace kindred::test {

inline const QString kSlackDir = QStringLiteral(KINDRED_EXPORTS_DIR "/slack");
inline const QString kSlack2016 =
    QStringLiteral(KINDRED_EXPORTS_DIR "/slack/slack-export-viewer__testarchive.zip");
inline const QString kSlack2023 =
    QStringLiteral(KINDRED_EXPORTS_DIR "/slack/langchain-community__slack_export.zip");

inline QString slackCrafted(const QString &name)
{
    return QStringLiteral(KINDRED_TEST_DATA_DIR "/slack/") + name;
}

struct SlackReadResult
{
    bool ok = false;
    ImportError error;
};

inline SlackReadResult readSlack(const QString &path, ImportSink &sink)
{
    SlackImporter importer;
    SlackReadResult r;
    r.ok = importer.read(path, sink, r.error);
    return r;
}

/// Index of the channel with this external id in sink.channels, or -1.
inline int slackChannel(const RecordingSink &sink, const QString &externalId)
{
    for (int i = 0; i < sink.channels.size(); ++i)
        if (sink.channels[i].externalId == externalId)
            return i;
    return -1;
}

/// The message with external id (ts) `ts`; nullptr when there is none.
inline const MessageInfo *slackMessage(const RecordingSink &sink, const QString &ts)
{
    for (const auto &m : sink.messages)
        if (m.info.externalId == ts)
            return &m.info;
    return nullptr;
}

/// The event that came from the message with external id `ts`; nullptr when there is none.
inline const EventInfo *slackEvent(const RecordingSink &sink, const QString &ts)
{
    for (const auto &e : sink.events)
        if (e.info.messageExternalId == ts)
            return &e.info;
    return nullptr;
}

inline qint64 utcSecs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

/// Records like RecordingSink, remembers every progress report, and reports a cancel once
/// isCanceled() has been asked `cancelAfterPolls` times (never when negative).
class ObservingSink final : public ImportSink
{
public:
    RecordingSink recorded;
    QList<QPair<qint64, qint64>> progress;
    int cancelAfterPolls = -1;
    mutable int polls = 0;

    bool beginChannel(const ChannelInfo &c) override { return recorded.beginChannel(c); }
    bool addMessage(const MessageInfo &m) override { return recorded.addMessage(m); }
    bool addEvent(const EventInfo &e) override { return recorded.addEvent(e); }
    void addWarning(const QString &w) override { recorded.addWarning(w); }
    bool isCanceled() const override
    {
        ++polls;
        return cancelAfterPolls >= 0 && polls > cancelAfterPolls;
    }
    void setProgress(qint64 done, qint64 total) override { progress.append({done, total}); }
};

} // namespace kindred::test
