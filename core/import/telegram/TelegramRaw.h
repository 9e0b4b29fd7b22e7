#pragma once
// Fields of a Telegram export as found in the file, before they become ImportRecords: a
// person (from/from_id, actor/actor_id), a message, a chat header and a listed member name.
// The string_views point into the loaded file or simdjson's string buffer; they are valid
// while the document is read (a message's fields until the next message starts).

#include <QtGlobal>

#include <string_view>

namespace kindred::telegram {

/// A from/from_id or actor/actor_id pair as found in a message.
struct RawPerson
{
    enum class Id : quint8
    {
        None,
        String,
        Number
    };
    Id id = Id::None;
    std::string_view idString;
    qint64 idNumber = 0;
    bool hasName = false;
    bool nameNull = false; ///< "from": null = deleted account
    std::string_view name;

    bool present() const { return id != Id::None || (hasName && !nameNull && !name.empty()); }
};

/// A name in a service message's "members" list (null = a deleted account).
struct MemberName
{
    std::string_view name;
    bool isNull = false;
};

/// Per-message fields collected before the MessageInfo is completed. Times are UTC seconds
/// (-1 = absent); ids are the export's message ids.
struct RawMessage
{
    bool hasId = false;
    qint64 id = 0;
    std::string_view type;
    std::string_view date, edited;
    qint64 dateUnix = -1, editedUnix = -1;
    RawPerson from, actor;
    std::string_view action;
    bool hasReply = false, replyOtherChat = false;
    qint64 replyTo = 0;
    bool forwarded = false, forwardedNull = false;
    std::string_view forwardedFrom;
    bool photo = false, file = false, otherMedia = false;
    std::string_view mediaType;
    bool hasMembers = false;
    bool hasPinned = false;
    qint64 pinnedId = 0;
    qint64 duration = -1; ///< call duration in seconds, -1 = absent
    std::string_view discardReason, title, inviter;

    void reset() { *this = RawMessage(); }
};

/// A chat's header fields ({name, type, id}) and whether its channel was begun.
struct ChatHeader
{
    bool hasName = false;
    std::string_view name;
    std::string_view type;
    RawPerson::Id id = RawPerson::Id::None;
    qint64 idNumber = 0;
    std::string_view idString;
    bool begun = false;
};

} // namespace kindred::telegram
