#include "MemberAudit.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kindred {

QJsonObject MemberAuditResult::toJson() const
{
    QJsonArray rows;
    for (const PlatformAudit &p : platforms) {
        rows.append(QJsonObject{
            {QStringLiteral("platform"), p.platform},
            {QStringLiteral("people_in_exports"), p.peopleInExports},
            {QStringLiteral("batches"), p.batches},
            {QStringLiteral("identities"), p.identities},
            {QStringLiteral("bots"), p.bots},
            {QStringLiteral("exporter"), p.exporter},
            {QStringLiteral("no_activity"), p.noActivity},
            {QStringLiteral("merged"), p.merged},
            {QStringLiteral("members"), p.members},
            {QStringLiteral("left"), p.left},
            {QStringLiteral("also_elsewhere"), p.alsoElsewhere},
        });
    }
    return QJsonObject{{QStringLiteral("platforms"), rows},
                       {QStringLiteral("members"), members},
                       {QStringLiteral("overlap"), overlap}};
}

bool MemberAudit::compute(Database &db, MemberAuditResult *out, QString *error)
{
    *out = MemberAuditResult{};
    struct Row
    {
        qint64 mergedInto = 0;
        bool bot = false;
        bool self = false;
        bool seen = false;
        bool left = false;
    };
    QHash<qint64, Row> members;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(merged_into, 0), is_bot, is_self, "
                               "first_seen IS NOT NULL, left_at IS NOT NULL FROM member"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Row r;
        r.mergedInto = q.value(1).toLongLong();
        r.bot = q.value(2).toBool();
        r.self = q.value(3).toBool();
        r.seen = q.value(4).toBool();
        r.left = q.value(5).toBool();
        members.insert(q.value(0).toLongLong(), r);
    }
    auto root = [&](qint64 id) {
        for (int hops = 0; hops < 64 && members.value(id).mergedInto > 0; ++hops)
            id = members.value(id).mergedInto;
        return id;
    };
    // A survivor is active when it or anyone merged into it was seen (as AnalyticsSource).
    QSet<qint64> activeRoots;
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        if (it->seen && !it->bot && !it->self)
            activeRoots.insert(root(it.key()));

    QMap<QString, PlatformAudit> byPlatform;
    QMap<QString, QSet<qint64>> rootsByPlatform;
    QHash<qint64, QSet<QString>> platformsOfRoot;
    if (!q.exec(QStringLiteral("SELECT member_id, platform FROM identity"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString platform = q.value(1).toString();
        PlatformAudit &p = byPlatform[platform];
        p.platform = platform;
        ++p.identities;
        const Row m = members.value(id);
        const qint64 r = root(id);
        const Row rootRow = members.value(r);
        if (m.bot || rootRow.bot)
            ++p.bots;
        else if (m.self || rootRow.self)
            ++p.exporter;
        else if (m.mergedInto > 0)
            ++p.merged;
        else if (!activeRoots.contains(r))
            ++p.noActivity;
        else
            rootsByPlatform[platform].insert(r);
        if (!m.bot && !m.self)
            platformsOfRoot[r].insert(platform);
    }
    // Accounts counted in more than one row of one member on the same platform (several
    // identities of one member there) are members once: the difference is shown as merged.
    QSet<qint64> all;
    qint64 sum = 0;
    for (auto it = byPlatform.begin(); it != byPlatform.end(); ++it) {
        const QSet<qint64> &roots = rootsByPlatform.value(it.key());
        PlatformAudit &p = it.value();
        p.members = roots.size();
        p.merged = p.identities - p.bots - p.exporter - p.noActivity - p.members;
        for (qint64 r : roots) {
            if (members.value(r).left)
                ++p.left;
            if (platformsOfRoot.value(r).size() > 1)
                ++p.alsoElsewhere;
        }
        sum += p.members;
        all.unite(roots);
    }
    // A chat export's format names its platform; a generic CSV batch (format csv-<target>) is
    // attributed to the platform of the accounts it added (the mapping's source).
    if (!q.exec(QStringLiteral("SELECT b.format, b.people_in_export, (SELECT i.platform FROM "
                               "identity i WHERE i.import_batch_id = b.id LIMIT 1) FROM "
                               "import_batch b"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        auto it = byPlatform.find(q.value(0).toString());
        if (it == byPlatform.end())
            it = byPlatform.find(q.value(2).toString());
        if (it == byPlatform.end())
            continue;
        ++it->batches;
        it->peopleInExports += q.value(1).toLongLong();
    }
    out->platforms = byPlatform.values();
    out->members = all.size();
    out->overlap = sum - out->members;
    return true;
}

} // namespace kindred
