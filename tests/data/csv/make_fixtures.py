#!/usr/bin/env python3
"""Writes the generic CSV import fixtures of tests/core/tst_csv_mapping*.cpp (run from here).

The files are committed; this script documents how they were made (the GB18030 and BOM
variants cannot be typed in an editor reliably)."""

MEMBERSHIP_ROWS = [
    # id, nickname, email, plan, amount, currency, start, expiry, status
    ("u1001", "Alice", "alice@example.com", "Annual", "199.00", "CNY",
     "2026-01-05 10:00", "2027-01-05 10:00", "active"),
    ("u1002", "Bob", "bob@example.com", "Monthly", "1,299.50", "",
     "2026-02-01", "2026-03-01", "expired"),
    ("u1003", "张伟", "zhangwei@example.cn", "Annual", "¥199", "",
     "2026/3/1 9:05", "2027/3/1 9:05", "trial"),
    ("u1004", "Carol 🎉", "", "Monthly", "USD 19.99", "",
     "2026-01-10T08:00:00Z", "2026-02-10T08:00:00Z", "refunded"),
    ("u1001", "Alice", "alice@example.com", "Monthly", "29", "CNY",
     "1767225600", "", "cancelled"),
]
ZH_STATUS = {"active": "有效", "expired": "过期", "trial": "试用", "refunded": "退款",
             "cancelled": "取消"}
ZH_PLAN = {"Annual": "年卡", "Monthly": "月卡"}


def quote(value, delimiter=","):
    if any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def table(header, rows, delimiter=",", newline="\n"):
    lines = [delimiter.join(quote(v, delimiter) for v in r) for r in [header] + rows]
    return newline.join(lines) + newline


def write(name, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    with open(name, "wb") as f:
        f.write(data)


write("memberships_utf8_bom.csv",
      table(["user_id", "nickname", "email", "plan", "amount", "currency", "start", "expiry",
             "status"], [list(r) for r in MEMBERSHIP_ROWS], newline="\r\n"), bom=True)

write("memberships_gb18030.csv",
      table(["用户ID", "昵称", "邮箱", "套餐", "金额", "币种", "开始时间", "到期时间", "状态"],
            [list(r[:3]) + [ZH_PLAN[r[3]]] + list(r[4:8]) + [ZH_STATUS[r[8]]]
             for r in MEMBERSHIP_ROWS]), encoding="gb18030")

write("memberships_semicolon.csv",
      table(["member", "email", "plan", "price", "currency", "start", "end", "state"],
            [["Dora", "dora@example.eu", "Yearly", "1.299,50", "EUR", "2026-01-15",
              "2027-01-15", "active"],
             ["Emil", "emil@example.eu", "Monthly", "9,90", "EUR", "2026-02-01",
              "2026-03-01", "expired"]], delimiter=";"))

write("memberships_tab.tsv",
      table(["telegram_id", "username", "plan", "amount", "paid_at", "expires", "status"],
            [["user123", "alice_tg", "VIP", "€49", "2026-04-01 12:00", "2026-05-01 12:00",
              "trial"],
             ["user456", "bob_tg", "VIP", "€49", "2026-04-02 12:00", "2026-05-02 12:00",
              "active"]], delimiter="\t"))

write("feedback.csv",
      table(["提交时间", "昵称", "评分", "内容"],
            [["2026-03-10 20:00", "张伟", "5", "讲得很好"],
             ["2026-03-10 20:05", "Alice", "4.5", "Great session, thanks"],
             ["2026-03-11 09:00", "", "3", ""]]))

# Excel's "Unicode text": UTF-16LE with a BOM, TAB-separated, CRLF.
write("feedback_utf16.txt",
      table(["提交时间", "昵称", "评分", "内容"],
            [["2026-03-10 20:00", "张伟", "5", "讲得很好"],
             ["2026-03-10 20:05", "Alice", "4.5", "Great session, thanks"],
             ["2026-03-11 09:00", "", "3", ""]], delimiter="\t", newline="\r\n"),
      encoding="utf-16-le", bom=False)

write("activities.csv",
      table(["活动", "类型", "开始时间", "结束时间", "昵称", "签到"],
            [["Qt 直播答疑", "直播", "2026-03-15 20:00", "2026-03-15 21:30", "张伟", "签到"],
             ["Qt 直播答疑", "直播", "2026-03-15 20:00", "2026-03-15 21:30", "Alice", "缺席"],
             ["Qt 直播答疑", "直播", "2026-03-15 20:00", "2026-03-15 21:30", "Bob", "报名"],
             ["Code review 周会", "代码评审", "2026-03-20 19:00", "", "张伟", "已签到"]]))

write("members.csv",
      table(["name", "email", "phone", "joined", "tags"],
            [["Alice", "Alice@Example.com", "+86 138-0013-8000", "2025-12-01", "vip"],
             ["Bob", "bob@example.com", "", "2025-12-02", ""],
             ["Frank", "", "139 0000 1111", "2025-12-03", "new,beta"]]))

# Invalid rows on known lines (line 6-7 is one record whose nickname spans two lines).
write("memberships_invalid.csv",
      "user_id,nickname,plan,amount,currency,start,expiry,status\n"
      "u1,A,Annual,199,CNY,2026-01-01,2027-01-01,active\n"
      "u2,B,Annual,\"12,3x\",CNY,2026-01-01,2027-01-01,active\n"
      "u3,C,Annual,199,XYZ,2026-01-01,2027-01-01,active\n"
      "u4,D,Annual,199,CNY,2026-13-01,2027-01-01,active\n"
      "u5,\"E\nmulti\",Annual,$5,CNY,2026-01-01,2027-01-01,paused\n"
      "u6,F,Annual,199,CNY,2026-01-01,2025-01-01,active\n"
      ",,Annual,199,CNY,2026-01-01,2027-01-01,active\n")
