#pragma once
// One record of a WeChat CSV export, the same for both families: what WeChatRowReader reads
// from the columns and WeChatEmitter turns into records for the sink.

#include "WeChatTypes.h"

#include "import/CsvReader.h"
#include "import/ImportRecords.h"

#include <QString>

namespace kindred::wechat {

struct WeChatRow
{
    QString chatId;    ///< channel externalId
    QString chatName;  ///< channel name
    QString chatKind;  ///< group, chat or empty (unknown)
    QString messageId; ///< the export's id ("7437267147299592543", "local-12"); empty = derive
    PersonRef author;  ///< invalid for system rows
    QString nickName;  ///< MemoTrace NickName (author.name prefers Remark), to resolve names
    bool isSender = false;
    qint64 sentAt = 0; ///< UTC seconds
    Kind kind = Kind::Unknown;
    QString typeLabel;    ///< type as written ("文本", "49/57"), for warnings and derived ids
    QString content;      ///< StrContent / msg as written
    QString src;          ///< PyWxDump src (media path or URL)
    CsvPosition position; ///< where the record starts
};

} // namespace kindred::wechat
