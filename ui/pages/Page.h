#pragma once
// Base of every sidebar page. A page shows the data of a PageContext (workspace + period),
// loads it off the GUI thread through query(), shows an empty state when there is nothing to
// show, and retranslates itself on QEvent::LanguageChange. Adding a page to the window is one
// line in MainWindow (addPage).

#include "AsyncQuery.h"
#include "analytics/AnalyticsSource.h"
#include "analytics/Period.h"

#include <QIcon>
#include <QWidget>

#include <utility>

class QStackedLayout;

namespace kindred {

class EmptyState;

/// What every page shows: the workspace and the global period.
struct PageContext
{
    QString workspacePath;
    Period period;
};

class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    explicit Page(QWidget *parent = nullptr);

    /// Translated title for the sidebar and the window title.
    virtual QString title() const = 0;
    virtual QIcon icon(const QColor &color) const = 0;

    /// Shows `context`: the empty state without a workspace, else starts load().
    void reload(const PageContext &context);
    const PageContext &context() const { return m_context; }
    bool isLoading() const { return m_loading; }
    bool isShowingEmptyState() const;
    EmptyState *emptyState() const { return m_empty; }

signals:
    /// The data of the current context is shown (or the empty state explains why not).
    void loaded();
    void openDemoRequested();
    void importRequested();
    /// A short note for the status bar (e.g. "Exported 120 rows to …").
    void statusMessage(const QString &text);
    /// The user asked to see one member (double-click in a member list, an at-risk row, ...):
    /// MainWindow opens the member detail panel. `memberId` is a member.id of the workspace.
    void memberRequested(qint64 memberId);

protected:
    /// Sets all texts of the page (called at construction and on every language change).
    virtual void retranslateUi() = 0;
    /// Loads context() through query().
    virtual void load() = 0;

    /// The widget shown when the page has data (call once from the constructor).
    void setContentWidget(QWidget *content);
    void showContent();
    /// "Nothing to show yet": the workspace holds no members for the period.
    void showNoData();
    void changeEvent(QEvent *event) override;

    /// Runs `work(Database &, T *, QString *)` in a worker; `done(const T &)` runs on the GUI
    /// thread unless a newer query() or reload() superseded it. Errors show the empty state.
    template <typename T, typename Work, typename Done> void query(Work work, Done done)
    {
        const quint64 generation = ++m_generation;
        m_loading = true;
        AsyncQuery::run<T>(this, m_context.workspacePath, std::move(work),
                           [this, generation, done = std::move(done)](const QueryResult<T> &r) {
                               if (generation != m_generation)
                                   return;
                               m_loading = false;
                               if (r.ok)
                                   done(r.value);
                               else
                                   showProblem(r.opened ? Problem::NoData : Problem::Error,
                                               r.error);
                               emit loaded();
                           });
    }

private:
    enum class Problem
    {
        NoWorkspace,
        NoData,
        Error
    };
    void showProblem(Problem problem, const QString &detail);
    void updateEmptyTexts();

    PageContext m_context;
    quint64 m_generation = 0;
    bool m_loading = false;
    QStackedLayout *m_stack;
    QWidget *m_content = nullptr;
    EmptyState *m_empty;
    Problem m_problem = Problem::NoWorkspace;
    QString m_problemDetail;
};

} // namespace kindred
