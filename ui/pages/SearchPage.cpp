#include "SearchPage.h"

#include "AsyncQuery.h"
#include "models/SearchResultModel.h"
#include "widgets/Icons.h"
#include "widgets/SnippetDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {

/// The member a filter text names: an id, else a display name (exact, case-insensitive,
/// else the first containing it); 0 when none.
qint64 resolveMember(Database &db, const QString &text, QString *name)
{
    QSqlQuery q(db.sql());
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId) {
        q.prepare(QStringLiteral("SELECT id, display_name FROM member WHERE id = ?"));
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral(
            "SELECT id, display_name FROM member WHERE merged_into IS NULL AND (display_name = "
            "? COLLATE NOCASE OR instr(lower(display_name), lower(?)) > 0) ORDER BY "
            "display_name = ? COLLATE NOCASE DESC, id LIMIT 1"));
        q.addBindValue(text);
        q.addBindValue(text);
        q.addBindValue(text);
    }
    if (!q.exec() || !q.next())
        return 0;
    *name = q.value(1).toString();
    return q.value(0).toLongLong();
}

} // namespace

SearchPage::SearchPage(QWidget *parent)
    : Page(parent), m_query(new QLineEdit), m_channelLabel(new QLabel), m_channel(new QComboBox),
      m_memberLabel(new QLabel), m_member(new QLineEdit), m_dates(new QCheckBox),
      m_from(new QDateEdit), m_to(new QDateEdit), m_summary(new QLabel), m_table(new QTableView),
      m_context(new QTextBrowser), m_model(new SearchResultModel(this))
{
    setObjectName(QStringLiteral("searchPage"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setClearButtonEnabled(true);
    m_channel->setObjectName(QStringLiteral("searchChannel"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel->addItem(QString(), qint64(0));
    m_member->setObjectName(QStringLiteral("searchMember"));
    m_member->setClearButtonEnabled(true);
    m_dates->setObjectName(QStringLiteral("searchDateRange"));
    m_from->setObjectName(QStringLiteral("searchFrom"));
    m_to->setObjectName(QStringLiteral("searchTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SearchResultModel::Snippet, new SnippetDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(SearchResultModel::When, 130);
    m_table->setColumnWidth(SearchResultModel::Channel, 140);
    m_table->setColumnWidth(SearchResultModel::Member, 130);
    m_context->setObjectName(QStringLiteral("searchContext"));
    m_context->setOpenLinks(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_query, 3);
    filters->addWidget(m_channelLabel);
    filters->addWidget(m_channel, 1);
    filters->addWidget(m_memberLabel);
    filters->addWidget(m_member, 1);
    filters->addWidget(m_dates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    // Side by side: the dock below the pages is wide and low.
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_context);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 400});
    split->setChildrenCollapsible(false);
    m_context->setMinimumWidth(200);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setContentWidget(content);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPage::requestSearch);
    connect(m_query, &QLineEdit::textEdited, this, [this]() { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPage::requestSearch);
    connect(m_member, &QLineEdit::editingFinished, this, [this]() {
        if (m_member->isModified()) {
            m_member->setModified(false);
            requestSearch();
        }
    });
    connect(m_channel, &QComboBox::activated, this, [this]() {
        m_channelWanted = m_channel->currentData().toLongLong();
        requestSearch();
    });
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        requestSearch();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this]() {
            if (m_dates->isChecked())
                requestSearch();
        });
    // A double-click (or Enter) on a hit: the style activates the row.
    connect(m_table, &QTableView::activated, this, &SearchPage::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showContextOf(current.row()); });
    retranslateUi();
}

QString SearchPage::title() const
{
    return tr("Search");
}

QIcon SearchPage::icon(const QColor &color) const
{
    return Icons::content(color);
}

QString SearchPage::queryText() const
{
    return m_query->text();
}

void SearchPage::search(const PageContext &context, const QString &text)
{
    m_query->setText(text);
    reload(context);
}

void SearchPage::setChannelFilter(qint64 channelId)
{
    m_channelWanted = channelId;
    const int i = m_channel->findData(channelId);
    if (i >= 0)
        m_channel->setCurrentIndex(i);
    requestSearch();
}

void SearchPage::setMemberFilter(const QString &member)
{
    m_member->setText(member);
    requestSearch();
}

void SearchPage::setDateFilter(const QDate &from, const QDate &to)
{
    const bool on = from.isValid() && to.isValid();
    const QSignalBlocker blockDates(m_dates);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_dates->setChecked(on);
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    if (on) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    requestSearch();
}

void SearchPage::requestSearch()
{
    m_debounce.stop();
    if (!context().workspacePath.isEmpty())
        load();
}

void SearchPage::load()
{
    const QString text = m_query->text();
    const qint64 channel = m_channelWanted;
    const QString member = m_member->text().trimmed();
    const bool dated = m_dates->isChecked();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    query<SearchPageData>(
        [=](Database &db, SearchPageData *out, QString *error) {
            QSqlQuery q(db.sql());
            if (!q.exec(QStringLiteral("SELECT id, CASE WHEN name <> '' THEN name ELSE "
                                       "platform || ' ' || external_id END FROM channel ORDER "
                                       "BY 2, id"))) {
                *error = q.lastError().text();
                return false;
            }
            while (q.next())
                out->channels.append({q.value(0).toLongLong(), q.value(1).toString()});
            q.finish();
            const QTimeZone zone = MessageSearch::communityZone(db);
            out->zoneId = zone.id();
            if (q.exec(QStringLiteral("SELECT min(sent_at), max(sent_at) FROM message")) &&
                q.next() && !q.value(0).isNull()) {
                out->firstDay = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
                out->lastDay = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), zone).date();
            }
            q.finish();
            out->query = text;
            SearchFilter filter;
            if (channel > 0)
                filter.channelIds = {channel};
            if (!member.isEmpty()) {
                out->memberId = resolveMember(db, member, &out->memberName);
                if (out->memberId == 0) {
                    out->memberUnknown = true;
                    out->results.terms = MessageSearch::terms(text);
                    return true;
                }
                filter.memberId = out->memberId;
            }
            if (dated) {
                filter.fromUtc = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
                filter.toUtc = QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
            }
            filter.limit = kLimit;
            return MessageSearch(db).query(text, filter, &out->results, error);
        },
        [this](const SearchPageData &data) { show(data); });
}

void SearchPage::show(const SearchPageData &data)
{
    m_data = data;
    m_zone = QTimeZone(data.zoneId);
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    {
        const QSignalBlocker block(m_channel);
        while (m_channel->count() > 1)
            m_channel->removeItem(1);
        for (const auto &[id, name] : data.channels)
            m_channel->addItem(name, id);
        const int i = m_channel->findData(m_channelWanted);
        m_channel->setCurrentIndex(i >= 0 ? i : 0);
        if (i < 0)
            m_channelWanted = 0;
    }
    if (!m_dates->isChecked() && data.firstDay.isValid()) {
        // Unused range: offer the workspace's whole history.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(data.firstDay);
        m_to->setDate(data.lastDay);
    }
    m_model->setHits(data.results.hits, m_zone);
    m_contextMessage = 0;
    ++m_contextGeneration;
    m_contextLoading = false;
    m_context->clear();
    updateSummary();
    showContent();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0); // shows its context
}

void SearchPage::updateSummary()
{
    const SearchResults &r = m_data.results;
    QStringList quoted;
    for (const QString &t : r.terms)
        quoted.append(tr("“%1”").arg(t));
    const QString words = quoted.join(tr(", "));
    QString text;
    if (r.terms.isEmpty())
        text = tr("Type words in the search box (Ctrl+F) and press Enter. Every word must occur "
                  "in the message; Chinese matches without spaces.");
    else if (m_data.memberUnknown)
        text = tr("No member is called “%1”.").arg(m_member->text().trimmed());
    else if (r.total == 0)
        text = tr("No message contains %1.").arg(words);
    else if (r.total > r.hits.size())
        text = tr("%1 messages contain %2; the %3 most relevant are listed.")
                   .arg(r.total)
                   .arg(words)
                   .arg(r.hits.size());
    else
        text = tr("%n message(s) contain %1.", "", int(r.total)).arg(words);
    if (m_data.memberId > 0 && !m_data.memberUnknown)
        text += QLatin1Char(' ') +
                tr("Member: %1 (id %2).").arg(m_data.memberName).arg(m_data.memberId);
    m_summary->setText(text);
    m_summary->setToolTip(
        tr("How: the message text is searched for every word as a substring (case-insensitive; "
           "quotes and operators are ordinary characters), with SQLite's FTS5 trigram index "
           "for words of 3 or more characters and a scan (LIKE) of the filtered messages for "
           "shorter ones. Service lines (joins, pins) are not searched. Order: bm25 relevance, "
           "then newest first; newest first when every word is short."));
}

void SearchPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 member = index.data(SearchResultModel::MemberIdRole).toLongLong();
    if (member > 0)
        emit memberRequested(member);
}

void SearchPage::showContextOf(int row)
{
    const quint64 generation = ++m_contextGeneration;
    if (row < 0 || row >= m_model->rowCount()) {
        m_contextMessage = 0;
        m_contextLoading = false;
        m_context->clear();
        return;
    }
    const SearchHit hit = m_model->hits().at(row);
    const QStringList terms = m_data.results.terms;
    m_contextLoading = true;
    AsyncQuery::run<QList<SearchContextLine>>(
        this, context().workspacePath,
        [id = hit.messageId](Database &db, QList<SearchContextLine> *out, QString *error) {
            return MessageSearch(db).context(id, kContextLines, kContextLines, out, error);
        },
        [this, generation, hit, terms](const QueryResult<QList<SearchContextLine>> &r) {
            if (generation != m_contextGeneration)
                return;
            m_contextLoading = false;
            m_contextMessage = hit.messageId;
            if (!r.ok) {
                m_context->setPlainText(r.error);
                return;
            }
            QString html = QStringLiteral("<p><b>%1</b></p>").arg(hit.channelName.toHtmlEscaped());
            for (const SearchContextLine &line : r.value) {
                QString body;
                if (line.isHit) {
                    // The whole text with every match highlighted.
                    const QString text = line.text;
                    int at = 0;
                    QList<QPair<int, int>> all;
                    for (const QString &t : terms)
                        for (qsizetype i = text.indexOf(t, 0, Qt::CaseInsensitive); i >= 0;
                             i = text.indexOf(t, i + 1, Qt::CaseInsensitive))
                            all.append({int(i), int(t.size())});
                    std::sort(all.begin(), all.end());
                    for (const auto &[start, length] : std::as_const(all)) {
                        if (start < at)
                            continue;
                        body +=
                            text.mid(at, start - at).toHtmlEscaped() +
                            QStringLiteral("<span style=\"background-color:rgba(255,193,7,0.45);"
                                           "font-weight:bold\">") +
                            text.mid(start, length).toHtmlEscaped() + QStringLiteral("</span>");
                        at = start + length;
                    }
                    body += text.mid(at).toHtmlEscaped();
                } else {
                    body = line.text.toHtmlEscaped();
                }
                body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
                const QString when = QDateTime::fromSecsSinceEpoch(line.sentAt, m_zone)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                html += (line.isHit ? QStringLiteral("<p><a name=\"hit\"></a>▶ ")
                                    : QStringLiteral("<p style=\"color:gray\">")) +
                        QStringLiteral("<span style=\"color:gray\">%1</span> <b>%2</b>: %3</p>")
                            .arg(when, line.memberName.toHtmlEscaped(), body);
            }
            m_context->setHtml(html);
            m_context->scrollToAnchor(QStringLiteral("hit"));
        });
}

void SearchPage::retranslateUi()
{
    m_query->setPlaceholderText(tr("Search messages…"));
    m_channelLabel->setText(tr("Channel:"));
    m_channel->setItemText(0, tr("All channels"));
    m_memberLabel->setText(tr("Member:"));
    m_member->setPlaceholderText(tr("name or id"));
    m_member->setToolTip(tr("A member id, or a display name (exact, else the first name that "
                            "contains it). Messages of members merged into them are included."));
    m_dates->setText(tr("Between"));
    m_dates->setToolTip(tr("Only messages sent on these days (both included, in the "
                           "community's timezone)."));
    m_context->setToolTip(tr("The selected message with the %1 messages before and after it in "
                             "its channel.")
                              .arg(kContextLines));
    m_model->retranslate();
    updateSummary();
}

} // namespace kindred
