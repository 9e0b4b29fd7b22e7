#include "Page.h"

#include "widgets/EmptyState.h"

#include <QEvent>
#include <QStackedLayout>

namespace kindred {

Page::Page(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_empty(new EmptyState(this))
{
    m_stack->addWidget(m_empty);
    connect(m_empty, &EmptyState::openDemoClicked, this, &Page::openDemoRequested);
    connect(m_empty, &EmptyState::importClicked, this, &Page::importRequested);
    updateEmptyTexts();
}

void Page::setContentWidget(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
}

void Page::reload(const PageContext &context)
{
    m_context = context;
    if (context.workspacePath.isEmpty()) {
        ++m_generation; // drop any load still running
        m_loading = false;
        showProblem(Problem::NoWorkspace, {});
        emit loaded();
        return;
    }
    load();
}

bool Page::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void Page::showContent()
{
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

void Page::showNoData()
{
    showProblem(Problem::NoData, {});
}

void Page::showProblem(Problem problem, const QString &detail)
{
    m_problem = problem;
    m_problemDetail = detail;
    updateEmptyTexts();
    m_stack->setCurrentWidget(m_empty);
}

void Page::updateEmptyTexts()
{
    switch (m_problem) {
    case Problem::NoWorkspace:
        m_empty->setTexts(tr("Welcome to Kindred"),
                          tr("Open a workspace, import a chat export (Telegram JSON, WhatsApp "
                             "text), or explore the demo community to see what Kindred shows."));
        break;
    case Problem::NoData:
        m_empty->setTexts(tr("Nothing to show yet"),
                          tr("This workspace holds no community members for the chosen period. "
                             "Import a chat export, choose a longer period, or open the demo "
                             "community."));
        break;
    case Problem::Error:
        m_empty->setTexts(tr("The workspace could not be read"), m_problemDetail);
        break;
    }
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateEmptyTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace kindred
