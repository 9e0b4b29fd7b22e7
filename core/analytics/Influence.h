#pragma once
// Influence of the members of a period (PRODUCT.md §3 "Influence", issue 6 item 4): the
// reply/mention graph (InteractionGraph.h), its centralities (Centrality.h), the opinion
// leaders and the bridges between persona clusters.
//
//   KOLs      the kolCount (10) members with the highest PageRank (ties: lower member id).
//   bridges   of the members with betweenness > 0 whose neighbours (members linked by an edge
//             in either direction) fall into >= 2 different persona clusters (Personas.h,
//             computed over the same period; members without a cluster do not count), the
//             bridgeCount (10) with the highest betweenness (ties: lower member id). When the
//             personas cannot be computed (too few members) nobody is a bridge and
//             `personasNote` says why.
// Cancelling through `progress` (during betweenness) makes compute() return false with an
// empty error.

#include "Centrality.h"
#include "InteractionGraph.h"
#include "Period.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kindred {

class AnalyticsSource;

struct InfluenceOptions
{
    int kolCount = 10;
    int bridgeCount = 10;
    bool personas = true; ///< false: no clusters, no bridges (faster)
    InteractionGraphOptions graph;
    BetweennessOptions betweenness;
    PageRankOptions pageRank;
};

struct InfluenceMember
{
    qint64 memberId = 0;
    QString name;
    Degree degree;
    double betweenness = 0.0;           ///< raw (Σ over ordered pairs)
    double betweennessNormalised = 0.0; ///< raw / ((n−1)(n−2))
    double pageRank = 0.0;
    int cluster = -1;          ///< index into InfluenceResult::clusterNames, -1 = none
    int neighbourClusters = 0; ///< distinct clusters among the neighbours
    int kolRank = 0;           ///< 1.. for KOLs, else 0
    int bridgeRank = 0;        ///< 1.. for bridges, else 0
};

struct InfluenceResult
{
    Period period;
    int nodes = 0;
    int edges = 0;
    double density = 0.0;
    int addressingMessages = 0;
    int replyLinks = 0;
    int mentionLinks = 0;
    int pivots = 0;              ///< 0 = exact betweenness
    PageRankResult pageRankInfo; ///< iterations, change, converged (scores moved to members)
    std::vector<InfluenceMember> members;  ///< highest PageRank first (ties: lower id)
    std::vector<InteractionEdge> edgeList; ///< sorted by (from, to)
    QStringList clusterNames;
    QString personasNote; ///< why there are no clusters ("" when there are)
    qint64 graphMs = 0, betweennessMs = 0, pageRankMs = 0, personasMs = 0;

    /// Index in `members` of a member id, or -1.
    int rowOf(qint64 memberId) const;
};

class Influence final
{
public:
    static bool compute(const AnalyticsSource &source, const Period &period,
                        const InfluenceOptions &options, InfluenceResult *out, QString *error,
                        const CentralityProgress &progress = {});
};

} // namespace kindred
