#pragma once
// Who wrote, reacted, joined: turns the Slack user and bot ids of messages into PersonRefs,
// with one name per id for the whole import: the first one found, except that a name that is
// only the id gives way once a later day file's user_profile names the user.
//
// Users: externalId = the user id (U..., W...). Name: users.json (see SlackDirectory.h), else
// the message's user_profile (2023 shape) by the same rules, else the user_profile of another
// line of the same day file (learnProfile()), else the message's "username" (2016 shape),
// else its bot_profile.name (apps), else the id. isBot from users.json is_bot, and USLACKBOT
// ("Slackbot") is a bot; the message mapper also marks authors of bot_message lines and of
// lines carrying a bot_profile. Ids that users.json does not list are collected for one
// warning.
//
// Bots that post without a user id (bot_message with only bot_id): the users.json user whose
// profile.bot_id is that id when there is one, else externalId = the bot id (B...), named
// from bot_profile.name, else "username", else the name the integration got in an earlier
// bot_add line ("added an integration to this channel: <.../services/B...|github>"), else the
// bot id.

#include "SlackDirectory.h"

#include "import/ImportRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace kindred::slack {

class SlackPeople final
{
public:
    explicit SlackPeople(const SlackDirectory &directory) : m_directory(directory) {}
    Q_DISABLE_COPY_MOVE(SlackPeople)

    /// The user with id `id` (invalid for an empty id). `message` is the message the user
    /// wrote (its user_profile and username name unknown users); empty for reactors,
    /// inviters and mentions.
    PersonRef user(const QString &id, const QJsonObject &message = QJsonObject());
    /// The bot with id `botId` that posted `message` without a user id.
    PersonRef bot(const QString &botId, const QJsonObject &message);
    /// Remembers the name that the user_profile of `message` gives its author when users.json
    /// names nobody with that id (the reader calls it for a day file's lines before emitting
    /// them, so that a channel_join line without user_profile gets the name of the author's
    /// later message).
    void learnProfile(const QJsonObject &message);
    /// Remembers the name a bot_add/bot_remove line gives bot `botId` (unless known already).
    void learnBotName(const QString &botId, const QString &name);
    /// The name to show for a mention of user `id`; empty when the export names none.
    QString mentionName(const QString &id) const;
    /// User ids that users.json does not list, in order of first use (without USLACKBOT).
    const QStringList &unknownIds() const { return m_unknown; }

private:
    const SlackDirectory &m_directory;
    QHash<QString, PersonRef> m_people; ///< by user id or bot id (they never collide)
    QHash<QString, QString> m_botNames;
    QHash<QString, QString> m_profileNames; ///< user id -> name from a user_profile
    QStringList m_unknown;
};

} // namespace kindred::slack
