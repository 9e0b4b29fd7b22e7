#include "ModerationPage.h"

#include "Settings.h"
#include "Theme.h"
#include "models/FlagQueueModel.h"
#include "models/GuidanceModel.h"
#include "models/ModelRoles.h"
#include "widgets/AuditLogPanel.h"
#include "widgets/FlagRulesEditor.h"
#include "widgets/ModerationStatsPanel.h"
#include "widgets/ReviewQueuePanel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace kindred {
namespace {

enum Tab
{
    QueueTab,
    AuditTab,
    StatsTab,
    GuidanceTab,
    RulesTab
};

/// A shield with a check mark.
QIcon moderationIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        for (const auto &[mode, c] :
             {std::pair{QIcon::Normal, color}, std::pair{QIcon::Selected, QColor(Qt::white)}}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 64.0, size / 64.0);
            QPainterPath shield;
            shield.moveTo(32, 6);
            shield.lineTo(54, 14);
            shield.cubicTo(54, 36, 46, 50, 32, 58);
            shield.cubicTo(18, 50, 10, 36, 10, 14);
            shield.closeSubpath();
            p.setPen(QPen(c, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(shield);
            p.drawLine(QPointF(22, 32), QPointF(29, 40));
            p.drawLine(QPointF(29, 40), QPointF(43, 24));
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

} // namespace

ModerationPage::ModerationPage(QWidget *parent)
    : Page(parent), m_moderatorLabel(new QLabel), m_moderator(new QLineEdit),
      m_banCount(new QLabel), m_banExport(new QToolButton), m_tabs(new QTabWidget),
      m_queue(new ReviewQueuePanel), m_audit(new AuditLogPanel), m_stats(new ModerationStatsPanel),
      m_guidanceNote(new QLabel), m_guidance(new QTableView),
      m_guidanceModel(new GuidanceModel(this)), m_rules(new FlagRulesEditor)
{
    m_moderator->setObjectName(QStringLiteral("moderatorName"));
    m_banCount->setObjectName(QStringLiteral("banListCount"));
    m_banExport->setObjectName(QStringLiteral("exportBanList"));
    m_tabs->setObjectName(QStringLiteral("moderationTabs"));
    m_moderator->setText(Settings::moderatorName());
    m_moderator->setMaximumWidth(220);
    m_moderatorLabel->setBuddy(m_moderator);
    m_banExport->setPopupMode(QToolButton::InstantPopup);
    m_banExport->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_banExport);
    QAction *csv = menu->addAction(QString());
    QAction *json = menu->addAction(QString());
    csv->setObjectName(QStringLiteral("exportBanListCsv"));
    json->setObjectName(QStringLiteral("exportBanListJson"));
    m_banExport->setMenu(menu);
    connect(csv, &QAction::triggered, this, [this]() { chooseBanListFile(BanListFormat::Csv); });
    connect(json, &QAction::triggered, this, [this]() { chooseBanListFile(BanListFormat::Json); });
    connect(m_moderator, &QLineEdit::editingFinished, this, [this]() {
        Settings::setModeratorName(m_moderator->text());
        m_moderator->setText(Settings::moderatorName());
    });

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_audit, QString());
    m_tabs->addTab(m_stats, QString());
    m_tabs->addTab(buildGuidanceTab(), QString());
    m_tabs->addTab(m_rules, QString());
    // A run over the whole history may add flags: the queue, the statistics and the tab
    // counts reload.
    connect(m_rules, &FlagRulesEditor::flagsRaised, this, [this]() { load(); });
    connect(m_rules, &FlagRulesEditor::statusMessage, this, &Page::statusMessage);
    connect(m_queue, &ReviewQueuePanel::memberRequested, this, &Page::memberRequested);
    connect(m_audit, &AuditLogPanel::memberRequested, this, &Page::memberRequested);
    connect(m_stats, &ModerationStatsPanel::memberRequested, this, &Page::memberRequested);
    // The queue's keys (D, W, M, B, U, N, J, K) work while the focus is in the queue.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == QueueTab)
            m_queue->view()->setFocus();
    });
    connect(m_queue, &ReviewQueuePanel::statusMessage, this, &Page::statusMessage);
    connect(m_audit, &AuditLogPanel::statusMessage, this, &Page::statusMessage);
    connect(m_queue, &ReviewQueuePanel::applied, this, [this](bool ok, const QString &message) {
        if (ok) {
            load(); // the queue, the log and the statistics changed
            return;
        }
        QMessageBox::warning(this, tr("Moderation"), message);
        emit statusMessage(message);
    });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_moderatorLabel);
    bar->addWidget(m_moderator);
    bar->addStretch();
    bar->addWidget(m_banCount);
    bar->addWidget(m_banExport);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    setContentWidget(content);
    retranslateUi();
}

QWidget *ModerationPage::buildGuidanceTab()
{
    m_guidance->setObjectName(QStringLiteral("guidanceList"));
    m_guidanceNote->setObjectName(QStringLiteral("guidanceNote"));
    m_guidanceNote->setWordWrap(true);
    m_guidanceNote->setMargin(10);
    m_guidanceNote->setAutoFillBackground(true);
    QPalette pal = m_guidanceNote->palette();
    QColor tint = Theme::positive();
    tint.setAlpha(38);
    pal.setColor(QPalette::Window, tint);
    m_guidanceNote->setPalette(pal);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_guidanceModel);
    proxy->setSortRole(SortRole);
    m_guidance->setModel(proxy);
    m_guidance->setSortingEnabled(true);
    m_guidance->sortByColumn(-1, Qt::AscendingOrder); // the list's own order until a click
    m_guidance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guidance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_guidance->setAlternatingRowColors(true);
    m_guidance->setShowGrid(false);
    m_guidance->setWordWrap(false);
    m_guidance->verticalHeader()->hide();
    m_guidance->verticalHeader()->setDefaultSectionSize(m_guidance->fontMetrics().height() + 10);
    m_guidance->horizontalHeader()->setStretchLastSection(true);
    m_guidance->horizontalHeader()->setHighlightSections(false);
    connect(m_guidance, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_guidanceNote);
    layout->addWidget(m_guidance, 1);
    return tab;
}

QString ModerationPage::title() const
{
    return tr("Moderation");
}

QIcon ModerationPage::icon(const QColor &color) const
{
    return moderationIcon(color);
}

bool ModerationPage::compute(Database &db, const Period &period, ModerationPageData *out,
                             QString *error)
{
    AnalyticsSource source(db);
    if (!source.load(error))
        return false;
    out->hasMembers = !source.members().empty();
    if (!out->hasMembers)
        return true;
    out->timezone = source.clock().zone().id();
    out->asOf = period.to;
    ModerationStore store(db);
    out->queue = store.queue();
    out->audit = store.auditLog();
    const CommunityClock &clock = source.clock();
    out->stats = ModerationStats(db).compute(clock.startOf(period.from),
                                             clock.startOf(period.to.addDays(1)));
    out->guidance = GuidanceList(source, SegmentRules::load(db)).compute(period.to);
    for (const BanEntry &b : store.banList())
        (b.status == QLatin1String("banned") ? out->banned : out->muted) += 1;
    return true;
}

void ModerationPage::load()
{
    const Period period = context().period;
    m_queue->setWorkspace(context().workspacePath, period.to);
    m_rules->setWorkspace(context().workspacePath);
    query<ModerationPageData>([period](Database &db, ModerationPageData *out,
                                       QString *error) { return compute(db, period, out, error); },
                              [this](const ModerationPageData &data) { showData(data); });
}

void ModerationPage::showData(const ModerationPageData &data)
{
    if (!data.hasMembers) {
        showNoData();
        return;
    }
    const QTimeZone zone(data.timezone);
    m_asOf = data.asOf;
    m_queue->setQueue(data.queue, zone);
    m_audit->setEntries(data.audit, zone);
    const Period &p = context().period;
    m_stats->setStats(data.stats,
                      tr("%1 – %2").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)));
    m_guidanceModel->setEntries(data.guidance);
    if (!property("guidanceSized").toBool() && !data.guidance.isEmpty()) {
        setProperty("guidanceSized", true);
        m_guidance->resizeColumnsToContents();
        for (int c = 0; c < GuidanceModel::Why; ++c)
            m_guidance->setColumnWidth(c, std::min(m_guidance->columnWidth(c) + 16, 260));
    }
    m_banned = data.banned;
    m_muted = data.muted;
    updateTabTexts();
    showContent();
}

void ModerationPage::exportBanList(const QString &path, BanListFormat format)
{
    AsyncQuery::run<QString>(
        this, context().workspacePath,
        [path, format](Database &db, QString *written, QString *error) {
            const QList<BanEntry> list = ModerationStore(db).banList();
            const QByteArray bytes =
                format == BanListFormat::Csv
                    ? ModerationStore::banListCsv(list)
                    : ModerationStore::banListJson(list, QDateTime::currentSecsSinceEpoch());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit()) {
                *error =
                    QCoreApplication::translate("kindred::ModerationPage", "Cannot write %1: %2")
                        .arg(path, file.errorString());
                return false;
            }
            *written = path;
            return true;
        },
        [this](const QueryResult<QString> &r) {
            if (r.ok)
                emit statusMessage(tr("Exported the ban/mute list to %1").arg(r.value));
            emit banListExported(r.ok, r.ok ? r.value : r.error);
        });
}

void ModerationPage::chooseBanListFile(BanListFormat format)
{
    const bool csv = format == BanListFormat::Csv;
    const QString suggested = QStringLiteral("ban-list-%1.%2")
                                  .arg(QDate::currentDate().toString(Qt::ISODate),
                                       csv ? QStringLiteral("csv") : QStringLiteral("json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the ban/mute list"), suggested,
                                     csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &ModerationPage::banListExported, this,
                          [this, connection](bool ok, const QString &detail) {
                              disconnect(*connection);
                              if (!ok)
                                  QMessageBox::warning(this, tr("Export failed"), detail);
                          });
    exportBanList(path, format);
}

void ModerationPage::updateTabTexts()
{
    const QLocale locale;
    m_tabs->setTabText(QueueTab,
                       tr("Review queue (%1)").arg(locale.toString(m_queue->model()->rowCount())));
    m_tabs->setTabText(AuditTab, tr("Audit log"));
    m_tabs->setTabText(StatsTab, tr("Statistics"));
    m_tabs->setTabText(GuidanceTab,
                       tr("Guidance (%1)").arg(locale.toString(m_guidanceModel->rowCount())));
    m_tabs->setTabText(RulesTab, tr("Rules"));
    m_banCount->setText(
        tr("%1 banned · %2 muted").arg(locale.toString(m_banned), locale.toString(m_muted)));
    m_guidanceNote->setText(
        tr("<b>Guidance (引导) — not violations.</b> These members have become quiet or have "
           "not started yet. Low activity is never a reason to sanction anyone: consider a "
           "personal message (a welcome, a question about their interests). The list is as of "
           "%1 and never includes banned or muted members, nor members with an open flag.")
            .arg(m_asOf.isValid() ? m_asOf.toString(Qt::ISODate) : tr("the period's last day")));
}

void ModerationPage::retranslateUi()
{
    m_moderatorLabel->setText(tr("&Moderator:"));
    m_moderator->setToolTip(tr("Your name as recorded with every decision in the audit log "
                               "(default: your operating-system user name)"));
    m_banExport->setText(tr("Export ban/mute list"));
    m_banExport->setToolTip(tr("The members currently banned or muted, with their platform "
                               "identities, for the chat platform's own tools"));
    const QList<QAction *> actions = m_banExport->menu()->actions();
    actions.at(0)->setText(tr("As CSV…"));
    actions.at(1)->setText(tr("As JSON…"));
    m_tabs->setTabToolTip(QueueTab, tr("Open flags grouped by member: decide with the keyboard"));
    m_tabs->setTabToolTip(AuditTab, tr("Every decision with moderator, time and reason "
                                       "(append-only)"));
    m_tabs->setTabToolTip(StatsTab, tr("Flags per rule and channel, time to handle, repeat "
                                       "offenders, moderator activity in the period"));
    m_tabs->setTabToolTip(GuidanceTab, tr("引导: quiet members worth a personal message — not "
                                          "violations"));
    m_tabs->setTabToolTip(RulesTab, tr("The flag rules: switch them on or off, edit thresholds "
                                       "and word lists, run them over the whole history"));
    m_guidanceModel->retranslate();
    m_rules->retranslateUi();
    updateTabTexts();
}

} // namespace kindred
