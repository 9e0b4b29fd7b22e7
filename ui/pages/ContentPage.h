#pragma once
// The Content page (issue 6 item 1, PRODUCT.md §3): tabs with the top posts of the period by
// score (with the breakdown, the essence mark and Mark/Unmark), the top threads, the top shared
// links and domains, and the essence (精华) posts with the candidates to mark and the Markdown
// export (core/analytics/ContentInsights.h). The score weights are tuned in a "Weights…"
// popup, so the page stays narrow.

#include "Page.h"
#include "analytics/ContentInsights.h"
#include "analytics/Rankings.h"

#include <QSet>
#include <QTimer>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace kindred {

class ContentTableModel;
class EssencePanel;
class LinksPanel;
class ThreadsPanel;

struct ContentData
{
    QList<ContentRanking> rows;
    QList<ThreadRanking> threads;
    QList<LinkRanking> links;
    QList<LinkRanking> domains;
    QList<EssencePost> essence;
    QList<ContentRanking> candidates;
    QSet<qint64> marked;
    QByteArray timezone;
    ContentWeights weights;
    QString status; ///< the outcome of a mark/unmark/export, for the status bar
};

class ContentPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentPage)
public:
    static constexpr int kTopPosts = 100;
    static constexpr int kTopThreads = 100;
    static constexpr int kTopLinks = 100;

    explicit ContentPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;
    ContentWeights weights() const;
    void setWeights(const ContentWeights &weights);
    ContentTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    ThreadsPanel *threadsPanel() const { return m_threads; }
    LinksPanel *linksPanel() const { return m_links; }
    EssencePanel *essencePanel() const { return m_essence; }
    QPushButton *markButton() const { return m_mark; }

    /// Marks / unmarks a post as essence (actor: the OS user name) off the GUI thread, then
    /// reloads; the outcome goes to statusMessage().
    void markEssence(qint64 messageId, const QString &note = {});
    void unmarkEssence(qint64 messageId);
    /// Writes the essence posts as Markdown (ContentInsights::exportMarkdown) off the GUI thread.
    void exportEssence(const QString &path);

protected:
    void retranslateUi() override;
    void load() override;

private:
    using Action = std::function<bool(Database &, QString *)>;
    void run(Action action, const QString &success);
    void showData(const ContentData &data);
    void chooseCsvFile();
    void chooseMarkdownFile();
    void updateMarkButton();
    void updateWeightsSummary();

    QToolButton *m_weightsButton;
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
    QPushButton *m_mark;
    QLabel *m_hint;
    QTabWidget *m_tabs;
    QTableView *m_table;
    ContentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ThreadsPanel *m_threads;
    LinksPanel *m_links;
    EssencePanel *m_essence;
    QTimer m_recompute;
    bool m_sized = false;
};

} // namespace kindred
