#pragma once
// In-memory ImportSink for parser tests: keeps every record it is given.

#include "import/ImportSink.h"

#include <QList>
#include <QStringList>

namespace kindred::test {

class RecordingSink final : public ImportSink
{
public:
    struct Message
    {
        int channel;
        MessageInfo info;
    };
    struct Event
    {
        int channel;
        EventInfo info;
    };
    QList<ChannelInfo> channels;
    QList<Message> messages;
    QList<Event> events;
    QStringList warnings;

    bool beginChannel(const ChannelInfo &c) override
    {
        channels.append(c);
        return true;
    }
    bool addMessage(const MessageInfo &m) override
    {
        messages.append({int(channels.size()) - 1, m});
        return true;
    }
    bool addEvent(const EventInfo &e) override
    {
        events.append({int(channels.size()) - 1, e});
        return true;
    }
    void addWarning(const QString &w) override { warnings.append(w); }

    /// Non-service messages only.
    QList<MessageInfo> userMessages() const
    {
        QList<MessageInfo> out;
        for (const auto &m : messages)
            if (!m.info.isService)
                out.append(m.info);
        return out;
    }
};

} // namespace kindred::test
