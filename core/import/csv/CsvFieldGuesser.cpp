#include "CsvFieldGuesser.h"

#include <QHash>
#include <QRegularExpression>

namespace kindred {
namespace {

/// Header words per field, lower case without spaces, '_' and '-'.
const QHash<int, QStringList> &words()
{
    static const QHash<int, QStringList> table = [] {
        auto split = [](const char *list) {
            return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        const char *const time = " time date timestamp datetime 时间 日期";
        QHash<int, QStringList> t;
        t[int(CsvField::MemberId)] =
            split("memberid userid uid accountid customerid fromuserid authorid senderid "
                  "telegramid tgid discordid 用户id 会员id 成员id 星球id 用户编号 会员编号");
        t[int(CsvField::Username)] =
            split("username user login handle account screenname fromusername 用户名 账号 帐号 "
                  "微信号");
        t[int(CsvField::DisplayName)] =
            split("name displayname nickname nick fullname realname member author sender from "
                  "昵称 姓名 名字 用户昵称 微信昵称 成员 会员 用户 作者 发送者 发言人 学员 参与者");
        t[int(CsvField::Email)] =
            split("email mail emailaddress 邮箱 电子邮箱 邮件 电子邮件 邮箱地址");
        t[int(CsvField::Phone)] =
            split("phone mobile tel telephone cellphone phonenumber mobilephone 手机 手机号 电话 "
                  "联系电话 手机号码 联系方式");
        t[int(CsvField::JoinedAt)] =
            split("joined joinedat joindate joinedon signupdate registered created createdat "
                  "加入时间 入群时间 注册时间 加入日期 入会时间") +
            split(time);
        t[int(CsvField::Tags)] = split("tags tag labels label 标签");
        t[int(CsvField::Notes)] = split("notes note remark remarks 备注 说明");
        t[int(CsvField::RecordId)] =
            split("id recordid messageid msgid orderid order orderno transactionid paymentid "
                  "responseid 消息id 订单号 订单id 订单编号 交易号 流水号 编号");
        t[int(CsvField::Channel)] =
            split("channel room group chat channelname groupname roomuri 频道 群 群名 群聊 群组 "
                  "群名称");
        t[int(CsvField::SentAt)] =
            split("sentat sent createdat createtime 发送时间 消息时间") + split(time);
        t[int(CsvField::Text)] =
            split("text content message body msg comment comments feedback answer 内容 消息 "
                  "消息内容 正文 评价 意见 建议 反馈 留言 评论 回答");
        t[int(CsvField::ReplyTo)] = split("replyto inreplyto replytoid 回复 回复id");
        t[int(CsvField::Plan)] =
            split("plan product tier sku type membershiptype plantype 套餐 会员类型 计划 产品 商品 "
                  "会员等级 商品名称 产品名称 类型");
        t[int(CsvField::Amount)] = split(
            "amount price paid total revenue payment sum fee 金额 价格 实付 实付金额 支付金额 "
            "付款金额 费用 订单金额");
        t[int(CsvField::Currency)] = split("currency curr ccy 币种 货币");
        t[int(CsvField::StartedAt)] =
            split("start started startdate startedat starttime begin paidat paymentdate "
                  "purchasedat orderdate 开始时间 开始日期 支付时间 购买时间 生效时间 下单时间 "
                  "付款时间") +
            split(time);
        t[int(CsvField::ExpiresAt)] =
            split("expiry expires expiresat expiration expirationdate end enddate until "
                  "validuntil 到期时间 过期时间 结束时间 有效期至 到期日期 有效期 到期日");
        t[int(CsvField::Status)] = split("status state 订单状态 状态 会员状态");
        t[int(CsvField::SubmittedAt)] =
            split("submittedat submitted submitdate 提交时间 填写时间 提交日期") + split(time);
        t[int(CsvField::Score)] =
            split("score rating nps stars rate 评分 分数 打分 满意度 星级 得分");
        t[int(CsvField::Activity)] =
            split("activity event session title activityname eventname course lecture 活动 "
                  "活动名称 课程 讲座 直播 主题 活动主题");
        t[int(CsvField::Kind)] = split("type kind category 活动类型 类型 形式");
        t[int(CsvField::StartsAt)] =
            split("start starts startsat starttime startdate begin 开始时间 活动时间 开始") +
            split(time);
        t[int(CsvField::EndsAt)] = split("end ends endsat endtime enddate finish 结束时间 结束");
        t[int(CsvField::Attendance)] =
            split("attendance attended checkin checkedin status rsvp 签到 出勤 状态 报名状态 "
                  "签到状态 出席 是否签到 参与状态");
        return t;
    }();
    return table;
}

QString squeeze(const QString &header)
{
    QString s = header.trimmed().toLower();
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-.:：()（）]"));
    s.remove(separators);
    return s;
}

} // namespace

CsvField CsvFieldGuesser::guess(const QString &header, CsvTarget target)
{
    const QString key = squeeze(header);
    if (key.isEmpty())
        return CsvField::Ignore;
    const bool idIsMember = target == CsvTarget::Members || target == CsvTarget::Activities;
    if (key == QLatin1String("id"))
        return idIsMember ? CsvField::MemberId : CsvField::RecordId;
    for (CsvField f : CsvFields::fieldsFor(target))
        if (words().value(int(f)).contains(key))
            return f;
    return CsvField::Ignore;
}

QList<CsvField> CsvFieldGuesser::guessAll(const QStringList &header, CsvTarget target)
{
    QList<CsvField> out;
    for (const QString &h : header) {
        CsvField f = guess(h, target);
        if (f != CsvField::Ignore && out.contains(f))
            f = CsvField::Ignore;
        out.append(f);
    }
    return out;
}

CsvTarget CsvFieldGuesser::guessTarget(const QStringList &header)
{
    // Specific targets first: a tie goes to the one listed earlier.
    const CsvTarget order[] = {CsvTarget::Memberships, CsvTarget::Activities, CsvTarget::Feedback,
                               CsvTarget::Messages, CsvTarget::Members};
    CsvTarget best = CsvTarget::Members;
    int bestScore = 0;
    for (CsvTarget t : order) {
        int score = 0;
        for (CsvField f : guessAll(header, t))
            if (f != CsvField::Ignore && !CsvFields::isMemberField(f) && f != CsvField::RecordId)
                ++score;
        if (score > bestScore) {
            best = t;
            bestScore = score;
        }
    }
    return best;
}

} // namespace kindred
