#pragma once
// The small workspace the GUI tests run on, built through the core API, and the figures the
// core computes for it (what the GUI must show).
#include "analytics/KpiCalculator.h"
#include "analytics/MemberDirectory.h"
#include "analytics/Rankings.h"
#include "import/ImportWriter.h"
#include "storage/Database.h"

#include <QDateTime>

namespace kindred::uitest {

inline const QDate kFirstDay(2024, 1, 1);
inline const QDate kLastDay = kFirstDay.addDays(59); // 2024-02-29

inline PersonRef person(int i)
{
    static const char *const names[] = {
        "张伟",  "李娜", "王芳",  "刘洋", "陈静", "张敏",  "赵磊",  "黄小明", "周杰", "吴婷",
        "Alice", "Bob",  "Carol", "Dave", "Eve",  "Frank", "Grace", "Heidi",  "Ivan", "Judy"};
    return PersonRef{QStringLiteral("user%1").arg(i), QString::fromUtf8(names[i]), false};
}

inline qint64 at(int day, int seconds)
{
    return QDateTime(kFirstDay.addDays(day), QTime(2, 0), Qt::UTC).toSecsSinceEpoch() + seconds;
}

/// 20 members (10 Chinese, 10 English names) and a bot over 60 days: different rhythms,
/// replies, reactions, two who go quiet, one who joins and leaves, one newcomer.
inline bool buildWorkspace(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const qint64 community = db.defaultCommunityId(QStringLiteral("测试社群 Test"));
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"),
                         QStringLiteral("综合讨论"), QStringLiteral("private_supergroup")}))
        return false;
    auto event = [&](EventInfo::Kind kind, int member, int day) {
        EventInfo e;
        e.kind = kind;
        e.member = person(member);
        e.at = at(day, 0);
        return w.addEvent(e);
    };
    if (!event(EventInfo::Kind::Join, 18, 10) || !event(EventInfo::Kind::Leave, 18, 40) ||
        !event(EventInfo::Kind::Join, 19, 55))
        return false;
    int k = 0;
    QString previous;
    for (int day = 0; day < 60; ++day) {
        MessageInfo bot;
        bot.externalId = QStringLiteral("bot%1").arg(day);
        bot.author = PersonRef{QStringLiteral("bot1"), QStringLiteral("打卡机器人"), true};
        bot.sentAt = at(day, 0);
        bot.text = QStringLiteral("每日打卡 %1").arg(day);
        if (!w.addMessage(bot))
            return false;
        for (int i = 0; i < 20; ++i) {
            const bool quiet = (i == 16 || i == 17) && day >= 20;
            const bool outside = (i == 18 && (day < 10 || day > 30)) || (i == 19 && day < 56);
            if (quiet || outside || (day + i) % (1 + i % 5) != 0)
                continue;
            for (int j = 0; j <= i % 3; ++j, ++k) {
                MessageInfo m;
                m.externalId = QString::number(1000 + k);
                m.author = person(i);
                m.sentAt = at(day, i * 600 + j * 60);
                m.text =
                    QStringLiteral("%1 说：消息 %2 about Qt and Rust").arg(person(i).name).arg(k);
                if (k % 4 == 1 && !previous.isEmpty())
                    m.replyToExternalId = previous;
                if (k % 5 == 0)
                    m.reactions.append(
                        {QStringLiteral("👍"), k % 7 + 1, {{person((i + 1) % 16), m.sentAt + 60}}});
                if (!w.addMessage(m))
                    return false;
                previous = m.externalId;
            }
        }
    }
    return w.finish(error);
}

/// Expected figures, computed on the test's own connection.
struct Expected
{
    Period period;
    KpiSet current;
    KpiSet previous;
    QList<MemberRow> members;
};

inline Expected expected(const QString &path, const Period &period)
{
    Database db;
    QString error;
    Expected e;
    if (!db.open(path, &error))
        return e;
    AnalyticsSource source(db);
    if (!source.load(&error))
        return e;
    KpiCalculator calc(source, SegmentRules::load(db));
    e.period = period;
    e.current = calc.compute(period);
    e.previous = calc.compute(period.previous());
    e.members = MemberDirectory(calc, source).rows(period);
    return e;
}

inline QList<ContentRanking> topContent(const QString &path, const Period &period,
                                        const ContentWeights &w, int limit)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return {};
    AnalyticsSource source(db);
    if (!source.load(&error))
        return {};
    return Rankings(source).topContent(period, w, limit);
}

} // namespace kindred::uitest
