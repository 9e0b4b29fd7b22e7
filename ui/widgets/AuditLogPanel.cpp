#include "AuditLogPanel.h"

#include "models/AuditLogModel.h"
#include "models/CsvExport.h"
#include "models/ModelRoles.h"
#include "models/ModerationLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {

AuditLogPanel::AuditLogPanel(QWidget *parent)
    : QWidget(parent), m_actor(new QComboBox), m_action(new QComboBox), m_member(new QLineEdit),
      m_useDates(new QCheckBox), m_from(new QDateEdit), m_to(new QDateEdit), m_count(new QLabel),
      m_export(new QPushButton), m_table(new QTableView), m_model(new AuditLogModel(this)),
      m_proxy(new AuditLogFilterProxy(this))
{
    setObjectName(QStringLiteral("auditLogPanel"));
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_member->setObjectName(QStringLiteral("auditMemberFilter"));
    m_useDates->setObjectName(QStringLiteral("auditUseDates"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_export->setObjectName(QStringLiteral("exportAuditCsv"));
    m_table->setObjectName(QStringLiteral("auditLog"));

    m_actor->addItem(QString(), QString());
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->addItem(QString(), QString());
    for (ModerationAction a : ModerationStore::allActions())
        m_action->addItem(QString(), ModerationStore::key(a));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_member->setClearButtonEnabled(true);
    m_member->setMinimumWidth(180);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    connect(m_actor, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setActor(m_actor->currentData().toString());
        updateCount();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setAction(m_action->currentData().toString());
        updateCount();
    });
    connect(m_member, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setMember(text);
        updateCount();
    });
    connect(m_useDates, &QCheckBox::toggled, this, &AuditLogPanel::applyDates);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPanel::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPanel::applyDates);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPanel::chooseCsvFile);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_actor);
    bar->addWidget(m_action);
    bar->addWidget(m_member);
    bar->addSpacing(8);
    bar->addWidget(m_useDates);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–")));
    bar->addWidget(m_to);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void AuditLogPanel::setEntries(const QList<AuditEntry> &entries, const QTimeZone &zone)
{
    m_model->setEntries(entries, zone);
    updateActors();
    if (!m_sized && !entries.isEmpty()) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < AuditLogModel::Reason; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 16, 260));
    }
    updateCount();
}

void AuditLogPanel::updateActors()
{
    const QString chosen = m_actor->currentData().toString();
    const QSignalBlocker blocker(m_actor);
    while (m_actor->count() > 1)
        m_actor->removeItem(1);
    for (const QString &actor : m_model->actors())
        m_actor->addItem(actor, actor);
    const int index = m_actor->findData(chosen);
    m_actor->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setActor(m_actor->currentData().toString());
}

void AuditLogPanel::applyDates()
{
    const bool on = m_useDates->isChecked();
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    if (on)
        m_proxy->setDateRange(m_from->date(), m_to->date());
    else
        m_proxy->setDateRange({}, {});
    updateCount();
}

void AuditLogPanel::updateCount()
{
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2 entries")
            .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

bool AuditLogPanel::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_proxy, path, error);
}

void AuditLogPanel::chooseCsvFile()
{
    const QString suggested =
        QStringLiteral("moderation-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(
        tr("Exported %n audit entries to %1", nullptr, m_proxy->rowCount()).arg(path));
}

void AuditLogPanel::retranslateUi()
{
    m_actor->setItemText(0, tr("All moderators"));
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, ModerationLabels::action(m_action->itemData(i).toString()));
    m_member->setPlaceholderText(tr("Member name or #id…"));
    m_member->setToolTip(tr("Shows entries whose member name contains this text, or the member "
                            "with this id (#12 or 12)"));
    m_useDates->setText(tr("Dates"));
    m_useDates->setToolTip(tr("Only entries between these days (community time, inclusive)"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the entries shown as CSV (UTF-8; times in UTC, ISO 8601)"));
    m_table->setToolTip(tr("The audit log is append-only: the database refuses to change or "
                           "delete an entry."));
    m_model->retranslate();
    updateCount();
}

void AuditLogPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace kindred
