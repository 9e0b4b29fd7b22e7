#pragma once
// Builds a realistic, reproducible demo community into a workspace, for first-run tours,
// screenshots and tests: a Chinese-speaking paid study group ("Rust 进阶学习社群") with four
// Telegram channels (公告, 综合讨论, 技术问答, 资源分享) and a Discord live-coding room.
//
// What it simulates (all from one seed, identical on every machine):
// * ~`members` people joining over `days` days ending with `endDate` (10% founders on the first
//   days, organic growth and join waves after live events), each with a Join or Invite event;
//   about half churn (exponential lifetimes): some leave (Leave event), others go silent;
// * heavy-tailed activity (log-normal rates: a few very active members, a long tail of lurkers),
//   a weekly rhythm, holidays, and evening peaks in the community's local time;
// * replies (chat replies, answers from a small set of helpers to 技术问答 questions, replies to
//   the daily check-in bot), reactions with named reactors and times, forwards, edits,
//   attachments, Chinese and English text with links and code in backticks;
// * three bots (daily 打卡 prompt, welcome messages, a GitHub release feed) and a little spam:
//   newcomer accounts posting the same link several times within a minute, most of them
//   removed by an admin (Remove event).
// * the paid side (DemoPayments.h): plans 年费会员 / 月卡 / Annual (USD) / 7天体验, trials,
//   memberships renewed more often by engaged members, a few refunds; ~22% of the members pay
//   in the year (drawn from a separate seeded RNG, so the chat is the same with or without it).
// People are "user<N>" on every platform; the ~3% who also use the Discord room appear there as
// separate identities (and so separate member rows) with the same name, ready to be merged.
// Records go through ImportWriter in ONE transaction with an import_batch row (format "demo",
// sha256 = hash of the options): building the same options into a workspace twice adds nothing.
// Defaults: 2,000 people (+ ~70 Discord identities, 3 bots), ~84k messages, ~2.6k events,
// ~18k reactions; built in 1–2 s.

#include <QDate>
#include <QString>

namespace kindred {

class Database;

struct DemoOptions
{
    quint64 seed = 20261123;
    int members = 2000;                  ///< human members (bots come on top); 20 .. 100000
    int days = 365;                      ///< length of the history in days; 14 .. 3650
    QDate endDate = QDate(2026, 10, 31); ///< last day of the history (local date); fixed default
    QString communityName = QStringLiteral("Rust 进阶学习社群");
    QString timezone = QStringLiteral("Asia/Shanghai"); ///< IANA id; day boundaries and peaks
};

class DemoGenerator final
{
public:
    /// Builds the demo community into `db` (open). The workspace's first community gets the
    /// demo's name, currency CNY and timezone if it holds no channels yet. Returns true when
    /// the demo is stored (or was already, same options); false with `error` on invalid options
    /// or a database error, leaving the database unchanged.
    static bool build(Database &db, const DemoOptions &opt, QString *error);

    /// SHA-256 (hex) of the options: the import_batch key of the demo.
    static QString optionsHash(const DemoOptions &opt);

    /// QStandardPaths::AppLocalDataLocation + "/demo.kindred"; creates the directory.
    static QString defaultWorkspacePath();
};

} // namespace kindred
