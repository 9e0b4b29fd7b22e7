#include "ManualMergeDialog.h"

#include "models/PlatformNames.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kindred {
namespace {

QComboBox *memberPicker(const QString &name, const QList<MergeCandidate> &members)
{
    auto *c = new QComboBox;
    c->setObjectName(name);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->setMinimumWidth(380);
    for (const MergeCandidate &m : members)
        c->addItem(ManualMergeDialog::tr("%1 — %2, %Ln message(s)", nullptr, int(m.messages))
                       .arg(m.name, PlatformNames::list(m.platforms)),
                   m.id);
    c->model()->sort(0);
    c->setCurrentIndex(-1);
    c->lineEdit()->setPlaceholderText(ManualMergeDialog::tr("Type a name…"));
    c->completer()->setCompletionMode(QCompleter::PopupCompletion);
    c->completer()->setFilterMode(Qt::MatchContains);
    c->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return c;
}

/// The member the picker's text names (0 when it is not one of its entries).
qint64 picked(const QComboBox *picker)
{
    const int i = picker->findText(picker->currentText(), Qt::MatchFixedString);
    return i < 0 ? 0 : picker->itemData(i).toLongLong();
}

} // namespace

ManualMergeDialog::ManualMergeDialog(const QList<MergeCandidate> &members, QWidget *parent)
    : QDialog(parent), m_keep(memberPicker(QStringLiteral("keepMember"), members)),
      m_merge(memberPicker(QStringLiteral("mergeMember"), members)), m_problem(new QLabel)
{
    setObjectName(QStringLiteral("manualMergeDialog"));
    setWindowTitle(tr("Merge two members"));
    auto *intro = new QLabel(tr("Choose two members who are the same person, for example "
                                "someone who uses Telegram and WhatsApp. Every figure will count "
                                "them once. The merge can be undone in the merge log."));
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("manualMergeProblem"));
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(red);
    m_problem->setMinimumHeight(m_problem->fontMetrics().height()); // its line is kept free
    auto *form = new QFormLayout; // lays the wrapped texts out for their height too
    form->addRow(intro);
    form->addRow(tr("Keep:"), m_keep);
    form->addRow(tr("Same person as:"), m_merge);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManualMergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ManualMergeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 ManualMergeDialog::keepId() const
{
    return picked(m_keep);
}

qint64 ManualMergeDialog::mergeId() const
{
    return picked(m_merge);
}

bool ManualMergeDialog::pick(QComboBox *picker, qint64 id)
{
    const int i = picker->findData(id);
    picker->setCurrentIndex(i);
    return i >= 0;
}

void ManualMergeDialog::accept()
{
    const qint64 keep = keepId();
    const qint64 merge = mergeId();
    if (keep != 0 && merge != 0 && keep != merge) {
        QDialog::accept();
        return;
    }
    m_problem->setText(keep == merge && keep != 0 ? tr("Choose two different members.")
                                                  : tr("Choose both members from the lists."));
}

} // namespace kindred
