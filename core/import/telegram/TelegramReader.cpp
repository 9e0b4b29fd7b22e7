#include "TelegramReader.h"

#include "TelegramIds.h"
#include "TelegramJson.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kindred::telegram {

namespace {

constexpr int kPollEvery = 4096; // messages between progress/cancel polls

} // namespace

TelegramReader::TelegramReader(const QString &path, ImportSink &sink, ImportError &error)
    : m_path(path), m_sink(sink), m_doc(path, sink, error), m_values(m_doc),
      m_actions(sink, m_doc.warnings()), m_messages(m_doc, m_values, m_people, m_actions, sink)
{
    m_doc.setContext([this] { return context(); });
}

bool TelegramReader::run()
{
    if (!m_doc.load())
        return false;
    m_sink.setProgress(0, m_doc.size());
    m_legacyIds = usesLegacyPeerIds(m_doc.text());
    od::object root;
    if (!m_doc.openRoot(root))
        return false;
    if (!readChatObject(root, true))
        return false;
    if (!m_doc.checkEnd())
        return false;
    if (!m_sawChat)
        return m_doc.fail(-1, QCoreApplication::translate(
                                  "TelegramImporter",
                                  "no \"messages\" array and no \"chats\" list: this JSON "
                                  "is not a Telegram Desktop chat export"));
    m_doc.warnings().flushSummaries(m_sink);
    m_sink.setProgress(m_doc.size(), m_doc.size());
    return true;
}

QString TelegramReader::context() const
{
    // Called only when an error or a warning is reported. Whole phrases, so that a translation
    // can order them its own way.
    const bool inChat = m_channelOpen || !m_chatName.isEmpty();
    if (m_msgIndex <= 0)
        return inChat
                   ? QCoreApplication::translate("TelegramImporter", "chat \"%1\"").arg(m_chatName)
                   : QString();
    const qint64 index = m_msgIndex;
    if (m_messages.current().hasId) {
        const qint64 id = m_messages.current().id;
        return inChat ? QCoreApplication::translate("TelegramImporter",
                                                    "message #%1 (id %2) of chat \"%3\"")
                            .arg(index)
                            .arg(id)
                            .arg(m_chatName)
                      : QCoreApplication::translate("TelegramImporter",
                                                    "message #%1 (id %2) of the chat")
                            .arg(index)
                            .arg(id);
    }
    return inChat ? QCoreApplication::translate("TelegramImporter", "message #%1 of chat \"%2\"")
                        .arg(index)
                        .arg(m_chatName)
                  : QCoreApplication::translate("TelegramImporter", "message #%1 of the chat")
                        .arg(index);
}

QString TelegramReader::chatIdString(const ChatHeader &h) const
{
    switch (h.id) {
    case RawPerson::Id::Number:
        return QString::number(bareChatId(h.idNumber, m_legacyIds));
    case RawPerson::Id::String:
        return fromUtf8(stripPeerPrefix(h.idString));
    case RawPerson::Id::None:
        break;
    }
    if (h.hasName && !h.name.empty())
        return QStringLiteral("name:") + fromUtf8(h.name);
    return QStringLiteral("file:") + QFileInfo(m_path).completeBaseName();
}

/// Reads a chat ({name, type, id, messages}); the root object may also carry the full-export
/// lists "chats" and "left_chats". The chat's header normally precedes "messages"; when it
/// does not, the messages are read in a second pass over the object.
bool TelegramReader::readChatObject(od::object &obj, bool isRoot)
{
    ChatHeader h;
    bool deferred = false;
    for (auto fr : obj) {
        od::field f;
        TG_TRY(m_doc, std::move(fr).get(f),
               isRoot ? QCoreApplication::translate("TelegramImporter", "the top-level object")
                      : QCoreApplication::translate("TelegramImporter", "a chat object"));
        const std::string_view key = fieldKey(f);
        od::value v = f.value();
        if (eq(key, "name")) {
            bool isNull = false;
            if (!m_values.getStringOrNull(v, h.name, isNull, "name"))
                return false;
            h.hasName = !isNull;
            m_chatName = fromUtf8(h.name);
        } else if (eq(key, "type")) {
            od::json_type t;
            if (!m_values.typeOf(v, t, "type"))
                return false;
            if (t == od::json_type::string && !m_values.getString(v, h.type, "type"))
                return false;
        } else if (eq(key, "id")) {
            RawPerson idHolder;
            if (!m_values.getPersonId(v, idHolder, "id"))
                return false;
            h.id = idHolder.id;
            h.idNumber = idHolder.idNumber;
            h.idString = idHolder.idString;
        } else if (eq(key, "messages")) {
            m_sawChat = true;
            if (h.id == RawPerson::Id::None) {
                deferred = true; // read after the whole header is known
                continue;
            }
            if (!readMessages(v, h))
                return false;
        } else if (isRoot && (eq(key, "chats") || eq(key, "left_chats"))) {
            m_sawChat = true;
            if (!readChatList(v, eq(key, "chats") ? "chats" : "left_chats"))
                return false;
        } else if (isRoot && eq(key, "personal_information")) {
            m_sawChat = true; // a full export, possibly without chats
            if (!readPersonalInformation(v))
                return false;
        }
    }
    if (deferred) {
        bool notEmpty = false;
        TG_TRY(m_doc, obj.reset().get(notEmpty),
               QCoreApplication::translate("TelegramImporter", "a chat object"));
        for (auto fr : obj) {
            od::field f;
            TG_TRY(m_doc, std::move(fr).get(f),
                   QCoreApplication::translate("TelegramImporter", "a chat object"));
            // Later fields are skipped; the loop runs to the end so the object is finished.
            if (eq(fieldKey(f), "messages") && !readMessages(f.value(), h))
                return false;
        }
    }
    if (!isRoot && !h.begun) { // a chat without messages still exists
        if (!beginChannel(h))
            return false;
    }
    return !m_channelOpen || endChannel();
}

/// The exporting account: {"user_id": N, ...}. Its person is "You", not a member.
bool TelegramReader::readPersonalInformation(od::value v)
{
    od::object o;
    TG_TRY(m_doc, v.get_object().get(o),
           QCoreApplication::translate("TelegramImporter", "the personal_information object"));
    for (auto fr : o) {
        od::field f;
        TG_TRY(m_doc, std::move(fr).get(f),
               QCoreApplication::translate("TelegramImporter", "the personal_information object"));
        if (!eq(fieldKey(f), "user_id"))
            continue;
        od::value idValue = f.value();
        RawPerson id;
        if (!m_values.getPersonId(idValue, id, "user_id"))
            return false;
        quint64 packed = 0;
        if ((id.id == RawPerson::Id::Number && packNumericPeerId(id.idNumber, packed)) ||
            (id.id == RawPerson::Id::String && packPeerId(id.idString, packed)))
            m_people.setSelf(packed);
    }
    return true;
}

bool TelegramReader::readChatList(od::value v, const char *key)
{
    od::json_type t;
    if (!m_values.typeOf(v, t, key))
        return false;
    if (t == od::json_type::array)
        return readChatArray(v);
    if (t != od::json_type::object)
        return m_doc.typeFail(
            v, key,
            QCoreApplication::translate("TelegramImporter", "an object with a \"list\" of chats"),
            t);
    od::object o; // {"about": ..., "list": [...]}
    TG_TRY(m_doc, v.get_object().get(o), QStringLiteral("\"%1\"").arg(QLatin1String(key)));
    for (auto fr : o) {
        od::field f;
        TG_TRY(m_doc, std::move(fr).get(f), QStringLiteral("\"%1\"").arg(QLatin1String(key)));
        if (!eq(fieldKey(f), "list"))
            continue;
        od::value lv = f.value();
        od::json_type lt;
        if (!m_values.typeOf(lv, lt, "list"))
            return false;
        if (lt != od::json_type::array)
            return m_doc.typeFail(
                lv, "list", QCoreApplication::translate("TelegramImporter", "an array of chats"),
                lt);
        if (!readChatArray(lv))
            return false;
    }
    return true;
}

bool TelegramReader::readChatArray(od::value v)
{
    od::array list;
    TG_TRY(m_doc, v.get_array().get(list),
           QCoreApplication::translate("TelegramImporter", "the chat list"));
    for (auto er : list) {
        od::value cv;
        TG_TRY(m_doc, er.get(cv), QCoreApplication::translate("TelegramImporter", "the chat list"));
        od::json_type ct;
        if (!m_values.typeOf(cv, ct, "list"))
            return false;
        if (ct != od::json_type::object)
            return m_doc.typeFail(
                cv, "list",
                QCoreApplication::translate("TelegramImporter", "an array of chat objects"), ct);
        od::object chat;
        TG_TRY(m_doc, cv.get_object().get(chat),
               QCoreApplication::translate("TelegramImporter", "a chat object"));
        m_chatName.clear();
        if (!readChatObject(chat, false))
            return false;
    }
    return true;
}

bool TelegramReader::beginChannel(ChatHeader &h)
{
    h.begun = true;
    ChannelInfo c;
    c.platform = QStringLiteral("telegram");
    c.externalId = chatIdString(h);
    c.kind = fromUtf8(h.type);
    if (h.hasName && !h.name.empty())
        c.name = fromUtf8(h.name);
    else if (eq(h.type, "saved_messages"))
        c.name = QStringLiteral("Saved Messages");
    else
        c.name = QStringLiteral("Telegram chat %1").arg(c.externalId);
    m_chatName = c.name;
    quint64 botPacked = 0;
    bool numericId = false;
    const qint64 bareId = c.externalId.toLongLong(&numericId);
    if (eq(h.type, "bot_chat") && numericId && bareId > 0)
        botPacked = packedUserId(quint64(bareId));
    m_people.beginChat(botPacked);
    m_actions.beginChat();
    m_messages.beginChat();
    m_channelOpen = true;
    if (!m_sink.beginChannel(c))
        return m_doc.fail(
            -1, QCoreApplication::translate("TelegramImporter",
                                            "the import stopped while storing chat \"%1\"")
                    .arg(c.name));
    return true;
}

/// Emits the membership events whose member is known by name only, now that every author of
/// the chat has been seen, and closes the chat.
bool TelegramReader::endChannel()
{
    m_channelOpen = false;
    if (!m_actions.finishChat(m_people, m_chatName))
        return m_doc.sinkFail(QT_TRANSLATE_NOOP("TelegramImporter", "an event"));
    return true;
}

bool TelegramReader::readMessages(od::value v, ChatHeader &h)
{
    if (!h.begun && !beginChannel(h))
        return false;
    od::json_type t;
    if (!m_values.typeOf(v, t, "messages"))
        return false;
    if (t != od::json_type::array)
        return m_doc.typeFail(
            v, "messages", QCoreApplication::translate("TelegramImporter", "an array of messages"),
            t);
    od::array arr;
    TG_TRY(m_doc, v.get_array().get(arr), QStringLiteral("\"messages\""));
    m_msgIndex = 0;
    for (auto er : arr) {
        ++m_msgIndex;
        m_messages.clear();
        od::value mv;
        TG_TRY(m_doc, er.get(mv),
               QCoreApplication::translate("TelegramImporter", "the \"messages\" array"));
        od::json_type mt;
        if (!m_values.typeOf(mv, mt, "messages"))
            return false;
        if (mt != od::json_type::object)
            return m_doc.typeFail(
                mv, "messages",
                QCoreApplication::translate("TelegramImporter", "an array of message objects"), mt);
        od::object mo;
        TG_TRY(m_doc, mv.get_object().get(mo),
               QCoreApplication::translate("TelegramImporter", "a message"));
        if (!m_messages.read(mo))
            return false;
        if (++m_messagesTotal % kPollEvery == 0 && !m_doc.poll())
            return false;
    }
    m_msgIndex = 0;
    m_messages.clear();
    return true;
}

} // namespace kindred::telegram
