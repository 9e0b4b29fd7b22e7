#include "SlackDirectory.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace kindred::slack {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

QString SlackDirectory::nameOf(const QJsonObject &user)
{
    const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
    for (const QJsonObject *o : {&profile, &user}) {
        const QString display = text(*o, "display_name");
        if (!display.isEmpty())
            return display;
    }
    for (const QJsonObject *o : {&profile, &user}) {
        const QString real = text(*o, "real_name");
        if (!real.isEmpty())
            return real;
    }
    return text(user, "name");
}

int SlackDirectory::addUsers(const QJsonArray &users)
{
    int skipped = 0;
    for (const QJsonValue &v : users) {
        const QJsonObject o = v.toObject();
        SlackUser u;
        u.id = o.value(QLatin1String("id")).toString();
        if (u.id.isEmpty()) {
            ++skipped;
            continue;
        }
        u.name = nameOf(o);
        u.isBot = o.value(QLatin1String("is_bot")).toBool() || u.id == QLatin1String("USLACKBOT");
        const QString botId =
            o.value(QLatin1String("profile")).toObject().value(QLatin1String("bot_id")).toString();
        if (!botId.isEmpty())
            m_botUsers.insert(botId, u.id);
        m_users.insert(u.id, u);
    }
    return skipped;
}

int SlackDirectory::addChannels(const QJsonArray &list, const QString &kind)
{
    int skipped = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SlackChannel c;
        c.id = o.value(QLatin1String("id")).toString();
        if (c.id.isEmpty() || m_byId.contains(c.id)) {
            ++skipped;
            continue;
        }
        c.kind = kind;
        if (kind == QLatin1String("public_channel") &&
            o.value(QLatin1String("is_private")).toBool())
            c.kind = QStringLiteral("private_channel");
        const QString slackName = o.value(QLatin1String("name")).toString();
        const bool direct = kind == QLatin1String("dm") || kind == QLatin1String("mpim");
        if (direct) {
            QStringList names;
            for (const QJsonValue &m : o.value(QLatin1String("members")).toArray()) {
                const QString id = m.toString();
                const SlackUser *u = user(id);
                names.append(u && !u->name.isEmpty() ? u->name : id);
            }
            c.name = names.join(QStringLiteral(", "));
        }
        if (c.name.isEmpty())
            c.name = slackName.isEmpty() ? c.id : slackName;
        // DMs are exported in a folder named by their id, everything else by name.
        c.folder = kind == QLatin1String("dm") || slackName.isEmpty() ? c.id : slackName;
        add(std::move(c));
    }
    return skipped;
}

const SlackChannel &SlackDirectory::add(SlackChannel channel)
{
    const size_t index = m_channels.size();
    if (!m_byFolder.contains(channel.folder))
        m_byFolder.insert(channel.folder, index);
    m_byId.insert(channel.id, index);
    m_channels.push_back(std::move(channel));
    return m_channels.back();
}

const SlackUser *SlackDirectory::user(const QString &id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.constEnd() ? nullptr : &it.value();
}

const SlackChannel *SlackDirectory::channelForFolder(const QString &folder) const
{
    auto it = m_byFolder.constFind(folder);
    if (it == m_byFolder.constEnd()) {
        it = m_byId.constFind(folder);
        if (it == m_byId.constEnd())
            return nullptr;
    }
    return &m_channels[it.value()];
}

QString SlackDirectory::channelName(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? QString() : m_channels[it.value()].name;
}

const SlackChannel &SlackDirectory::derive(const QString &folder)
{
    static const QRegularExpression dmId(QStringLiteral("^D[A-Z0-9]{6,}$"));
    SlackChannel c;
    c.id = folder;
    c.name = folder;
    c.folder = folder;
    c.derived = true;
    if (dmId.match(folder).hasMatch())
        c.kind = QStringLiteral("dm");
    else if (folder.startsWith(QLatin1String("mpdm-")))
        c.kind = QStringLiteral("mpim");
    else
        c.kind = QStringLiteral("public_channel");
    return add(std::move(c));
}

} // namespace kindred::slack
