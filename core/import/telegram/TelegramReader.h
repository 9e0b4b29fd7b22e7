#pragma once
// Reads one Telegram Desktop JSON export (see TelegramImporter.h for the format and the
// identity rules) into an ImportSink: a single chat ({name, type, id, messages}) or a full
// account export (chats.list[], left_chats.list[]). Each chat becomes one channel; its
// messages are read one by one by TelegramMessageReader, and its name-only membership events
// are resolved when the chat ends (TelegramServiceActions).
//
// run() returns false with the ImportError set (file, byte offset, line/column, message) on
// malformed input, when the sink refuses a record or when the import is canceled; records
// already emitted must then be discarded by the caller.

#include "TelegramDocument.h"
#include "TelegramMessageReader.h"
#include "TelegramPeople.h"
#include "TelegramRaw.h"
#include "TelegramServiceActions.h"
#include "TelegramValues.h"

#include <QString>

namespace kindred::telegram {

class TelegramReader final
{
public:
    TelegramReader(const QString &path, ImportSink &sink, ImportError &error);
    Q_DISABLE_COPY_MOVE(TelegramReader)

    bool run();

private:
    bool readChatObject(od::object &obj, bool isRoot);
    bool readChatList(od::value v, const char *key);
    bool readPersonalInformation(od::value v);
    bool readChatArray(od::value v);
    bool beginChannel(ChatHeader &h);
    bool endChannel();
    bool readMessages(od::value v, ChatHeader &h);
    QString chatIdString(const ChatHeader &h) const;
    /// Where reading is, for messages: "message #3 (id 17) of chat \"Group\"".
    QString context() const;

    const QString m_path;
    ImportSink &m_sink;
    TelegramDocument m_doc;
    TelegramValues m_values;
    TelegramPeople m_people;
    TelegramServiceActions m_actions;
    TelegramMessageReader m_messages;
    bool m_legacyIds = false;

    // current chat
    QString m_chatName;
    bool m_channelOpen = false;
    qint64 m_msgIndex = 0; ///< 1-based index in the chat's messages array
    qint64 m_messagesTotal = 0;
    bool m_sawChat = false;
};

} // namespace kindred::telegram
