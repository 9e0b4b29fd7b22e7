#include "SlackPeople.h"

namespace kindred::slack {

namespace {

const QLatin1String kSlackbot("USLACKBOT");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

PersonRef SlackPeople::user(const QString &id, const QJsonObject &message)
{
    if (id.isEmpty())
        return PersonRef();
    if (const auto it = m_people.find(id); it != m_people.end()) {
        if (it->name == id && m_profileNames.contains(id)) // named by a later day file
            it->name = m_profileNames.value(id);
        return it.value();
    }
    PersonRef p;
    p.externalId = id;
    if (const SlackUser *u = m_directory.user(id)) {
        p.name = u->name;
        p.isBot = u->isBot;
    } else if (id == kSlackbot) {
        p.isBot = true;
        p.name = QStringLiteral("Slackbot");
    } else {
        m_unknown.append(id);
    }
    if (p.name.isEmpty())
        p.name = SlackDirectory::nameOf(message.value(QLatin1String("user_profile")).toObject());
    if (p.name.isEmpty())
        p.name = m_profileNames.value(id);
    if (p.name.isEmpty())
        p.name = field(message, "username");
    if (p.name.isEmpty())
        p.name = field(message.value(QLatin1String("bot_profile")).toObject(), "name");
    if (p.name.isEmpty())
        p.name = id;
    m_people.insert(id, p);
    return p;
}

PersonRef SlackPeople::bot(const QString &botId, const QJsonObject &message)
{
    if (botId.isEmpty())
        return PersonRef();
    if (const QString userId = m_directory.userIdOfBot(botId); !userId.isEmpty()) {
        PersonRef p = user(userId, message);
        p.isBot = true;
        return p;
    }
    if (const auto it = m_people.constFind(botId); it != m_people.constEnd())
        return it.value();
    PersonRef p;
    p.externalId = botId;
    p.isBot = true;
    p.name = field(message.value(QLatin1String("bot_profile")).toObject(), "name");
    if (p.name.isEmpty())
        p.name = field(message, "username");
    if (p.name.isEmpty())
        p.name = m_botNames.value(botId);
    if (p.name.isEmpty())
        p.name = botId;
    m_people.insert(botId, p);
    return p;
}

void SlackPeople::learnProfile(const QJsonObject &message)
{
    const QString id = field(message, "user");
    if (id.isEmpty() || m_profileNames.contains(id))
        return;
    if (const SlackUser *u = m_directory.user(id); u && !u->name.isEmpty())
        return;
    const QString name =
        SlackDirectory::nameOf(message.value(QLatin1String("user_profile")).toObject());
    if (!name.isEmpty())
        m_profileNames.insert(id, name);
}

void SlackPeople::learnBotName(const QString &botId, const QString &name)
{
    if (!botId.isEmpty() && !name.isEmpty() && !m_botNames.contains(botId))
        m_botNames.insert(botId, name);
}

QString SlackPeople::mentionName(const QString &id) const
{
    if (const auto it = m_people.constFind(id); it != m_people.constEnd())
        return it.value().name;
    if (const SlackUser *u = m_directory.user(id); u && !u->name.isEmpty())
        return u->name;
    if (id == kSlackbot)
        return QStringLiteral("Slackbot");
    return m_profileNames.value(id);
}

} // namespace kindred::slack
