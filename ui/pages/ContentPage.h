#pragma once
// The Content page: the top posts of the period by score, with the breakdown of the score
// (reactions, replies, forwards) and weights the manager can tune.

#include "Page.h"
#include "analytics/Rankings.h"

#include <QTimer>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class ContentTableModel;

struct ContentData
{
    QList<ContentRanking> rows;
    QByteArray timezone;
    ContentWeights weights;
};

class ContentPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentPage)
public:
    static constexpr int kTopPosts = 100;

    explicit ContentPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;
    ContentWeights weights() const;
    void setWeights(const ContentWeights &weights);
    ContentTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const ContentData &data);
    void chooseCsvFile();

    QLabel *m_weightsLabel;
    QLabel *m_reactionsLabel;
    QLabel *m_repliesLabel;
    QLabel *m_forwardsLabel;
    QLabel *m_halfLifeLabel;
    QDoubleSpinBox *m_reactions;
    QDoubleSpinBox *m_replies;
    QDoubleSpinBox *m_forwards;
    QDoubleSpinBox *m_halfLife;
    QPushButton *m_reset;
    QPushButton *m_export;
    QLabel *m_hint;
    QTableView *m_table;
    ContentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_recompute;
    bool m_sized = false;
};

} // namespace kindred
