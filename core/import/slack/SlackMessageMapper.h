#pragma once
// One element of a Slack day file -> a MessageInfo and, for membership and pin lines, an
// EventInfo. The mapping is documented in SlackImporter.h; the subtype rules are:
//  * messages: no subtype, bot_message, me_message, file_share, file_mention,
//    thread_broadcast, reply_broadcast, slackbot_response, and file_comment (a comment on a
//    file, authored by comment.user, text = the comment);
//  * channel_join, group_join: service line + Join event (member = user, actor = inviter);
//  * channel_leave, group_leave: service line + Leave event (member = user);
//  * pinned_item: service line + Pin event (actor = user, detail = the pinned message's ts
//    when the line names it);
//  * tombstone, or the text "This message was deleted.": service line without author (a
//    deleted thread parent that Slack keeps so the replies keep their thread);
//  * bot_add, bot_remove (their link label names the bot), channel/group topic, purpose,
//    name, archive, unarchive, unpinned_item, and other known notices: service lines;
//  * any other subtype: service line, reported once per subtype (takeNewUnknownSubtype()).

#include "SlackMarkup.h"
#include "SlackPeople.h"

#include "import/ImportRecords.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace kindred::slack {

/// What one day-file element becomes.
struct SlackRecord
{
    MessageInfo message;
    bool hasEvent = false;
    EventInfo event;
};

class SlackMessageMapper final
{
public:
    enum class Outcome
    {
        Mapped,
        NotAnObject, ///< the element is not a JSON object: skipped
        NoTimestamp  ///< no valid "ts": skipped
    };

    SlackMessageMapper(SlackPeople &people, const SlackMarkup &markup)
        : m_people(people), m_markup(markup)
    {
    }
    Q_DISABLE_COPY_MOVE(SlackMessageMapper)

    Outcome map(const QJsonValue &value, SlackRecord &out);
    /// The subtype of the last mapped line if this importer does not know it and it was not
    /// reported before; empty otherwise.
    QString takeNewUnknownSubtype();

    /// A Slack timestamp ("1457390232.000002", or a JSON number) -> whole UTC seconds and the
    /// id as written. False when it is missing or malformed.
    static bool parseTs(const QJsonValue &value, qint64 &seconds, QString &id);
    /// "photo", "video", "voice" or "file" for a file object (2023 "files" entries and the
    /// legacy "file" object), from its subtype (slack_audio, slack_video), mimetype, filetype
    /// or name extension.
    static QString attachmentKindOf(const QJsonObject &file);

private:
    enum class Class
    {
        Message,
        FileComment,
        Join,
        Leave,
        Pin,
        Tombstone,
        BotChange,
        Service,
        Unknown
    };
    static Class classify(const QString &subtype, const QString &text);
    PersonRef authorOf(const QJsonObject &o, Class cls, const QString &subtype);
    QString textOf(const QJsonObject &o, Class cls) const;
    void learnBotName(const QJsonObject &o);
    QList<ReactionInfo> reactionsOf(const QJsonObject &o);
    static QString pinnedTs(const QJsonObject &o);

    SlackPeople &m_people;
    const SlackMarkup &m_markup;
    QSet<QString> m_reportedSubtypes;
    QString m_newUnknown;
};

} // namespace kindred::slack
