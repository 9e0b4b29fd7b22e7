#pragma once
// Personas (用户画像, PRODUCT.md §3): the members of a period clustered by their behaviour.
//
//   1. features   MemberFeatures over the period (six per member, MemberFeatures.h);
//   2. scale      with `logRates`, messages per week and reactions per message become
//                 log(1 + x) (both heavy-tailed); then every feature is standardised to z-scores
//                 (KMeans::standardise: population SD, a constant feature stays 0);
//   3. k          KMeans::chooseK over [kMin, kMax] (default 2..6): the highest mean silhouette;
//   4. names      each cluster is named after its dominant feature: of the named directions
//                 below, the one with the largest mean z-score in that direction, if at least
//                 kNameThreshold (0.5) SD from the mean; else "Typical members".
//                   messages per week      + Heavy posters          − Quiet lurkers
//                   reply share            + Conversationalists (replies)
//                   reactions per message  + Well received (reactions)
//                   link/code share        + Link and code sharers
//                   night share            + Night owls
//                   tenure                 + Veterans (long tenure) − Newcomers (short tenure)
//                 (low shares are not named: they mostly mean "posts little", which the
//                 messages per week already say). Clusters that would share a name get their
//                 second strongest direction appended ("Quiet lurkers, short tenure"), then a
//                 number if they still collide.
// Every persona's `why` names the features with |z| >= 0.5 (at least the dominant one), each
// with its SDs from the mean and the cluster's mean against everyone's; the result's `why`
// explains the k. Texts are translated with context "Personas".

#include "KMeans.h"
#include "MemberFeatures.h"

#include <QString>

#include <array>
#include <vector>

namespace kindred {

class AnalyticsSource;
struct Period;

constexpr double kNameThreshold = 0.5;

struct PersonasOptions
{
    int kMin = 2;
    int kMax = 6;
    bool logRates = true; ///< log(1 + x) of messages per week and reactions per message
    KMeansOptions kmeans;
    SilhouetteOptions silhouette;
};

using FeatureValues = std::array<double, kMemberFeatureCount>; ///< indexed by MemberFeature

struct Persona
{
    QString key;  ///< stable: heavy_posters, quiet_lurkers, …, typical (+ "+<second>" / "_<n>")
    QString name; ///< translated
    QString why;  ///< which features gave the name, in SDs from the mean
    int size = 0;
    FeatureValues centroid{};    ///< mean of the members' features, original units
    FeatureValues centroidZ{};   ///< mean of their z-scores (the k-means centroid)
    std::vector<qint64> members; ///< ascending ids
};

struct PersonasResult
{
    int k = 0;
    double silhouette = 0.0;       ///< mean silhouette of the chosen k
    std::vector<KScore> scores;    ///< silhouette and inertia of every k tried
    std::vector<Persona> personas; ///< largest first (ties: the lowest member id first)
    int memberCount = 0;           ///< members clustered
    FeatureValues overallMean{};   ///< everyone's mean, original units
    FeatureValues scaleMean{};     ///< mean of the clustering scale (after log(1 + x))
    FeatureValues scaleSd{};       ///< its population SD (0 = constant feature)
    QString why;                   ///< why this k
};

class Personas final
{
public:
    /// Features of `period` (honouring the source's channel filter), then clusters. False with
    /// a translated `error` when the features cannot be read or there are too few members.
    static bool compute(const AnalyticsSource &source, const Period &period,
                        const PersonasOptions &options, PersonasResult *out, QString *error);

    /// Steps 2–4 on given feature rows. False with `error` when the rows are fewer than
    /// kMin + 1, hold fewer than kMin distinct points, or the options are invalid.
    static bool cluster(const std::vector<MemberFeatureRow> &rows, const PersonasOptions &options,
                        PersonasResult *out, QString *error);

    /// Whether `feature` is clustered on log(1 + x) when options.logRates is set.
    static bool isLogScaled(MemberFeature feature);
};

} // namespace kindred
