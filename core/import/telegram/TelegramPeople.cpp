#include "TelegramPeople.h"

#include "TelegramIds.h"
#include "TelegramJson.h"

namespace kindred::telegram {

void TelegramPeople::setSelf(quint64 packed)
{
    m_selfPacked = packed;
    const auto it = m_personByPacked.constFind(packed);
    if (it != m_personByPacked.constEnd())
        m_persons[size_t(it.value())].ref.isSelf = true;
}

void TelegramPeople::beginChat(quint64 botPacked)
{
    ++m_chatSerial;
    m_chatPersons.clear();
    m_botPacked = botPacked;
}

void TelegramPeople::seen(PersonEntry &e, qint64 at)
{
    if (e.chatSerial != m_chatSerial) {
        e.chatSerial = m_chatSerial;
        e.first = e.last = at;
        m_chatPersons.push_back(int(&e - m_persons.data()));
        return;
    }
    if (at > 0 && (e.first == 0 || at < e.first))
        e.first = at;
    if (at > e.last)
        e.last = at;
}

int TelegramPeople::resolve(const RawPerson &p, qint64 at)
{
    quint64 packed = 0;
    bool isPacked = false;
    switch (p.id) {
    case RawPerson::Id::String:
        isPacked = packPeerId(p.idString, packed);
        if (!isPacked)
            m_keyBuf.assign(p.idString);
        break;
    case RawPerson::Id::Number:
        isPacked = packNumericPeerId(p.idNumber, packed);
        if (!isPacked)
            numericPersonId(p.idNumber, m_keyBuf);
        break;
    case RawPerson::Id::None:
        if (!p.hasName || p.nameNull || p.name.empty())
            return -1;
        m_keyBuf.assign("name:");
        m_keyBuf.append(p.name);
        if (!m_nameKeyed) {
            m_nameKeyed = true;
            m_nameKeyNotice = true;
        }
        break;
    }
    int index = -1;
    if (isPacked) {
        const auto it = m_personByPacked.constFind(packed);
        if (it != m_personByPacked.constEnd()) {
            index = it.value();
        } else {
            index = int(m_persons.size());
            PersonEntry e;
            e.ref.externalId = packedPeerIdString(packed);
            e.ref.isBot = packed == m_botPacked;
            e.ref.isSelf = m_selfPacked != 0 && packed == m_selfPacked;
            m_persons.push_back(std::move(e));
            m_personByPacked.insert(packed, index);
        }
    } else {
        const QByteArray key = QByteArray::fromRawData(m_keyBuf.data(), qsizetype(m_keyBuf.size()));
        const auto it = m_personByKey.constFind(key);
        if (it != m_personByKey.constEnd()) {
            index = it.value();
        } else {
            index = int(m_persons.size());
            PersonEntry e;
            e.ref.externalId = QString::fromStdString(m_keyBuf);
            m_persons.push_back(std::move(e));
            m_personByKey.insert(QByteArray(m_keyBuf.data(), qsizetype(m_keyBuf.size())), index);
        }
    }
    PersonEntry &e = m_persons[size_t(index)];
    if (p.hasName) {
        if (p.nameNull) {
            if (e.ref.name.isEmpty())
                e.ref.name = QStringLiteral("Deleted Account");
        } else if (!sameBytes(e.nameRaw, p.name)) {
            e.nameRaw = QByteArray(p.name.data(), qsizetype(p.name.size()));
            e.ref.name = fromUtf8(p.name);
        }
    }
    if (isPacked && m_botPacked != 0 && packed == m_botPacked)
        e.ref.isBot = true;
    seen(e, at);
    return index;
}

} // namespace kindred::telegram
