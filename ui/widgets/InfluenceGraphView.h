#pragma once
// The Influence page's graph: the top members of the period's reply/mention graph by PageRank
// (kTopMembers) and the strongest links among them (kMaxEdges, both directions of a pair drawn
// as one line, every member's strongest link included), placed by a Fruchterman–Reingold
// force-directed layout ("Graph drawing by force-directed placement", Software: Practice and
// Experience 21, 1991): kIterations steps from seeded random positions (std::mt19937, kSeed), so
// the same graph is always drawn the same way. The layout runs off the GUI thread. Node area ∝
// PageRank, colour = persona cluster, line width ∝ log of the messages exchanged; tooltips give the
// figures. A click selects the member (memberClicked), a double click asks for the member's detail
// (memberActivated).

#include "analytics/Influence.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointF>

#include <vector>

class QGraphicsEllipseItem;

namespace kindred {

class InfluenceGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfluenceGraphView)
public:
    static constexpr int kTopMembers = 60;
    static constexpr int kMaxEdges = 120;
    static constexpr int kIterations = 300;
    static constexpr unsigned int kSeed = 1991;
    static constexpr int kLabels = 15; ///< the top members carry their name

    /// An undirected link of the layout: node indexes and the messages both ways.
    struct Link
    {
        int a = 0;
        int b = 0;
        int ab = 0; ///< messages a → b
        int ba = 0; ///< messages b → a
    };

    explicit InfluenceGraphView(QWidget *parent = nullptr);
    ~InfluenceGraphView() override;

    /// Shows the top members of `result` (laid out in the background; layoutReady() follows).
    void setResult(const InfluenceResult &result);
    /// Draws the selection ring around `memberId` (0: none).
    void selectMember(qint64 memberId);
    bool isLayoutReady() const { return m_ready; }
    int nodeCount() const { return int(m_nodes.size()); }
    int linkCount() const { return int(m_links.size()); }
    /// Member ids of the drawn nodes, in PageRank order.
    const std::vector<qint64> &nodeMembers() const { return m_nodes; }
    /// Scene position of a drawn member's node centre (null point when not drawn).
    QPointF nodePosition(qint64 memberId) const;

    /// The nodes (top `topMembers` by PageRank, result order) and at most `maxEdges` links
    /// among them: first, going from the strongest link (messages both ways) down, every link
    /// that attaches a node not yet attached (so each node with a partner among the others
    /// shows its strongest one); then the strongest remaining links. Links come out strongest
    /// first.
    static void pickTop(const InfluenceResult &result, int topMembers, int maxEdges,
                        std::vector<qint64> *nodes, std::vector<Link> *links);
    /// Fruchterman–Reingold from random points of a square of side `size` centred on 0:
    /// k = size/√n, repulsion k²/d between every pair, attraction d²/k along each link, a pull
    /// 6·d to the centre (keeps nodes without a drawn link near the rest instead of at the
    /// border), each step's move capped by a temperature falling linearly from size/10 to 0.
    static std::vector<QPointF> layout(int nodeCount, const std::vector<Link> &links,
                                       int iterations, unsigned int seed, double size = 1000.0);

signals:
    void memberClicked(qint64 memberId);
    void memberActivated(qint64 memberId);
    void layoutReady();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build(const std::vector<QPointF> &positions, quint64 generation);
    qint64 memberAt(const QPoint &pos) const;
    void fit();

    InfluenceResult m_result;
    std::vector<qint64> m_nodes;
    std::vector<Link> m_links;
    QHash<qint64, QGraphicsEllipseItem *> m_items;
    QGraphicsEllipseItem *m_ring = nullptr;
    quint64 m_generation = 0;
    bool m_ready = false;
};

} // namespace kindred
