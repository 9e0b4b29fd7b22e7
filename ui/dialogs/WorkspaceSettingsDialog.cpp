#include "WorkspaceSettingsDialog.h"

#include "Theme.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::mutedText());
    label->setPalette(p);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

} // namespace

WorkspaceSettingsDialog::WorkspaceSettingsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_db(std::make_unique<Database>()), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceSettingsDialog"));
    setWindowTitle(tr("Workspace Settings"));

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::negative());
    m_error->setPalette(p);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(buildCommunityGroup());
    layout->addWidget(buildRulesGroup());
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    CommunitySettings community;
    if (!QFileInfo::exists(workspacePath) || // open() would create a new, empty one
        !m_db->open(workspacePath, &m_loadError) ||
        !CommunityStore(*m_db).read(&community, &m_loadError)) {
        if (m_loadError.isEmpty())
            m_loadError = tr("%1 could not be read.").arg(QDir::toNativeSeparators(workspacePath));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        showError(m_loadError);
        return;
    }
    showCommunity(community);
    showRules(SegmentRules::load(*m_db));
}

WorkspaceSettingsDialog::~WorkspaceSettingsDialog() = default;

QWidget *WorkspaceSettingsDialog::buildCommunityGroup()
{
    auto *group = new QGroupBox(tr("Community"), this);
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("communityName"));
    m_name->setMaxLength(200);

    m_timezone = new QComboBox(group);
    m_timezone->setObjectName(QStringLiteral("communityTimezone"));
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    m_timezone->setMaxVisibleItems(16);
    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    std::sort(ids.begin(), ids.end());
    for (const QByteArray &id : std::as_const(ids))
        m_timezone->addItem(QString::fromUtf8(id));
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timezone->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_currency = new QLineEdit(group);
    m_currency->setObjectName(QStringLiteral("communityCurrency"));
    m_currency->setPlaceholderText(QStringLiteral("CNY"));
    m_currency->setMaxLength(8);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);

    auto *form = new QFormLayout(group);
    form->addRow(tr("Community name:"), m_name);
    form->addRow(tr("Time zone:"), m_timezone);
    form->addRow(QString(), helpLabel(tr("Days in charts, activity and segments start at "
                                         "midnight in this time zone."),
                                      group));
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(QString(),
                 helpLabel(tr("Three-letter ISO 4217 code, such as CNY or USD."), group));
    return group;
}

QSpinBox *WorkspaceSettingsDialog::addRule(QFormLayout *form, const QString &label,
                                           const QString &help, const char *objectName)
{
    auto *spin = new QSpinBox(form->parentWidget());
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(1, SegmentRules::kMaxDays);
    spin->setSuffix(tr(" days"));
    spin->setAccelerated(true);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    spin->setMinimumWidth(
        spin->fontMetrics().horizontalAdvance(QStringLiteral("0000") + spin->suffix()) + 40);
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(spin);
    row->addWidget(helpLabel(help, form->parentWidget()), 1);
    form->addRow(label, row);
    return spin;
}

QWidget *WorkspaceSettingsDialog::buildRulesGroup()
{
    auto *group = new QGroupBox(tr("Segment rules"), this);
    auto *form = new QFormLayout(group);
    m_churn = addRule(form, tr("Churned after:"),
                      tr("No activity for this many days, or left: churned."), "churnDays");
    m_newcomer = addRule(form, tr("Newcomer for:"), tr("Joined within this many days: newcomer."),
                         "newcomerDays");
    m_window =
        addRule(form, tr("Activity window:"),
                tr("The recent days that decide active, occasional or silent."), "windowDays");
    m_activeMin = addRule(form, tr("Active from:"),
                          tr("Active on this many days of the window or more: active; fewer: "
                             "occasional."),
                          "activeMinDays");
    auto *restore = new QPushButton(tr("Restore Defaults"), group);
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    restore->setAutoDefault(false);
    connect(restore, &QPushButton::clicked, this, [this]() { showRules(SegmentRules{}); });
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addStretch();
    restoreRow->addWidget(restore);
    form->addRow(restoreRow);
    return group;
}

void WorkspaceSettingsDialog::showCommunity(const CommunitySettings &s)
{
    m_communityId = s.id;
    m_name->setText(s.name);
    const int index = m_timezone->findText(s.timezone);
    if (index >= 0)
        m_timezone->setCurrentIndex(index);
    else
        m_timezone->setEditText(s.timezone);
    m_currency->setText(s.currency);
}

void WorkspaceSettingsDialog::showRules(const SegmentRules &rules)
{
    m_churn->setValue(rules.churnDays);
    m_newcomer->setValue(rules.newcomerDays);
    m_window->setValue(rules.windowDays);
    m_activeMin->setValue(rules.activeMinDays);
}

SegmentRules WorkspaceSettingsDialog::rules() const
{
    SegmentRules r;
    r.churnDays = m_churn->value();
    r.newcomerDays = m_newcomer->value();
    r.windowDays = m_window->value();
    r.activeMinDays = m_activeMin->value();
    return r;
}

void WorkspaceSettingsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // Grow to fit the (wrapped) message instead of squeezing the fields.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (isVisible() && needed > height())
        resize(width(), needed);
}

QString WorkspaceSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WorkspaceSettingsDialog::accept()
{
    if (!isReady())
        return;
    CommunitySettings community;
    community.id = m_communityId;
    community.name = m_name->text();
    community.timezone = m_timezone->currentText();
    community.currency = m_currency->text().trimmed().toUpper(); // "cny" means CNY
    m_currency->setText(community.currency);
    const SegmentRules newRules = rules();

    QStringList errors;
    QString error;
    if (!CommunityStore::validate(community, &error))
        errors.append(error);
    if (!newRules.validate(&error))
        errors.append(error);
    if (errors.isEmpty()) {
        if (!CommunityStore(*m_db).update(community, &error) || !newRules.save(*m_db, &error))
            errors.append(error);
    }
    if (!errors.isEmpty()) {
        // Core messages start in lower case (they are also CLI messages); capitalise here.
        for (QString &e : errors)
            if (!e.isEmpty())
                e[0] = e.at(0).toUpper();
        showError(errors.join(QLatin1Char('\n')));
        return;
    }
    showError({});
    QDialog::accept();
}

bool WorkspaceSettingsDialog::edit(const QString &workspacePath, QWidget *parent)
{
    WorkspaceSettingsDialog dialog(workspacePath, parent);
    if (!dialog.isReady()) {
        QMessageBox::warning(parent, dialog.windowTitle(), dialog.loadError());
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace kindred
