// Storage and validation of SegmentRules (declared in Segmentation.h): one workspace setting
// per threshold, so that a workspace carries its own definition of "active" or "churned".
#include "Segmentation.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace kindred {
namespace {

struct RuleKey
{
    const char *key;
    int SegmentRules::*field;
};

constexpr RuleKey kKeys[] = {
    {"segments/churn_days", &SegmentRules::churnDays},
    {"segments/newcomer_days", &SegmentRules::newcomerDays},
    {"segments/window_days", &SegmentRules::windowDays},
    {"segments/active_min_days", &SegmentRules::activeMinDays},
};

} // namespace

SegmentRules SegmentRules::load(const Database &db)
{
    SegmentRules rules;
    for (const RuleKey &k : kKeys) {
        bool ok = false;
        const int value = db.setting(QString::fromLatin1(k.key)).toInt(&ok);
        if (ok)
            rules.*k.field = value;
    }
    QString ignored;
    return rules.validate(&ignored) ? rules : SegmentRules{};
}

bool SegmentRules::validate(QString *error) const
{
    for (const RuleKey &k : kKeys) {
        if (this->*k.field < 1 || this->*k.field > kMaxDays) {
            *error = QCoreApplication::translate(
                         "SegmentRules", "every segment threshold must be between 1 and %1 days")
                         .arg(kMaxDays);
            return false;
        }
    }
    if (activeMinDays > windowDays) {
        *error = QCoreApplication::translate(
                     "SegmentRules",
                     "the active threshold (%1 days) cannot exceed the activity window (%2 days)")
                     .arg(activeMinDays)
                     .arg(windowDays);
        return false;
    }
    if (newcomerDays >= churnDays) {
        *error =
            QCoreApplication::translate(
                "SegmentRules",
                "the newcomer period (%1 days) must be shorter than the churn period (%2 days)")
                .arg(newcomerDays)
                .arg(churnDays);
        return false;
    }
    return true;
}

bool SegmentRules::save(Database &db, QString *error) const
{
    if (!validate(error))
        return false;
    QSqlDatabase sql = db.sql();
    bool ok = sql.transaction();
    for (const RuleKey &k : kKeys)
        ok = ok && db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field));
    ok = ok && sql.commit();
    if (!ok) {
        *error = QCoreApplication::translate("SegmentRules", "cannot save the segment rules: %1")
                     .arg(sql.lastError().text());
        sql.rollback();
    }
    return ok;
}

} // namespace kindred
