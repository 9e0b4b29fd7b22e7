#include "CliRecommend.h"
#include "CliSupport.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/Recommendations.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace kindred::cli {
namespace {

QJsonObject threadJson(const RecommendationResult &r, int thread)
{
    const ThreadInfo &t = r.data.threads[size_t(thread)];
    return QJsonObject{{QStringLiteral("thread"), thread},
                       {QStringLiteral("channel_id"), t.channelId},
                       {QStringLiteral("channel"), t.channelName},
                       {QStringLiteral("root_external_id"), t.key},
                       {QStringLiteral("root_message_id"), t.rootMessageId},
                       {QStringLiteral("started_at"), isoUtc(t.startedAt)},
                       {QStringLiteral("excerpt"), t.excerpt}};
}

QJsonArray recommendationsJson(const RecommendationResult &r,
                               const std::vector<ThreadRecommendation> &list)
{
    QJsonArray a;
    for (const ThreadRecommendation &rec : list) {
        QJsonObject o = threadJson(r, rec.thread);
        o.insert(QStringLiteral("score"), rec.score);
        QJsonArray because;
        for (const RecommendationReason &why : rec.because)
            because.append(QJsonObject{
                {QStringLiteral("thread"), why.thread},
                {QStringLiteral("similarity"), why.similarity},
                {QStringLiteral("engagement"), why.engagement},
                {QStringLiteral("excerpt"), r.data.threads[size_t(why.thread)].excerpt}});
        o.insert(QStringLiteral("because"), because);
        a.append(o);
    }
    return a;
}

QJsonArray partnersJson(const RecommendationResult &r, const std::vector<PartnerSuggestion> &list)
{
    QJsonArray a;
    for (const PartnerSuggestion &p : list) {
        QJsonArray shared;
        for (const int t : p.sharedThreads)
            shared.append(t);
        a.append(QJsonObject{{QStringLiteral("id"), p.memberId},
                             {QStringLiteral("name"), p.name},
                             {QStringLiteral("similarity"), p.similarity},
                             {QStringLiteral("shared_threads"), shared}});
    }
    Q_UNUSED(r)
    return a;
}

void printRecommendations(const RecommendationResult &r,
                          const std::vector<ThreadRecommendation> &list)
{
    for (const ThreadRecommendation &rec : list) {
        const ThreadInfo &t = r.data.threads[size_t(rec.thread)];
        printLine(QStringLiteral("    %1  #%2  %3  %4")
                      .arg(rec.score, 7, 'f', 3)
                      .arg(t.channelName, isoUtc(t.startedAt).left(10), t.excerpt.left(60))
                      .toUtf8());
        for (const RecommendationReason &why : rec.because)
            printLine(QStringLiteral("             because you engaged with \"%1\" (sim %2 x e %3)")
                          .arg(r.data.threads[size_t(why.thread)].excerpt.left(50))
                          .arg(why.similarity, 0, 'f', 3)
                          .arg(why.engagement, 0, 'f', 0)
                          .toUtf8());
    }
}

} // namespace

int runRecommend(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Evaluation day (YYYY-MM-DD); default: the last message day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("member"),
                 QStringLiteral("Recommended threads and learning partners of this member."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("silent"), QStringLiteral("Threads to re-share to every silent member.")});
    p.addOption({QStringLiteral("evaluate"),
                 QStringLiteral("Leave-last-one-out HR@10 of CF vs popularity.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    p.addOption({QStringLiteral("timing"), QStringLiteral("Print each step's time on stderr.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    QString error;
    Database db;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    QDate to = source.lastMessageDate();
    if (p.isSet(QStringLiteral("to"))) {
        to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!to.isValid())
            return fail(QStringLiteral("recommend: invalid --to date '%1' (expected YYYY-MM-DD)")
                            .arg(p.value(QStringLiteral("to"))));
    }
    if (!to.isValid())
        return fail(QStringLiteral("recommend: the workspace has no messages"));
    qint64 member = 0;
    if (p.isSet(QStringLiteral("member"))) {
        bool ok = false;
        member = p.value(QStringLiteral("member")).toLongLong(&ok);
        if (!ok || member <= 0)
            return fail(QStringLiteral("recommend: --member must be a member id, not '%1'")
                            .arg(p.value(QStringLiteral("member"))));
        member = source.resolve(member);
        if (member == 0)
            return fail(
                QStringLiteral("recommend: no member %1").arg(p.value(QStringLiteral("member"))));
    }
    bool silent = p.isSet(QStringLiteral("silent"));
    bool evaluate = p.isSet(QStringLiteral("evaluate"));
    if (!silent && !evaluate && member == 0)
        silent = evaluate = true;

    RecommendationResult r;
    if (!Recommendations::compute(source, Period{to, to}, RecommendationOptions{}, &r, &error))
        return fail(QStringLiteral("recommend: ") + error);
    const RecommendationEvaluation &ev = r.evaluation;
    if (p.isSet(QStringLiteral("timing")))
        std::fprintf(stderr,
                     "timing: load %lld ms (%d threads, %d cells), similarity %lld ms, "
                     "recommend %lld ms (%d silent), evaluation %lld ms\n",
                     static_cast<long long>(r.loadMs), int(r.data.threads.size()), r.matrix.cells(),
                     static_cast<long long>(r.similarityMs), static_cast<long long>(r.recommendMs),
                     int(r.silent.size()), static_cast<long long>(ev.ms));

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("community"), source.communityName()},
                      {QStringLiteral("as_of"), to.toString(Qt::ISODate)},
                      {QStringLiteral("threads"), int(r.data.threads.size())},
                      {QStringLiteral("cells"), r.matrix.cells()},
                      {QStringLiteral("top_k"), r.options.topK},
                      {QStringLiteral("timing_ms"),
                       QJsonObject{{QStringLiteral("load"), r.loadMs},
                                   {QStringLiteral("similarity"), r.similarityMs},
                                   {QStringLiteral("recommend"), r.recommendMs},
                                   {QStringLiteral("evaluation"), ev.ms}}}};
        if (evaluate)
            o.insert(QStringLiteral("evaluation"),
                     QJsonObject{{QStringLiteral("k"), r.options.hitK},
                                 {QStringLiteral("evaluated_members"), ev.evaluatedMembers},
                                 {QStringLiteral("cf_hits"), ev.cfHits},
                                 {QStringLiteral("popularity_hits"), ev.popularityHits},
                                 {QStringLiteral("cf_hit_rate"), ev.cfHitRate},
                                 {QStringLiteral("popularity_hit_rate"), ev.popularityHitRate}});
        if (silent) {
            QJsonArray a;
            for (const SilentRecommendations &s : r.silent)
                a.append(
                    QJsonObject{{QStringLiteral("id"), s.memberId},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("last_seen"), isoUtc(s.lastSeen)},
                                {QStringLiteral("threads"), recommendationsJson(r, s.threads)}});
            o.insert(QStringLiteral("silent"), a);
        }
        if (member != 0)
            o.insert(
                QStringLiteral("member"),
                QJsonObject{{QStringLiteral("id"), member},
                            {QStringLiteral("name"), r.names.value(member)},
                            {QStringLiteral("threads"),
                             recommendationsJson(
                                 r, Recommendations::recommend(r.matrix, r.similarity, member,
                                                               r.options.threadsPerMember))},
                            {QStringLiteral("partners"), partnersJson(r, r.partners(member))}});
        printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return 0;
    }

    printLine(QStringLiteral("%1  (as of %2): %3 threads, %4 member-thread cells")
                  .arg(source.communityName(), to.toString(Qt::ISODate))
                  .arg(r.data.threads.size())
                  .arg(r.matrix.cells())
                  .toUtf8());
    if (evaluate)
        printLine(QStringLiteral("evaluation (leave-last-one-out, %1 members): HR@%2 CF %3 "
                                 "(%4 hits), popularity %5 (%6 hits)")
                      .arg(ev.evaluatedMembers)
                      .arg(r.options.hitK)
                      .arg(ev.cfHitRate, 0, 'f', 3)
                      .arg(ev.cfHits)
                      .arg(ev.popularityHitRate, 0, 'f', 3)
                      .arg(ev.popularityHits)
                      .toUtf8());
    if (silent) {
        printLine(QStringLiteral("silent members: %1").arg(r.silent.size()).toUtf8());
        for (const SilentRecommendations &s : r.silent) {
            printLine(QStringLiteral("  %1  %2  (last seen %3)")
                          .arg(s.memberId)
                          .arg(s.name, isoUtc(s.lastSeen).left(10))
                          .toUtf8());
            printRecommendations(r, s.threads);
        }
    }
    if (member != 0) {
        printLine(QStringLiteral("member %1  %2: recommended threads")
                      .arg(member)
                      .arg(r.names.value(member))
                      .toUtf8());
        printRecommendations(r, Recommendations::recommend(r.matrix, r.similarity, member,
                                                           r.options.threadsPerMember));
        printLine(QByteArrayLiteral("learning partners (active, never replied to each other):"));
        for (const PartnerSuggestion &pt : r.partners(member)) {
            QStringList shared;
            for (size_t i = 0; i < pt.sharedThreads.size() && i < 3; ++i)
                shared << QStringLiteral("\"%1\"").arg(
                    r.data.threads[size_t(pt.sharedThreads[i])].excerpt.left(40));
            printLine(QStringLiteral("  %1  %2  cosine %3  shared %4: %5")
                          .arg(pt.memberId)
                          .arg(pt.name)
                          .arg(pt.similarity, 0, 'f', 3)
                          .arg(pt.sharedThreads.size())
                          .arg(shared.join(QStringLiteral(", ")))
                          .toUtf8());
        }
    }
    return 0;
}

} // namespace kindred::cli
