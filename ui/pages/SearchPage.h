#pragma once
// Full-text search results (issue 6 item 3): not a sidebar page; MainWindow shows it in the
// "Search" dock when the search box of the title bar (Ctrl+F) is used, on any page.
//
// The query is searched with MessageSearch (core/search/MessageSearch.h: every word must occur
// in the message, Chinese substrings included, quotes and operators taken literally) within
// the filters: one channel or all, a member (id or display name: exact, case-insensitive,
// else the first name containing it), and optionally a date range of local days in the
// community's timezone (both ends inclusive). The kLimit most relevant hits are listed with
// time, channel, member and the snippet with the matches highlighted (SnippetDelegate); the
// selected hit is shown with the messages around it in its channel; a double-click (or Enter)
// on a hit opens its member (Page::memberRequested).

#include "Page.h"
#include "search/MessageSearch.h"

#include <QDate>
#include <QTimeZone>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace kindred {

class SearchResultModel;

/// What one search read (in a worker).
struct SearchPageData
{
    QList<QPair<qint64, QString>> channels; ///< (channel.id, shown name), by name
    QByteArray zoneId;                      ///< the community's timezone
    QString query;
    SearchResults results;
    qint64 memberId = 0;        ///< the member filter, resolved (0 = anyone)
    QString memberName;         ///< its display name
    bool memberUnknown = false; ///< a member was asked for but none matches (no search ran)
    QDate firstDay;             ///< local day of the first message (invalid when none)
    QDate lastDay;              ///< local day of the last message
};

class SearchPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPage)
public:
    static constexpr int kLimit = 200;      ///< hits listed (the total is always counted)
    static constexpr int kContextLines = 3; ///< messages shown before and after the selected hit

    explicit SearchPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// Searches `text` in the workspace of `context` with the current filters.
    void search(const PageContext &context, const QString &text);
    /// Channel filter (0 = all channels; must be a channel of the workspace once loaded).
    void setChannelFilter(qint64 channelId);
    /// Member filter: a member id or a display name ("" = anyone).
    void setMemberFilter(const QString &member);
    /// Date filter: local days [from, to] of the community's timezone; invalid dates = none.
    void setDateFilter(const QDate &from, const QDate &to);

    QString queryText() const;
    const SearchPageData &data() const { return m_data; }
    SearchResultModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *channelBox() const { return m_channel; }
    QTextBrowser *contextView() const { return m_context; }
    /// The message whose context is shown (0 = none).
    qint64 contextMessageId() const { return m_contextMessage; }
    bool isContextLoading() const { return m_contextLoading; }

protected:
    void retranslateUi() override;
    void load() override;

private:
    void show(const SearchPageData &data);
    void updateSummary();
    void requestSearch();
    void showContextOf(int row);
    void activate(const QModelIndex &index);

    QLineEdit *m_query;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_memberLabel;
    QLineEdit *m_member;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTableView *m_table;
    QTextBrowser *m_context;
    SearchResultModel *m_model;
    SearchPageData m_data;
    QTimeZone m_zone = QTimeZone::utc();
    QTimer m_debounce;
    qint64 m_channelWanted = 0;
    qint64 m_contextMessage = 0;
    quint64 m_contextGeneration = 0;
    bool m_contextLoading = false;
};

} // namespace kindred
