#pragma once
// The people of one Telegram import. Every author, actor and reactor is looked up here by its
// normalised id (rules in TelegramImporter.h) and created on first sight; a sender without any
// id is keyed by display name. Each person remembers the first and last time (UTC seconds) it
// was seen in the current chat, which TelegramServiceActions uses to match members that
// service messages name by display name only. Nothing here fails.

#include "TelegramRaw.h"

#include "import/ImportRecords.h"

#include <QByteArray>
#include <QHash>

#include <string>
#include <vector>

namespace kindred::telegram {

struct PersonEntry
{
    PersonRef ref;
    QByteArray nameRaw; ///< UTF-8 of ref.name as last seen, to skip re-decoding
    int chatSerial = -1;
    qint64 first = 0; ///< first/last time seen in the current chat
    qint64 last = 0;
};

class TelegramPeople final
{
public:
    /// The exporting account of a full export (personal_information.user_id), packed: that
    /// person is marked isSelf ("You", not a member).
    void setSelf(quint64 packed);
    /// Starts the next chat; botPacked is the packed id of a bot_chat's bot (0 = none).
    void beginChat(quint64 botPacked);
    /// Index of the person p names, seen at UTC seconds at (0 = unknown); created on first
    /// sight, its name updated from p. -1 when p names nobody.
    int resolve(const RawPerson &p, qint64 at);
    const PersonEntry &entry(int index) const { return m_persons[size_t(index)]; }
    /// Indexes of the people seen in the current chat, in order of first sight.
    const std::vector<int> &inChat() const { return m_chatPersons; }
    /// True once, right after the first person keyed by display name (the export has no
    /// from_id), so that the caller can say so.
    bool takeNameKeyNotice()
    {
        const bool notice = m_nameKeyNotice;
        m_nameKeyNotice = false;
        return notice;
    }

private:
    void seen(PersonEntry &e, qint64 at);

    int m_chatSerial = 0;
    quint64 m_botPacked = 0;  ///< packed id of the bot in a bot_chat
    quint64 m_selfPacked = 0; ///< packed id of the exporting account (0 = unknown)
    std::vector<int> m_chatPersons;
    std::vector<PersonEntry> m_persons;
    QHash<quint64, int> m_personByPacked; ///< "user123" etc. as packed integers
    QHash<QByteArray, int> m_personByKey; ///< any other id
    std::string m_keyBuf;
    bool m_nameKeyed = false;
    bool m_nameKeyNotice = false;
};

} // namespace kindred::telegram
