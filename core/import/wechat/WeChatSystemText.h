#pragma once
// WeChat's Chinese system lines (type 10000, PyWxDump 系统通知): recalls and the membership
// changes that name people. Names are display names in straight or curly double quotes;
// "你" is the exporting account.
//
//   "A"撤回了一条消息 / 你撤回了一条消息                      -> recall
//   "A"邀请"B"、"C"加入了群聊 / 你邀请"B"加入了群聊           -> Join of B and C, actor A
//   "B"通过扫描"A"分享的二维码加入群聊                         -> Join of B, actor A
//   "B"加入了群聊 (and other "B"...加入(了)群聊 lines)         -> Join of B
//   "A"将"B"移出了群聊 / 你将"B"移出了群聊                      -> Remove of B, actor A
//
// Lines that name the exporting account as the member ("A"邀请你加入了群聊) give no event: an
// export never makes its own account a member.

#include "import/ImportRecords.h"

#include <QList>
#include <QString>

namespace kindred::wechat {

struct Membership
{
    EventInfo::Kind kind = EventInfo::Kind::Join;
    QString member;           ///< display name
    QString actor;            ///< display name; empty = not named
    bool actorIsSelf = false; ///< "你"
};

class WeChatSystemText final
{
public:
    /// True for a recall notice ("撤回了一条消息", <revokemsg>).
    static bool isRecall(const QString &text);
    /// Membership changes named by a system line (empty when it names none).
    static QList<Membership> memberships(const QString &text);
    /// Markup removed: "<revokemsg>你撤回了一条消息</revokemsg>" -> "你撤回了一条消息".
    static QString stripTags(const QString &text);
};

} // namespace kindred::wechat
