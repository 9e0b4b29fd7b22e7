// Storage and validation of LevelRules (declared in Levels.h): one workspace setting per
// field, so that a workspace carries its own level milestones.
#include "Levels.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <cmath>

namespace kindred {
namespace {

struct IntKey
{
    const char *key;
    int LevelRules::*field;
    int min;
    int max;
};

struct DoubleKey
{
    const char *key;
    double LevelRules::*field;
    double max;
};

constexpr IntKey kInts[] = {
    {"levels/week_active_days", &LevelRules::weekActiveDays, 1, LevelRules::kWeekDays},
    {"levels/weeks", &LevelRules::weeks, 1, 12},
    {"levels/month_active_days", &LevelRules::monthActiveDays, 1, LevelRules::kMonthDays},
    {"levels/contributing_active_days", &LevelRules::contributingActiveDays, 1,
     LevelRules::kMonthDays},
    {"levels/contributing_contributions", &LevelRules::contributingContributions, 0, 100000},
    {"levels/leading_active_days", &LevelRules::leadingActiveDays, 1, LevelRules::kQuarterDays},
    {"levels/leading_top_percent", &LevelRules::leadingTopPercent, 1, 100},
};

constexpr DoubleKey kDoubles[] = {
    {"levels/message_weight", &LevelRules::messageWeight, 100},
    {"levels/reply_weight", &LevelRules::replyWeight, 100},
    {"levels/reaction_weight", &LevelRules::reactionWeight, 100},
    {"levels/participating_weight", &LevelRules::participatingWeight, 1e6},
    {"levels/contributing_weight", &LevelRules::contributingWeight, 1e6},
    {"levels/leading_weight", &LevelRules::leadingWeight, 1e6},
};

QString fieldName(const char *key)
{
    return QString::fromLatin1(key).section(QLatin1Char('/'), 1);
}

} // namespace

LevelRules LevelRules::load(const Database &db)
{
    LevelRules rules;
    for (const IntKey &k : kInts) {
        bool ok = false;
        const int value = db.setting(QString::fromLatin1(k.key)).toInt(&ok);
        if (ok)
            rules.*k.field = value;
    }
    for (const DoubleKey &k : kDoubles) {
        bool ok = false;
        const double value = db.setting(QString::fromLatin1(k.key)).toDouble(&ok);
        if (ok)
            rules.*k.field = value;
    }
    QString ignored;
    return rules.validate(&ignored) ? rules : LevelRules{};
}

bool LevelRules::validate(QString *error) const
{
    for (const IntKey &k : kInts) {
        const int v = this->*k.field;
        if (v < k.min || v > k.max) {
            *error = QCoreApplication::translate("LevelRules", "%1 must be between %2 and %3")
                         .arg(fieldName(k.key))
                         .arg(k.min)
                         .arg(k.max);
            return false;
        }
    }
    for (const DoubleKey &k : kDoubles) {
        const double v = this->*k.field;
        if (!std::isfinite(v) || v < 0 || v > k.max) {
            *error = QCoreApplication::translate("LevelRules", "%1 must be between 0 and %2")
                         .arg(fieldName(k.key))
                         .arg(k.max);
            return false;
        }
    }
    // The weight thresholds that are on must not fall as the level rises.
    const double thresholds[] = {participatingWeight, contributingWeight, leadingWeight};
    double previous = 0;
    for (double t : thresholds) {
        if (t <= 0)
            continue;
        if (t < previous) {
            *error = QCoreApplication::translate(
                "LevelRules", "the activity weight thresholds must rise with the level "
                              "(participating <= contributing <= leading)");
            return false;
        }
        previous = t;
    }
    return true;
}

bool LevelRules::save(Database &db, QString *error) const
{
    if (!validate(error))
        return false;
    QSqlDatabase sql = db.sql();
    bool ok = sql.transaction();
    for (const IntKey &k : kInts)
        ok = ok && db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field));
    for (const DoubleKey &k : kDoubles)
        ok = ok &&
             db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field, 'g', 17));
    ok = ok && sql.commit();
    if (!ok) {
        *error = QCoreApplication::translate("LevelRules", "cannot save the level rules: %1")
                     .arg(sql.lastError().text());
        sql.rollback();
    }
    return ok;
}

} // namespace kindred
