#pragma once
// One element of a Telegram chat's "messages" array -> a MessageInfo for the sink, and for a
// service message its events (through TelegramServiceActions).
//
// Reads the message's fields (id, type, dates, from/actor, text, reply, forward, media,
// reactions, members, action details), then completes the record: the time from
// date_unixtime or else the local wall-clock "date" (UTC seconds), the author (the actor for
// service messages), an attachment kind, reactions with their reactors. A message without a
// usable date is skipped and one without an id gets one derived from its time, each with a
// warning. Errors: false after TelegramDocument has set the error (wrong types, malformed
// JSON, the sink refusing a record).

#include "TelegramDates.h"
#include "TelegramDocument.h"
#include "TelegramRaw.h"

#include "import/ImportRecords.h"

#include <QHash>

#include <string>
#include <vector>

namespace kindred::telegram {

class TelegramPeople;
class TelegramServiceActions;
class TelegramValues;

class TelegramMessageReader final
{
public:
    TelegramMessageReader(TelegramDocument &doc, TelegramValues &values, TelegramPeople &people,
                          TelegramServiceActions &actions, ImportSink &sink);
    Q_DISABLE_COPY_MOVE(TelegramMessageReader)

    /// Starts a chat: derived message ids restart.
    void beginChat() { m_derivedIds.clear(); }
    /// Forgets the current message's fields (before the next array element is looked at).
    void clear() { m_s.reset(); }
    /// The fields of the message being read so far (for error context: its id).
    const RawMessage &current() const { return m_s; }
    /// Reads one message object and emits it (and its events).
    bool read(od::object &obj);

private:
    bool finish();
    bool readMembers(od::value v);
    bool readReactions(od::value v);
    bool readReactor(od::object &obj, ReactionInfo &reaction);
    /// Index of the person in TelegramPeople, or -1 when p names nobody.
    int person(const RawPerson &p, qint64 at);
    /// UTC seconds of a message time: unixTime when >= 0, else the ISO wall clock; false when
    /// neither is usable (an unreadable iso warns as badKind unless that is Warn::Count).
    bool timeOf(std::string_view iso, qint64 unixTime, qint64 &out, Warn badKind);

    TelegramDocument &m_doc;
    TelegramValues &m_values;
    TelegramPeople &m_people;
    TelegramServiceActions &m_actions;
    ImportSink &m_sink;

    RawMessage m_s;
    MessageInfo m_msg;
    std::vector<MemberName> m_members;
    std::string m_textBuf;
    QHash<qint64, int> m_derivedIds; ///< messages without id per second, for derived ids
    LocalClock m_clock;
};

} // namespace kindred::telegram
