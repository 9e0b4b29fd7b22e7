#include "ModerationReasonDialog.h"

#include "Settings.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kindred {

ModerationReasonDialog::ModerationReasonDialog(const QString &actionTitle, const QString &summary,
                                               const QString &actor, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("moderationReasonDialog"));
    setWindowTitle(tr("%1 — reason").arg(actionTitle));
    auto *what = new QLabel(summary);
    what->setObjectName(QStringLiteral("moderationReasonSummary"));
    what->setWordWrap(true);
    QFont strong = what->font();
    strong.setWeight(QFont::DemiBold);
    what->setFont(strong);
    auto *label = new QLabel(tr("&Reason (required, kept in the audit log):"));
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("moderationReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(Settings::recentModerationReasons());
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(QString());
    m_reason->lineEdit()->setPlaceholderText(tr("Why? e.g. repeated invite links"));
    m_reason->setToolTip(tr("The reason is written to the append-only audit log with your name "
                            "and the time; the drop-down lists your recent reasons."));
    m_reason->setMinimumWidth(360);
    auto *who = new QLabel(tr("Recorded as moderator “%1” (change it in the Moderation page's "
                              "toolbar).")
                               .arg(actor));
    who->setWordWrap(true);
    who->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("moderationReasonError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::negative());
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionTitle);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(who);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModerationReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ModerationReasonDialog::reject);
    connect(m_reason, &QComboBox::editTextChanged, m_error, &QWidget::hide);
    m_reason->setFocus();
}

QString ModerationReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void ModerationReasonDialog::setReason(const QString &reason)
{
    m_reason->setEditText(reason);
}

QString ModerationReasonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ModerationReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Give a reason: every decision is recorded with its reason."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    Settings::addRecentModerationReason(reason());
    QDialog::accept();
}

} // namespace kindred
