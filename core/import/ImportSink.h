#pragma once
// Receiver of parsed records. The ImportWriter implements it on the workspace database; tests
// implement it in memory. An importer calls beginChannel() before the messages of a channel.

#include "ImportRecords.h"

namespace kindred {

class ImportSink
{
public:
    virtual ~ImportSink() = default;

    /// Starts (or resumes) a channel; every later record belongs to it. False = stop (error set).
    virtual bool beginChannel(const ChannelInfo &channel) = 0;
    /// Adds one message of the current channel. False = stop (the sink failed).
    virtual bool addMessage(const MessageInfo &message) = 0;
    /// Adds one event of the current channel. False = stop.
    virtual bool addEvent(const EventInfo &event) = 0;
    /// A recoverable oddity in the input (kept in the import result, shown to the user).
    virtual void addWarning(const QString &warning) = 0;
    /// Polled by importers between records; true = abandon the import.
    virtual bool isCanceled() const { return false; }
    /// Progress in bytes of the input file.
    virtual void setProgress(qint64 done, qint64 total)
    {
        Q_UNUSED(done);
        Q_UNUSED(total);
    }
};

} // namespace kindred
