#include "MemberDetailPanel.h"

#include "AsyncQuery.h"
#include "Theme.h"
#include "charts/ChartFactory.h"
#include "charts/MemberTimelineChart.h"
#include "models/MemberIdentityModel.h"
#include "models/ModelRoles.h"
#include "models/PlatformNames.h"
#include "models/RecentMessageModel.h"
#include "models/ReplyPartnerModel.h"
#include "widgets/Card.h"
#include "widgets/InteractiveChartView.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {

QTableView *makeTable(const char *objectName)
{
    auto *t = new QTableView;
    t->setObjectName(QString::fromLatin1(objectName));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    // The panel scrolls as a whole: tables show all their rows, and columns are capped so
    // that the last (stretched) one elides instead of scrolling sideways.
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setFrameShape(QFrame::NoFrame);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

/// Draws one latest message as two lines: "time · channel · ↩ partner" in a muted, smaller
/// font, then the text (elided; the full text is the tooltip). The row's index is the Text
/// column of RecentMessageModel; the other columns are its siblings.
class RecentMessageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QFont smallFont(const QFont &base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * 0.88);
        return f;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        QStringList parts{index.siblingAtColumn(RecentMessageModel::When).data().toString(),
                          index.siblingAtColumn(RecentMessageModel::Channel).data().toString()};
        const QString reply = index.siblingAtColumn(RecentMessageModel::Reply).data().toString();
        if (!reply.isEmpty())
            parts.append(reply);
        const QRect r = opt.rect.adjusted(8, 4, -8, -4);
        const QFont small = smallFont(opt.font);
        const QFontMetrics smallMetrics(small);
        const QFontMetrics metrics(opt.font);
        painter->save();
        painter->setFont(small);
        painter->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(
            QRect(r.left(), r.top(), r.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, r.width()));
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(
            QRect(r.left(), r.top() + smallMetrics.height() + 2, r.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data().toString(), Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int height = QFontMetrics(smallFont(option.font)).height() +
                           QFontMetrics(option.font).height() + 2 + 8;
        return {option.rect.width(), height};
    }
};

QLabel *makeWrapped(const char *objectName)
{
    auto *l = new QLabel;
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

MemberDetailPanel::MemberDetailPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_message(new QLabel),
      m_scroll(new QScrollArea), m_name(new QLabel), m_subtitle(makeWrapped("memberSubtitle")),
      m_facts(makeWrapped("memberFacts")), m_segmentTitle(new QLabel), m_segment(new QLabel),
      m_segmentWhy(makeWrapped("memberSegmentWhy")), m_levelTitle(new QLabel), m_level(new QLabel),
      m_levelWhy(makeWrapped("memberLevelWhy")), m_timelineCard(new Card),
      m_chart(new InteractiveChartView), m_timelineNote(makeWrapped("memberTimelineNote")),
      m_identityCard(new Card), m_identities(makeTable("memberIdentities")), m_notesCard(new Card),
      m_tagsLabel(new QLabel), m_tags(new QLineEdit), m_notesLabel(new QLabel),
      m_notes(new QPlainTextEdit), m_save(new QPushButton),
      m_saveError(makeWrapped("memberSaveError")), m_recentCard(new Card), m_recent(new QListView),
      m_partnerCard(new Card), m_partners(makeTable("memberReplyPartners")),
      m_partnerNote(makeWrapped("memberPartnerNote")),
      m_identityModel(new MemberIdentityModel(this)), m_recentModel(new RecentMessageModel(this)),
      m_partnerModel(new ReplyPartnerModel(this))
{
    setObjectName(QStringLiteral("memberDetailPanel"));
    m_message->setObjectName(QStringLiteral("memberPanelMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_segment->setObjectName(QStringLiteral("memberSegment"));
    m_level->setObjectName(QStringLiteral("memberLevel"));
    QFont strong = m_segment->font();
    strong.setWeight(QFont::DemiBold);
    m_segment->setFont(strong);
    m_level->setFont(strong);
    for (QLabel *l : {m_segmentTitle, m_levelTitle})
        l->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : {m_timelineNote, m_partnerNote})
        l->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *l : {m_segmentWhy, m_levelWhy})
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_chart->setObjectName(QStringLiteral("memberTimeline"));
    m_chart->setFixedHeight(190);
    m_tags->setObjectName(QStringLiteral("memberTags"));
    m_tags->setClearButtonEnabled(true);
    m_notes->setObjectName(QStringLiteral("memberNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 14);
    m_save->setObjectName(QStringLiteral("memberSave"));
    m_save->setEnabled(false);
    m_saveError->hide();
    QPalette errorPalette = m_saveError->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::negative());
    m_saveError->setPalette(errorPalette);

    m_identities->setModel(m_identityModel);
    m_recent->setObjectName(QStringLiteral("memberRecentMessages"));
    m_recent->setModel(m_recentModel);
    m_recent->setModelColumn(RecentMessageModel::Text);
    m_recent->setItemDelegate(new RecentMessageDelegate(m_recent));
    m_recent->setUniformItemSizes(true);
    m_recent->setAlternatingRowColors(true);
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_partners->setModel(m_partnerModel);
    m_partners->setSortingEnabled(false);
    // The counts keep their width; the name takes the rest and elides.
    m_partners->horizontalHeader()->setStretchLastSection(false);
    m_partners->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_partners->horizontalHeader()->setSectionResizeMode(ReplyPartnerModel::Name,
                                                         QHeaderView::Stretch);

    // Header: name, status line, facts; then segment and level side by side with their why.
    auto *verdicts = new QGridLayout;
    verdicts->setHorizontalSpacing(16);
    verdicts->setVerticalSpacing(2);
    verdicts->addWidget(m_segmentTitle, 0, 0);
    verdicts->addWidget(m_segment, 1, 0);
    verdicts->addWidget(m_segmentWhy, 2, 0);
    verdicts->addWidget(m_levelTitle, 0, 1);
    verdicts->addWidget(m_level, 1, 1);
    verdicts->addWidget(m_levelWhy, 2, 1);
    verdicts->setColumnStretch(0, 1);
    verdicts->setColumnStretch(1, 1);
    verdicts->setRowStretch(2, 1);
    auto *header = new Card;
    auto *headerBody = new QWidget;
    auto *headerLayout = new QVBoxLayout(headerBody);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(4);
    headerLayout->addWidget(m_name);
    headerLayout->addWidget(m_subtitle);
    headerLayout->addWidget(m_facts);
    headerLayout->addSpacing(6);
    headerLayout->addLayout(verdicts);
    header->addWidget(headerBody);

    m_timelineCard->addWidget(m_chart);
    m_timelineCard->addWidget(m_timelineNote);
    m_identityCard->addWidget(m_identities);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveError, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    auto *notesBody = new QWidget;
    auto *notesLayout = new QVBoxLayout(notesBody);
    notesLayout->setContentsMargins(0, 4, 0, 0);
    notesLayout->setSpacing(4);
    notesLayout->addWidget(m_tagsLabel);
    notesLayout->addWidget(m_tags);
    notesLayout->addSpacing(4);
    notesLayout->addWidget(m_notesLabel);
    notesLayout->addWidget(m_notes);
    notesLayout->addLayout(saveRow);
    m_notesCard->addWidget(notesBody);

    m_recentCard->addWidget(m_recent);
    m_partnerCard->addWidget(m_partners);
    m_partnerCard->addWidget(m_partnerNote);

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("memberPanelBody"));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    for (QWidget *w : std::initializer_list<QWidget *>{header, m_timelineCard, m_notesCard,
                                                       m_identityCard, m_partnerCard, m_recentCard})
        layout->addWidget(w);
    layout->addStretch();
    m_scroll->setObjectName(QStringLiteral("memberPanelScroll"));
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    setMinimumWidth(340);

    connect(m_tags, &QLineEdit::textChanged, this, &MemberDetailPanel::updateSaveButton);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MemberDetailPanel::updateSaveButton);
    connect(m_tags, &QLineEdit::returnPressed, this, [this]() {
        if (m_save->isEnabled())
            save();
    });
    connect(m_save, &QPushButton::clicked, this, &MemberDetailPanel::save);
    connect(m_partners, &QAbstractItemView::activated, this, &MemberDetailPanel::openPartner);
    retranslateUi();
}

void MemberDetailPanel::showMember(const PageContext &context, qint64 memberId)
{
    const bool sameMember = context.workspacePath == m_context.workspacePath &&
                            (memberId == m_requested || memberId == m_profile.id);
    m_context = context;
    if (!sameMember) {
        m_profile = MemberProfile{};
        showMessage(tr("Loading member…"));
    }
    load(memberId);
}

void MemberDetailPanel::setContext(const PageContext &context)
{
    if (m_requested == 0)
        return;
    if (context.workspacePath != m_context.workspacePath) {
        ++m_generation; // drop any load still running
        m_loading = false;
        m_context = context;
        m_requested = 0;
        m_profile = MemberProfile{};
        showMessage(tr("Double-click a member (Members page, reply partners) to see their "
                       "details here."));
        return;
    }
    if (context.period.from == m_context.period.from && context.period.to == m_context.period.to)
        return; // same workspace and period: re-read only when asked (showMember)
    m_context = context;
    load(m_profile.id > 0 ? m_profile.id : m_requested);
}

void MemberDetailPanel::load(qint64 memberId)
{
    m_requested = memberId;
    const quint64 generation = ++m_generation;
    m_loading = true;
    const Period period = m_context.period;
    AsyncQuery::run<MemberDetailData>(
        this, m_context.workspacePath,
        [memberId, period](Database &db, MemberDetailData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            out->timezone = source.clock().zone().id();
            return MemberProfile::load(source, SegmentRules::load(db), LevelRules::load(db),
                                       memberId, period, &out->profile, error);
        },
        [this, generation](const QueryResult<MemberDetailData> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (r.ok)
                showData(r.value);
            else
                showMessage(tr("This member cannot be shown.\n\n%1").arg(r.error));
            emit loaded();
        });
}

void MemberDetailPanel::showData(const MemberDetailData &data)
{
    const bool sameMember = m_profile.id == data.profile.id;
    const bool keepEdits = sameMember && hasUnsavedChanges();
    m_profile = data.profile;
    m_timezone = data.timezone;
    m_storedTags = MemberProfile::formatTags(m_profile.tags);
    m_storedNotes = m_profile.notes;
    if (!keepEdits) {
        m_tags->setText(m_storedTags);
        m_notes->setPlainText(m_storedNotes);
        m_saveError->hide();
    }
    const QTimeZone zone(m_timezone);
    m_identityModel->setIdentities(m_profile.identities);
    m_recentModel->setMessages(m_profile.recent, zone);
    m_partnerModel->setPartners(m_profile.partners, m_profile.name);
    // Columns with nothing to show for this person are hidden (most have no username, few
    // have merged accounts), so that the rest fit the panel's width.
    const bool anyUsername =
        std::any_of(m_profile.identities.begin(), m_profile.identities.end(),
                    [](const MemberIdentity &i) { return !i.username.isEmpty(); });
    m_identities->setColumnHidden(MemberIdentityModel::Username, !anyUsername);
    m_identities->setColumnHidden(MemberIdentityModel::Source, m_profile.mergedIds.isEmpty());
    m_identities->resizeColumnsToContents();
    for (int c = 0; c + 1 < MemberIdentityModel::ColumnCount; ++c)
        m_identities->setColumnWidth(c, std::min(m_identities->columnWidth(c) + 8, 140));
    fitHeight(m_identities);
    fitHeight(m_partners);
    const int rowHeight = m_recent->sizeHintForRow(0);
    m_recent->setFixedHeight(std::max(1, m_recentModel->rowCount()) * std::max(rowHeight, 1) +
                             m_recent->frameWidth() * 2 + 2);
    updateTexts();
    renderChart();
    updateSaveButton();
    m_stack->setCurrentWidget(m_scroll);
    if (!sameMember)
        m_scroll->verticalScrollBar()->setValue(0);
}

void MemberDetailPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateSaveButton();
}

bool MemberDetailPanel::hasUnsavedChanges() const
{
    if (m_profile.id == 0)
        return false;
    return m_tags->text() != m_storedTags || m_notes->toPlainText() != m_storedNotes;
}

void MemberDetailPanel::updateSaveButton()
{
    m_save->setEnabled(!m_saving && m_profile.id > 0 && hasUnsavedChanges());
}

void MemberDetailPanel::save()
{
    if (m_saving || m_profile.id == 0)
        return;
    m_saving = true;
    updateSaveButton();
    m_saveError->hide();
    const qint64 id = m_profile.id;
    const QString tags = m_tags->text();
    const QString notes = m_notes->toPlainText();
    AsyncQuery::run<bool>(
        this, m_context.workspacePath,
        [id, tags, notes](Database &db, bool *ok, QString *error) {
            *ok = MemberProfile::saveTagsAndNotes(db, id, tags, notes, error);
            return *ok;
        },
        [this, id](const QueryResult<bool> &r) {
            m_saving = false;
            if (!r.ok) {
                m_saveError->setText(tr("Not saved: %1").arg(r.error));
                m_saveError->show();
                updateSaveButton();
                emit saved(false);
                return;
            }
            if (id == m_profile.id) {
                // What is stored now (normalised), so that the editors show it after the reload.
                QString normalised, ignored;
                MemberProfile::normaliseTags(m_tags->text(), &normalised, &ignored);
                m_storedTags = normalised;
                m_storedNotes = MemberProfile::normaliseNotes(m_notes->toPlainText());
                m_tags->setText(m_storedTags);
                m_notes->setPlainText(m_storedNotes);
            }
            emit statusMessage(tr("Saved the tags and notes of %1").arg(m_profile.name));
            emit saved(true);
            load(id); // shows what the workspace holds now
        });
}

void MemberDetailPanel::openPartner(const QModelIndex &index)
{
    const qint64 id = index.data(IdRole).toLongLong();
    if (id > 0)
        showMember(m_context, id);
}

void MemberDetailPanel::fitHeight(QTableView *table)
{
    const int rows = table->model()->rowCount();
    const int height = table->horizontalHeader()->sizeHint().height() +
                       std::max(rows, 1) * table->verticalHeader()->defaultSectionSize() +
                       table->frameWidth() * 2 + 2;
    table->setFixedHeight(height);
}

void MemberDetailPanel::renderChart()
{
    if (m_profile.id == 0)
        return;
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    m_chart->replaceChart(MemberTimelineChart::create(m_profile.weeks, style));
}

void MemberDetailPanel::updateTexts()
{
    const MemberProfile &p = m_profile;
    if (p.id == 0)
        return;
    const QTimeZone zone(m_timezone);
    auto date = [&zone](qint64 utcSecs) {
        return QDateTime::fromSecsSinceEpoch(utcSecs, zone.isValid() ? zone : QTimeZone::utc())
            .date()
            .toString(Qt::ISODate);
    };
    const QLocale locale;
    m_name->setText(p.name);
    QString status = p.status;
    if (p.status == QLatin1String("active"))
        status = tr("active");
    else if (p.status == QLatin1String("muted"))
        status = tr("muted");
    else if (p.status == QLatin1String("banned"))
        status = tr("banned");
    QStringList platforms;
    for (const QString &platform : p.platforms)
        platforms.append(PlatformNames::name(platform));
    QString subtitle = tr("Member #%1 · status %2 · on %3")
                           .arg(p.id)
                           .arg(status, platforms.join(QStringLiteral(", ")));
    if (!p.mergedIds.isEmpty())
        subtitle += tr(" · %n merged account(s)", nullptr, int(p.mergedIds.size()));
    m_subtitle->setText(subtitle);
    QString facts = tr("Joined %1 · first seen %2 · last seen %3")
                        .arg(p.joinedAt > 0 ? date(p.joinedAt) : tr("(no join event)"),
                             date(p.firstSeen), date(p.lastSeen));
    if (p.leftAt > 0)
        facts += tr(" · left %1").arg(date(p.leftAt));
    facts += QLatin1Char('\n') +
             tr("%1 messages, of which %2 replies, over the whole history")
                 .arg(locale.toString(p.messagesTotal), locale.toString(p.repliesTotal));
    m_facts->setText(facts);
    m_facts->setToolTip(tr("Dates in the community's timezone (%1). First and last seen count "
                           "messages, reactions and join/leave events of every merged account.")
                            .arg(QString::fromUtf8(m_timezone)));

    m_segmentTitle->setText(tr("Segment on %1").arg(p.period.to.toString(Qt::ISODate)));
    if (p.hasSegment) {
        m_segment->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                               .arg(ChartFactory::segmentColor(p.segment).name(),
                                    ChartFactory::segmentName(p.segment).toHtmlEscaped()));
    } else {
        m_segment->setText(tr("—"));
    }
    m_segmentWhy->setText(p.segmentWhy);
    m_segment->setToolTip(tr("Segments are evaluated on the period's last day with the "
                             "workspace's segment rules (Workspace Settings); the first rule "
                             "that matches wins."));
    m_levelTitle->setText(tr("Level on %1").arg(p.period.to.toString(Qt::ISODate)));
    if (p.hasLevel) {
        m_level->setText(tr("%1 · %2").arg(p.level).arg(p.levelName));
        m_levelWhy->setText(p.levelWhy);
    } else {
        m_level->setText(tr("—"));
        m_levelWhy->setText(p.levelWhy.isEmpty() ? tr("Levels are not available.") : p.levelWhy);
    }

    const QDate first = p.weeks.isEmpty() ? QDate() : p.weeks.first().weekStart;
    const QDate last = p.weeks.isEmpty() ? QDate() : p.weeks.last().weekStart.addDays(6);
    m_timelineNote->setText(
        tr("%1 messages in %2 weeks (%3 – %4); weeks run Monday to Sunday in community time, "
           "service lines not counted.")
            .arg(locale.toString(p.messagesTotal), locale.toString(p.weeks.size()),
                 first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    m_recentCard->setHeading(
        tr("Latest messages (%1 of %2)")
            .arg(locale.toString(p.recent.size()), locale.toString(p.messagesTotal)));
    m_identityCard->setHeading(tr("Identities (%1)").arg(locale.toString(p.identities.size())));
    m_partnerNote->setText(
        p.partners.isEmpty()
            ? tr("No replies exchanged with other members yet.")
            : tr("Replies both ways, the %1 members with most. Double-click a member to open "
                 "them.")
                  .arg(MemberProfile::kTopPartners));
}

void MemberDetailPanel::retranslateUi()
{
    if (m_stack->currentWidget() == m_message && m_requested == 0)
        m_message->setText(tr("Double-click a member (Members page, reply partners) to see "
                              "their details here."));
    m_timelineCard->setHeading(tr("Activity"));
    m_identityCard->setHeading(tr("Identities"));
    m_notesCard->setHeading(tr("Tags and notes"));
    m_recentCard->setHeading(tr("Latest messages"));
    m_partnerCard->setHeading(tr("Reply partners"));
    m_tagsLabel->setText(tr("Tags"));
    m_tags->setPlaceholderText(tr("Separated by commas, e.g. vip, speaker"));
    m_tags->setToolTip(tr("Tags are separated by commas; spaces are tidied and repeated tags "
                          "(ignoring case) dropped when saved. At most %1 characters per tag.")
                           .arg(MemberProfile::kMaxTagLength));
    m_notesLabel->setText(tr("Notes"));
    m_notes->setPlaceholderText(tr("Private notes about this member"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Stores the tags and notes in the workspace"));
    m_identityModel->retranslate();
    m_recentModel->retranslate();
    m_partnerModel->retranslate();
    updateTexts();
}

void MemberDetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        renderChart();
    } else if (event->type() == QEvent::PaletteChange) {
        QPalette errorPalette = m_saveError->palette();
        errorPalette.setColor(QPalette::WindowText, Theme::negative());
        m_saveError->setPalette(errorPalette);
        renderChart();
    }
}

} // namespace kindred
