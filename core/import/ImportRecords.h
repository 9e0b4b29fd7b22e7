#pragma once
// Plain records that importers emit and the ImportWriter stores. Parsers fill them from an
// export; they never touch the database. Times are UTC seconds since the epoch (0 = unknown).

#include <QList>
#include <QString>

namespace kindred {

/// One chat group / channel of an export. (platform, externalId) identifies it across imports.
struct ChannelInfo
{
    QString platform;   ///< telegram, whatsapp, discord, slack, wechat, csv
    QString externalId; ///< the platform's id, or a stable id derived from the chat's name
    QString name;
    QString kind; ///< e.g. private_supergroup, personal_chat, group
};

/// A member or reactor as the export names it. (platform, externalId) is the identity key.
struct PersonRef
{
    QString externalId; ///< normalised platform id (Telegram: "user123"); empty = unknown
    QString name;       ///< display name as shown in the export
    bool isBot = false;
    bool isSelf = false; ///< the account that made the export ("You"): kept, never a member

    bool isValid() const { return !externalId.isEmpty(); }
};

/// One member who reacted, when the export names them.
struct ReactorInfo
{
    PersonRef person;
    qint64 at = 0; ///< UTC seconds, 0 when the export does not say
};

/// Emoji reaction on a message: total count and, where known, who reacted.
struct ReactionInfo
{
    QString emoji;
    int count = 0;
    QList<ReactorInfo> reactors;
};

/// One chat message or post.
struct MessageInfo
{
    QString
        externalId;    ///< unique within the channel; importers derive one when the format has none
    PersonRef author;  ///< invalid for anonymous/system senders
    qint64 sentAt = 0; ///< UTC seconds
    QString text;      ///< flattened plain text
    QString replyToExternalId;
    QString threadExternalId;
    qint64 editedAt = 0;
    QString forwardedFrom;
    QString attachmentKind; ///< photo, video, voice, file, sticker, other; empty = none
    bool isService = false; ///< system/service line (never creates a member by itself)
    QList<ReactionInfo> reactions;
};

/// Membership and moderation events taken from service messages.
struct EventInfo
{
    enum class Kind
    {
        Join,
        Leave,
        Invite,
        Remove,
        Pin,
        Other
    };
    Kind kind = Kind::Other;
    PersonRef member;          ///< the member joining, leaving, invited or removed
    PersonRef actor;           ///< who did it (inviter, admin); may be invalid
    qint64 at = 0;             ///< UTC seconds
    QString messageExternalId; ///< the service message it came from, if any
    QString detail;            ///< free text, e.g. the invite link title or pinned message id

    static QString kindName(Kind k);
};

} // namespace kindred
