#include "InfluenceGraphView.h"

#include "models/InfluenceModel.h"

#include <QFutureWatcher>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace kindred {

namespace {

constexpr int kMemberIdKey = 0;
constexpr double kGravity = 6.0;

} // namespace

InfluenceGraphView::InfluenceGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("influenceGraph"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDragMode(QGraphicsView::NoDrag);
    setMinimumSize(240, 200);
}

InfluenceGraphView::~InfluenceGraphView() = default;

void InfluenceGraphView::pickTop(const InfluenceResult &result, int topMembers, int maxEdges,
                                 std::vector<qint64> *nodes, std::vector<Link> *links)
{
    nodes->clear();
    links->clear();
    QHash<qint64, int> index;
    for (size_t i = 0; i < result.members.size() && int(i) < topMembers; ++i) {
        index.insert(result.members[i].memberId, int(i));
        nodes->push_back(result.members[i].memberId);
    }
    std::map<std::pair<int, int>, Link> pairs;
    for (const InteractionEdge &e : result.edgeList) {
        const int from = index.value(e.from, -1), to = index.value(e.to, -1);
        if (from < 0 || to < 0)
            continue;
        const int a = std::min(from, to), b = std::max(from, to);
        Link &l = pairs[{a, b}];
        l.a = a;
        l.b = b;
        (from == a ? l.ab : l.ba) += e.weight;
    }
    std::vector<Link> all;
    for (const auto &[key, link] : pairs)
        all.push_back(link);
    std::stable_sort(all.begin(), all.end(),
                     [](const Link &x, const Link &y) { return x.ab + x.ba > y.ab + y.ba; });
    // Backbone first: every node's strongest link, so that no drawn member floats alone while
    // it has a partner among the others; then the strongest remaining links.
    std::vector<bool> taken(all.size(), false), attached(nodes->size(), false);
    int count = 0;
    for (size_t i = 0; i < all.size() && count < maxEdges; ++i)
        if (!attached[size_t(all[i].a)] || !attached[size_t(all[i].b)]) {
            taken[i] = true;
            attached[size_t(all[i].a)] = attached[size_t(all[i].b)] = true;
            ++count;
        }
    for (size_t i = 0; i < all.size() && count < maxEdges; ++i)
        if (!taken[i]) {
            taken[i] = true;
            ++count;
        }
    for (size_t i = 0; i < all.size(); ++i)
        if (taken[i])
            links->push_back(all[i]);
}

std::vector<QPointF> InfluenceGraphView::layout(int nodeCount, const std::vector<Link> &links,
                                                int iterations, unsigned int seed, double size)
{
    const size_t n = size_t(std::max(0, nodeCount));
    std::vector<QPointF> pos(n);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> coord(-size / 2.0, size / 2.0);
    for (QPointF &p : pos)
        p = QPointF(coord(rng), coord(rng));
    if (n < 2)
        return std::vector<QPointF>(n, QPointF(0, 0));
    const double k = size / std::sqrt(double(n));
    std::vector<QPointF> shift(n);
    for (int it = 0; it < iterations; ++it) {
        const double temperature = size / 10.0 * (1.0 - double(it) / iterations);
        std::fill(shift.begin(), shift.end(), QPointF(0, 0));
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j) {
                QPointF d = pos[i] - pos[j];
                double dist = std::hypot(d.x(), d.y());
                if (dist < 1e-6) {
                    d = QPointF(1e-3 * double(i + 1), 1e-3 * double(j + 1));
                    dist = std::hypot(d.x(), d.y());
                }
                const QPointF f = d / dist * (k * k / dist);
                shift[i] += f;
                shift[j] -= f;
            }
        for (const Link &l : links) {
            const QPointF d = pos[size_t(l.a)] - pos[size_t(l.b)];
            const double dist = std::max(1e-6, std::hypot(d.x(), d.y()));
            const QPointF f = d / dist * (dist * dist / k);
            shift[size_t(l.a)] -= f;
            shift[size_t(l.b)] += f;
        }
        for (size_t i = 0; i < n; ++i) {
            // Gravity towards the centre, G·d: against the repulsion of all others (≈ size²/d)
            // an unlinked node settles near d = size / √G = 0.4·size instead of the border.
            shift[i] -= pos[i] * kGravity;
            const double len = std::hypot(shift[i].x(), shift[i].y());
            if (len > 1e-9)
                pos[i] += shift[i] / len * std::min(len, temperature);
            pos[i].setX(std::clamp(pos[i].x(), -size, size));
            pos[i].setY(std::clamp(pos[i].y(), -size, size));
        }
    }
    return pos;
}

void InfluenceGraphView::setResult(const InfluenceResult &result)
{
    const quint64 generation = ++m_generation;
    m_ready = false;
    m_result = result;
    pickTop(m_result, kTopMembers, kMaxEdges, &m_nodes, &m_links);
    scene()->clear();
    m_items.clear();
    m_ring = nullptr;
    auto *watcher = new QFutureWatcher<std::vector<QPointF>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        const std::vector<QPointF> positions = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation)
            build(positions, generation);
    });
    watcher->setFuture(QtConcurrent::run([n = int(m_nodes.size()), links = m_links]() {
        return layout(n, links, kIterations, kSeed);
    }));
}

void InfluenceGraphView::build(const std::vector<QPointF> &positions, quint64 generation)
{
    Q_UNUSED(generation)
    QGraphicsScene *s = scene();
    s->clear();
    m_items.clear();
    m_ring = nullptr;
    const QLocale locale;
    double maxRank = 0.0;
    int maxMessages = 1;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        maxRank = std::max(maxRank, m_result.members[i].pageRank);
    for (const Link &l : m_links)
        maxMessages = std::max(maxMessages, l.ab + l.ba);
    auto radius = [maxRank](double rank) {
        return 6.0 + 22.0 * std::sqrt(maxRank > 0.0 ? rank / maxRank : 0.0);
    };
    const QColor text = palette().color(QPalette::Text);
    QColor lineColor = text;
    for (const Link &l : m_links) {
        const InfluenceMember &a = m_result.members[size_t(l.a)];
        const InfluenceMember &b = m_result.members[size_t(l.b)];
        const int messages = l.ab + l.ba;
        lineColor.setAlphaF(0.15 + 0.45 * std::log1p(messages) / std::log1p(maxMessages));
        QPen pen(lineColor, 0.8 + 4.0 * std::log1p(messages) / std::log1p(maxMessages));
        pen.setCapStyle(Qt::RoundCap);
        auto *line = s->addLine(QLineF(positions[size_t(l.a)], positions[size_t(l.b)]), pen);
        line->setZValue(0);
        line->setToolTip(tr("%1 → %2: %3 message(s)\n%2 → %1: %4 message(s)")
                             .arg(a.name, b.name)
                             .arg(l.ab)
                             .arg(l.ba));
    }
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const InfluenceMember &m = m_result.members[i];
        const double r = radius(m.pageRank);
        const QColor fill = InfluenceModel::clusterColor(m.cluster);
        auto *node = s->addEllipse(
            QRectF(-r, -r, 2 * r, 2 * r),
            QPen(m.bridgeRank > 0 ? text : fill.darker(130), m.bridgeRank > 0 ? 2.5 : 1.0), fill);
        node->setPos(positions[i]);
        node->setZValue(2);
        node->setData(kMemberIdKey, m.memberId);
        const QString cluster = m.cluster >= 0 && m.cluster < m_result.clusterNames.size()
                                    ? m_result.clusterNames.at(m.cluster)
                                    : tr("no persona");
        QString tip = tr("%1\nPageRank %2 (rank %3)\nbetweenness %4\nin %5 members / %6 "
                         "messages, out %7 members / %8 messages\npersona: %9")
                          .arg(m.name)
                          .arg(locale.toString(m.pageRank, 'f', 5))
                          .arg(i + 1)
                          .arg(locale.toString(m.betweennessNormalised, 'f', 4))
                          .arg(m.degree.in)
                          .arg(locale.toString(m.degree.inWeight, 'f', 0))
                          .arg(m.degree.out)
                          .arg(locale.toString(m.degree.outWeight, 'f', 0))
                          .arg(cluster);
        if (m.kolRank > 0)
            tip += QLatin1Char('\n') + tr("KOL #%1").arg(m.kolRank);
        if (m.bridgeRank > 0)
            tip += QLatin1Char('\n') + tr("Bridge #%1 (partners in %2 personas)")
                                           .arg(m.bridgeRank)
                                           .arg(m.neighbourClusters);
        node->setToolTip(tip);
        m_items.insert(m.memberId, node);
        if (int(i) < kLabels) {
            auto *label = s->addSimpleText(m.name.left(16));
            QFont f = font();
            f.setBold(m.kolRank > 0 && m.kolRank <= 3);
            label->setFont(f);
            label->setBrush(text);
            const QRectF box = label->boundingRect();
            // Readable at any zoom: the label ignores the view's scale, centred under the node.
            label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            label->setPos(positions[i] + QPointF(0.0, r + 2.0));
            label->setTransform(QTransform::fromTranslate(-box.width() / 2.0, 0.0));
            label->setZValue(3);
            label->setData(kMemberIdKey, m.memberId);
        }
    }
    m_ready = true;
    fit();
    emit layoutReady();
}

QPointF InfluenceGraphView::nodePosition(qint64 memberId) const
{
    const auto it = m_items.constFind(memberId);
    return it == m_items.constEnd() ? QPointF() : it.value()->pos();
}

void InfluenceGraphView::selectMember(qint64 memberId)
{
    if (m_ring) {
        scene()->removeItem(m_ring);
        delete m_ring;
        m_ring = nullptr;
    }
    const auto it = m_items.constFind(memberId);
    if (it == m_items.constEnd())
        return;
    const QRectF r = it.value()->rect().adjusted(-5, -5, 5, 5);
    m_ring = scene()->addEllipse(r, QPen(palette().color(QPalette::Highlight), 3.0));
    m_ring->setPos(it.value()->pos());
    m_ring->setZValue(1);
}

qint64 InfluenceGraphView::memberAt(const QPoint &pos) const
{
    // A node under the pointer wins over a name label (labels may overlap other nodes).
    const QList<QGraphicsItem *> hits = items(pos);
    for (const bool nodesOnly : {true, false})
        for (const QGraphicsItem *item : hits) {
            const QVariant id = item->data(kMemberIdKey);
            if (id.isValid() && (!nodesOnly || item->type() == QGraphicsEllipseItem::Type))
                return id.toLongLong();
        }
    return 0;
}

void InfluenceGraphView::mousePressEvent(QMouseEvent *event)
{
    if (const qint64 id = memberAt(event->pos()); id > 0 && event->button() == Qt::LeftButton) {
        selectMember(id);
        emit memberClicked(id);
    }
    QGraphicsView::mousePressEvent(event);
}

void InfluenceGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = memberAt(event->pos()); id > 0 && event->button() == Qt::LeftButton)
        emit memberActivated(id);
    QGraphicsView::mouseDoubleClickEvent(event);
}

void InfluenceGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void InfluenceGraphView::fit()
{
    if (!scene()->items().isEmpty())
        fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

} // namespace kindred
