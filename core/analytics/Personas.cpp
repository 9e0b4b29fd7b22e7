#include "Personas.h"

#include "AnalyticsSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kindred {

namespace {

/// A named direction of one feature (see the table in Personas.h).
struct NameRule
{
    MemberFeature feature;
    int sign;
    const char *key;
    const char *name;
    const char *qualifier; ///< short form, appended to tell clusters with one name apart
};

const NameRule kRules[] = {
    {MemberFeature::MessagesPerWeek, +1, "heavy_posters",
     QT_TRANSLATE_NOOP("Personas", "Heavy posters"),
     QT_TRANSLATE_NOOP("Personas", "many messages")},
    {MemberFeature::MessagesPerWeek, -1, "quiet_lurkers",
     QT_TRANSLATE_NOOP("Personas", "Quiet lurkers"), QT_TRANSLATE_NOOP("Personas", "few messages")},
    {MemberFeature::ReplyShare, +1, "conversationalists",
     QT_TRANSLATE_NOOP("Personas", "Conversationalists (replies)"),
     QT_TRANSLATE_NOOP("Personas", "many replies")},
    {MemberFeature::ReactionsPerMessage, +1, "well_received",
     QT_TRANSLATE_NOOP("Personas", "Well received (reactions)"),
     QT_TRANSLATE_NOOP("Personas", "many reactions")},
    {MemberFeature::LinkCodeShare, +1, "link_sharers",
     QT_TRANSLATE_NOOP("Personas", "Link and code sharers"),
     QT_TRANSLATE_NOOP("Personas", "links and code")},
    {MemberFeature::NightShare, +1, "night_owls", QT_TRANSLATE_NOOP("Personas", "Night owls"),
     QT_TRANSLATE_NOOP("Personas", "night owls")},
    {MemberFeature::TenureDays, +1, "veterans",
     QT_TRANSLATE_NOOP("Personas", "Veterans (long tenure)"),
     QT_TRANSLATE_NOOP("Personas", "long tenure")},
    {MemberFeature::TenureDays, -1, "newcomers",
     QT_TRANSLATE_NOOP("Personas", "Newcomers (short tenure)"),
     QT_TRANSLATE_NOOP("Personas", "short tenure")},
};

QString trPersonas(const char *text)
{
    return QCoreApplication::translate("Personas", text);
}

/// Rules ordered by how far the cluster goes in their direction (strongest first).
std::vector<const NameRule *> rankedRules(const FeatureValues &z)
{
    std::vector<const NameRule *> rules;
    for (const NameRule &r : kRules)
        rules.push_back(&r);
    std::stable_sort(rules.begin(), rules.end(), [&](const NameRule *a, const NameRule *b) {
        return a->sign * z[size_t(a->feature)] > b->sign * z[size_t(b->feature)];
    });
    return rules;
}

double strength(const NameRule *r, const FeatureValues &z)
{
    return r->sign * z[size_t(r->feature)];
}

QString deviation(MemberFeature f, const Persona &p, const PersonasResult &res, bool logScale)
{
    const double z = p.centroidZ[size_t(f)];
    const QString sds = QString::number(std::abs(z), 'f', 1);
    QString text = z >= 0 ? QCoreApplication::translate("Personas", "%1 %2 SD above the mean")
                                .arg(MemberFeatures::label(f), sds)
                          : QCoreApplication::translate("Personas", "%1 %2 SD below the mean")
                                .arg(MemberFeatures::label(f), sds);
    if (logScale)
        text += QCoreApplication::translate("Personas", " on a log scale");
    return text + QCoreApplication::translate("Personas", " (%1 vs %2 overall)")
                      .arg(MemberFeatures::formatValue(f, p.centroid[size_t(f)]),
                           MemberFeatures::formatValue(f, res.overallMean[size_t(f)]));
}

/// Names every persona and writes its why (centroids filled).
void nameAll(const PersonasOptions &options, PersonasResult *res)
{
    std::vector<std::vector<const NameRule *>> ranked;
    for (Persona &p : res->personas) {
        ranked.push_back(rankedRules(p.centroidZ));
        const NameRule *top = ranked.back().front();
        if (strength(top, p.centroidZ) >= kNameThreshold) {
            p.key = QString::fromLatin1(top->key);
            p.name = trPersonas(top->name);
        } else {
            p.key = QStringLiteral("typical");
            p.name = trPersonas(QT_TRANSLATE_NOOP("Personas", "Typical members"));
        }
    }
    // Same name: add the second strongest direction of another feature, then a number.
    for (int round = 0; round < 2; ++round) {
        QHash<QString, int> uses;
        for (const Persona &p : res->personas)
            ++uses[p.key];
        QHash<QString, int> seen;
        for (size_t i = 0; i < res->personas.size(); ++i) {
            Persona &p = res->personas[i];
            if (uses.value(p.key) < 2)
                continue;
            if (round == 0) {
                const MemberFeature primary = ranked[i].front()->feature;
                const bool typical = p.key == QLatin1String("typical");
                for (const NameRule *r : ranked[i]) {
                    if (!typical && r->feature == primary)
                        continue;
                    p.key += QLatin1Char('+') + QString::fromLatin1(r->key);
                    p.name = QCoreApplication::translate("Personas", "%1, %2")
                                 .arg(p.name, trPersonas(r->qualifier));
                    break;
                }
            } else {
                const int n = ++seen[p.key];
                p.key += QLatin1Char('_') + QString::number(n);
                p.name = QCoreApplication::translate("Personas", "%1 (%2)").arg(p.name).arg(n);
            }
        }
    }

    for (size_t i = 0; i < res->personas.size(); ++i) {
        Persona &p = res->personas[i];
        std::vector<int> order(kMemberFeatureCount);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return std::abs(p.centroidZ[size_t(a)]) > std::abs(p.centroidZ[size_t(b)]);
        });
        QStringList parts;
        const NameRule *top = ranked[i].front();
        const bool named = strength(top, p.centroidZ) >= kNameThreshold;
        if (named)
            parts.append(deviation(top->feature, p, *res,
                                   options.logRates && Personas::isLogScaled(top->feature)));
        for (int f : order) {
            const MemberFeature feature = MemberFeature(f);
            if (std::abs(p.centroidZ[size_t(f)]) < kNameThreshold || parts.size() >= 3)
                break;
            if (named && feature == top->feature)
                continue;
            parts.append(
                deviation(feature, p, *res, options.logRates && Personas::isLogScaled(feature)));
        }
        if (parts.isEmpty()) {
            const MemberFeature f = MemberFeature(order.front());
            p.why = QCoreApplication::translate("Personas",
                                                "%1: no feature is %2 SD or more from the mean; "
                                                "the largest difference: %3.")
                        .arg(p.name, QString::number(kNameThreshold, 'f', 1),
                             deviation(f, p, *res, options.logRates && Personas::isLogScaled(f)));
        } else {
            p.why = QCoreApplication::translate("Personas", "%1: %2.")
                        .arg(p.name, parts.join(QStringLiteral("; ")));
        }
    }
}

QString whyK(const PersonasResult &res, const PersonasOptions &options)
{
    QStringList all;
    for (const KScore &s : res.scores)
        all.append(std::isnan(s.silhouette)
                       ? QCoreApplication::translate("Personas", "k = %1: not possible").arg(s.k)
                       : QCoreApplication::translate("Personas", "k = %1: %2")
                             .arg(s.k)
                             .arg(s.silhouette, 0, 'f', 3));
    return QCoreApplication::translate("Personas",
                                       "%1 clusters: the highest mean silhouette (%2) of k = "
                                       "%3..%4 (%5). The silhouette (−1..1) compares each "
                                       "member's distance to their own cluster with the "
                                       "nearest other one; higher = better separated.")
        .arg(res.k)
        .arg(res.silhouette, 0, 'f', 3)
        .arg(options.kMin)
        .arg(options.kMax)
        .arg(all.join(QStringLiteral(", ")));
}

} // namespace

bool Personas::isLogScaled(MemberFeature feature)
{
    return feature == MemberFeature::MessagesPerWeek ||
           feature == MemberFeature::ReactionsPerMessage;
}

bool Personas::compute(const AnalyticsSource &source, const Period &period,
                       const PersonasOptions &options, PersonasResult *out, QString *error)
{
    std::vector<MemberFeatureRow> rows;
    if (!MemberFeatures::compute(source, period, &rows, error))
        return false;
    return cluster(rows, options, out, error);
}

bool Personas::cluster(const std::vector<MemberFeatureRow> &rows, const PersonasOptions &options,
                       PersonasResult *out, QString *error)
{
    if (options.kMin < 2 || options.kMax < options.kMin) {
        *error = QCoreApplication::translate("Personas", "invalid range of k: %1..%2")
                     .arg(options.kMin)
                     .arg(options.kMax);
        return false;
    }
    if (rows.size() < size_t(options.kMin) + 1) {
        *error = QCoreApplication::translate("Personas",
                                             "%n member(s) in the period: too few for personas",
                                             nullptr, int(rows.size()));
        return false;
    }
    const int n = int(rows.size());
    FeatureMatrix scaled(n, kMemberFeatureCount);
    for (int r = 0; r < n; ++r)
        for (int f = 0; f < kMemberFeatureCount; ++f) {
            const double v = rows[size_t(r)].values[size_t(f)];
            scaled.at(r, f) = options.logRates && isLogScaled(MemberFeature(f))
                                  ? std::log1p(std::max(v, 0.0))
                                  : v;
        }
    const Standardised st = KMeans::standardise(scaled);
    KChoice choice;
    if (!KMeans::chooseK(st.z, options.kMin, options.kMax, options.kmeans, options.silhouette,
                         &choice, error))
        return false;

    PersonasResult res;
    res.k = choice.k;
    res.scores = choice.scores;
    res.memberCount = n;
    for (const KScore &s : choice.scores)
        if (s.k == choice.k)
            res.silhouette = s.silhouette;
    for (int f = 0; f < kMemberFeatureCount; ++f) {
        double sum = 0.0;
        for (const MemberFeatureRow &row : rows)
            sum += row.values[size_t(f)];
        res.overallMean[size_t(f)] = sum / double(n);
        res.scaleMean[size_t(f)] = st.mean[size_t(f)];
        res.scaleSd[size_t(f)] = st.sd[size_t(f)];
    }

    // Clusters largest first; ties by the first (lowest id) member.
    const KMeansResult &km = choice.result;
    std::vector<int> first(size_t(km.k), n);
    for (int r = n - 1; r >= 0; --r)
        first[size_t(km.labels[size_t(r)])] = r;
    std::vector<int> order(size_t(km.k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (km.sizes[size_t(a)] != km.sizes[size_t(b)])
            return km.sizes[size_t(a)] > km.sizes[size_t(b)];
        return first[size_t(a)] < first[size_t(b)];
    });
    std::vector<int> rank(size_t(km.k));
    for (int i = 0; i < km.k; ++i)
        rank[size_t(order[size_t(i)])] = i;
    res.personas.resize(size_t(km.k));
    for (int r = 0; r < n; ++r) {
        Persona &p = res.personas[size_t(rank[size_t(km.labels[size_t(r)])])];
        p.members.push_back(rows[size_t(r)].member);
        for (int f = 0; f < kMemberFeatureCount; ++f) {
            p.centroid[size_t(f)] += rows[size_t(r)].values[size_t(f)];
            p.centroidZ[size_t(f)] += st.z.at(r, f);
        }
    }
    res.personas.erase(std::remove_if(res.personas.begin(), res.personas.end(),
                                      [](const Persona &p) { return p.members.empty(); }),
                       res.personas.end());
    for (Persona &p : res.personas) {
        p.size = int(p.members.size());
        std::sort(p.members.begin(), p.members.end());
        for (int f = 0; f < kMemberFeatureCount; ++f) {
            p.centroid[size_t(f)] /= std::max(1.0, double(p.size));
            p.centroidZ[size_t(f)] /= std::max(1.0, double(p.size));
        }
    }
    nameAll(options, &res);
    res.why = whyK(res, options);
    *out = std::move(res);
    return true;
}

} // namespace kindred
