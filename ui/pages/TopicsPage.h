#pragma once
// The Topics page (PRODUCT.md §3 content ranking, issue 6 item 2): the period's keywords or
// keyphrases ranked by rising score against the previous period of equal length, with count,
// change, TF-IDF weight and a weekly trend sparkline, and the topic clusters of its longer
// posts (core/analytics/Topics.h). Tooltips show each formula with the term's numbers.

#include "Page.h"
#include "analytics/Topics.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class TopicModel;
class TopicClusterModel;

class TopicsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicsPage)
public:
    explicit TopicsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// Switches the term table between keywords (false) and keyphrases (true).
    void setShowPhrases(bool phrases);
    bool showsPhrases() const;
    const TopicsResult &result() const { return m_result; }
    TopicModel *model() const { return m_model; }
    TopicClusterModel *clusterModel() const { return m_clusters; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QTableView *clusterView() const { return m_clusterTable; }

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const TopicsResult &result);
    void showTerms();

    QComboBox *m_kind;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_clusterTitle;
    QLabel *m_clusterNote;
    QTableView *m_clusterTable;
    TopicModel *m_model;
    TopicClusterModel *m_clusters;
    QSortFilterProxyModel *m_proxy;
    TopicsResult m_result;
    bool m_sized = false;
};

} // namespace kindred
