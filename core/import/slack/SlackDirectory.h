#pragma once
// The workspace's directory as a Slack export lists it: users.json and the conversation lists
// channels.json (public channels), groups.json (private channels), mpims.json (group direct
// messages) and dms.json (direct messages). See SlackImporter.h for the mapping.
//
// Users: id -> display name (profile.display_name, else profile.real_name, else real_name,
// else name; empty if none) and bot flag (is_bot, or the id USLACKBOT); profile.bot_id links a
// bot user to the bot id its messages carry.
//
// Conversations: each has an id, a name, a kind ("public_channel", "private_channel", "mpim",
// "dm") and the folder of its day files: the name for channels, private channels and group
// DMs, the id for DMs. A DM is named after its members ("Alice, Bob"), a group DM likewise
// when its members are known, else by its Slack name ("mpdm-alice--bob-1").
//
// Nothing here reports errors: entries without an id are counted as skipped.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <deque>

namespace kindred::slack {

/// One user of users.json.
struct SlackUser
{
    QString id;
    QString name; ///< empty when users.json names none
    bool isBot = false;
};

/// One conversation: listed in a list file, or derived from a day-file folder.
struct SlackChannel
{
    QString id;
    QString name;
    QString kind;
    QString folder;
    bool derived = false; ///< not listed: made up from its folder
};

class SlackDirectory final
{
public:
    /// Adds the users of users.json; returns the number of entries skipped (no "id").
    int addUsers(const QJsonArray &users);
    /// Adds the conversations of one list file with the given kind; returns the number of
    /// entries skipped (no "id", or an id already listed). Load users first (DM names).
    int addChannels(const QJsonArray &list, const QString &kind);

    const SlackUser *user(const QString &id) const;
    /// The user whose profile.bot_id is botId, or empty.
    QString userIdOfBot(const QString &botId) const { return m_botUsers.value(botId); }
    /// The conversation whose day files lie in folder (matched by folder, then by id).
    const SlackChannel *channelForFolder(const QString &folder) const;
    /// The name of the conversation with this id, or empty.
    QString channelName(const QString &id) const;
    /// Registers a conversation for a folder that no list names: id and name are the folder
    /// name; the kind is "dm" for a folder named like a DM id (D + capitals and digits),
    /// "mpim" for "mpdm-..." and "public_channel" otherwise.
    const SlackChannel &derive(const QString &folder);

    bool hasUsers() const { return !m_users.isEmpty(); }

    /// A user's display name by the rules above, from a users.json entry or a message's
    /// user_profile object; empty when it names none.
    static QString nameOf(const QJsonObject &user);

private:
    const SlackChannel &add(SlackChannel channel);

    QHash<QString, SlackUser> m_users;
    QHash<QString, QString> m_botUsers;
    std::deque<SlackChannel> m_channels; ///< a deque: references stay valid
    QHash<QString, size_t> m_byFolder;
    QHash<QString, size_t> m_byId;
};

} // namespace kindred::slack
