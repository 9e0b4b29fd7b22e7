#pragma once
// The tabs of the Content page beyond the top posts (ui/pages/ContentPage.h): top threads, top
// shared links and domains, and the essence (精华) posts with the candidates to mark. Each
// panel shows what ContentPage hands it and asks the page to act through its signals.

#include "analytics/ContentInsights.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class ContentTableModel;
class EssenceTableModel;
class LinkTableModel;
class ThreadTableModel;

/// The top threads of the period, with their score breakdown.
class ThreadsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadsPanel)
public:
    explicit ThreadsPanel(QWidget *parent = nullptr);
    void setRows(const QList<ThreadRanking> &rows, const QTimeZone &zone,
                 const ContentWeights &weights);
    ThreadTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    void retranslateUi(int shown);

signals:
    void memberRequested(qint64 memberId);

private:
    QLabel *m_hint;
    QTableView *m_view;
    ThreadTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

/// The top shared links and, below, the top domains.
class LinksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinksPanel)
public:
    explicit LinksPanel(QWidget *parent = nullptr);
    void setRows(const QList<LinkRanking> &links, const QList<LinkRanking> &domains,
                 const QTimeZone &zone);
    LinkTableModel *linkModel() const { return m_links; }
    LinkTableModel *domainModel() const { return m_domains; }
    QSortFilterProxyModel *linkProxy() const { return m_linkProxy; }
    QSortFilterProxyModel *domainProxy() const { return m_domainProxy; }
    void retranslateUi();

private:
    QLabel *m_linksLabel;
    QLabel *m_domainsLabel;
    LinkTableModel *m_links;
    LinkTableModel *m_domains;
    QSortFilterProxyModel *m_linkProxy;
    QSortFilterProxyModel *m_domainProxy;
};

/// The marked essence posts (Unmark, Export Markdown…) and the candidates (Mark).
class EssencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EssencePanel)
public:
    explicit EssencePanel(QWidget *parent = nullptr);
    void setRows(const QList<EssencePost> &essence, const QList<ContentRanking> &candidates,
                 const QTimeZone &zone, const ContentWeights &weights);
    EssenceTableModel *essenceModel() const { return m_essence; }
    ContentTableModel *candidateModel() const { return m_candidates; }
    QTableView *essenceView() const { return m_essenceView; }
    QTableView *candidateView() const { return m_candidateView; }
    QPushButton *markButton() const { return m_mark; }
    QPushButton *unmarkButton() const { return m_unmark; }
    QPushButton *exportButton() const { return m_export; }
    void retranslateUi(int candidates);

signals:
    void markRequested(qint64 messageId);
    void unmarkRequested(qint64 messageId);
    void exportRequested();
    void memberRequested(qint64 memberId);

private:
    void updateButtons();

    QLabel *m_essenceLabel;
    QLabel *m_candidatesLabel;
    QPushButton *m_unmark;
    QPushButton *m_export;
    QPushButton *m_mark;
    QTableView *m_essenceView;
    QTableView *m_candidateView;
    EssenceTableModel *m_essence;
    ContentTableModel *m_candidates;
};

} // namespace kindred
