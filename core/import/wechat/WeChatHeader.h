#pragma once
// The header line of a WeChat CSV export: which family it is and where its columns are.
// Columns are found by name (exact, case-sensitive, surrounding spaces ignored), never by
// position, so that extra columns anywhere are accepted.
//
//  * MemoTrace / WeChatMsg (留痕): localId, TalkerId, Type, SubType, IsSender, CreateTime,
//    StrContent are required; Status, StrTime, Remark, NickName, Sender and MsgSvrID are used
//    when present. Recognised by StrContent and four of the required columns.
//  * PyWxDump: MsgSvrID, type_name, is_sender, talker, room_name, CreateTime and either msg
//    (newer: msg + src) or content (older: a JSON string {"src","msg"}) are required; id is
//    optional. Recognised by type_name and four of the required columns.

#include <QHash>
#include <QString>
#include <QStringList>

namespace kindred::wechat {

enum class Family
{
    None,
    MemoTrace,
    PyWxDump
};

class WeChatHeader final
{
public:
    /// Reads a header record. family() is None when it is neither family's header.
    static WeChatHeader parse(const QStringList &fields);

    Family family() const { return m_family; }
    /// Required columns the header lacks (empty = complete).
    const QStringList &missing() const { return m_missing; }
    bool isComplete() const { return m_family != Family::None && m_missing.isEmpty(); }
    /// Index of the column, -1 when absent.
    int column(const QString &name) const { return m_columns.value(name, -1); }
    /// PyWxDump only: the older layout whose content column holds {"src","msg"} JSON.
    bool hasJsonContent() const { return m_jsonContent; }
    qsizetype size() const { return m_size; }

private:
    Family m_family = Family::None;
    QHash<QString, int> m_columns;
    QStringList m_missing;
    bool m_jsonContent = false;
    qsizetype m_size = 0;
};

} // namespace kindred::wechat
