// The message-level part of DiscordReader: one message object and its author, reference,
// attachments, reactions and mentions.

#include "DiscordReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace kindred::discord {

QString attachmentKindOf(const QString &fileName, const QString &contentType)
{
    const QString type = contentType.toLower();
    QString name = fileName.toLower();
    const qsizetype query = name.indexOf(QLatin1Char('?'));
    if (query >= 0)
        name.truncate(query);
    const QString ext = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
    auto is = [&ext](std::initializer_list<const char *> list) {
        for (const char *e : list)
            if (ext == QLatin1String(e))
                return true;
        return false;
    };
    if (type == QLatin1String("image/gif") || ext == QLatin1String("gif"))
        return QStringLiteral("animation");
    if (type.startsWith(QLatin1String("image/")) ||
        is({"png", "jpg", "jpeg", "webp", "bmp", "svg", "heic", "heif", "avif", "tif", "tiff"}))
        return QStringLiteral("photo");
    if (type.startsWith(QLatin1String("video/")) ||
        is({"mp4", "mov", "webm", "mkv", "avi", "m4v", "wmv"}))
        return QStringLiteral("video");
    if (name.startsWith(QLatin1String("voice-message")))
        return QStringLiteral("voice");
    if (type.startsWith(QLatin1String("audio/")) ||
        is({"mp3", "ogg", "wav", "flac", "m4a", "aac", "opus", "wma"}))
        return QStringLiteral("audio");
    return QStringLiteral("file");
}

bool DiscordReader::readMessage(od::value v, RawMessage &m)
{
    od::object o;
    od::json_type t;
    if (!m_doc.typeOf(v, t, "messages"))
        return false;
    if (t != od::json_type::object)
        return m_doc.typeFail(
            v, "messages",
            QCoreApplication::translate("DiscordImporter", "an array of message objects"), t);
    DC_TRY(m_doc, v.get_object().get(o),
           QCoreApplication::translate("DiscordImporter", "a message"));
    for (auto fr : o) {
        od::field f;
        DC_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("DiscordImporter", "a message"));
        const std::string_view key = fieldKey(f);
        od::value fv = f.value();
        bool isNull = false;
        bool ok = true;
        if (eq(key, "id")) {
            ok = m_doc.getId(fv, m.id, "id");
            m_messageId = m.id;
        } else if (eq(key, "type")) {
            ok = m_doc.getStringOrNull(fv, m.type, isNull, "type");
        } else if (eq(key, "timestamp")) {
            ok = m_doc.getTime(fv, m.at, "timestamp");
        } else if (eq(key, "timestampEdited")) {
            ok = m_doc.getTime(fv, m.editedAt, "timestampEdited");
        } else if (eq(key, "content")) {
            ok = m_doc.getStringOrNull(fv, m.content, isNull, "content");
        } else if (eq(key, "author")) {
            ok = readPerson(fv, m.author, "author");
        } else if (eq(key, "reference")) {
            ok = readReference(fv, m);
        } else if (eq(key, "attachments")) {
            ok = readAttachments(fv, m);
        } else if (eq(key, "stickers")) {
            od::array arr;
            ok = m_doc.getArray(fv, arr, "stickers");
            size_t n = 0;
            if (ok)
                DC_TRY(m_doc, arr.count_elements().get(n), QStringLiteral("\"stickers\""));
            m.sticker = n > 0;
        } else if (eq(key, "reactions")) {
            ok = readReactions(fv, m);
        } else if (eq(key, "mentions")) {
            ok = readMentions(fv, m);
        }
        if (!ok)
            return false;
    }
    return true;
}

/// {id, name, discriminator, nickname, isBot, ...}: the nickname (the name shown in the guild)
/// is preferred over the account name; "Deleted User" gets its id appended to stay distinct.
bool DiscordReader::readPerson(od::value v, PersonRef &p, const char *field)
{
    od::object o;
    if (!m_doc.getObject(v, o, field))
        return false;
    QString name;
    QString nickname;
    for (auto fr : o) {
        od::field f;
        DC_TRY(m_doc, std::move(fr).get(f), QStringLiteral("\"%1\"").arg(QLatin1String(field)));
        const std::string_view key = fieldKey(f);
        od::value fv = f.value();
        bool isNull = false;
        bool ok = true;
        if (eq(key, "id"))
            ok = m_doc.getId(fv, p.externalId, "id");
        else if (eq(key, "name"))
            ok = m_doc.getStringOrNull(fv, name, isNull, "name");
        else if (eq(key, "nickname"))
            ok = m_doc.getStringOrNull(fv, nickname, isNull, "nickname");
        else if (eq(key, "isBot"))
            ok = m_doc.getBool(fv, p.isBot, "isBot");
        if (!ok)
            return false;
    }
    p.name = nickname.isEmpty() ? name : nickname;
    if (p.name == QLatin1String("Deleted User") && !p.externalId.isEmpty())
        p.name += QStringLiteral(" #") + p.externalId;
    if (p.name.isEmpty())
        p.name = p.externalId;
    return true;
}

bool DiscordReader::readReference(od::value v, RawMessage &m)
{
    od::json_type t;
    if (!m_doc.typeOf(v, t, "reference"))
        return false;
    if (t == od::json_type::null)
        return true;
    od::object o;
    if (!m_doc.getObject(v, o, "reference"))
        return false;
    for (auto fr : o) {
        od::field f;
        DC_TRY(m_doc, std::move(fr).get(f), QStringLiteral("\"reference\""));
        const std::string_view key = fieldKey(f);
        od::value fv = f.value();
        bool isNull = false;
        bool ok = true;
        if (eq(key, "messageId"))
            ok = m_doc.getId(fv, m.refMessageId, "messageId");
        else if (eq(key, "channelId"))
            ok = m_doc.getId(fv, m.refChannelId, "channelId");
        else if (eq(key, "type"))
            ok = m_doc.getStringOrNull(fv, m.refType, isNull, "type");
        if (!ok)
            return false;
    }
    return true;
}

bool DiscordReader::readAttachments(od::value v, RawMessage &m)
{
    od::array arr;
    if (!m_doc.getArray(v, arr, "attachments"))
        return false;
    for (auto er : arr) {
        od::value av;
        DC_TRY(m_doc, std::move(er).get(av), QStringLiteral("\"attachments\""));
        od::object o;
        if (!m_doc.getObject(av, o, "attachments"))
            return false;
        QString fileName, url, contentType;
        for (auto fr : o) {
            od::field f;
            DC_TRY(m_doc, std::move(fr).get(f), QStringLiteral("\"attachments\""));
            const std::string_view key = fieldKey(f);
            od::value fv = f.value();
            bool isNull = false;
            bool ok = true;
            if (eq(key, "fileName"))
                ok = m_doc.getStringOrNull(fv, fileName, isNull, "fileName");
            else if (eq(key, "url"))
                ok = m_doc.getStringOrNull(fv, url, isNull, "url");
            else if (eq(key, "contentType"))
                ok = m_doc.getStringOrNull(fv, contentType, isNull, "contentType");
            if (!ok)
                return false;
        }
        // The first attachment decides the message's kind.
        if (m.attachmentKind.isEmpty())
            m.attachmentKind = attachmentKindOf(fileName.isEmpty() ? url : fileName, contentType);
    }
    return true;
}

bool DiscordReader::readReactions(od::value v, RawMessage &m)
{
    od::array arr;
    if (!m_doc.getArray(v, arr, "reactions"))
        return false;
    for (auto er : arr) {
        od::value rv;
        DC_TRY(m_doc, std::move(er).get(rv), QStringLiteral("\"reactions\""));
        od::object o;
        if (!m_doc.getObject(rv, o, "reactions"))
            return false;
        ReactionInfo r;
        QString emojiId, emojiName;
        bool animated = false;
        for (auto fr : o) {
            od::field f;
            DC_TRY(m_doc, std::move(fr).get(f), QStringLiteral("\"reactions\""));
            const std::string_view key = fieldKey(f);
            od::value fv = f.value();
            if (eq(key, "emoji")) {
                od::object eo;
                if (!m_doc.getObject(fv, eo, "emoji"))
                    return false;
                for (auto efr : eo) {
                    od::field ef;
                    DC_TRY(m_doc, std::move(efr).get(ef), QStringLiteral("\"emoji\""));
                    const std::string_view ek = fieldKey(ef);
                    od::value ev = ef.value();
                    bool isNull = false;
                    bool ok = true;
                    if (eq(ek, "id"))
                        ok = m_doc.getId(ev, emojiId, "id");
                    else if (eq(ek, "name"))
                        ok = m_doc.getStringOrNull(ev, emojiName, isNull, "name");
                    else if (eq(ek, "isAnimated"))
                        ok = m_doc.getBool(ev, animated, "isAnimated");
                    if (!ok)
                        return false;
                }
            } else if (eq(key, "count")) {
                qint64 n = 0;
                if (!m_doc.getInt(fv, n, "count"))
                    return false;
                r.count = int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
            } else if (eq(key, "users")) {
                od::array users;
                if (!m_doc.getArray(fv, users, "users"))
                    return false;
                for (auto ur : users) {
                    od::value uv;
                    DC_TRY(m_doc, std::move(ur).get(uv), QStringLiteral("\"users\""));
                    ReactorInfo who;
                    if (!readPerson(uv, who.person, "users"))
                        return false;
                    r.reactors.append(who);
                }
            }
        }
        // Custom emoji in Discord's own markup (<:name:id>, <a:name:id>), others as written.
        r.emoji = emojiId.isEmpty()
                      ? emojiName
                      : QStringLiteral("<%1:%2:%3>")
                            .arg(animated ? QStringLiteral("a") : QString(), emojiName, emojiId);
        if (r.count < r.reactors.size())
            r.count = int(r.reactors.size());
        m.reactions.append(r);
    }
    return true;
}

bool DiscordReader::readMentions(od::value v, RawMessage &m)
{
    od::array arr;
    if (!m_doc.getArray(v, arr, "mentions"))
        return false;
    for (auto er : arr) {
        od::value pv;
        DC_TRY(m_doc, std::move(er).get(pv), QStringLiteral("\"mentions\""));
        PersonRef p;
        if (!readPerson(pv, p, "mentions"))
            return false;
        m.mentions.append(p);
    }
    return true;
}

} // namespace kindred::discord
