// Storage and validation of ContributionRules (declared in ContributionScore.h): one workspace
// setting per field, so that a workspace carries its own weights and point rules.
#include "ContributionScore.h"

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
    int ContributionRules::*field;
    int min;
    int max;
};

struct DoubleKey
{
    const char *key;
    double ContributionRules::*field;
};

constexpr DoubleKey kWeights[] = {
    {"contribution/k1", &ContributionRules::k1},
    {"contribution/k2", &ContributionRules::k2},
    {"contribution/k3", &ContributionRules::k3},
};

constexpr IntKey kInts[] = {
    {"contribution/long_post_chars", &ContributionRules::longPostChars, 1, 100000},
    {"contribution/points_per_message", &ContributionRules::pointsPerMessage, 0, 1000},
    {"contribution/cooldown_secs", &ContributionRules::cooldownSecs, 0, 86400},
    {"contribution/min_message_chars", &ContributionRules::minMessageChars, 0, 10000},
    {"contribution/points_per_replier", &ContributionRules::pointsPerReplier, 0, 1000},
    {"contribution/points_per_reactor", &ContributionRules::pointsPerReactor, 0, 1000},
};

constexpr double kMaxWeight = 10.0;

} // namespace

ContributionRules ContributionRules::load(const Database &db)
{
    ContributionRules rules;
    for (const DoubleKey &k : kWeights) {
        bool ok = false;
        const double value = db.setting(QString::fromLatin1(k.key)).toDouble(&ok);
        if (ok)
            rules.*k.field = value;
    }
    for (const IntKey &k : kInts) {
        bool ok = false;
        const int value = db.setting(QString::fromLatin1(k.key)).toInt(&ok);
        if (ok)
            rules.*k.field = value;
    }
    QString ignored;
    return rules.validate(&ignored) ? rules : ContributionRules{};
}

bool ContributionRules::validate(QString *error) const
{
    for (const DoubleKey &k : kWeights) {
        const double v = this->*k.field;
        if (!std::isfinite(v) || v < 0 || v > kMaxWeight) {
            *error = QCoreApplication::translate("ContributionRules",
                                                 "every weight k1, k2, k3 must be between 0 and %1")
                         .arg(kMaxWeight);
            return false;
        }
    }
    if (k1 + k2 + k3 <= 0) {
        *error = QCoreApplication::translate("ContributionRules",
                                             "at least one of the weights k1, k2, k3 must be "
                                             "above 0");
        return false;
    }
    for (const IntKey &k : kInts) {
        const int v = this->*k.field;
        if (v < k.min || v > k.max) {
            *error =
                QCoreApplication::translate("ContributionRules", "%1 must be between %2 and %3")
                    .arg(QString::fromLatin1(k.key).section(QLatin1Char('/'), 1))
                    .arg(k.min)
                    .arg(k.max);
            return false;
        }
    }
    return true;
}

bool ContributionRules::save(Database &db, QString *error) const
{
    if (!validate(error))
        return false;
    QSqlDatabase sql = db.sql();
    bool ok = sql.transaction();
    for (const DoubleKey &k : kWeights)
        ok = ok &&
             db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field, 'g', 17));
    for (const IntKey &k : kInts)
        ok = ok && db.setSetting(QString::fromLatin1(k.key), QString::number(this->*k.field));
    ok = ok && sql.commit();
    if (!ok) {
        *error = QCoreApplication::translate("ContributionRules",
                                             "cannot save the contribution rules: %1")
                     .arg(sql.lastError().text());
        sql.rollback();
    }
    return ok;
}

} // namespace kindred
