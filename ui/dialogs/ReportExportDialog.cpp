#include "ReportExportDialog.h"

#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kindred {

ReportExportDialog::ReportExportDialog(const QString &periodText, QWidget *parent)
    : QDialog(parent), m_pseudonymise(new QCheckBox)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export report"));
    auto *period = new QLabel(tr("Report of the period %1 (PDF).").arg(periodText));
    period->setObjectName(QStringLiteral("reportExportPeriod"));
    period->setWordWrap(true);
    QFont strong = period->font();
    strong.setWeight(QFont::DemiBold);
    period->setFont(strong);

    m_pseudonymise->setObjectName(QStringLiteral("reportPseudonymise"));
    m_pseudonymise->setText(tr("&Pseudonymise member names"));
    m_pseudonymise->setChecked(Settings::reportPseudonymise());
    auto *hint = new QLabel(tr("Every member name (top members, authors of top content and names "
                               "or @mentions in their excerpts, repeat offenders, renewal risk) "
                               "is replaced by a code such as “Member 3F9A2C”. The code comes "
                               "from a salted hash kept in this workspace: the same member has "
                               "the same code in every report of the workspace, and it cannot be "
                               "traced back without the workspace. Moderators keep their names."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumWidth(420);
    m_pseudonymise->setToolTip(hint->text());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose &File…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(period);
    layout->addSpacing(6);
    layout->addWidget(m_pseudonymise);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);
}

bool ReportExportDialog::pseudonymise() const
{
    return m_pseudonymise->isChecked();
}

void ReportExportDialog::setPseudonymise(bool on)
{
    m_pseudonymise->setChecked(on);
}

void ReportExportDialog::accept()
{
    Settings::setReportPseudonymise(pseudonymise());
    QDialog::accept();
}

} // namespace kindred
