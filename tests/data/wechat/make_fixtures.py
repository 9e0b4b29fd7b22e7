#!/usr/bin/env python3
"""Writes the crafted WeChat CSV fixtures of this folder (see README.md).

No public MemoTrace/WeChatMsg CSV sample exists, so these files are hand-written from the
exporters' source: MemoTrace's CSVExporter (csv.writer, utf-8-sig, CRLF, columns localId,
TalkerId, Type, SubType, IsSender, CreateTime, Status, StrContent, StrTime, Remark, NickName,
Sender) and PyWxDump's export_csv (csv.writer, utf-8, columns id, MsgSvrID, type_name,
is_sender, talker, room_name, msg, src, CreateTime). Every name, wxid and id is invented.
Run it from anywhere; it rewrites the files next to it.
"""
import csv
import os
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
CST = timezone(timedelta(hours=8))
BASE = 1700000000  # 2023-11-14T22:13:20Z

SELF = ("wxid_self001", "", "我自己")
ALICE = ("wxid_alice", "爱丽丝", "Alice")
BOB = ("wxid_bob", "", "Bob")
CAROL = ("wxid_carol", "", "卡罗尔")
DAVE = ("wxid_dave", "", "Dave")
NOBODY = ("", "", "")


def memotrace_group():
    # (Type, SubType, IsSender, who, StrContent); times are BASE + 60 * row index.
    rows = [
        (10000, 0, 0, NOBODY, '你邀请"Alice"、"Bob"加入了群聊'),
        (1, 0, 0, ALICE, "大家好"),
        (1, 0, 1, SELF, "欢迎欢迎"),
        (3, 0, 0, BOB, '<?xml version="1.0"?><msg><img aeskey="00" length="1024" md5="ab" /></msg>'),
        (34, 0, 0, ALICE, '<msg><voicemsg endflag="1" length="5000" voicelength="3000" /></msg>'),
        (43, 0, 0, BOB, '<?xml version="1.0"?><msg><videomsg length="2048" playlength="12" /></msg>'),
        (47, 0, 1, SELF, '<msg><emoji fromusername="wxid_self001" cdnurl="http://emoji.example/x" /></msg>'),
        (49, 6, 0, CAROL, '<?xml version="1.0"?>\n<msg>\n<appmsg appid="" sdkver="0">\n'
                          '<title>季度报告.pdf</title>\n<des></des>\n<type>6</type>\n'
                          '<appattach><totallen>12345</totallen><fileext>pdf</fileext></appattach>\n'
                          '</appmsg>\n</msg>'),
        (49, 5, 0, ALICE, '<msg><appmsg><title>一篇好文章</title><des>摘要</des><type>5</type>'
                          '<url>https://example.com/a?x=1&amp;y=2</url></appmsg></msg>'),
        (49, 33, 0, BOB, '<msg><appmsg><title>拼单小程序</title><type>33</type></appmsg></msg>'),
        (49, 36, 0, CAROL, '<msg><appmsg><title>天气小程序</title><type>36</type></appmsg></msg>'),
        (1, 0, 0, BOB, '第一行\n第二行, 带逗号\n"引号"'),
        (49, 57, 0, CAROL, '<?xml version="1.0"?><msg><appmsg appid="" sdkver="0"><title>同意楼上</title>'
                           '<type>57</type><refermsg><type>1</type><svrid>8811223344556677001</svrid>'
                           '<fromusr>7@chatroom</fromusr><chatusr>wxid_alice</chatusr>'
                           '<displayname>爱丽丝</displayname><content>大家好</content>'
                           '<createtime>%d</createtime></refermsg></appmsg></msg>' % (BASE + 60)),
        (49, 19, 1, SELF, '<msg><appmsg><title>群聊的聊天记录</title><des>Alice: 大家好\nBob: 你好</des>'
                          '<type>19</type></appmsg></msg>'),
        (49, 2000, 0, ALICE, '<msg><appmsg><title>微信转账</title><des>收到转账0.01元</des><type>2000</type>'
                             '<wcpayinfo><feedesc>￥0.01</feedesc></wcpayinfo></appmsg></msg>'),
        (10000, 0, 0, NOBODY, '"Bob" 撤回了一条消息'),
        (10000, 0, 0, NOBODY, '"Dave"通过扫描"Alice"分享的二维码加入群聊'),
        (1, 0, 0, DAVE, "新人报到"),
        (10000, 4, 0, NOBODY, '"Alice" 拍了拍 "Dave"'),
        (10000, 0, 1, SELF, "你撤回了一条消息"),
        (10000, 0, 0, NOBODY, '你将"Erin"移出了群聊'),
        (48, 0, 0, CAROL, '<msg><location x="31.2304" y="121.4737" scale="16" label="上海市黄浦区" '
                          'poiname="人民广场" /></msg>'),
        (42, 0, 0, BOB, '<msg username="wxid_card" nickname="名片人" />'),
        (50, 0, 1, SELF, '<voipmsg type="VoIPBubbleMsg"><VoIPBubbleMsg><msg><![CDATA[通话时长 00:42]]>'
                         '</msg></VoIPBubbleMsg></voipmsg>'),
        (10002, 0, 0, NOBODY, '<sysmsg type="revokemsg"><revokemsg><session>7@chatroom</session>'
                              '<msgid>1</msgid><newmsgid>8811223344556677099</newmsgid>'
                              '<replacemsg><![CDATA["卡罗尔" 撤回了一条消息]]></replacemsg>'
                              '</revokemsg></sysmsg>'),
        (9999, 0, 0, BOB, "神秘消息"),
        (1, 0, 0, CAROL, 'He said "hi", ok'),
    ]
    path = os.path.join(HERE, "memotrace_group.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
                    "StrContent", "StrTime", "Remark", "NickName", "Sender"])
        for i, (t, s, me, who, content) in enumerate(rows):
            at = BASE + 60 * i
            local = datetime.fromtimestamp(at, CST).strftime("%Y-%m-%d %H:%M:%S")
            w.writerow([i + 1, 7, t, s, me, at, 2, content, local, who[1], who[2], who[0]])


def memotrace_extra_columns():
    # MsgSvrID and BytesExtra between CreateTime and StrContent; a group wxid as TalkerId.
    rows = [
        ("9000000000000000001", 1, 0, 0, ALICE, "早上好"),
        ("9000000000000000002", 49, 57, 0, BOB,
         '<msg><appmsg><title>早</title><type>57</type><refermsg><svrid>9000000000000000001</svrid>'
         '<content>早上好</content><createtime>%d</createtime></refermsg></appmsg></msg>' % BASE),
        ("9000000000000000003", 1, 0, 1, SELF, "这条会撤回"),
        # WeChat replaced the recalled message's row: same MsgSvrID, recall XML.
        ("9000000000000000003", 10002, 0, 1, SELF,
         '<sysmsg type="revokemsg"><revokemsg><newmsgid>9000000000000000003</newmsgid>'
         '<replacemsg><![CDATA[你撤回了一条消息]]></replacemsg></revokemsg></sysmsg>'),
        ("0", 1, 0, 0, BOB, "没有服务器id"),
    ]
    path = os.path.join(HERE, "memotrace_extra_columns.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "MsgSvrID",
                    "BytesExtra", "Status", "StrContent", "StrTime", "Remark", "NickName", "Sender"])
        for i, (svr, t, s, me, who, content) in enumerate(rows):
            at = BASE + 30 * i
            local = datetime.fromtimestamp(at, CST).strftime("%Y-%m-%d %H:%M:%S")
            w.writerow([i + 1, "12345678@chatroom", t, s, me, at, svr, "", 2, content, local,
                        who[1], who[2], who[0]])


def pywxdump_group():
    room = "20000001@chatroom"
    # (MsgSvrID, type_name, is_sender, talker, msg, src, CreateTime)
    rows = [
        ("7100000000000000001", "系统通知", 0, "未知", '"张三"邀请"李四"加入了群聊', "", "2024-01-02 09:59:00"),
        ("7100000000000000002", "文本", 0, "wxid_zhang", "大家好", "", "2024-01-02 10:00:05"),
        ("7100000000000000003", "(分享)卡片式链接", 0, "wxid_li",
         '标题\n描述\n\n<a href="https://example.com/p">点击查看详情</a>', "https://example.com/p",
         "2024-01-02 10:01:00"),
        ("7100000000000000004", "文件", 0, "wxid_zhang", "报告.docx",
         "FileStorage\\File\\2024-01\\报告.docx", "2024-01-02 10:02:00"),
        ("7100000000000000005", "合并转发的聊天记录", 1, "我", "群聊的聊天记录\n张三: 你好", "",
         "2024-01-02 10:03:00"),
        ("7100000000000000006", "撤回消息", 0, "wxid_li", '"李四"撤回了一条消息', "", "2024-01-02 10:04:00"),
        ("7100000000000000007", "引用回复", 1, "我",
         "同意\n\n[引用](2024-01-02 10:00:05)wxid_zhang:大家好", "", "2024-01-02 10:05:00"),
        ("7100000000000000008", "语音", 0, "wxid_li", "语音时长：3.00秒",
         "audio\\20000001@chatroom\\2024-01-02_10-06-00_0_7100000000000000008.wav",
         "2024-01-02 10:06:00"),
        ("7100000000000000009", "视频", 0, "wxid_zhang", "视频", "FileStorage\\Video\\x.mp4",
         "2024-01-02 10:07:00"),
        ("7100000000000000010", "转账", 0, "wxid_li", "转账：￥1.00\n转账说明：\n", "", "2024-01-02 10:08:00"),
        ("7100000000000000011", "(分享)小程序", 0, "wxid_zhang", "(分享)小程序", "", "2024-01-02 10:09:00"),
        ("7100000000000000012", "文本", 0, "未知", "谁发的", "", "2024-01-02 10:10:00"),
        ("7100000000000000013", "拍一拍", 0, "wxid_zhang", '"张三" 拍了拍 "李四"', "", "2024-01-02 10:11:00"),
        ("7.10000E+18", "文本", 0, "wxid_li", "id 被表格软件改坏了", "", "2024-01-02 10:12:00"),
        ("7100000000000000015", "未知-11000,0", 0, "wxid_li", "?", "", "2024-01-02 10:13:00"),
    ]
    path = os.path.join(HERE, "pywxdump_group.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src",
                    "CreateTime"])
        for i, (svr, name, me, talker, msg, src, at) in enumerate(rows):
            w.writerow([i + 1, svr, name, me, talker, room, msg, src, at])


if __name__ == "__main__":
    memotrace_group()
    memotrace_extra_columns()
    pywxdump_group()
