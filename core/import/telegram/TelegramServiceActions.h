#pragma once
// Telegram service messages as membership and moderation events.
//
// In: one service message (its raw fields, its completed MessageInfo and the names in its
// "members" list). Out: EventInfo records to the sink: Join (by link, by request, creating the
// group, adding oneself), Leave (removing oneself), Invite, Remove, Pin, and Other for every
// other action with a detail text ("phone_call, 56 s", "edit_group_title: New name").
//
// Telegram names invited and removed members by display name only. Those events wait until the
// chat ends, when every author of the chat has been seen, and are then matched by name: the
// only namesake, or among several the invitee first seen after the invitation and the removed
// member last seen before the removal. An unmatched name keeps the name without an id and
// adds a warning (Warn::UnresolvedMember). Errors: false when the sink refuses an event.

#include "TelegramRaw.h"

#include "import/ImportRecords.h"

#include <QList>
#include <QString>

#include <vector>

namespace kindred {
class ImportSink;
}

namespace kindred::telegram {

class TelegramPeople;
class TelegramWarnings;

class TelegramServiceActions final
{
public:
    TelegramServiceActions(ImportSink &sink, TelegramWarnings &warnings);
    Q_DISABLE_COPY_MOVE(TelegramServiceActions)

    /// Forgets the events still waiting from the previous chat.
    void beginChat() { m_pending.clear(); }
    /// Emits the events of service message m (raw fields s, listed members), or keeps them
    /// until finishChat(). False when the sink refused an event.
    bool add(const RawMessage &s, const MessageInfo &m, const std::vector<MemberName> &members);
    /// Matches the waiting events' names among the people seen in the chat and emits them.
    /// False when the sink refused an event.
    bool finishChat(const TelegramPeople &people, const QString &chatName);

private:
    struct PendingEvent
    {
        EventInfo event;
        QString name;
        bool nameNull = false;
    };

    ImportSink &m_sink;
    TelegramWarnings &m_warnings;
    QList<PendingEvent> m_pending;
};

} // namespace kindred::telegram
