#include "TopicModel.h"

#include "ModelRoles.h"
#include "widgets/SparklineDelegate.h"

#include <QLocale>

namespace kindred {

TopicModel::TopicModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopicModel::setTerms(const QList<TopicTerm> &terms, const TopicsResult &result)
{
    beginResetModel();
    m_terms = terms;
    m_documents = result.documents;
    const bool phrases = !terms.isEmpty() && terms.first().phrase;
    m_total = phrases ? result.phrases : result.tokens;
    m_previousTotal = phrases ? result.previousPhrases : result.previousTokens;
    m_weekStarts = result.weekStarts;
    m_split = 0;
    for (const QDate &d : result.weekStarts)
        if (d < result.period.from)
            ++m_split;
    endResetModel();
}

void TopicModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_terms.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int TopicModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopicModel::why(const TopicTerm &t) const
{
    const QLocale l;
    return tr("“%1”: %2 occurrences in %3 of the period's %4 messages; %5 in the previous "
              "period.\nidf = ln((N + 1) / (df + 1)) + 1 = ln((%4 + 1) / (%3 + 1)) + 1 = %6\n"
              "weight = count × idf = %2 × %6 = %7\n"
              "expected = previous count × words / previous words = %5 × %8 / %9 = %10\n"
              "rising = weight × ln((count + 1) / (expected + 1)) = %7 × ln(%11 / %12) = %13")
        .arg(t.term)
        .arg(t.count)
        .arg(t.docs)
        .arg(m_documents)
        .arg(t.previousCount)
        .arg(l.toString(t.idf, 'f', 3), l.toString(t.weight, 'f', 2))
        .arg(m_total)
        .arg(m_previousTotal)
        .arg(l.toString(t.expected, 'f', 2), l.toString(t.count + 1.0, 'f', 0),
             l.toString(t.expected + 1.0, 'f', 2), l.toString(t.rising, 'f', 2));
}

QVariant TopicModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_terms.size())
        return {};
    const TopicTerm &t = m_terms.at(index.row());
    const QLocale l;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Term:
            return t.term;
        case Count:
            return l.toString(t.count);
        case Previous:
            return l.toString(t.previousCount);
        case Change:
            return t.change() > 0 ? QStringLiteral("+") + l.toString(t.change())
                                  : l.toString(t.change());
        case Docs:
            return l.toString(t.docs);
        case Weight:
            return l.toString(t.weight, 'f', 1);
        case Rising:
            return l.toString(t.rising, 'f', 1);
        case Trend:
            return {};
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Term:
            return t.term;
        case Count:
            return t.count;
        case Previous:
            return t.previousCount;
        case Change:
            return t.change();
        case Docs:
            return t.docs;
        case Weight:
            return t.weight;
        case Rising:
            return t.rising;
        case Trend: {
            QStringList parts;
            for (int w : t.weekly)
                parts << QString::number(w);
            return role == SortRole ? QVariant(t.rising) : QVariant(parts.join(QLatin1Char(' ')));
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Term && index.column() != Trend)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Trend) {
            QStringList lines;
            for (int i = 0; i < int(t.weekly.size()) && i < m_weekStarts.size(); ++i)
                lines << tr("week of %1: %n message(s)", nullptr, t.weekly[size_t(i)])
                             .arg(l.toString(m_weekStarts.at(i), QLocale::ShortFormat));
            return tr("Messages containing “%1” per week (shaded: the current period)\n%2")
                .arg(t.term, lines.join(QLatin1Char('\n')));
        }
        return why(t);
    case SparklineDelegate::SeriesRole:
        if (index.column() == Trend) {
            QVariantList values;
            for (int w : t.weekly)
                values.append(w);
            return values;
        }
        break;
    case SparklineDelegate::SplitRole:
        if (index.column() == Trend)
            return m_split;
        break;
    default:
        break;
    }
    return {};
}

QVariant TopicModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Term:
            return tr("Term");
        case Count:
            return tr("Count");
        case Previous:
            return tr("Previous");
        case Change:
            return tr("Change");
        case Docs:
            return tr("Messages");
        case Weight:
            return tr("TF-IDF");
        case Rising:
            return tr("Rising");
        case Trend:
            return tr("Weekly trend");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Count:
            return tr("Occurrences in the period's messages");
        case Previous:
            return tr("Occurrences in the previous period of equal length");
        case Docs:
            return tr("Messages of the period containing the term (df)");
        case Weight:
            return tr("count × idf, idf = ln((N + 1) / (df + 1)) + 1, N = messages with words");
        case Rising:
            return tr("weight × ln((count + 1) / (expected + 1)); expected = previous count "
                      "scaled to this period's number of words");
        case Trend:
            return tr("Messages containing the term per week, previous and current period");
        default:
            break;
        }
    }
    return {};
}

TopicClusterModel::TopicClusterModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopicClusterModel::setClusters(const QList<TopicCluster> &clusters, int clusteredDocuments)
{
    beginResetModel();
    m_clusters = clusters;
    m_clustered = clusteredDocuments;
    endResetModel();
}

void TopicClusterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TopicClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

int TopicClusterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicClusterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clusters.size())
        return {};
    const TopicCluster &c = m_clusters.at(index.row());
    QStringList examples;
    for (const TopicDocument &d : c.examples)
        examples << d.text.simplified();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label:
            return c.label.join(QStringLiteral(" · "));
        case Size:
            return QLocale().toString(c.size);
        case Examples:
            return examples.join(QStringLiteral("  ¦  "));
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Label:
            return c.label.join(QLatin1Char(' '));
        case Size:
            return c.size;
        case Examples:
            return examples.join(QLatin1Char('\n'));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Examples) {
            QStringList lines;
            for (const TopicDocument &d : c.examples)
                lines << tr("%1 in %2: %3").arg(d.author, d.channel, d.text.simplified());
            return lines.join(QLatin1Char('\n'));
        }
        return tr("%1 of the %2 clustered posts (k-means on TF-IDF vectors of the period's posts "
                  "with at least 3 frequent terms); labelled by the terms of the largest "
                  "centroid weight")
            .arg(c.size)
            .arg(m_clustered);
    default:
        break;
    }
    return {};
}

QVariant TopicClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    switch (section) {
    case Label:
        return tr("Topic");
    case Size:
        return tr("Posts");
    case Examples:
        return tr("Example posts");
    }
    return {};
}

} // namespace kindred
